"""Sign in (and switch operator at a shift change): name, role, and for a coordinator the
confidentiality passphrase, checked against the open event before the dialog closes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eventcenter.errors import UserError
from eventcenter.roles import ROLES, may_unlock
from eventcenter.validation import check_operator
from ui.session import role_label

# Checks a passphrase against the open event: raises UserError("wrong_passphrase").
PassphraseCheck = Callable[[str], None]


@dataclass(frozen=True)
class SignIn:
    operator: str
    role: str
    passphrase: str | None = None  # given and checked (coordinators only)


class SignInDialog(QDialog):
    def __init__(self, event_name: str, operator: str | None, role: str,
                 check: PassphraseCheck | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in — %1").replace("%1", event_name or "Eventcenter"))
        self.check = check
        self.result_: SignIn | None = None
        self.name = QLineEdit(operator or "", objectName="signInName")
        self.name.setPlaceholderText(self.tr("First name and surname"))
        self.role = QComboBox(objectName="signInRole")
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.role.setCurrentIndex(max(self.role.findData(role), 0))
        self.passphrase = QLineEdit(objectName="signInPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("only to read confidential entries"))
        self.passphrase_label = QLabel(self.tr("Confidentiality &passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.hint = QLabel(objectName="signInHint")
        self.hint.setWordWrap(True)
        self.error = QLabel(objectName="signInError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.passphrase_label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        if operator:
            self.passphrase.setFocus() if self.passphrase.isVisible() else None

    def _role_changed(self) -> None:
        asks = may_unlock(self.role.currentData()) and self.check is not None
        self.passphrase.setVisible(asks)
        self.passphrase_label.setVisible(asks)
        hints = {
            "coordinator": self.tr("Coordinators log, decide and, with the passphrase, read "
                                   "confidential entries. Leave it empty to work without."),
            "liaison": self.tr("The liaison officer logs and answers the police's requests; "
                               "confidential entries show only that they exist."),
            "reader": self.tr("A reader follows the journal and cannot write; confidential "
                              "entries show only that they exist."),
        }
        self.hint.setText(hints.get(self.role.currentData(), ""))

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._problem(self.tr("Write your name: every entry says who wrote it."))
            self.name.setFocus()
            return
        try:
            name = check_operator(name)
        except UserError as error:  # a pasted tab or line break: no entry could carry it
            self._problem(str(error))
            self.name.setFocus()
            return
        role = self.role.currentData()
        secret = self.passphrase.text() if may_unlock(role) else ""
        if secret and self.check is not None:
            try:
                self.setCursor(Qt.CursorShape.WaitCursor)
                self.check(secret)
            except UserError as error:
                self._problem(str(error) + " " + self.tr(
                    "Try again, or leave the field empty to sign in without it."))
                self.passphrase.selectAll()
                self.passphrase.setFocus()
                return
            finally:
                self.unsetCursor()
        self.result_ = SignIn(name, role, secret or None)
        super().accept()

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
