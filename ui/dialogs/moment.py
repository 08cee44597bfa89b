"""'Show the state at …': a past moment for the whole window (read-only)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from eventcenter.timefmt import TimeParseError, parse_time


class MomentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        self.setObjectName("momentDialog")
        self.setWindowTitle(self.tr("Show the state at a past moment"))
        self.moment: datetime | None = None
        intro = QLabel(self.tr("The whole window shows the journal as it stood at this time, "
                               "read-only. Write 22:15, or a date and time like "
                               "2027-04-30 22:15."))
        intro.setWordWrap(True)
        self.edit = QLineEdit(objectName="momentTime")
        self.edit.setPlaceholderText("22:15")
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Show"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.moment = parse_time(self.edit.text())
        except TimeParseError:
            self.error.setText(self.tr("Cannot read that time: write it as 22:15."))
            self.error.show()
            return
        super().accept()
