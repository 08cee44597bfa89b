"""Reports from the window: choose where, build on a worker, show progress, open when done.

The core builds the PDF or CSV (`eventcenter.reports`); this module only asks for a file
name, runs the build off the GUI thread and turns its `progress(done, total)` calls, which
arrive on the worker, into a progress dialog on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from eventcenter import reports
from eventcenter.event_file import EventFile
from ui import words
from ui.dialogs import file_choice


class Cancelled(Exception):
    """Raised from the progress callback to stop a build the user cancelled."""


@dataclass(frozen=True)
class ExportKind:
    key: str
    suffix: str
    build: Callable[..., object]


KINDS = {
    "debrief": ExportKind("debrief", ".pdf", reports.build_debrief),
    "public": ExportKind("public", ".pdf", reports.build_debrief),
    "sitrep": ExportKind("sitrep", ".pdf", reports.build_sitrep),
    "contacts": ExportKind("contacts", ".pdf", reports.build_contact_sheet),
    "csv": ExportKind("csv", ".csv", reports.export_csv),
}


class _Progress(QObject):
    """Carries progress from the worker to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


def titles() -> dict[str, str]:
    return {
        "debrief": QCoreApplication.translate("Export", "Debrief (full version)"),
        "public": QCoreApplication.translate("Export", "Debrief (public version)"),
        "sitrep": QCoreApplication.translate("Export", "Situation report"),
        "contacts": QCoreApplication.translate("Export", "Contact sheet"),
        "csv": QCoreApplication.translate("Export", "Journal as CSV"),
    }


def default_name(event: EventFile, key: str) -> str:
    stem = event.path.stem
    names = {"debrief": f"{stem}-efterrapport", "public": f"{stem}-efterrapport-offentlig",
             "sitrep": f"{stem}-lagesbild-{datetime.now():%H%M}", "contacts": f"{stem}-kontakter",
             "csv": f"{stem}-journal"}
    return names[key] + KINDS[key].suffix


def arguments(key: str, language: str, moment: datetime | None) -> dict:
    """The core function's keyword arguments for one kind of export."""
    if key in ("debrief", "public"):
        return {"public": key == "public", "lang": language}
    if key == "sitrep":
        return {"at": moment, "lang": language}
    return {"lang": language}


def export(parent: QWidget, context, key: str,
           target: Path | None = None) -> QProgressDialog | None:
    """Ask for a file (unless given), then build it on a worker with a progress dialog."""
    event = context.event_file
    title = titles()[key]
    if target is None:
        start = event.path.with_name(default_name(event, key))
        suffix = KINDS[key].suffix
        pattern = "PDF (*.pdf)" if suffix == ".pdf" else "CSV (*.csv)"
        target = file_choice.save_file(parent, title, start, [pattern], suffix)
        if target is None:
            return None
    dialog = QProgressDialog(QCoreApplication.translate("Export", "Building: {0} …").format(title),
                             QCoreApplication.translate("Export", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(420)
    progress = _Progress(dialog)
    progress.moved.connect(lambda done, total: _move(dialog, done, total))
    cancelled = {"flag": False}
    dialog.canceled.connect(lambda: cancelled.update(flag=True))

    def report(done: int, total: int) -> None:
        if cancelled["flag"]:
            raise Cancelled
        progress.moved.emit(done, total)

    kwargs = arguments(key, context.settings.language, context.moment)

    def work():
        return KINDS[key].build(event, target, progress=report, **kwargs)

    context.tasks.run_task(work, lambda _result: _done(parent, dialog, target, title),
                           lambda error: _failed(parent, dialog, error))
    return dialog


def _move(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(max(total, 1))
    dialog.setValue(min(done, max(total, 1)))


def _done(parent: QWidget, dialog: QProgressDialog, target: Path, title: str) -> None:
    dialog.reset()
    dialog.close()
    box = _box(parent, QMessageBox.Icon.Information, title,
               QCoreApplication.translate("Export", "Saved as {0}.").format(str(target)),
               QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    box.setObjectName("exportDone")

    def opened(button: int) -> None:
        if button == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    box.finished.connect(opened)


def _failed(parent: QWidget, dialog: QProgressDialog, error: BaseException) -> None:
    dialog.reset()
    dialog.close()
    if isinstance(error, Cancelled):
        return
    text = words.failure(error, QCoreApplication.translate("Export", "Not saved: %1"))
    box = _box(parent, QMessageBox.Icon.Warning,
               QCoreApplication.translate("Export", "Export failed"), text,
               QMessageBox.StandardButton.Close)
    box.setObjectName("exportFailed")


def _box(parent: QWidget, icon, title: str, text: str, buttons) -> QMessageBox:
    """A message that does not block the GUI thread: the night goes on behind it."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
