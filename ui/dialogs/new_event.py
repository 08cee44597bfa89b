"""A new event from a template (Valborg, Kulturnatten, blank): name, file and passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventcenter.catalogue.templates import TEMPLATE_NAMES, default_event_name
from ui.dialogs import file_choice
from ui.dialogs.passphrase import advice, new_passphrase_problem


def template_label(name: str) -> str:
    labels = {"valborg": "Valborg", "kulturnatten": "Kulturnatten",
              "blank": QCoreApplication.translate("NewEventDialog", "Blank (no places or units)")}
    return labels.get(name, name)


def file_name_for(name: str) -> str:
    """"Valborg 2027" → "valborg-2027.event" (å ä ö kept; the paths are Unicode)."""
    stem = "-".join(name.lower().split()) or "evenemang"
    return "".join(c for c in stem if c.isalnum() or c in "-_") + ".event"


class NewEventDialog(QDialog):
    """Template, name, file and passphrase; optionally an earlier event (last year's
    Valborg) whose units, contacts, places and measure types come along."""

    def __init__(self, folder: Path, parent: QWidget | None = None,
                 from_event: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newEventDialog")
        self.setWindowTitle(self.tr("New event"))
        self.folder = folder
        self.template = QComboBox(objectName="newEventTemplate")
        for name in TEMPLATE_NAMES:
            self.template.addItem(template_label(name), name)
        self.name = QLineEdit(default_event_name("valborg"), objectName="newEventName")
        self.path = QLineEdit(objectName="newEventPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.first = QLineEdit(objectName="newEventPassphrase")
        self.second = QLineEdit(objectName="newEventPassphrase2")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.earlier = QLineEdit(str(from_event) if from_event else "",
                                 objectName="newEventFrom")
        self.earlier.setPlaceholderText(self.tr("none: start from the template only"))
        self.earlier.setClearButtonEnabled(True)
        browse_earlier = QPushButton(self.tr("Choose…"), objectName="newEventFromBrowse")
        browse_earlier.clicked.connect(self._browse_earlier)
        earlier_note = QLabel(self.tr("Its units, contacts, places and measure types come "
                                      "along; nothing of its journal."))
        earlier_note.setWordWrap(True)
        self.error = QLabel(objectName="newEventError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(QLabel(self.tr("&File:"), buddy=self.path), where)
        earlier = QHBoxLayout()
        earlier.addWidget(self.earlier, 1)
        earlier.addWidget(browse_earlier)
        form.addRow(QLabel(self.tr("From an &earlier event:"), buddy=self.earlier), earlier)
        form.addRow("", earlier_note)
        form.addRow(self.tr("Confidentiality &passphrase:"), self.first)
        form.addRow(self.tr("&Repeat passphrase:"), self.second)
        passphrase_advice = QLabel(advice(), objectName="newEventPassphraseAdvice")
        passphrase_advice.setWordWrap(True)
        form.addRow("", passphrase_advice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 48)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.name.textChanged.connect(self._name_changed)
        self._name_changed(self.name.text())

    def _template_changed(self) -> None:
        if self.template.currentData() != "blank":
            self.name.setText(default_event_name(self.template.currentData()))

    def _name_changed(self, name: str) -> None:
        self.path.setText(str(self.folder / file_name_for(name)))

    def _browse(self) -> None:
        chosen = file_choice.save_file(self, self.tr("New event file"), self.path.text(),
                                       [self.tr("Event files (*.event)")], ".event")
        if chosen is not None:
            name = str(chosen)
            self.path.setText(name if name.endswith(".event") else name + ".event")

    def _browse_earlier(self) -> None:
        chosen = file_choice.open_file(self, self.tr("Earlier event"),
                                       self.earlier.text() or self.folder,
                                       [self.tr("Event files (*.event)")])
        if chosen is not None:
            self.earlier.setText(str(chosen))

    def accept(self) -> None:
        earlier = self.earlier.text().strip()
        if earlier and not Path(earlier).is_file():
            self._problem(self.tr("The earlier event %1 does not exist.").replace("%1", earlier))
        elif not self.name.text().strip():
            self._problem(self.tr("Give the event a name, e.g. \"Valborg 2027\"."))
        elif Path(self.path.text()).exists():
            self._problem(self.tr("The file already exists: choose another name, or open it."))
        elif problem := new_passphrase_problem(self.first.text(), self.second.text()):
            self._problem(problem)
        else:
            super().accept()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def values(self) -> tuple[Path, str, str, str, Path | None]:
        """(file, template, name, passphrase, earlier event or None)"""
        earlier = self.earlier.text().strip()
        return (Path(self.path.text()), self.template.currentData(), self.name.text().strip(),
                self.first.text(), Path(earlier) if earlier else None)
