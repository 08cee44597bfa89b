"""A request received (usually typed by the liaison officer in the police's staff room), and
answering a request with a measure: one already open, or a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from eventcenter.state.model import Measure
from ui import words
from ui.dialogs.entry_dialogs import _FormDialog

PARTIES = ("Polisens inre ledningsstab", "Polisinsatschef", "Räddningstjänsten",
           "Region Uppsala", "UL kollektivtrafik")


class RequestDialog(_FormDialog):
    """What is asked, by whom, confidential or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.setWindowTitle(self.tr("Request received"))
        self.text = QPlainTextEdit(objectName="requestText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("e.g. Send the social field team to Resecentrum: "
                                             "five intoxicated minors"))
        self.text.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.party = QComboBox(objectName="requestFrom")
        self.party.setEditable(True)
        self.party.addItems(PARTIES)
        self.confidential = QCheckBox(self.tr("Confidential (only coordinators with the "
                                              "passphrase can read it)"),
                                      objectName="requestConfidential")
        form = QFormLayout()
        form.addRow(self.tr("&Request:"), self.text)
        form.addRow(self.tr("&From:"), self.party)
        form.addRow("", self.confidential)
        self._finish(form, self.tr("Register request"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

    def values(self) -> dict:
        return {"text": self.text.toPlainText().strip(),
                "party": self.party.currentText().strip(),
                "confidential": self.confidential.isChecked()}


class AnswerDialog(_FormDialog):
    """Answer with one of the open measures, or ask for a new one (`wants_new`)."""

    def __init__(self, subject: str, measures: list[Measure],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self.setWindowTitle(self.tr("Answer the request with a measure"))
        self.wants_new = False
        about = QLabel(subject, objectName="answerSubject")
        about.setWordWrap(True)
        self.measures = QListWidget(objectName="answerMeasures")
        for m in measures:
            title = words.measure_title(m)
            place = f" — {m.place}" if m.place else ""
            units = f" — {', '.join(m.units)}" if m.units else ""
            item = QListWidgetItem(f"{title}{place}{units}  ({words.measure_status(m.status)})")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.measures.addItem(item)
        if measures:
            self.measures.setCurrentRow(0)
        self.measures.itemDoubleClicked.connect(lambda _item: self.accept())
        new = QPushButton(self.tr("&New measure for it…"), objectName="answerNew")
        new.clicked.connect(self._new)
        form = QFormLayout()
        form.addRow(about)
        form.addRow(self.tr("Open &measures:"), self.measures)
        form.addRow("", new)
        self._finish(form, self.tr("Answer"))
        self.ok.setEnabled(bool(measures))
        self.measures.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.measures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(self.fontMetrics().horizontalAdvance("M") * 52,
                            self.fontMetrics().height() * 22)

    def _new(self) -> None:
        self.wants_new = True
        self.reject()

    def accept(self) -> None:
        if self.measures.currentItem() is None:
            self.show_problem(self.tr("Choose a measure, or open a new one."))
            return
        super().accept()

    def values(self) -> dict:
        return {"measure": self.measures.currentItem().data(Qt.ItemDataRole.UserRole)}
