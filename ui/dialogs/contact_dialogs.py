"""Adding and editing a contact (each change a record), and importing contacts from the CSV
files Outlook and Google Contacts export: a preview first, with the rejected rows and why,
then one import of the accepted rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eventcenter.state.contact_import import ImportPreview
from eventcenter.state.model import Contact
from ui.catalogue_lists import CatalogueLists
from ui.dialogs import file_choice
from ui.dialogs.entry_dialogs import _FormDialog

FIT_ROWS = 1000


def _names_combo(names: dict[str, str], current: str | None, name: str) -> QComboBox:
    """An editable choice of the catalogue's names; free text is allowed too."""
    combo = QComboBox(objectName=name)
    combo.setEditable(True)
    combo.addItem("")
    for label in names.values():
        combo.addItem(label)
    combo.setCurrentText(names.get(current or "", current or ""))
    return combo


class ContactDialog(_FormDialog):
    """A new contact, or a change to one (`contact`): only changed fields are saved."""

    def __init__(self, lists: CatalogueLists, contact: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.contact = contact
        self.setWindowTitle(self.tr("Change contact") if contact else self.tr("New contact"))
        self.name = QLineEdit(contact.name if contact else "", objectName="contactName")
        self.function = _names_combo(lists.contact_functions,
                                     contact.function if contact else None, "contactFunction")
        self.organisation = _names_combo(lists.organisations,
                                         contact.organisation if contact else None,
                                         "contactOrganisation")
        self.phone = QLineEdit(contact.phone or "" if contact else "", objectName="contactPhone")
        self.phone.setPlaceholderText("070-123 45 67")
        self.rakel = QLineEdit(contact.rakel or "" if contact else "", objectName="contactRakel")
        self.rakel.setPlaceholderText(self.tr("e.g. UPP KOMMUN 1"))
        self.on_duty = QLineEdit(contact.on_duty or "" if contact else "",
                                 objectName="contactOnDuty")
        self.on_duty.setPlaceholderText("18:00-03:00")
        self._before = self._typed() if contact else {}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Function:"), self.function)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&RAKEL talk group:"), self.rakel)
        form.addRow(self.tr("On &duty (hh:mm-hh:mm):"), self.on_duty)
        self._finish(form, self.tr("Save"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def _typed(self) -> dict:
        return {"name": self.name.text().strip(),
                "function": self.function.currentText().strip(),
                "organisation": self.organisation.currentText().strip(),
                "phone": self.phone.text().strip(), "rakel": self.rakel.text().strip(),
                "on_duty": self.on_duty.text().strip()}

    def values(self) -> dict:
        """New: every field; a change: only those changed (an emptied one is None)."""
        typed = self._typed()
        if self.contact is None:
            return {k: v or None for k, v in typed.items()}
        return {k: v or None for k, v in typed.items() if v != self._before.get(k)}


class ImportDialog(QDialog):
    """Choose a CSV file, see what would be imported and what would not, then import.

    `reader(path, defaults, on_done, on_error)` reads the preview on a worker;
    `importer(preview, on_done, on_error)` writes it on the writer."""

    def __init__(self, reader: Callable, importer: Callable,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contacts from a CSV file"))
        self.reader, self.importer = reader, importer
        self.preview: ImportPreview | None = None
        self.imported = 0
        self.path = QLineEdit(objectName="importPath")
        self.path.setPlaceholderText(self.tr("A CSV file exported from Outlook or Google "
                                             "Contacts"))
        browse = QPushButton(self.tr("&Choose file…"), objectName="importBrowse")
        browse.clicked.connect(self._browse)
        self.function = QLineEdit(objectName="importFunction")
        self.function.setPlaceholderText(self.tr("for rows without a job title"))
        self.organisation = QLineEdit(objectName="importOrganisation")
        self.organisation.setPlaceholderText(self.tr("for rows without a company"))
        read = QPushButton(self.tr("&Read the file"), objectName="importRead")
        read.clicked.connect(self.read)
        self.summary = QLabel(self.tr("Nothing read yet."), objectName="importSummary")
        self.summary.setWordWrap(True)
        self.accepted_table = self._table("importAccepted", [
            self.tr("Row"), self.tr("Name"), self.tr("Function"), self.tr("Organisation"),
            self.tr("Phone"), self.tr("RAKEL"), self.tr("On duty")])
        self.rejected_table = self._table("importRejected", [
            self.tr("Row"), self.tr("Name"), self.tr("Why it is not imported")])
        self.tabs = QTabWidget(objectName="importTabs")
        self.tabs.addTab(self.accepted_table, self.tr("To import"))
        self.tabs.addTab(self.rejected_table, self.tr("Rejected"))
        self._layout(browse, read)
        self.setMinimumSize(self.fontMetrics().horizontalAdvance("M") * 62,
                            self.fontMetrics().height() * 28)

    def _layout(self, browse: QPushButton, read: QPushButton) -> None:
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("&File:"), buddy=self.path), where)
        form.addRow(self.tr("Function if missing:"), self.function)
        form.addRow(self.tr("Organisation if missing:"), self.organisation)
        form.addRow("", read)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), objectName=name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAlternatingRowColors(True)
        em = table.fontMetrics().horizontalAdvance("M")
        table.setColumnWidth(0, em * 4)
        for column in range(1, len(headers) - 1):
            table.setColumnWidth(column, em * 10)
        return table

    def _browse(self) -> None:
        chosen = file_choice.open_file(self, self.tr("Contacts file"), self.path.text(),
                                       [self.tr("CSV files (*.csv *.txt)"),
                                        self.tr("All files (*)")])
        if chosen is not None:
            self.path.setText(str(chosen))
            self.read()

    def defaults(self) -> dict:
        return {k: v for k, v in (("function", self.function.text().strip()),
                                  ("organisation", self.organisation.text().strip())) if v}

    def read(self) -> None:
        if not self.path.text().strip():
            self._problem(self.tr("Choose a file first."))
            return
        self.ok.setEnabled(False)
        self.summary.setText(self.tr("Reading …"))
        self.reader(Path(self.path.text().strip()), self.defaults(), self.show_preview,
                    lambda error: self._problem(str(error)))

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._fill(self.accepted_table, [
            (str(r.row), r.name, r.function, r.organisation, r.phone or "", r.rakel or "",
             r.on_duty or "") for r in preview.accepted])
        self._fill(self.rejected_table, [(str(r.row), r.name or "–", r.message())
                                         for r in preview.rejected])
        self.summary.setProperty("role", "")
        self.summary.setText(self.tr("%1 contacts can be imported; %2 rows are rejected "
                                     "(see \"Rejected\"). Read as %3.")
                             .replace("%1", str(len(preview.accepted)))
                             .replace("%2", str(len(preview.rejected)))
                             .replace("%3", self._source(preview)))
        self._restyle()
        self.tabs.setTabText(0, self.tr("To import (%1)").replace("%1",
                                                                   str(len(preview.accepted))))
        self.tabs.setTabText(1, self.tr("Rejected (%1)").replace("%1",
                                                                  str(len(preview.rejected))))
        if not preview.accepted and preview.rejected:
            self.tabs.setCurrentIndex(1)
        self.ok.setText(self.tr("Import %n contacts", "", len(preview.accepted)))
        self.ok.setEnabled(bool(preview.accepted))

    def _source(self, preview: ImportPreview) -> str:
        names = {"outlook-sv": self.tr("Outlook (Swedish)"),
                 "outlook-en": self.tr("Outlook (English)"),
                 "google": self.tr("Google Contacts"), "plain": self.tr("a plain CSV file")}
        return f"{names.get(preview.source, preview.source)}, {preview.encoding}"

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        if len(rows) <= FIT_ROWS:  # a few hundred contacts: measured once, at once
            for column in range(table.columnCount() - 1):
                table.resizeColumnToContents(column)

    def _problem(self, text: str) -> None:
        self.summary.setProperty("role", "error")
        self.summary.setText(text)
        self._restyle()
        self.ok.setEnabled(bool(self.preview and self.preview.accepted))

    def _restyle(self) -> None:
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def accept(self) -> None:
        if self.preview is None or not self.preview.accepted:
            return
        self.ok.setEnabled(False)
        self.importer(self.preview, self._imported, lambda error: self._problem(str(error)))

    def _imported(self, count: int) -> None:
        self.imported = count
        super().accept()
