"""Logging a decision, correcting an entry (a new entry with a reason; the old stays), and
marking an entry confidential afterwards (a record with a reason; the old text stays in the
file)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eventcenter.journal.queries import JournalEntry
from eventcenter.timefmt import hhmm_local


class _FormDialog(QDialog):
    """OK emits `submitted(values)`; the caller saves on the writer and calls `saved()`
    (closes) or `show_problem(text)` (stays open, nothing lost)."""

    submitted = Signal(dict)

    def _finish(self, form: QFormLayout, ok_text: str) -> None:
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.ok.setEnabled(False)
        self.submitted.emit(self.values())

    def values(self) -> dict:
        raise NotImplementedError

    def saved(self) -> None:
        super().accept()

    def show_problem(self, text: str) -> None:
        self.ok.setEnabled(True)
        self.error.setText(text)
        self.error.show()


class DecisionDialog(_FormDialog):
    """Fields of `Journal.decide`; the caller saves on the writer and closes on success."""

    def __init__(self, operator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("Log a decision"))
        self.decision = QPlainTextEdit(objectName="decisionText")
        self.decision.setTabChangesFocus(True)
        self.decision.setFixedHeight(self.fontMetrics().height() * 4)
        self.decided_by = QLineEdit(operator, objectName="decisionBy")
        self.mandate = QLineEdit(objectName="decisionMandate")
        self.basis = QLineEdit(objectName="decisionBasis")
        self.reason = QLineEdit(objectName="decisionReason")
        self.affected = QLineEdit(objectName="decisionAffected")
        self.confidential = QCheckBox(self.tr("Confidential (sealed; only coordinators with "
                                              "the passphrase can read it)"))
        form = QFormLayout()
        form.addRow(self.tr("&Decision:"), self.decision)
        form.addRow(self.tr("Decided &by:"), self.decided_by)
        form.addRow(self.tr("&Mandate:"), self.mandate)
        form.addRow(self.tr("B&asis:"), self.basis)
        form.addRow(self.tr("&Why:"), self.reason)
        form.addRow(self.tr("A&ffected / informed:"), self.affected)
        form.addRow("", self.confidential)
        self._finish(form, self.tr("Log decision"))
        self.resize(560, 0)

    def values(self) -> dict:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {"decision": self.decision.toPlainText().strip(),
                "decided_by": self.decided_by.text().strip(), "mandate": text(self.mandate),
                "basis": text(self.basis), "reason": text(self.reason),
                "affected": text(self.affected), "confidential": self.confidential.isChecked()}


class CorrectionDialog(_FormDialog):
    """The corrected text (starting from the old one) and the reason for the correction."""

    def __init__(self, entry: JournalEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct an entry"))
        self.entry = entry
        original = QLabel(self.tr("%1, %2: %3").replace("%1", hhmm_local(entry.occurred_at))
                          .replace("%2", entry.operator)
                          .replace("%3", entry.text or self.tr("confidential entry")))
        original.setWordWrap(True)
        original.setObjectName("correctionOriginal")
        self.text = QPlainTextEdit(entry.text or "", objectName="correctionText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().height() * 4)
        self.reason = QLineEdit(objectName="correctionReason")
        self.reason.setPlaceholderText(self.tr("e.g. wrong unit, misheard place"))
        note = QLabel(self.tr("The old entry stays in the journal, struck through, next to "
                              "the correction."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Entry:"), original)
        form.addRow(self.tr("&Corrected text:"), self.text)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow("", note)
        self._finish(form, self.tr("Correct"))
        self.resize(560, 0)

    def values(self) -> dict:
        return {"text": self.text.toPlainText().strip(), "reason": self.reason.text().strip()}


class MarkConfidentialDialog(_FormDialog):
    """The reason for marking an entry confidential afterwards, and plain words on what the
    mark does (the entry shows and prints as confidential) and does not (the original text
    stays readable in the file, its backups and, once laptops share records, everywhere)."""

    def __init__(self, entry: JournalEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markConfidentialDialog")
        self.setWindowTitle(self.tr("Mark as confidential"))
        self.entry = entry
        original = QLabel(self.tr("%1, %2: %3").replace("%1", hhmm_local(entry.occurred_at))
                          .replace("%2", entry.operator).replace("%3", entry.text or ""))
        original.setWordWrap(True)
        original.setObjectName("markOriginal")
        does = QLabel(self.tr(
            "From now on this entry and its corrections are shown and printed as confidential: "
            "only coordinators with the passphrase can read them, the public debrief leaves "
            "them out, and a search no longer finds them."), objectName="markDoes")
        does_not = QLabel(self.tr(
            "Note: the original text stays readable in this file and in its backups, and, once "
            "the laptops share records, on every laptop and on the server. Removing it for "
            "real comes in a later version."), objectName="markDoesNot")
        bold = does_not.font()
        bold.setBold(True)
        does_not.setFont(bold)
        self.reason = QLineEdit(objectName="markReason")
        self.reason.setPlaceholderText(self.tr("e.g. details about a child"))
        form = QFormLayout()
        form.addRow(self.tr("Entry:"), original)
        form.addRow("", does)
        form.addRow("", does_not)
        form.addRow(self.tr("&Reason:"), self.reason)
        for label in (does, does_not):
            label.setWordWrap(True)
        self._finish(form, self.tr("Mark as confidential"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 42)

    def values(self) -> dict:
        return {"reason": self.reason.text().strip()}
