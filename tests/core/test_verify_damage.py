"""`verify` names damage the earlier checks let through, and `fingerprint` reports it in
words: a record that cannot be read, a missing or altered append-only trigger, a search index
that differs from the journal; and the words name the latest backup."""

from __future__ import annotations

import sqlite3

import pytest

from eventcenter.backups import backup_now
from eventcenter.cli import main
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import fingerprint, verify
from eventcenter.journal.projection import search_body
from eventcenter.messages import describe_problem
from tests.core.test_integrity import some_night
from tests.raw_files import raw


def findings(event: EventFile) -> list[tuple[str, dict]]:
    return verify(event).items


def entry_row(event: EventFile, entry_id: str) -> dict:
    with raw(event.path) as conn:
        conn.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description,
                                                                          row, strict=True)}
        return conn.execute("SELECT * FROM entries WHERE id = ?", (entry_id,)).fetchone()


def test_a_payload_that_is_not_json_is_named(event):
    entry = some_night(event)[-1]
    with raw(event.path) as conn:
        conn.execute("DROP TRIGGER records_no_update")
        conn.execute("UPDATE records SET payload = '{inte json' WHERE id = ?", (entry,))
    found = findings(event)
    unreadable = [p for code, p in found if code == "record_unreadable"]
    assert [p["id"] for p in unreadable] == [entry]
    assert "rebuild_failed" in {code for code, _ in found}


def test_a_payload_that_is_json_but_no_object_is_reported_not_raised(event):
    entry = some_night(event)[0]
    with raw(event.path) as conn:
        conn.execute("DROP TRIGGER records_no_update")
        conn.execute("UPDATE records SET payload = '[1, 2]' WHERE id = ?", (entry,))
    codes = {code for code, _ in findings(event)}
    assert {"record_altered", "rebuild_failed"} <= codes


@pytest.mark.parametrize("trigger", ["records_no_update", "records_no_delete",
                                     "records_no_replace"])
def test_a_missing_append_only_trigger_is_named(event, trigger):
    some_night(event)
    with raw(event.path) as conn:
        conn.execute(f"DROP TRIGGER {trigger}")
    assert findings(event) == [("trigger_missing", {"name": trigger})]


def test_an_append_only_trigger_that_no_longer_refuses_is_named(event):
    with raw(event.path) as conn:
        conn.execute("DROP TRIGGER records_no_delete")
        conn.execute("CREATE TRIGGER records_no_delete BEFORE DELETE ON records "
                     "BEGIN SELECT 1; END")
    assert findings(event) == [("trigger_altered", {"name": "records_no_delete"})]


def test_an_entry_missing_from_the_search_index_is_named(event):
    entry = some_night(event)[-1]
    row = entry_row(event, entry)
    with raw(event.path) as conn:
        conn.execute("INSERT INTO entries_fts (entries_fts, rowid, body) "
                     "VALUES ('delete', ?, ?)", (row["n"], search_body(row)))
    assert findings(event) == [("index_missing", {"id": entry})]
    assert not event.read.journal.page(_query("Klotter"))  # the damage is real: search misses it


def test_other_words_in_the_search_index_are_named(event):
    entry = some_night(event)[2]
    row = entry_row(event, entry)
    with raw(event.path) as conn:
        conn.execute("INSERT INTO entries_fts (rowid, body) VALUES (?, 'påhittat')",
                     (row["n"],))
    assert findings(event) == [("index_differs", {"id": entry})]


def test_words_of_no_entry_and_of_a_confidential_entry_are_named(event):
    confidential = some_night(event)[1]
    row = entry_row(event, confidential)
    with raw(event.path) as conn:
        conn.execute("INSERT INTO entries_fts (rowid, body) VALUES (?, 'Lisa 14 år')",
                     (row["n"],))
        conn.execute("INSERT INTO entries_fts (rowid, body) VALUES (9999, 'påhittat')")
    assert sorted(findings(event)) == [("index_extra", {"id": confidential}),
                                       ("index_stray", {"row": "9999"})]


def test_a_dropped_search_index_is_named(event):
    some_night(event)
    with raw(event.path) as conn:
        conn.execute("DROP TABLE entries_fts")
    assert "index_absent" in {code for code, _ in findings(event)}


def test_many_index_differences_are_counted_not_listed(event):
    for n in range(14):
        event.journal.log(f"Rad {n}", operator="Anna")
    with raw(event.path) as conn:
        conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('delete-all')")
    found = findings(event)
    assert [code for code, _ in found].count("index_missing") == 10
    assert found[-1] == ("index_more", {"count": 4})


def test_a_hash_that_is_not_hex_is_named_by_fingerprint_and_verify(event):
    entry = some_night(event)[0]
    with raw(event.path) as conn:
        conn.execute("DROP TRIGGER records_no_update")
        conn.execute("UPDATE records SET hash = 'inte hex' WHERE id = ?", (entry,))
    with pytest.raises(UserError) as raised:
        fingerprint(event)
    assert raised.value.code == "bad_record_hash"
    assert "record_altered" in {code for code, _ in findings(event)}


def test_the_words_for_damage_name_the_latest_backup(event, tmp_path, capsys):
    entry = some_night(event)[-1]
    latest = backup_now(event)
    with raw(event.path) as conn:
        conn.execute("DROP TRIGGER records_no_update")
        conn.execute("UPDATE records SET hash = 'zz' WHERE id = ?", (entry,))
    assert main(["verify", str(event.path)]) == 1
    assert main(["fingerprint", str(event.path)]) == 2
    captured = capsys.readouterr()
    assert f"- {describe_problem('trigger_missing', {'name': 'records_no_update'})}" in \
        captured.out.splitlines()
    assert captured.out.count(str(latest)) == 1
    assert str(latest) in captured.err
    assert "Traceback" not in captured.out + captured.err


def _query(words: str):
    from eventcenter.journal.queries import JournalFilter

    return JournalFilter(query=words)


@pytest.mark.parametrize("table", ["entries", "places"])
def test_a_dropped_projection_table_is_reported_not_blamed_on_the_scratch(event, table):
    some_night(event)
    with raw(event.path) as conn:
        conn.execute(f"DROP TABLE {table}")
    codes = {code for code, _ in findings(event)}  # no scratch_failed raised
    assert codes & {"check_failed", "rebuild_failed"}


def test_no_room_for_the_scratch_copy_is_said_in_words(event, tmp_path, monkeypatch):
    from eventcenter.store import scratch

    with pytest.raises(UserError) as raised:
        verify(event, scratch=tmp_path / "no such folder")
    assert raised.value.code == "scratch_failed"

    def full(*_args) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"
        raise error

    monkeypatch.setattr(scratch, "vacuum_into", full)
    with pytest.raises(UserError) as raised:
        verify(event, scratch=tmp_path)
    assert raised.value.code == "scratch_failed"
    assert list(tmp_path.glob("eventcenter-scratch-*")) == []


def test_sqlites_quick_check_runs_first_then_the_full_one(event):
    from sqlalchemy import event as sa_event

    issued = []
    sa_event.listen(event.engine, "before_cursor_execute",
                    lambda _c, _cur, statement, *_rest: issued.append(statement))
    assert not verify(event)
    checks = [s for s in issued if s.startswith("PRAGMA") and s.endswith("_check")]
    assert checks == ["PRAGMA quick_check", "PRAGMA integrity_check"]
