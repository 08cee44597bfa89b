"""Opening a measure (also from a journal entry or a request), a reason for reopening or
declining, and the units of a measure. Each is a form: OK emits `submitted(values)`, the
caller saves on the writer and closes the dialog only when the save returned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.catalogue_lists import CatalogueLists
from ui.dialogs.entry_dialogs import _FormDialog
from ui.words import measure_status

TITLE_LENGTH = 80


def place_combo(places: list[str], chosen: str | None, name: str) -> QComboBox:
    """An editable choice of the event's places (empty: no place)."""
    combo = QComboBox(objectName=name)
    combo.setEditable(True)
    combo.addItem("", "")
    for place in places:
        combo.addItem(place, place)
    combo.setCurrentIndex(max(combo.findData(chosen or ""), 0))
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


class CallsignBoxes(QWidget):
    """Call signs to tick, in a grid of six columns so a dozen fit at a glance."""

    COLUMNS = 6

    def __init__(self, callsigns: list[str], checked: set[str], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.boxes: list[QCheckBox] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, callsign in enumerate(callsigns):
            box = QCheckBox(callsign, objectName=f"unit_{callsign}")
            box.setChecked(callsign in checked)
            grid.addWidget(box, i // self.COLUMNS, i % self.COLUMNS)
            self.boxes.append(box)
        if not callsigns:
            grid.addWidget(QLabel(self.tr("The event has no units.")), 0, 0)

    def checked(self) -> list[str]:
        return [box.text() for box in self.boxes if box.isChecked()]

    def set_checked(self, callsign: str, on: bool = True) -> None:
        for box in self.boxes:
            if box.text() == callsign:
                box.setChecked(on)


class MeasureDialog(_FormDialog):
    """A new measure. `source` says where it comes from ("From the journal entry 22:14 …");
    `title`, `place`, `units` fill the form from it; a confidential source makes the
    measure confidential."""

    def __init__(self, lists: CatalogueLists, parent: QWidget | None = None, *,
                 source: str | None = None, title: str = "", place: str | None = None,
                 units: tuple[str, ...] = (), confidential: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("measureDialog")
        self.setWindowTitle(self.tr("New measure"))
        self.title = QLineEdit(_short(title), objectName="measureTitle")
        self.title.setPlaceholderText(self.tr("e.g. Field assistants to Resecentrum"))
        self.type = QComboBox(objectName="measureType")
        self.type.addItem(self.tr("(no type)"), "")
        for code, name in lists.measure_types.items():
            self.type.addItem(name, code)
        self.place = place_combo(lists.places, place, "measurePlace")
        self.priority = QComboBox(objectName="measurePriority")
        for label, value in ((self.tr("(none)"), 0), (self.tr("1 — high"), 1),
                             (self.tr("2 — normal"), 2), (self.tr("3 — low"), 3)):
            self.priority.addItem(label, value)
        self.status = QComboBox(objectName="measureStatus")
        for code in ("ongoing", "planned"):
            self.status.addItem(measure_status(code), code)
        self.units = CallsignBoxes(lists.callsigns, set(units), "measureUnits")
        self.notes = QPlainTextEdit(objectName="measureNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.confidential = QCheckBox(self.tr("Confidential (only coordinators with the "
                                              "passphrase can read it)"),
                                      objectName="measureConfidential")
        self.confidential.setChecked(confidential)
        self.confidential.setEnabled(not confidential)
        form = QFormLayout()
        if source:
            origin = QLabel(source, objectName="measureSource")
            origin.setWordWrap(True)
            form.addRow(self.tr("From:"), origin)
        form.addRow(self.tr("&What:"), self.title)
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("P&riority:"), self.priority)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Units:"), self.units)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow("", self.confidential)
        self._finish(form, self.tr("Open measure"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

    def values(self) -> dict:
        return {"title": self.title.text().strip(), "type": self.type.currentData() or None,
                "place": self.place.currentText().strip() or None,
                "priority": self.priority.currentData() or None,
                "status": self.status.currentData(), "units": self.units.checked(),
                "notes": self.notes.toPlainText().strip() or None,
                "confidential": self.confidential.isChecked()}


def _short(text: str) -> str:
    """A title from a longer text: its first line, cut at a word."""
    line = (text or "").strip().split("\n")[0]
    if len(line) <= TITLE_LENGTH:
        return line
    return line[:TITLE_LENGTH].rsplit(" ", 1)[0] + " …"


class ReasonDialog(_FormDialog):
    """One reason (reopening a measure, declining a request) or an optional comment."""

    def __init__(self, title: str, subject: str, label: str, ok_text: str,
                 parent: QWidget | None = None, *, placeholder: str = "",
                 required: bool = True, name: str = "reasonDialog") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.required = required
        about = QLabel(subject, objectName="reasonSubject")
        about.setWordWrap(True)
        self.reason = QLineEdit(objectName="reasonText")
        self.reason.setPlaceholderText(placeholder)
        form = QFormLayout()
        form.addRow(about)
        form.addRow(label, self.reason)
        self._finish(form, ok_text)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def accept(self) -> None:
        if self.required and not self.reason.text().strip():
            self.show_problem(self.tr("A reason is required."))
            return
        super().accept()

    def values(self) -> dict:
        return {"reason": self.reason.text().strip() or None}


class UnitsDialog(_FormDialog):
    """The units of one measure: tick to assign, untick to take off."""

    def __init__(self, subject: str, callsigns: list[str], assigned: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measureUnitsDialog")
        self.setWindowTitle(self.tr("Units of the measure"))
        self.assigned = set(assigned)
        about = QLabel(subject, objectName="unitsSubject")
        about.setWordWrap(True)
        self.units = CallsignBoxes(callsigns, self.assigned, "measureUnitsList")
        form = QFormLayout()
        form.addRow(about)
        form.addRow(self.tr("&Units:"), self.units)
        self._finish(form, self.tr("Save"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)

    def values(self) -> dict:
        chosen = set(self.units.checked())
        return {"add": sorted(chosen - self.assigned), "remove": sorted(self.assigned - chosen)}
