"""The window and the command line on one file: a file dialog opened in the event's folder
must not cost a line (issue 9, point 1, as a new user found it).

Qt's file dialog used to guess the type and icon of every file it listed by reading it; the
read closed a descriptor of the event file in the window's process, which on Linux and macOS
drops SQLite's locks for the whole process, and the command line then deleted the WAL under
the window. The sequence below is the one that lost lines.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from tests import audit
from tests.core.test_shared_file import command_line_reads_and_writes, ids_in_file
from tests.ui.conftest import texts_shown

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="locks belong to handles on Windows")


def cancel_when_listed(qtbot, event_path, seen: list[str]) -> None:
    """When the file dialog is up and has looked at the event file and its WAL and shared
    memory (their type is known: what a dialog reads a file for), press Cancel."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    dialog = QApplication.activeModalWidget()
    model = dialog.findChild(QFileSystemModel)
    model.setNameFilterDisables(True)  # list the event files too (greyed), so they can be asked
    names = [event_path.name + suffix for suffix in ("", "-wal", "-shm")]

    def typed() -> bool:
        indexes = [model.index(str(event_path.with_name(name))) for name in names]
        return all(index.isValid() and model.type(index) for index in indexes)

    qtbot.waitUntil(typed)
    seen.extend(model.type(model.index(str(event_path.with_name(n)))) for n in names)
    dialog.reject()


def save_line(qtbot, window, text: str) -> str:
    """Type a line and press Enter; returns the id of the entry once it says "Sparad"."""
    entry, outcome = window.quick_entry, []
    entry.saved.connect(lambda changes, _at: outcome.append(changes.id))
    entry.failed.connect(lambda message: outcome.append(f"NOT SAVED: {message}"))
    entry.line.setText(text)
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    assert not outcome[0].startswith("NOT SAVED"), outcome[0]
    assert window.status.saved.text().startswith("Sparad")
    return outcome[0]


def test_a_cancelled_export_dialog_costs_no_line(qtbot, window, controller, event_path,
                                                 tmp_path):
    config = tmp_path / "cli-laptop"
    seen: list[str] = []
    QTimer.singleShot(0, lambda: cancel_when_listed(qtbot, event_path, seen))
    window.findChild(QAction, "actionDebrief").trigger()  # Efterrapport (fullständig)…
    assert len(seen) == 3, seen
    moved: list[str] = []
    acknowledged = {save_line(qtbot, window, "Fönstret: brand i papperskorg vid Dombron")}
    acknowledged.add(command_line_reads_and_writes(event_path, config, "papperskorg", moved))
    for n in range(3):
        acknowledged.add(save_line(qtbot, window, f"Fönstret: rad {n}"))
    acknowledged.add(command_line_reads_and_writes(event_path, config, "rad 2", moved))
    acknowledged.add(save_line(qtbot, window, "Fönstret: sista raden"))
    qtbot.waitUntil(lambda: "Fönstret: sista raden" in texts_shown(window))
    controller.close_event()
    assert acknowledged - ids_in_file(event_path) == set()
    with EventFile.open(event_path) as reopened:
        assert not verify(reopened).items
    assert moved == []


def test_the_watch_of_every_window_test_sees_a_python_open(window, controller, event_path):
    """The audit hook each window test runs under can fail: a Python read of the open event's
    WAL is recorded; the same read after the window closed the file is not."""
    wal = event_path.with_name(event_path.name + "-wal")
    with open(wal, "rb"):
        pass
    assert [f for f in audit.recorded() if f.startswith(f"open {wal}")]
    audit.recorded().clear()
    controller.close_event()
    event_path.read_bytes()
    assert audit.recorded() == []
