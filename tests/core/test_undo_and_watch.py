"""Undo as a compensating record, and the watcher that notices other processes' writes."""

from __future__ import annotations

from eventcenter.event_file import EventFile
from eventcenter.undo import actions as undo
from eventcenter.watch import FileWatcher
from tests.factories import PASSPHRASE, make_event


def test_undo_takes_back_the_last_entry_then_the_one_before(tmp_path):
    event = make_event(tmp_path)
    first = event.journal.log("Första", operator="Anna").id
    second = event.journal.log("Andra", operator="Anna").id
    event.journal.log("Bos rad", operator="Bo")
    undo.undo_last(event, "Anna")
    undo.undo_last(event, "Anna")
    entries = {e.id: e for e in event.read.journal.page()}
    assert len(entries[second].corrected_by) == 1 and len(entries[first].corrected_by) == 1
    assert {entries[c].text for c in entries[first].corrected_by} == {"[ångrad]"}
    assert len(entries) == 5  # nothing deleted
    event.close()


def test_undo_of_a_confidential_entry_stays_sealed(tmp_path):
    event = make_event(tmp_path)
    event.journal.log("Pojke 14 år", operator="Anna", confidential=True)
    changes = undo.undo_last(event, "Anna")
    assert event.read.journal.get(changes.id).sealed
    event.unlock(PASSPHRASE)
    assert event.read.journal.get(changes.id).text == "[ångrad]"
    event.close()


def test_undo_of_a_correction_restores_the_text(tmp_path):
    event = make_event(tmp_path)
    wrong = event.journal.log("Brand vid Dombron", operator="Anna").id
    event.journal.correct(wrong, "Brand vid Nybron", reason="fel bro", operator="Anna")
    changes = undo.undo_last(event, "Anna")
    assert event.read.journal.get(changes.id).text == "Brand vid Dombron"
    event.close()


def test_watcher_sees_only_new_records_from_others(tmp_path):
    event = make_event(tmp_path)
    watcher = FileWatcher(event)
    assert watcher.poll() is None
    with EventFile.open(event.path) as other:
        made = other.journal.log("Från kommandoraden", operator="Bo")
    seen = watcher.poll()
    assert seen.external and seen.ids == (made.id,) and seen.touches("journal")
    assert watcher.poll() is None
    watcher.close()
    event.close()
