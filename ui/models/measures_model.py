"""Measures as a table: priority, title, status, place, units, age, since the last update.

A measure nobody has updated for the event's `stale_measure_minutes` is highlighted (and
says so in its tool tip); a confidential measure without the passphrase reads "confidential
measure"; a closed one is grey.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from eventcenter.state.model import Measure
from eventcenter.state.needs_attention import is_stale
from eventcenter.swedish import sort_key
from eventcenter.timefmt import hhmm_local
from ui import words
from ui.icons import lock_icon
from ui.models.list_model import ListTableModel

PRIORITY, TITLE, STATUS, PLACE, UNITS, AGE, UPDATED, TYPE = range(8)
STALE_BACKGROUND = QColor(224, 164, 88, 90)
STATUS_ORDER = {"ongoing": 0, "planned": 1, "done": 2, "cancelled": 3}


class MeasuresModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stale_minutes = 20
        self.type_names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Prio"), self.tr("Measure"), self.tr("Status"), self.tr("Place"),
                self.tr("Units"), self.tr("Age"), self.tr("Last update"), self.tr("Type")]

    def title_of(self, m: Measure) -> str:
        return words.measure_title(m)

    def display(self, m: Measure, column: int) -> str:
        if column == PRIORITY:
            return str(m.priority) if m.priority else ""
        if column == TITLE:
            return self.title_of(m)
        if column == STATUS:
            return words.measure_status(m.status)
        if column == PLACE:
            return m.place or ""
        if column == UNITS:
            return ", ".join(m.units)
        if column == AGE:
            return words.duration(m.age_seconds)
        if column == UPDATED:
            return self.tr("%1 (%2 ago)").replace("%1", hhmm_local(m.updated_at)).replace(
                "%2", words.duration(m.since_update_seconds))
        return self.type_names.get(m.type or "", m.type or "")

    def sort_key(self, m: Measure, column: int):
        if column == PRIORITY:
            return (m.priority or 9, m.opened_at)
        if column == STATUS:
            return (STATUS_ORDER.get(m.status, 9), m.opened_at)
        if column == AGE:
            return m.opened_at * -1
        if column == UPDATED:
            return m.updated_at * -1
        return sort_key(self.display(m, column))

    def stale(self, m: Measure) -> bool:
        return is_stale(m, self.stale_minutes)

    def extra(self, m: Measure, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and self.stale(m):
            return QBrush(STALE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and not m.is_open:
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.FontRole:
            return self._font(m, column)
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE and m.confidential:
            return lock_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(m)
        return None

    def _font(self, m: Measure, column: int) -> QFont | None:
        bold = (column == UPDATED and self.stale(m)) or (column == PRIORITY and m.priority == 1)
        italic = (m.sealed or bool(m.unreadable)) and column == TITLE
        if not (bold or italic):
            return None
        font = QFont()
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def _tooltip(self, m: Measure) -> str:
        lines = [self.title_of(m),
                 self.tr("Opened %1 by %2").replace("%1", hhmm_local(m.opened_at)).replace(
                     "%2", m.opened_by or "–")]
        if self.stale(m):
            lines.append(self.tr("No update for %1 (the event's limit is %2 min).")
                         .replace("%1", words.duration(m.since_update_seconds))
                         .replace("%2", str(self.stale_minutes)))
        if m.notes:
            lines.append(m.notes)
        if m.unreadable:
            lines.append(self.tr("Sealed text that cannot be opened: damaged, or sealed to "
                                 "another key (eventcenter verify names it)."))
        if m.request:
            lines.append(self.tr("Answers a request."))
        if m.confidential:
            lines.append(self.tr("Confidential measure") if not m.sealed else
                         self.tr("Confidential: open with the passphrase (coordinators)"))
        return "\n".join(lines)
