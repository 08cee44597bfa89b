"""The status bar answers: is my line saved, are we in touch with the others, what time is it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ui import words


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = QLabel(objectName="savedMark")
        self.sync = QLabel(objectName="syncState")
        self.backup = QLabel(objectName="backupState")
        self.confidential = QLabel(objectName="confidentialState")
        self.clock = QLabel(objectName="clock")
        self.damage = QLabel(objectName="damageState")
        self.damage.setProperty("state", "error")
        self.damage.hide()
        self.addWidget(self.saved, 1)
        for label in (self.damage, self.sync, self.backup, self.confidential, self.clock):
            self.addPermanentWidget(label)
        # Sync between laptops is a later issue: say so plainly rather than pretend.
        self.sync.setText(self.tr("Sync: not set up"))
        self.set_confidential(False)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._tick()

    def _tick(self) -> None:
        self.clock.setText(words.clock_now())

    def show_saved(self, at: str) -> None:
        self.saved.setProperty("state", "ok")
        self.saved.setText(self.tr("Saved %1 ✓").replace("%1", at))
        self._restyle(self.saved)

    def show_not_saved(self) -> None:
        self.saved.setProperty("state", "error")
        self.saved.setText(self.tr("NOT saved — see the message under the line"))
        self._restyle(self.saved)

    def set_confidential(self, opened: bool) -> None:
        self.confidential.setProperty("state", "open" if opened else "locked")
        self.confidential.setText(self.tr("Confidential: opened") if opened
                                  else self.tr("Confidential: locked"))
        self._restyle(self.confidential)

    def show_damaged(self, words: str) -> None:
        """The file is damaged: said in red until the window closes, the words as tooltip."""
        self.damage.setText(self.tr("EVENT FILE DAMAGED — nothing more is saved"))
        self.damage.setToolTip(words)
        self.damage.show()
        self._restyle(self.damage)

    def set_backup(self, text: str, ok: bool = True) -> None:
        self.backup.setProperty("state", "ok" if ok else "error")
        self.backup.setText(text)
        self._restyle(self.backup)

    @staticmethod
    def _restyle(label: QLabel) -> None:
        label.style().unpolish(label)
        label.style().polish(label)
