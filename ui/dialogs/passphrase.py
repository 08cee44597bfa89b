"""Asking for a new event's confidentiality passphrase (twice), or for the existing one.

What a new passphrase must be is decided by the core (`validation.passphrase_problem`); here
it is said in the window's words, with the advice to choose four or more words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eventcenter.validation import MIN_PASSPHRASE, passphrase_problem, same_passphrase


def advice() -> str:
    """The advice every dialog that sets a passphrase gives."""
    return QCoreApplication.translate(
        "Passphrase", "Choose four or more words (at least %1 characters): easier to remember "
        "and harder to guess than a short password.").replace("%1", str(MIN_PASSPHRASE))


def new_passphrase_problem(first: str, second: str) -> str | None:
    """What is wrong with a new passphrase typed twice, in the window's words, or None. The
    two are compared as the core derives a key from them (NFC), so an `å` typed on another
    keyboard is the same `å`."""
    problem = passphrase_problem(first)
    if problem == "passphrase_blank":
        return QCoreApplication.translate(
            "Passphrase", "The passphrase is only spaces. Choose four or more words.")
    if problem == "passphrase_too_short":
        return QCoreApplication.translate(
            "Passphrase", "The passphrase must be at least %1 characters long.").replace(
            "%1", str(MIN_PASSPHRASE))
    if not same_passphrase(first, second):
        return QCoreApplication.translate("Passphrase", "The two passphrases are not the same.")
    return None


class NewPassphraseDialog(QDialog):
    """The passphrase that seals confidential entries of a new event."""

    def __init__(self, event_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(self.tr("Passphrase for %1").replace("%1", event_name))
        self.first = QLineEdit(objectName="passphraseFirst")
        self.second = QLineEdit(objectName="passphraseSecond")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        intro = QLabel(self.tr(
            "Confidential entries (social services, health) are sealed with this passphrase. "
            "Only coordinators who know it can read them. Give it to the coordinators in "
            "person; it cannot be recovered.") + " " + advice())
        intro.setWordWrap(True)
        self.error = QLabel(objectName="passphraseError")
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = new_passphrase_problem(self.first.text(), self.second.text())
        if problem is None:
            super().accept()
            return
        self.error.setText(problem)
        self.error.show()

    def passphrase(self) -> str:
        return self.first.text()
