"""Marking an entry confidential afterwards in the window (issue 11, point 5): a coordinator's
right-click menu on a journal entry has "Markera som sekretess…", whose dialog asks the
reason and says in plain Swedish what stays readable; liaison officers and readers have no
such action. Ctrl+Z does not take a mark back (a lift needs a reason)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from tests.factories import PASSPHRASE
from tests.ui.conftest import entries_in_file, texts_shown
from ui.dialogs.sign_in import SignIn


def _menu_actions(window, starts: str) -> dict[str, object]:
    journal = window.journal_view()
    row = next(r for r, t in enumerate(texts_shown(window)) if t.startswith(starts))
    journal.select_row(row)
    menu = journal.entry_menu(journal.selected_entry())
    return {a.text().replace("&", ""): a for a in menu.actions() if a.text()}


def _open_dialog(window):
    return next((d for d in window.findChildren(QDialog, "markConfidentialDialog")
                 if d.isVisible()), None)


def test_a_coordinator_marks_an_entry_from_its_menu(qtbot, window, event_path):
    actions = _menu_actions(window, "Fem berusade")
    mark = actions["Markera som sekretess…"]
    assert mark.isEnabled()
    mark.trigger()
    qtbot.waitUntil(lambda: _open_dialog(window) is not None, timeout=2000)
    dialog = _open_dialog(window)
    said = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert "Fem berusade ungdomar vid Resecentrum" in said
    assert "går fortfarande att läsa i den här filen och i dess säkerhetskopior" in said
    assert "på varje dator och på servern" in said and "på riktigt" in said
    assert "bara koordinatorer med lösenfrasen kan läsa" in said
    dialog.reason.setText("Uppgifter om ett barn")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    (entry,) = [e for e in entries_in_file(event_path) if e.kind == "entry"
                and e.confidential and e.sealed and e.category == "ber"]
    assert entry.text is None
    shown = {e.id: e for e in entries_in_file(event_path, PASSPHRASE)}
    assert shown[entry.id].text == "Fem berusade ungdomar vid Resecentrum"


def test_the_window_shows_the_marked_entry_as_confidential(qtbot, window, event_path):
    journal = window.journal_view()
    window.commands.mark_confidential(_chosen(window, "Fem berusade"))
    dialog = _open_dialog(window)
    dialog.reason.setText("Barn")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: any(e and e.confidential and (e.text or "").startswith("Fem")
                                for e in _entries(journal)), timeout=3000)
    assert not _menu_actions(window, "Fem berusade")["Markera som sekretess…"].isEnabled()


def test_a_mark_without_a_reason_is_said_and_the_dialog_stays(qtbot, window, event_path):
    before = len(entries_in_file(event_path))
    dialog = window.commands.mark_confidential(_chosen(window, "Fem berusade"))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=3000)
    assert dialog.error.text() == "Ett skäl måste anges." and dialog.isVisible()
    assert len(entries_in_file(event_path)) == before
    dialog.reject()


def test_an_entry_confidential_already_cannot_be_marked(qtbot, window):
    actions = _menu_actions(window, "Flicka 15 år")
    assert not actions["Markera som sekretess…"].isEnabled()
    assert window.commands.mark_confidential(_chosen(window, "Flicka 15 år")) is None
    assert "redan sekretessbelagd" in window.status.currentMessage()


def test_a_past_moment_cannot_be_marked(qtbot, controller, window):
    from datetime import timedelta

    from eventcenter.timefmt import now_utc

    controller.context.set_moment(now_utc() + timedelta(seconds=1))
    qtbot.waitUntil(lambda: window.journal_view().model.rowCount() == 2)
    assert not _menu_actions(window, "Fem berusade")["Markera som sekretess…"].isEnabled()


def test_liaison_officers_and_readers_have_no_such_action(qtbot, controller, event_path):
    for who in (SignIn("Sam Verkan", "liaison", None), SignIn("Rita Läsare", "reader", None)):
        assert controller.start(event_path, who)
        window = controller.window
        qtbot.waitUntil(lambda w=window: w.journal_view().model.ready)
        actions = _menu_actions(window, "Fem berusade")
        assert "Markera som sekretess…" not in actions and actions  # the others are there
        assert window.commands.mark_confidential(_chosen(window, "Fem berusade")) is None
        controller.close_event()


def test_ctrl_z_does_not_take_a_mark_back(qtbot, window, event_path):
    dialog = window.commands.mark_confidential(_chosen(window, "Fem berusade"))
    dialog.reason.setText("Barn")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    before = len(entries_in_file(event_path))
    messages = []
    window.status.messageChanged.connect(messages.append)
    window.commands.undo()  # what Ctrl+Z and Redigera → Ångra call
    qtbot.waitUntil(lambda: any("kan inte ångras" in m for m in messages), timeout=3000)
    assert len(entries_in_file(event_path)) == before
    assert all(e.sealed for e in entries_in_file(event_path) if e.category == "ber")


def _chosen(window, starts: str):
    journal = window.journal_view()
    row = next(r for r, t in enumerate(texts_shown(window)) if t.startswith(starts))
    journal.select_row(row)
    return journal.selected_entry()


def _entries(journal):
    from ui.models.journal_model import ENTRY_ROLE, TEXT

    model = journal.model
    return [model.data(model.index(r, TEXT), ENTRY_ROLE) for r in range(model.rowCount())]
