"""The journal as a table: time, operator, category, place, unit, text; newest first.

A `PagedTableModel` over `JournalQueries`: the filter (and the moment of a past state) is a
`JournalFilter`, applied in SQL; only sorting by time is offered, in SQL too. A corrected
entry is struck through and points at its correction; a decision is bold and marked; a
confidential entry carries a lock, and without the passphrase reads "confidential entry".
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from eventcenter.journal.queries import JournalEntry, JournalFilter, JournalQueries
from eventcenter.timefmt import hhmm_local, iso_local
from ui import words
from ui.icons import lock_icon
from ui.models.paged import PagedTableModel, Runner, run_here

TIME, OPERATOR, CATEGORY, PLACE, UNIT, TEXT = range(6)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
STRUCK_ROLE = Qt.ItemDataRole.UserRole + 2
PLACEHOLDER = "…"
UNREADABLE_COLOUR = QColor(160, 40, 40)  # a sealed text the passphrase cannot open


class JournalModel(PagedTableModel):
    def __init__(self, queries: JournalQueries, runner: Runner = run_here,
                 parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        self.queries = queries
        self.filter = JournalFilter()
        self.category_names: dict[str, str] = {}

    # -- queries (on a worker) ----------------------------------------------------------------

    def _query_count(self) -> int:
        return self.queries.count(self.filter)

    def _query_page(self, offset: int, limit: int) -> list[JournalEntry]:
        return self.queries.page(self.filter, offset, limit)

    def _inserts_at_top(self) -> bool:
        return self.filter.newest_first

    def set_filter(self, flt: JournalFilter) -> None:
        self.filter = flt
        self.reload()

    # -- Qt model ---------------------------------------------------------------------------

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            # Qt's own answer, not None: PySide6 6.12 on Python 3.11 drops a reference to
            # None each time a Python headerData returns it to Qt (a crash within minutes).
            return super().headerData(section, orientation, role)
        return (self.tr("Time"), self.tr("Operator"), self.tr("Category"), self.tr("Place"),
                self.tr("Unit"), self.tr("Text"))[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only time is a sort key (newest or oldest first), and it is sorted in SQL."""
        newest = order == Qt.SortOrder.DescendingOrder
        if column == TIME and newest != self.filter.newest_first:
            self.set_filter(replace(self.filter, newest_first=newest))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.item(index.row())
        if entry is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole and \
                index.column() == TEXT else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == STRUCK_ROLE:
            return bool(entry.corrected_by)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(entry, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and entry.unreadable and \
                index.column() == TEXT:
            return QBrush(UNREADABLE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and entry.unreadable:
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.ForegroundRole and (entry.corrected_by or entry.sealed):
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.DecorationRole and index.column() == TEXT \
                and entry.confidential:
            return lock_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        return None

    def _display(self, entry: JournalEntry, column: int) -> str:
        if column == TIME:
            return hhmm_local(entry.occurred_at)
        if column == OPERATOR:
            return entry.operator
        if column == CATEGORY:
            if entry.kind == "decision":
                return self.tr("DECISION")
            if entry.kind == "correction":
                return self.tr("CORRECTION")
            return self.category_names.get(entry.category or "", entry.category or "")
        if column == PLACE:
            return entry.place or ""
        if column == UNIT:
            return entry.unit or ""
        return self._text(entry)

    def _text(self, entry: JournalEntry) -> str:
        if entry.unreadable:
            body = self.tr("confidential entry: %1").replace("%1", words.unreadable())
        elif entry.sealed:
            body = self.tr("confidential entry")
        else:
            body = (entry.text or "").replace("\n", " ⏎ ")
        if entry.kind == "decision" and entry.decided_by and not entry.sealed:
            body = self.tr("%1 (decided by %2)").replace("%1", body).replace(
                "%2", entry.decided_by)
        if entry.kind == "correction" and not entry.sealed and entry.correction_reason:
            body = self.tr("%1 — corrects an earlier entry: %2").replace("%1", body).replace(
                "%2", entry.correction_reason)
        if entry.late_reason and not entry.sealed:
            body += "  " + self.tr("[late: %1]").replace("%1", entry.late_reason)
        if entry.corrected_by:
            body += "  → " + self.tr("corrected")
        return body

    def _font(self, entry: JournalEntry, column: int) -> QFont | None:
        hidden = entry.sealed or bool(entry.unreadable)
        if not (entry.corrected_by or entry.kind == "decision" or hidden):
            return None
        font = QFont()
        font.setStrikeOut(bool(entry.corrected_by) and column == TEXT)
        font.setBold(entry.kind == "decision")
        font.setItalic(hidden and column == TEXT)
        return font

    def _tooltip(self, entry: JournalEntry) -> str:
        lines = [self.tr("Occurred %1, recorded %2").replace(
            "%1", iso_local(entry.occurred_at)[:19].replace("T", " ")).replace(
            "%2", iso_local(entry.recorded_at)[11:19])]
        if not entry.sealed and entry.text:
            lines.append(entry.text)
        if entry.unreadable:
            lines.append(self.tr("Confidential: its text cannot be opened, damaged or sealed "
                                 "to another key (eventcenter verify names it)."))
        elif entry.confidential:
            lines.append(self.tr("Confidential entry") if not entry.sealed else
                         self.tr("Confidential: open with the passphrase (coordinators)"))
        if entry.corrected_by:
            lines.append(self.tr("Corrected by a later entry."))
        if entry.channel:
            lines.append(self.tr("Channel: %1").replace("%1", entry.channel))
        lines.append(self.tr("Id: %1").replace("%1", entry.id[:8]))
        return "\n".join(lines)
