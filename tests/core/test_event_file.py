"""The event file as a document: created from a template, opened and closed; WAL and
synchronous=FULL; writes take the lock at once; readers leave nothing open; listeners hear
what changed."""

from __future__ import annotations

import gc
import sqlite3
import weakref

import pytest

from eventcenter.catalogue.templates import TEMPLATE_NAMES
from eventcenter.changes import Changes
from eventcenter.device import Device, load_device
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import fingerprint, verify
from eventcenter.new_event.create import create_event
from eventcenter.store.records import Draft
from tests.factories import CREATOR, PASSPHRASE, make_event
from tests.raw_files import raw, sidecars, state


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_every_template_makes_a_sound_event(tmp_path, template):
    with create_event(tmp_path / f"{template}.event", template, f"Test {template}", PASSPHRASE,
                      operator="Anna") as event:
        assert event.name == f"Test {template}"
        assert event.meta("template") == template
        assert not verify(event)
        kinds = [r.kind for r in event.records()]
        assert kinds[0] == "event.created"


def test_a_valborg_event_starts_with_its_catalogue(event):
    from eventcenter.catalogue import reading as catalogue

    places = {p["name"] for p in catalogue.places(event)}
    assert {"Resecentrum", "Stora torget", "Carolina Rediviva", "Dombron",
            "Islandsbron"} <= places
    codes = {c["code"] for c in catalogue.categories(event)}
    assert {"ber", "brand", "barn", "träng"} <= codes
    assert "TV3" in catalogue.callsigns(event)


def test_an_exercise_is_marked(tmp_path):
    with create_event(tmp_path / "övning.event", "blank", "Övning", PASSPHRASE,
                      operator="Anna", exercise=True) as event:
        assert event.meta("exercise") == "1"


def test_a_file_name_with_å_ä_ö_opens_again(tmp_path):
    path = tmp_path / "Valborg Ärlig Åsikt ö.event"
    make_event(tmp_path, filename=path.name).close()
    with EventFile.open(path) as event:
        event.journal.log("Hej", operator="Åsa")
        assert not verify(event)


def test_closing_checkpoints_the_wal_into_the_file(event):
    event.journal.log("Brand i papperskorg", operator="Anna")
    event.close()
    assert set(sidecars(event.path)) == {"main"}
    with raw(event.path) as conn:
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1


def test_every_connection_uses_wal_synchronous_full_and_a_busy_timeout(event):
    for context in (event.reading, event.writing):
        with context() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_a_write_takes_the_write_lock_at_once(event):
    with raw(event.path) as other:
        other.execute("PRAGMA busy_timeout = 0")
        # Nothing written yet: BEGIN IMMEDIATE has taken the lock already.
        with event.writing(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")


def test_a_reader_does_not_block_a_writer(event):
    with event.reading() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM records").scalar()
        with raw(event.path) as other:
            other.execute("PRAGMA busy_timeout = 0")
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")


def test_readers_leave_no_snapshot_open_that_blocks_the_checkpoint(event):
    for n in range(5):
        event.journal.log(f"Rad {n}", operator="Anna")
        event.read.journal.page()
        fingerprint(event)
    with raw(event.path) as other:
        busy, log_frames, done = other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0 and log_frames == done


def test_a_committed_line_is_seen_by_another_connection_at_once(event):
    entry_id = event.journal.log("Brand", operator="Anna").id
    with raw(event.path) as other:
        assert other.execute("SELECT count(*) FROM records WHERE id = ?",
                             (entry_id,)).fetchone() == (1,)


def test_listeners_hear_what_changed(event):
    heard: list[Changes] = []
    event.subscribe(heard.append)
    entry_id = event.journal.log("Brand", operator="Anna").id
    event.write([Draft("place.added", {"name": "Ödegärdet", "kind": "park"}, "Anna")])
    assert len(heard) == 2
    assert heard[0].ids == (entry_id,) and len(heard[1].ids) == 1
    assert heard[0].touches("journal") and not heard[0].touches("places")
    assert heard[1].touches("places")
    event.journal.log("Brand", operator="Anna", entry_id=entry_id)  # a retry: nothing new
    assert len(heard) == 2
    event.unsubscribe(heard.append)
    event.journal.log("Igen", operator="Anna")
    assert len(heard) == 2


def test_the_laptop_identity_comes_from_its_settings_folder(tmp_path, monkeypatch, event):
    mine = load_device()
    assert event.device == mine
    monkeypatch.setenv("EVENTCENTER_CONFIG_DIR", str(tmp_path / "dator-b"))
    other = load_device()
    assert other.id != mine.id
    assert load_device() == other  # remembered
    with EventFile.open(event.path) as theirs:
        assert theirs.device == other
        theirs.journal.log("Från dator B", operator="Bo")
    writers = {r.device_id for r in event.records() if r.kind == "entry.logged"}
    assert writers == {other.id}
    assert mine.id != other.id != CREATOR.id


def test_two_open_handles_in_one_process_write_one_chain(event):
    with EventFile.open(event.path) as second:
        for n in range(5):
            event.journal.log(f"Första {n}", operator="Anna")
            second.journal.log(f"Andra {n}", operator="Bo")
    seqs = sorted(r.seq for r in event.records() if r.device_id == event.device.id)
    assert len(seqs) == 10
    assert seqs == list(range(1, len(seqs) + 1))
    assert not verify(event)


def test_opening_does_not_change_the_file(event):
    event.journal.log("Brand", operator="Anna")
    event.close()
    before, counted = event.path.read_bytes(), state(event.path)
    with EventFile.open(event.path, Device("d" * 32, "Läsare")) as again:
        again.read.journal.page()
        fingerprint(again)
        verify(again)
    assert event.path.read_bytes() == before and state(event.path) == counted


def test_a_folder_is_not_an_event_file(tmp_path):
    """A folder named like an event file once was called damaged ("disk I/O error")."""
    folder = tmp_path / "valborg.event"
    folder.mkdir()
    with pytest.raises(UserError) as refused:
        EventFile.open(folder)
    assert refused.value.code == "not_an_event_file"


def test_a_listener_that_raises_never_makes_a_saved_line_look_failed(event):
    heard: list[Changes] = []

    def fallen_over(_changes: Changes) -> None:
        raise RuntimeError("a view fell over")

    event.subscribe(fallen_over)
    event.subscribe(heard.append)
    changes = event.journal.log("Brand i papperskorg", operator="Anna")  # raises nothing
    assert changes.id in {e.id for e in event.read.journal.page()}
    assert [h.ids for h in heard] == [(changes.id,)]  # the others still heard


def test_a_view_that_is_gone_stops_hearing(event):
    class View:
        def __init__(self) -> None:
            self.heard: list[Changes] = []

        def refresh(self, changes: Changes) -> None:
            self.heard.append(changes)

    view = View()
    event.subscribe(view.refresh)
    event.journal.log("Ett", operator="Anna")
    assert len(view.heard) == 1
    gone = weakref.ref(view)
    del view
    gc.collect()
    assert gone() is None  # the event file did not keep the closed view alive
    event.journal.log("Två", operator="Anna")
