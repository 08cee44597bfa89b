"""Units as a table: call sign, organisation, status, place, since when, head count, hours on
duty and how to reach them. Sorted by status (in life-cycle order) or by place in Python:
an event has dozens of units, not thousands."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from eventcenter.state.fold import UNIT_STATUSES
from eventcenter.state.model import Unit
from eventcenter.swedish import sort_key
from eventcenter.timefmt import hhmm_local
from ui import words
from ui.models.list_model import ListTableModel

CALLSIGN, ORGANISATION, STATUS, PLACE, SINCE, SIZE, ON_DUTY, CONTACT = range(8)
STATUS_COLOURS = {"on-site": QColor(120, 190, 120, 70), "en-route": QColor(110, 160, 230, 70),
                  "break": QColor(200, 200, 120, 60)}


class UnitsModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.organisation_names: dict[str, str] = {}

    def key_of(self, unit: Unit) -> str:
        return unit.callsign

    def headers(self) -> list[str]:
        return [self.tr("Unit"), self.tr("Organisation"), self.tr("Status"), self.tr("Place"),
                self.tr("Since"), self.tr("Pers."), self.tr("On duty"), self.tr("Contact")]

    def display(self, u: Unit, column: int) -> str:
        if column == CALLSIGN:
            return u.callsign
        if column == ORGANISATION:
            return self.organisation_names.get(u.organisation or "", u.organisation or "")
        if column == STATUS:
            return words.unit_status(u.status)
        if column == PLACE:
            return u.place or ""
        if column == SINCE:
            if u.moved_at is None:
                return ""
            return self.tr("%1 (%2)").replace("%1", hhmm_local(u.moved_at)).replace(
                "%2", words.duration((u.as_of - u.moved_at) // 1_000_000))
        if column == SIZE:
            return str(u.size) if u.size else ""
        if column == ON_DUTY:
            return u.on_duty or ""
        return u.contact or ""

    def sort_key(self, u: Unit, column: int):
        if column == STATUS:
            order = UNIT_STATUSES.index(u.status) if u.status in UNIT_STATUSES else 9
            return (order, sort_key(u.place or "~"), sort_key(u.callsign))
        if column == PLACE:
            return (u.place is None, sort_key(u.place or ""), sort_key(u.callsign))
        if column == SINCE:
            return -(u.moved_at or 0)
        if column == SIZE:
            return u.size or 0
        return sort_key(self.display(u, column))

    def extra(self, u: Unit, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS \
                and u.status in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[u.status])
        if role == Qt.ItemDataRole.ForegroundRole and u.status == "off-duty":
            return QBrush(QColor(128, 128, 128))
        if role == Qt.ItemDataRole.FontRole and column == CALLSIGN:
            font = QFont()
            font.setBold(True)
            return font
        return None
