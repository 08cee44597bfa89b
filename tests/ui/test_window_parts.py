"""The parts the main window is built from (menus, backups, commands) keep their words and
their rules: Swedish by default, nothing that writes for a reader."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction

from tests.factories import PASSPHRASE
from ui.dialogs.sign_in import SignIn


def test_the_menus_in_swedish(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Evenemang", "&Journal", "&Insatser och begäran", "&Visa",
                      "&Loggförare"]
    assert window.findChild(QAction, "actionUndo").text() == "Ån&gra min senaste åtgärd"


def test_a_reader_gets_no_command_that_writes(qtbot, controller, event_path):
    assert controller.start(event_path, SignIn("Rita Läsare", "reader", PASSPHRASE))
    window = controller.window
    assert window.menus.writing and not any(a.isEnabled() for a in window.menus.writing)
    assert window.commands.log_decision() is None
    assert window.new_request() is None


def test_a_backup_is_told_in_the_status_bar(qtbot, window):
    window.backups.backup_now()
    qtbot.waitUntil(lambda: window.status.backup.text() != "", timeout=10000)
    assert re.fullmatch(r"Säkerhetskopia \d\d:\d\d", window.status.backup.text())


def test_nothing_to_undo_is_said_in_swedish(qtbot, window):
    window.commands.undo()  # Anna has written nothing on this laptop in this test
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=3000)
    assert window.statusBar().currentMessage() == "Du har inget att ångra."
