"""Choosing a file or a folder without reading any file: every dialog that picks one comes here.

Qt's file dialog guesses the type and icon of each file it lists, and for a name it does not
know (`valborg.event`, its `-wal` and `-shm`) it reads the file's first bytes. On Linux and
macOS that read, closed again, drops SQLite's locks on the event file for the whole window
process; the command line then believed it was alone, checkpointed and deleted the WAL under
the window, and lines were lost (issue 9). A platform's native dialog may do the same inside
our process (GTK's does), so this module uses Qt's own dialog, always as an instance (the
static helpers choose the native one), with an icon provider that looks at names only and
name filters that list only what is asked for.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

EVENT_SUFFIX = "event"
PARTS = {f"{EVENT_SUFFIX}-{part}" for part in ("wal", "shm", "journal")}  # SQLite's own files
OPTIONS = (QFileDialog.Option.DontUseNativeDialog
           | QFileDialog.Option.DontUseCustomDirectoryIcons)


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from the file's name and kind alone; no file is ever opened.
    (Whether a name is a folder is a `stat`, which opens nothing.)"""

    def icon(self, what) -> QIcon:
        """Qt asks with an IconType (computer, drive, folder) or with a QFileInfo."""
        style = QApplication.style()
        pixmaps = QStyle.StandardPixmap
        if not isinstance(what, QFileInfo):
            kind = QAbstractFileIconProvider.IconType
            standard = {kind.Computer: pixmaps.SP_ComputerIcon, kind.Drive: pixmaps.SP_DriveHDIcon,
                        kind.Folder: pixmaps.SP_DirIcon, kind.Network: pixmaps.SP_DriveNetIcon}
            return style.standardIcon(standard.get(what, pixmaps.SP_FileIcon))
        if what.isRoot():
            return style.standardIcon(pixmaps.SP_DriveHDIcon)
        return style.standardIcon(pixmaps.SP_DirIcon if what.isDir() else pixmaps.SP_FileIcon)

    def type(self, info: QFileInfo) -> str:
        translate = QCoreApplication.translate
        if info.isDir():
            return translate("FileChoice", "Folder")
        suffix = info.suffix().lower()
        if suffix == EVENT_SUFFIX:
            return translate("FileChoice", "Event file")
        if suffix in PARTS:
            return translate("FileChoice", "Part of an event file (leave it alone)")
        if not suffix:
            return translate("FileChoice", "File")
        return translate("FileChoice", "%1 file").replace("%1", suffix.upper())


@cache
def _icons() -> NameOnlyIcons:
    """One provider for every dialog, kept alive here (Qt does not own it)."""
    return NameOnlyIcons()


def make_dialog(parent: QWidget | None, title: str, start: Path | str | None,
                filters: list[str] | None = None) -> QFileDialog:
    """A configured dialog (not yet shown): Qt's own, names only, `start` as the folder or
    the file to suggest."""
    dialog = QFileDialog(parent, title)
    dialog.setOptions(OPTIONS)
    dialog.setIconProvider(_icons())
    if filters:
        dialog.setNameFilters(filters)
    start = Path(start) if start else None
    if start is not None and (start.is_dir() or not start.suffix):
        dialog.setDirectory(str(start))
    elif start is not None:
        dialog.setDirectory(str(start.parent))
        dialog.selectFile(start.name)
    return dialog


def _run(dialog: QFileDialog) -> Path | None:
    try:
        chosen = dialog.selectedFiles() if dialog.exec() else []
    finally:
        dialog.deleteLater()
    return Path(chosen[0]) if chosen and chosen[0] else None


def save_file(parent: QWidget | None, title: str, start: Path | str | None,
              filters: list[str], suffix: str) -> Path | None:
    """A file name to write to (it is confirmed before an existing file is replaced)."""
    dialog = make_dialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    return _run(dialog)


def open_file(parent: QWidget | None, title: str, start: Path | str | None,
              filters: list[str]) -> Path | None:
    """An existing file to read."""
    dialog = make_dialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def folder(parent: QWidget | None, title: str, start: Path | str | None) -> Path | None:
    """An existing folder."""
    dialog = make_dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)
