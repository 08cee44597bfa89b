"""Backups of the open event while the window is open: one every `INTERVAL_SECONDS`, and one
at once when asked (Ctrl+Shift+S, or after choosing a folder), each on a worker. The folder
is the one this laptop chose for this event (another disk, a USB stick), else the one beside
the file; the status bar tells when the last copy was made, or that it failed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from eventcenter.backups import INTERVAL_SECONDS, backup_now, default_backup_dir
from eventcenter.timefmt import hhmm_local, now_utc
from ui.dialogs import file_choice
from ui.session import WindowContext
from ui.widgets.status import StatusBar


class BackupTimer(QObject):
    def __init__(self, context: WindowContext, status: StatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.status, self.window = context, status, parent
        self._timer = QTimer(self, interval=INTERVAL_SECONDS * 1000)
        self._timer.timeout.connect(self.backup_now)
        self._timer.start()
        context.event_file.backup_folders = [self.folder()]

    def folder(self) -> Path:
        """The folder this laptop backs this event up to: chosen, or beside the file."""
        event = self.context.event_file
        chosen = self.context.settings.backup_folders.get(str(event.path))
        return Path(chosen) if chosen else default_backup_dir(event.path)

    def choose_folder(self, folder: Path | None = None) -> None:
        """A second place for the copies (another disk or a USB stick), then one copy now."""
        if folder is None:
            folder = file_choice.folder(self.window, self.tr("Backup folder"), self.folder())
            if folder is None:
                return
        folders = self.context.settings.backup_folders
        folders[str(self.context.event_file.path)] = str(folder)
        self.context.settings.backup_folders = folders
        self.context.event_file.backup_folders = [folder]
        self.backup_now()

    def backup_now(self) -> None:
        event, folder = self.context.event_file, self.folder()
        self.context.tasks.run_task(lambda: backup_now(event, folder), self._backed_up,
                                    self._failed)

    def _backed_up(self, path) -> None:
        self.status.set_backup(self.tr("Backup %1").replace("%1", hhmm_local(now_utc())))
        self.status.backup.setToolTip(str(path))

    def _failed(self, error: BaseException) -> None:
        self.status.set_backup(self.tr("Backup FAILED"), ok=False)
        self.status.backup.setToolTip(str(error))
