"""Requests as a table: received, waited, from, what is asked, status, acknowledged, answer.

A request nobody has acknowledged is bold and red-marked; a new one (just arrived) blinks for
a few seconds (`flash`); the answer column names the measure that answers it and how that
measure stands, so a question from the police can be answered by looking.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from eventcenter.state.model import Measure, Request
from eventcenter.swedish import sort_key
from eventcenter.timefmt import hhmm_local
from ui import words
from ui.icons import lock_icon
from ui.models.list_model import ListTableModel

RECEIVED, WAITED, FROM, TEXT, STATUS, ACKNOWLEDGED, ANSWER = range(7)
UNACKNOWLEDGED = QColor(255, 138, 122, 70)
FLASH = QColor(255, 200, 60, 200)
STATUS_ORDER = {"pending": 0, "acknowledged": 1, "answered": 2, "declined": 3, "closed": 4}


class RequestsModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.measures: dict[str, Measure] = {}
        self.flashing: set[str] = set()
        self.flash_on = False
        self.acknowledge_minutes = 5

    def headers(self) -> list[str]:
        return [self.tr("Received"), self.tr("Waited"), self.tr("From"), self.tr("Request"),
                self.tr("Status"), self.tr("Acknowledged"), self.tr("Answer")]

    def text_of(self, r: Request) -> str:
        return words.request_text(r).replace("\n", " ⏎ ")

    def display(self, r: Request, column: int) -> str:
        if column == RECEIVED:
            return hhmm_local(r.received_at)
        if column == WAITED:
            return self._waited(r)
        if column == FROM:
            return words.request_party(r)
        if column == TEXT:
            return self.text_of(r)
        if column == STATUS:
            return words.request_status(r.status)
        if column == ACKNOWLEDGED:
            if r.acknowledged_at is None:
                return ""
            return self.tr("%1 %2").replace("%1", hhmm_local(r.acknowledged_at)).replace(
                "%2", r.acknowledged_by or "")
        return self._answer(r)

    def _waited(self, r: Request) -> str:
        if r.is_pending:
            return words.duration(r.waiting_seconds)
        if r.response_seconds is not None:
            return self.tr("answered after %1").replace("%1", words.duration(r.response_seconds))
        return ""

    def _answer(self, r: Request) -> str:
        if r.status == "declined" or (r.declined_at and not r.measure):
            reason = r.decline_reason if r.decline_reason is not None else (
                words.unreadable() if "decline_reason" in r.unreadable else "…")
            return self.tr("Declined: %1").replace("%1", reason)
        if r.measure:
            m = self.measures.get(r.measure)
            if m is None:
                return self.tr("a measure")
            title = words.measure_title(m)
            return self.tr("%1 (%2)").replace("%1", title).replace(
                "%2", words.measure_status(m.status))
        return ""

    def sort_key(self, r: Request, column: int):
        if column == RECEIVED:
            return r.received_at
        if column == WAITED:
            return -(r.waiting_seconds or -1)
        if column == STATUS:
            return (STATUS_ORDER.get(r.status, 9), r.received_at)
        return sort_key(self.display(r, column))

    def overdue(self, r: Request) -> bool:
        return r.status == "pending" and (r.waiting_seconds or 0) >= \
            self.acknowledge_minutes * 60

    def extra(self, r: Request, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.flash_on and r.id in self.flashing:
                return QBrush(FLASH)
            if r.status == "pending":
                return QBrush(UNACKNOWLEDGED)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.flash_on and r.id in self.flashing:
                return QBrush(QColor(20, 20, 20))
            if not r.is_pending:
                return QBrush(QColor(128, 128, 128))
            return None
        if role == Qt.ItemDataRole.FontRole and (r.status == "pending" or r.sealed
                                                 or r.unreadable):
            font = QFont()
            font.setBold(r.status == "pending" and column in (RECEIVED, WAITED, STATUS))
            font.setItalic((column == TEXT and (r.text is None or "text" in r.unreadable))
                           or (column == FROM and r.from_party is None))
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == TEXT and r.confidential:
            return lock_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        return None

    def _tooltip(self, r: Request) -> str:
        lines = [self.text_of(r), self.tr("Received %1 from %2 by %3").replace(
            "%1", hhmm_local(r.received_at)).replace("%2", words.request_party(r)).replace(
            "%3", r.received_by or "–")]
        if self.overdue(r):
            lines.append(self.tr("Not acknowledged for %1.").replace(
                "%1", words.duration(r.waiting_seconds)))
        if r.confidential and r.sealed:
            lines.append(self.tr("Confidential: open with the passphrase (coordinators)"))
        return "\n".join(lines)

    def set_flash(self, on: bool) -> None:
        self.flash_on = on
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
