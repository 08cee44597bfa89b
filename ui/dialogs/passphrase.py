"""Asking for a new event's confidentiality passphrase (twice), or for the existing one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eventcenter.validation import MIN_PASSPHRASE


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
            "person; it cannot be recovered. At least %1 characters.")
            .replace("%1", str(MIN_PASSPHRASE)))
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
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.error.setText(self.tr("The passphrase must be at least %1 characters long.")
                               .replace("%1", str(MIN_PASSPHRASE)))
        elif self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases are not the same."))
        else:
            super().accept()
            return
        self.error.show()

    def passphrase(self) -> str:
        return self.first.text()
