"""Reports from the window: built on a worker, with progress, and a message when done."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox


def _message(window, name: str):
    return window.findChild(QMessageBox, name)


def test_debrief_is_built_off_the_gui_thread_and_announced(qtbot, window, tmp_path):
    target = tmp_path / "efterrapport.pdf"
    dialog = window.export("debrief", target)
    assert dialog is not None
    qtbot.waitUntil(lambda: _message(window, "exportDone") is not None, timeout=30000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Valborg 2027" in text and "sida 1 av" in text
    assert str(target) in _message(window, "exportDone").text()
    _message(window, "exportDone").done(QMessageBox.StandardButton.Close)


def test_sitrep_follows_the_moment_shown(qtbot, window, tmp_path):
    target = tmp_path / "lagesbild.pdf"
    window.export("sitrep", target)
    qtbot.waitUntil(lambda: _message(window, "exportDone") is not None, timeout=30000)
    assert len(PdfReader(target).pages) <= 2


def test_unwritable_target_is_told_and_nothing_is_written(qtbot, window, tmp_path):
    target = tmp_path / "no-such-folder" / "efterrapport.pdf"
    window.export("public", target)
    qtbot.waitUntil(lambda: _message(window, "exportFailed") is not None, timeout=30000)
    assert "finns inte" in _message(window, "exportFailed").text()
    assert not target.parent.exists()
