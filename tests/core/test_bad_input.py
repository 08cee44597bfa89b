"""Bad input: each mistake gets a UserError with its own code, and the file is unchanged by
it: the same records, and after closing, the same bytes on disk."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from eventcenter.backups import backup_now
from eventcenter.cli.common import when
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.new_event.create import create_event
from eventcenter.store.schema import SCHEMA_VERSION
from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE
from tests.raw_files import raw, sidecars, state


@pytest.fixture
def saved(pristine, tmp_path) -> Path:
    """A closed event file with a few entries, its WAL checkpointed into it."""
    shutil.copy(pristine, tmp_path / "valborg.event")
    with EventFile.open(tmp_path / "valborg.event") as event:
        first = event.journal.log_line("@TV3 #ber Resecentrum: fem berusade", operator="Anna")
        event.journal.log("Lisa 14 år", operator="Anna", confidential=True)
        event.journal.correct(first.id, "fyra berusade", reason="fel antal", operator="Anna")
    assert set(sidecars(tmp_path / "valborg.event")) == {"main"}
    return tmp_path / "valborg.event"


def refused(path: Path, action, code: str) -> None:
    """Open the file, do the action, expect the code; the file must be unchanged."""
    before_bytes, before_state = path.read_bytes(), state(path)
    with EventFile.open(path) as event, pytest.raises(UserError) as caught:
        action(event)
    assert caught.value.code == code
    assert str(caught.value)  # a sentence, in the user's language
    assert state(path) == before_state
    assert path.read_bytes() == before_bytes
    assert set(sidecars(path)) == {"main"}


def minutes(n: float):
    return now_utc() + timedelta(minutes=n)


BAD_LINES = {
    "empty line": (lambda e: e.journal.log_line("", operator="Anna"), "empty_text"),
    "blank line": (lambda e: e.journal.log_line(" \t \n", operator="Anna"), "empty_text"),
    "empty text": (lambda e: e.journal.log("", operator="Anna"), "empty_text"),
    "line over 10,000 characters": (
        lambda e: e.journal.log_line("å" * 10_001, operator="Anna"), "text_too_long"),
    "bell": (lambda e: e.journal.log("Brand\x07", operator="Anna"), "control_characters"),
    "escape sequence": (
        lambda e: e.journal.log("\x1b[31mBrand", operator="Anna"), "control_characters"),
    "NUL": (lambda e: e.journal.log("Brand\x00", operator="Anna"), "control_characters"),
    "carriage return in a quick line": (
        lambda e: e.journal.log_line("Brand\rslut", operator="Anna"), "control_characters"),
    "lone surrogate": (lambda e: e.journal.log("Brand \ud800", operator="Anna"),
                       "not_utf8_text"),
    "control character in reporter": (
        lambda e: e.journal.log("Brand", reporter="TV3\n", operator="Anna"),
        "control_characters"),
    "empty operator": (lambda e: e.journal.log("Brand", operator=""), "empty_operator"),
    "blank operator": (lambda e: e.journal.log("Brand", operator="   "), "empty_operator"),
    "no operator": (lambda e: e.journal.log("Brand", operator=None), "empty_operator"),
    "operator over two lines": (
        lambda e: e.journal.log("Brand", operator="Anna\nBo"), "control_characters"),
    "late entry without reason": (
        lambda e: e.journal.log("Brand", operator="Anna", occurred_at=minutes(-11)),
        "late_without_reason"),
    "late entry with a blank reason": (
        lambda e: e.journal.log("Brand", operator="Anna", occurred_at=minutes(-90),
                                late_reason="  "), "late_without_reason"),
    "late decision without reason": (
        lambda e: e.journal.decide("Stäng", decided_by="Polisen", operator="Anna",
                                   occurred_at=minutes(-30)), "late_without_reason"),
    "time in the future": (
        lambda e: e.journal.log("Brand", operator="Anna", occurred_at=minutes(5)),
        "future_time"),
    "correction of an unknown entry": (
        lambda e: e.journal.correct("deadbeef", "rätt", reason="fel", operator="Anna"),
        "unknown_entry"),
    "correction by a too short id": (
        lambda e: e.journal.correct("a", "rätt", reason="fel", operator="Anna"),
        "bad_id"),
    "correction without reason": (
        lambda e: e.journal.correct(e.read.journal.page()[0].id, "rätt", reason=" ",
                                    operator="Anna"), "empty_reason"),
    "decision without decider": (
        lambda e: e.journal.decide("Stäng", decided_by=" ", operator="Anna"), "empty_decider"),
    "unknown channel": (
        lambda e: e.journal.log("Brand", channel="brevduva", operator="Anna"),
        "unknown_channel"),
    "unknown unit": (lambda e: e.journal.log_line("@TV9 Brand", operator="Anna"),
                     "unknown_unit"),
    "unknown place": (lambda e: e.journal.log_line("!Rese Brand", operator="Anna"),
                      "unknown_place"),
    "unknown category": (lambda e: e.journal.log_line("#bra Brand", operator="Anna"),
                         "unknown_category"),
    "wrong passphrase": (lambda e: e.unlock("fel lösenfras helt enkelt"), "wrong_passphrase"),
}


@pytest.mark.parametrize("action, code", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_bad_input_is_refused_and_changes_nothing(saved, action, code):
    refused(saved, action, code)


@pytest.mark.parametrize("typed", ["25:99", "igår", "", "12", "2027-04-31T10:00",
                                   "2027-04-30", "22:14 imorgon"])
def test_a_time_that_does_not_parse_is_bad_time(typed):
    with pytest.raises(UserError) as caught:
        when(typed)
    assert caught.value.code == "bad_time"
    assert caught.value.params["text"] == typed


def test_exactly_ten_thousand_characters_and_ten_minutes_back_are_accepted(saved):
    with EventFile.open(saved) as event:
        event.journal.log("ö" * 10_000, operator="Anna")
        event.journal.log("Brand", operator="Anna", occurred_at=minutes(-9.9))
        assert not verify(event)


# -- the file itself --------------------------------------------------------------------------


def test_unknown_template_is_refused_and_leaves_no_file(tmp_path):
    with pytest.raises(UserError) as caught:
        create_event(tmp_path / "midsommar.event", "midsommar", "Midsommar", PASSPHRASE,
                     operator="Anna")
    assert caught.value.code == "unknown_template"
    assert "valborg" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_too_short_passphrase_leaves_no_file(tmp_path):
    with pytest.raises(UserError) as caught:
        create_event(tmp_path / "v.event", "valborg", "Valborg", "kort", operator="Anna")
    assert caught.value.code == "passphrase_too_short"
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_not_overwritten(saved):
    before = saved.read_bytes()
    with pytest.raises(UserError) as caught:
        create_event(saved, "valborg", "Valborg", PASSPHRASE, operator="Anna")
    assert caught.value.code == "file_exists"
    assert saved.read_bytes() == before


def test_a_missing_file_is_refused_and_not_created(tmp_path):
    with pytest.raises(UserError) as caught:
        EventFile.open(tmp_path / "finns-inte.event")
    assert caught.value.code == "file_missing"
    assert list(tmp_path.iterdir()) == []


def opened_refused(path: Path, code: str) -> UserError:
    before = path.read_bytes()
    with pytest.raises(UserError) as caught:
        EventFile.open(path)
    assert caught.value.code == code
    assert str(caught.value)
    assert path.read_bytes() == before
    # SQLite's read-only look may leave an empty WAL beside it, never a page of data.
    assert all(f.stat().st_size == 0 for k, f in sidecars(path).items() if k == "wal")
    return caught.value


@pytest.mark.parametrize("content", [b"", b"Loggbok f\xc3\xb6r Valborg\n", b"\x00" * 4096,
                                     b"SQLite format 2\x00" + b"\x00" * 100])
def test_a_file_that_is_no_event_file_is_refused_unchanged(tmp_path, content):
    path = tmp_path / "loggbok.event"
    path.write_bytes(content)
    opened_refused(path, "not_an_event_file")


def test_another_programs_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "andra.sqlite"
    with raw(path) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('hej')")
    opened_refused(path, "not_an_event_file")


def test_a_file_of_a_newer_version_is_refused_unchanged(saved):
    with raw(saved) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    opened_refused(saved, "newer_version")


@pytest.mark.parametrize("backed_up", [True, False])
def test_a_file_with_a_damaged_header_is_refused_unchanged(saved, backed_up):
    """SQLite cannot tell a damaged first page from a file that never was a database (both
    are "not a database"), and nothing but SQLite may read the file: a backup of it says it
    was an event file, and the words name that backup."""
    if backed_up:
        with EventFile.open(saved) as event:
            backup = backup_now(event)
    data = bytearray(saved.read_bytes())
    data[16:100] = b"\xa5" * 84  # page size, format numbers, counters: all garbage
    saved.write_bytes(bytes(data))
    error = opened_refused(saved, "file_damaged" if backed_up else "not_an_event_file")
    if backed_up:
        assert error.params["latest_backup"] == str(backup)
        assert str(backup) in str(error)


def damage_page(path: Path, table: str) -> None:
    """Overwrite the root page of a table (the page every write to it must touch)."""
    with raw(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8:start + page_size] = b"\xa5" * (page_size - 8)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("table", ["records", "entries"])
def test_a_damaged_page_refuses_the_write_and_changes_nothing(saved, table):
    damage_page(saved, table)
    before = saved.read_bytes()
    # Refused when opened or when written, either is right.
    with pytest.raises(UserError) as caught, EventFile.open(saved) as event:
        event.journal.log("Brand i papperskorg", operator="Anna")
    assert caught.value.code == "file_damaged"
    assert "Ingen säkerhetskopia" in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert saved.read_bytes() == before


def test_verify_reports_a_damaged_page(saved):
    damage_page(saved, "records")
    with EventFile.open(saved) as event:
        problems = verify(event).items
    assert problems and {code for code, _ in problems} == {"integrity"}
