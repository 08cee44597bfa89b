"""The start dialog: recent events, a new one from a template, or a file from disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import file_choice


class StartDialog(QDialog):
    """Ends with `choice`: ("open", path), ("new", None) or ("new-from", the chosen recent
    event: a new event with last year's units and contacts), or is rejected."""

    def __init__(self, recent: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("Events"))
        self.choice: tuple[str, Path | None] | None = None
        self.recent = QListWidget(objectName="recentEvents")
        for path in recent:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if recent:
            self.recent.setCurrentRow(0)
        self.recent.itemActivated.connect(self._open_item)
        open_recent = QPushButton(self.tr("&Open"), objectName="openRecent")
        open_recent.setDefault(True)
        open_recent.setEnabled(bool(recent))
        open_recent.clicked.connect(lambda: self._open_item(self.recent.currentItem()))
        new = QPushButton(self.tr("&New from template…"), objectName="newEvent")
        new.clicked.connect(self._new)
        new_from = QPushButton(self.tr("New from the chosen &earlier event…"),
                               objectName="newFromEvent")
        new_from.setToolTip(self.tr("Last year's units, contacts, places and measure types "
                                    "come along; nothing of its journal."))
        new_from.setEnabled(bool(recent))
        new_from.clicked.connect(self._new_from)
        browse = QPushButton(self.tr("Open &file…"), objectName="openFile")
        browse.clicked.connect(self._browse)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (open_recent, new, new_from, browse):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Recent events:")))
        layout.addWidget(self.recent, 1)
        layout.addLayout(buttons)
        self.resize(560, 360)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choice = ("open", Path(item.data(Qt.ItemDataRole.UserRole)))
            self.accept()

    def _new(self) -> None:
        self.choice = ("new", None)
        self.accept()

    def _new_from(self) -> None:
        item = self.recent.currentItem()
        self.choice = ("new-from", Path(item.data(Qt.ItemDataRole.UserRole)) if item else None)
        self.accept()

    def _browse(self) -> None:
        chosen = file_choice.open_file(self, self.tr("Open event"), None,
                                       [self.tr("Event files (*.event)"), self.tr("All files (*)")])
        if chosen is not None:
            self.choice = ("open", chosen)
            self.accept()
