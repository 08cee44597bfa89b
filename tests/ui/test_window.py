"""The window driven offscreen: quick entry, failures, live changes, roles, undo, language."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE
from tests.ui.conftest import ANNA, entries_in_file, texts_shown
from ui.dialogs.sign_in import SignIn, SignInDialog


def _type_and_enter(qtbot, window, line: str) -> None:
    entry = window.quick_entry.line
    entry.setFocus()
    entry.insert(line)  # QTest types only ASCII; Enter is a real key press
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def test_quick_entry_focused_and_titled(window):
    assert window.quick_entry.line.hasFocus() or window.focusWidget() is window.quick_entry.line
    assert window.windowTitle() == "Valborg 2027 · valborg.event — Anna Lind, koordinator"
    assert "Synk: ej konfigurerad" in window.status.sync.text()
    assert window.status.confidential.text() == "Sekretess: öppnad"


def test_typed_line_and_enter_save_a_record(qtbot, window, event_path):
    _type_and_enter(qtbot, window, "@TV3 #ber !Stora_torget Tre berusade vid fontänen")
    qtbot.waitUntil(lambda: window.quick_entry.line.text() == "", timeout=3000)
    saved = [e for e in entries_in_file(event_path) if e.text == "Tre berusade vid fontänen"]
    assert len(saved) == 1
    assert (saved[0].unit, saved[0].category, saved[0].place) == ("TV3", "ber", "Stora torget")
    assert saved[0].operator == "Anna Lind"
    assert window.status.saved.text().startswith("Sparad ")
    qtbot.waitUntil(lambda: "Tre berusade vid fontänen" in texts_shown(window), timeout=1000)


def test_unknown_reference_keeps_the_line_and_suggests(qtbot, window, event_path):
    _type_and_enter(qtbot, window, "@TV9 Lugnt vid ån")
    qtbot.waitUntil(lambda: window.quick_entry.message.isVisible(), timeout=3000)
    assert window.quick_entry.line.text() == "@TV9 Lugnt vid ån"
    message = window.quick_entry.message.text()
    assert message.startswith("Okänd enhet") and "TV3" in message  # the core's suggestions
    assert not any(e.text == "Lugnt vid ån" for e in entries_in_file(event_path))


def test_disk_error_keeps_the_line(qtbot, window, event_path):
    def broken_write(drafts, now=None):
        raise UserError("disk_error", detail="disk full")

    window.context.event_file.write = broken_write
    _type_and_enter(qtbot, window, "Viktig rad som inte får försvinna")
    qtbot.waitUntil(lambda: window.quick_entry.message.isVisible(), timeout=3000)
    assert window.quick_entry.line.text() == "Viktig rad som inte får försvinna"
    assert "disk full" in window.quick_entry.message.text()
    assert window.status.saved.text().startswith("INTE sparad")


def test_record_from_another_process_appears_within_a_second(qtbot, window, event_path):
    subprocess.run([sys.executable, "-m", "eventcenter.cli", "log", str(event_path),
                    "Rapport från kommandoraden", "--operator", "Bo"], check=True)
    qtbot.waitUntil(lambda: "Rapport från kommandoraden" in texts_shown(window), timeout=1000)


def test_record_from_a_second_event_file_appears(qtbot, window, event_path):
    with EventFile.open(event_path) as other:
        other.journal.log("Från en annan anslutning", operator="Cecilia")
    qtbot.waitUntil(lambda: "Från en annan anslutning" in texts_shown(window), timeout=1000)


def test_reader_cannot_see_confidential_text(qtbot, controller, event_path):
    assert controller.start(event_path, SignIn("Rita Läsare", "reader", PASSPHRASE))
    window = controller.window
    qtbot.waitUntil(lambda: window.journal_view().model.ready)
    shown = texts_shown(window)
    assert not controller.context.event_file.unlocked
    assert not any("Flicka" in text for text in shown)
    assert "sekretessbelagd post" in shown
    assert not window.quick_entry.line.isEnabled()
    assert window.windowTitle().endswith("Rita Läsare, läsare")


def test_coordinator_sees_confidential_text(qtbot, window):
    qtbot.waitUntil(lambda: any("Flicka 15 år" in t for t in texts_shown(window)))


def test_liaison_sees_only_that_confidential_entries_exist(qtbot, controller, event_path):
    assert controller.start(event_path, SignIn("Sam Verkan", "liaison", PASSPHRASE))
    window = controller.window
    qtbot.waitUntil(lambda: window.journal_view().model.ready)
    assert "sekretessbelagd post" in texts_shown(window)
    assert window.quick_entry.line.isEnabled()


def test_undo_appends_a_compensating_record(qtbot, window, event_path):
    _type_and_enter(qtbot, window, "Fel rad, ska ångras")
    qtbot.waitUntil(lambda: window.quick_entry.line.text() == "", timeout=3000)
    before = len(entries_in_file(event_path))
    qtbot.keyClick(window.quick_entry.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(entries_in_file(event_path)) == before + 1, timeout=3000)
    entries = {e.text: e for e in entries_in_file(event_path)}
    assert "Fel rad, ska ångras" in entries  # never deleted
    undo = entries["[ångrad]"]
    assert undo.kind == "correction" and undo.correction_reason == "Ångrad"
    assert entries["Fel rad, ska ångras"].corrected_by == (undo.id,)


def test_switch_operator_at_shift_change(qtbot, controller, window, prompts):
    prompts.sign_ins.append(SignIn("Bo Ek", "liaison"))
    controller.switch_operator()
    assert window.windowTitle().endswith("Bo Ek, samverkansperson")
    assert not controller.context.event_file.unlocked
    qtbot.waitUntil(lambda: "sekretessbelagd post" in texts_shown(window))
    _type_and_enter(qtbot, window, "Skiftbyte klart")
    qtbot.waitUntil(lambda: window.quick_entry.line.text() == "", timeout=3000)
    from eventcenter.device import load_device

    assert load_device().operator == "Bo Ek"


def test_wrong_passphrase_gets_a_swedish_message(qtbot, controller, event_path):
    event = EventFile.open(event_path)
    dialog = SignInDialog(event.name, "Anna Lind", "coordinator", event.unlock)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("fel lösenord")
    dialog.accept()
    assert dialog.result_ is None and dialog.error.isVisibleTo(dialog)
    assert "lösenfras" in dialog.error.text().lower() and "fel" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result_ == SignIn("Anna Lind", "coordinator", PASSPHRASE)
    event.close()


def test_a_name_no_entry_could_carry_is_refused_at_sign_in(qtbot, controller, event_path):
    """A pasted tab in the name once signed in an operator every later write refused."""
    event = EventFile.open(event_path)
    dialog = SignInDialog(event.name, "", "liaison", event.unlock)
    qtbot.addWidget(dialog)
    dialog.name.setText("Anna\tLind")
    dialog.accept()
    assert dialog.result_ is None and dialog.error.isVisibleTo(dialog)
    assert "styrtecken" in dialog.error.text()
    dialog.name.setText("Anna Lind")
    dialog.accept()
    assert dialog.result_ == SignIn("Anna Lind", "liaison", None)
    event.close()


def test_language_switch(qtbot, controller, window):
    controller.set_language("en")
    english = controller.window
    assert english.windowTitle().endswith("Anna Lind, coordinator")
    assert english.tabs.tabText(0) == "Journal"
    assert english.status.sync.text() == "Sync: not set up"
    controller.set_language("sv")
    assert controller.window.windowTitle().endswith("Anna Lind, koordinator")
    assert controller.window.status.sync.text() == "Synk: ej konfigurerad"


def test_past_moment_is_read_only(qtbot, controller, window, event_path):
    past = now_utc() - timedelta(days=1)
    controller.context.set_moment(past)
    assert not window.quick_entry.line.isEnabled()
    assert window.banner.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.journal_view().model.rowCount() == 0)
    controller.context.set_moment(None)
    qtbot.waitUntil(lambda: window.journal_view().model.rowCount() == 2)
    assert window.quick_entry.line.isEnabled()


def test_correction_dialog_saves_a_correction(qtbot, window, event_path):
    journal = window.journal_view()
    row = next(r for r, t in enumerate(texts_shown(window)) if t.startswith("Fem berusade"))
    journal.select_row(row)
    dialog = window.commands.correct_selected()
    dialog.text.setPlainText("Fyra berusade ungdomar vid Resecentrum")
    dialog.reason.setText("Felräknat")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    entries = {e.text: e for e in entries_in_file(event_path)}
    assert entries["Fem berusade ungdomar vid Resecentrum"].corrected_by


def test_decision_dialog_shows_problem_and_stays(qtbot, window, event_path):
    dialog = window.commands.log_decision()
    dialog.decided_by.setText("")
    dialog.decision.setPlainText("Stäng Islandsbron")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=3000)
    assert dialog.isVisible()
    dialog.decided_by.setText("Anna Lind")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert any(e.kind == "decision" for e in entries_in_file(event_path))


def test_default_event_created_on_a_fresh_laptop(qtbot, controller, prompts):
    prompts.sign_ins.append(ANNA)
    assert controller.start()
    path = controller.context.event_file.path
    assert path.exists() and path.name.startswith("valborg-")
    assert controller.settings.recent_files == [str(path.resolve())]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions; Windows: the user's folder")
def test_the_default_event_is_readable_by_its_owner_only(qtbot, controller, prompts):
    prompts.sign_ins.append(ANNA)
    usual = os.umask(0o022)  # which makes other new files readable by everyone
    try:
        assert controller.start()
    finally:
        os.umask(usual)
    assert stat.S_IMODE(controller.context.event_file.path.stat().st_mode) == 0o600


def test_completion_offers_units(qtbot, window):
    line = window.quick_entry.line
    line.setFocus()
    qtbot.waitUntil(lambda: bool(window.quick_entry._choices["@"]))
    qtbot.keyClicks(line, "Lugnt @TV")
    completer = window.quick_entry.completer
    assert completer.completionCount() >= 4
    window.quick_entry._insert("@TV3")
    assert line.text() == "Lugnt @TV3 "


def test_a_file_that_cannot_be_opened_is_told_in_swedish(controller, prompts, tmp_path):
    broken = tmp_path / "trasig.event"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    assert not controller.start(broken, ANNA)
    assert controller.window is None
    assert prompts.errors and "trasig.event" in prompts.errors[-1]
    not_event = tmp_path / "anteckningar.event"
    not_event.write_text("inte en evenemangsfil", encoding="utf-8")
    assert not controller.start(not_event, ANNA)
    assert prompts.errors[-1].endswith("är ingen evenemangsfil från Eventcenter.")


def test_backups_go_to_the_folder_chosen_for_this_event(qtbot, window, tmp_path):
    from eventcenter.backups import backups_of

    stick = tmp_path / "usb-sticka"
    window.backups.choose_folder(stick)
    event_path = window.context.event_file.path
    qtbot.waitUntil(lambda: len(backups_of(stick, event_path)) == 1, timeout=10000)
    assert window.backups.folder() == stick
    copy = EventFile.open(backups_of(stick, event_path)[0])
    assert copy.event_id == window.context.event_file.event_id
    copy.close()
