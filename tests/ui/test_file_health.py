"""The window checks the file once the first page is shown, and a damaged file is told clearly
and written no more (issue 9, point 3); so is a file whose meta disagrees with the identity its
records hold (issue 11, point 3)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from eventcenter.backups import backup_now
from eventcenter.event_file import EventFile
from tests.core.test_bad_input import damage_page
from tests.raw_files import raw, state
from tests.ui.conftest import ANNA


def started(controller, path, qtbot):
    """The window on `path`; the quick check records whether the first page was shown."""
    assert controller.start(path, ANNA)
    window = controller.window
    event, model = controller.context.event_file, window.journal_view().model
    first_page_shown: list[bool] = []
    check = event.quick_check
    event.quick_check = lambda: first_page_shown.append(model.ready) or check()
    return window, first_page_shown


def test_the_quick_check_runs_once_the_first_page_is_shown(qtbot, controller, event_path):
    window, first_page_shown = started(controller, event_path, qtbot)
    with qtbot.waitSignal(window.health.checked, timeout=30000) as checked:
        pass
    assert checked.args == [[]]
    assert first_page_shown == [True]
    assert window.quick_entry.line.isEnabled()
    assert not window.status.damage.isVisible()


def test_a_damaged_file_is_told_and_written_no_more(qtbot, controller, event_path):
    with EventFile.open(event_path) as event:
        backup = backup_now(event)
    damage_page(event_path, "places")  # a page that logging a line does not touch
    before = event_path.read_bytes()
    window, _shown = started(controller, event_path, qtbot)
    with qtbot.waitSignal(window.health.damaged, timeout=30000) as damaged:
        pass
    words = damaged.args[0]
    assert "skadad" in words and str(backup) in words
    assert window.status.damage.isVisible() and "SKADAD" in window.status.damage.text()
    box = window.findChild(QMessageBox, "damagedFile")
    assert box is not None and str(backup) in box.text()
    assert not window.quick_entry.line.isEnabled()
    window.quick_entry.line.setText("Brand i papperskorg")
    window.quick_entry.save()  # as Enter would, were the line enabled
    qtbot.waitUntil(lambda: not window.context.tasks.busy)
    box.done(QMessageBox.StandardButton.Close)
    controller.close_event()
    assert event_path.read_bytes() == before



def test_a_file_whose_meta_disagrees_is_told_and_written_no_more(qtbot, controller,
                                                                  event_path):
    with raw(event_path) as conn:
        conn.execute("UPDATE meta SET value = 'b/v+OQ1e5IWNAJaCORwZscJ2QBZCyEB2/zdi3aw7+RI=' "
                     "WHERE key = 'public_key'")
    before = state(event_path)
    window, _shown = started(controller, event_path, qtbot)
    assert not window.quick_entry.line.isEnabled()
    with qtbot.waitSignal(window.health.damaged, timeout=30000) as told:
        pass
    words = told.args[0]
    assert "anger inte samma publika nyckel" in words and "Inget sparades" in words
    assert window.status.damage.isVisible()
    box = window.findChild(QMessageBox, "damagedFile")
    assert box is not None and box.text() == words
    window.quick_entry.line.setText("Brand i papperskorg")
    window.quick_entry.save()  # as Enter would, were the line enabled
    qtbot.waitUntil(lambda: not window.context.tasks.busy)
    box.done(QMessageBox.StandardButton.Close)
    controller.close_event()
    assert state(event_path) == before
