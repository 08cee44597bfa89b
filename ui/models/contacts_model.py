"""The contact directory as a table: name, function, organisation, phone, RAKEL talk group,
hours on duty. Phone and talk group are bold, in plain sight; who is on duty now is marked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from eventcenter.state.model import Contact
from eventcenter.swedish import sort_key
from ui.models.list_model import ListTableModel

NAME, FUNCTION, ORGANISATION, PHONE, RAKEL, ON_DUTY = range(6)
ON_DUTY_COLOUR = QColor(120, 190, 120, 70)


class ContactsModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}  # function and organisation codes → names

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Function"), self.tr("Organisation"), self.tr("Phone"),
                self.tr("RAKEL talk group"), self.tr("On duty")]

    def display(self, c: Contact, column: int) -> str:
        if column == NAME:
            return c.name
        if column == FUNCTION:
            return self.names.get(c.function or "", c.function or "")
        if column == ORGANISATION:
            return self.names.get(c.organisation or "", c.organisation or "")
        if column == PHONE:
            return c.phone or ""
        if column == RAKEL:
            return c.rakel or ""
        if not c.on_duty:
            return ""
        if c.on_duty_now:
            return self.tr("%1  ● on duty").replace("%1", c.on_duty)
        return c.on_duty

    def sort_key(self, c: Contact, column: int):
        return (sort_key(self.display(c, column)), sort_key(c.name))

    def extra(self, c: Contact, column: int, role: int):
        if role == Qt.ItemDataRole.FontRole and column in (NAME, PHONE, RAKEL):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == ON_DUTY and c.on_duty_now:
            return QBrush(ON_DUTY_COLOUR)
        return None
