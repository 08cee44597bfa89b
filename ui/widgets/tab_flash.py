"""A tab that flashes: red with a dot, six times in six seconds, to draw the eye to a tab that
is not on show (requests that arrived from elsewhere)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget, QWidget

FLASH_MS = 500
FLASHES = 12  # half-periods: six times on
RED = QColor(226, 82, 64)  # readable on the day and the night theme alike


class TabFlash(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._page: QWidget | None = None
        self._title = ""
        self._count = 0
        self._timer = QTimer(self, interval=FLASH_MS)
        self._timer.timeout.connect(self._step)

    def start(self, page: QWidget, title: str) -> None:
        """Flash the tab of `page`, whose plain title is `title`."""
        self._page, self._title, self._count = page, title, 0
        self._timer.start()

    def _step(self) -> None:
        index = self.tabs.indexOf(self._page) if self._page is not None else -1
        if index < 0:
            self._timer.stop()
            return
        self._count += 1
        on = self._count % 2 == 1 and self._count <= FLASHES
        self.tabs.tabBar().setTabTextColor(index, RED if on else QColor())
        self.tabs.setTabText(index, f"● {self._title}" if on else self._title)
        if self._count > FLASHES:
            self._timer.stop()
