"""Damage is reported, never written over (issue 9, point 3): another event's WAL beside a
file is refused when opening, and once SQLite says the file is damaged (from any statement or
from the quick check) every write is refused with words that name the latest backup."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import exc

from eventcenter.backups import backup_now, latest_backup
from eventcenter.catalogue import reading as catalogue
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile, check_event_file
from eventcenter.store import probe
from tests import audit
from tests.core.test_bad_input import damage_page
from tests.factories import make_event
from tests.raw_files import REPO, child_env, raw, run_cli, sidecars


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def crash_after_writing(path: Path, lines: list[str], config: Path) -> None:
    """A child process opens the event, logs the lines and dies without closing it: its WAL
    stays beside the file, as after a power cut."""
    code = ("import os, sys\nfrom eventcenter.event_file import EventFile\n"
            "event = EventFile.open(sys.argv[1])\n"
            "for line in sys.argv[2:]:\n    event.journal.log(line, operator='Bo')\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path), *lines], env=child_env(config),
                   cwd=REPO, check=True, timeout=60)
    assert wal(path).stat().st_size > 0


@pytest.fixture
def two_events(pristine, tmp_path) -> tuple[Path, Path]:
    """Valborg (closed, no WAL) and Kulturnatten (crashed: its WAL beside it)."""
    (tmp_path / "a").mkdir()
    valborg = tmp_path / "a" / "valborg.event"
    shutil.copy(pristine, valborg)
    (tmp_path / "b").mkdir()
    other = make_event(tmp_path / "b", template="kulturnatten", name="Kulturnatten 2027",
                       filename="kulturnatten.event")
    other.close()
    crash_after_writing(other.path, ["Kulturnatten: fel evenemang 1",
                                     "Kulturnatten: fel evenemang 2"], tmp_path / "child")
    return valborg, other.path


def test_another_events_wal_is_refused_and_nothing_is_changed(two_events, tmp_path):
    valborg, other = two_events
    shutil.copy(wal(other), wal(valborg))  # e.g. a folder copied together by hand
    before, foreign = valborg.read_bytes(), wal(valborg).read_bytes()
    with pytest.raises(UserError) as caught:
        EventFile.open(valborg)
    error = caught.value
    assert error.code == "foreign_wal"
    assert error.params["other"] == "Kulturnatten 2027"
    words = str(error)
    assert str(wal(valborg)) in words and "Kulturnatten 2027" in words
    assert "Ingen säkerhetskopia" in words
    refused = run_cli(["show", valborg, "journal"], tmp_path / "cli")
    assert refused.returncode == 2 and "fel evenemang" not in refused.stdout + refused.stderr
    assert valborg.read_bytes() == before and wal(valborg).read_bytes() == foreign


def test_the_words_name_the_latest_backup(two_events):
    valborg, other = two_events
    with EventFile.open(valborg) as event:
        backup = backup_now(event)
    shutil.copy(wal(other), wal(valborg))
    with pytest.raises(UserError) as caught:
        check_event_file(valborg)
    assert caught.value.params["latest_backup"] == str(backup) == str(latest_backup(valborg))
    assert str(backup) in str(caught.value)


def test_with_the_foreign_wal_moved_away_the_event_opens_with_its_own_lines(two_events):
    valborg, other = two_events
    shutil.copy(wal(other), wal(valborg))
    with pytest.raises(UserError):
        EventFile.open(valborg)
    os.replace(wal(valborg), valborg.with_name("kulturnatten-wal.bak"))
    with EventFile.open(valborg) as event:
        texts = [entry.text for entry in event.read.journal.page()]
    assert not [t for t in texts if "Kulturnatten" in t]


def test_the_events_own_wal_after_a_crash_is_read(two_events):
    _valborg, other = two_events
    with EventFile.open(other) as event:
        texts = [entry.text for entry in event.read.journal.page()]
    assert {"Kulturnatten: fel evenemang 1", "Kulturnatten: fel evenemang 2"} <= set(texts)


def test_a_main_file_unreadable_alone_is_no_verdict(two_events):
    """As when a page is torn while another process checkpoints: the main file alone cannot
    be read, the file with its WAL can; that is not another event's WAL."""
    _valborg, other = two_events
    alone = f"{other.resolve().as_uri()}?mode=ro&immutable=1"  # a writer would checkpoint
    with closing(sqlite3.connect(alone, uri=True)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'")
        page = root.fetchone()[0]
    size = 4096
    with open(other, "r+b") as handle:  # a closed file: the test may write its bytes
        handle.seek((page - 1) * size + 8)
        handle.write(b"\xa5" * (size - 8))
    with pytest.raises(Exception):  # noqa: B017 - any of SQLite's errors
        probe.look(other, main_only=True)
    check_event_file(other)
    with EventFile.open(other) as event:
        assert event.name == "Kulturnatten 2027"


def test_every_write_leaves_the_events_mark(event):
    """What makes another event's WAL recognisable: every WAL holds the page naming its
    event."""
    event.journal.log("Brand i papperskorg", operator="Anna")
    with raw(event.path) as conn:
        mark = conn.execute("SELECT value FROM meta WHERE key = ?",
                            (probe.WRITE_MARK,)).fetchone()[0]
    assert mark.split(" ")[0] == event.event_id


def test_looking_at_the_main_file_alone_keeps_this_process_locks(event, tmp_path):
    """The immutable look is closed through SQLite's own file layer: another process still
    sees this one holding the file and leaves the WAL alone."""
    event.journal.log("Brand i papperskorg", operator="Anna")
    before = [os.stat(part).st_ino for part in sidecars(event.path).values()]
    for _ in range(3):
        assert probe.look(event.path, main_only=True).event_id == event.event_id
        assert probe.look(event.path).event_id == event.event_id
    assert run_cli(["show", event.path, "journal"], tmp_path / "cli").returncode == 0
    assert [os.stat(part).st_ino for part in sidecars(event.path).values()] == before


def test_checking_a_file_opens_it_through_sqlite_only(event):
    event.journal.log("Brand i papperskorg", operator="Anna")
    with audit.watching() as found:
        check_event_file(event.path)
        EventFile.open(event.path).close()
    assert found == []


# -- a damaged file: every write refused from the first word of damage ---------------------


@pytest.fixture
def backed_up(event) -> tuple[EventFile, Path]:
    """The event with a line and a backup, closed; returns its path and the backup."""
    event.journal.log("Brand i papperskorg", operator="Anna")
    backup = backup_now(event)
    event.close()
    return event.path, backup


def test_a_damaged_page_met_by_a_read_stops_every_write(backed_up):
    path, backup = backed_up
    damage_page(path, "places")  # a page that logging a line does not touch
    before = path.read_bytes()
    with EventFile.open(path) as event:
        with pytest.raises(exc.DatabaseError):
            catalogue.places(event)
        assert event.damaged
        with pytest.raises(UserError) as caught:
            event.journal.log("Ny rad", operator="Anna")
    assert caught.value.code == "file_damaged"
    assert caught.value.params["latest_backup"] == str(backup)
    assert str(backup) in str(caught.value)
    assert path.read_bytes() == before


def test_the_quick_check_finds_damage_and_stops_every_write(backed_up):
    path, backup = backed_up
    damage_page(path, "places")
    before = path.read_bytes()
    with EventFile.open(path) as event:
        found = event.quick_check()
        assert found and event.damaged
        with pytest.raises(UserError) as caught:
            event.journal.log("Ny rad", operator="Anna")
    assert caught.value.code == "file_damaged"
    assert caught.value.params["latest_backup"] == str(backup)
    assert path.read_bytes() == before


def test_a_sound_file_passes_the_quick_check_and_is_written(event):
    assert event.quick_check() == []
    assert event.damaged is None
    event.journal.log("Brand i papperskorg", operator="Anna")


def test_the_open_event_file_is_not_read_as_contacts(event):
    from eventcenter.state.contact_import import read_contacts_csv

    event.journal.log("Brand i papperskorg", operator="Anna")
    with audit.watching() as found:
        for part in (event.path, wal(event.path)):
            with pytest.raises(UserError) as caught:
                read_contacts_csv(part, event=event)
            assert caught.value.code == "file_in_use"
    assert found == []


def test_no_report_is_written_over_the_open_event_file(event):
    from eventcenter.reports import export_csv

    event.journal.log("Brand i papperskorg", operator="Anna")
    for part in (event.path, wal(event.path)):
        with pytest.raises(UserError) as caught:
            export_csv(event, part)
        assert caught.value.code == "file_in_use"
    assert [e.text for e in event.read.journal.page()][0] == "Brand i papperskorg"
