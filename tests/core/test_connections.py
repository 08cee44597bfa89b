"""The file's own `sqlite3` connections (opening, the write path, the checkpoints) and
SQLAlchemy's (reading) are set up alike: the pragmas are listed once (store/connections.py)."""

from __future__ import annotations

import shutil

from eventcenter.event_file import EventFile
from eventcenter.store.connections import PRAGMAS

ASKED = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "wal_autocheckpoint",
         "journal_size_limit")


def settings(conn) -> dict[str, object]:
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ASKED}


def test_both_kinds_of_connection_run_the_same_pragmas(event):
    own = event.connections.raw_connection()
    engines = event.engine.raw_connection()
    try:
        found = settings(own.driver_connection)
        assert found == settings(engines.driver_connection)
        assert found == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                         "busy_timeout": 10_000, "wal_autocheckpoint": 0,
                         "journal_size_limit": 64 * 2**20}
        assert len(PRAGMAS) == len(ASKED)
        # Transactions begin when the code says so, on both.
        assert own.driver_connection.isolation_level is None
        assert engines.driver_connection.isolation_level is None
    finally:
        own.close()
        engines.close()


def test_the_engine_is_made_when_first_read_through(pristine, tmp_path):
    """Opening a file and writing a line make no engine; the first read does."""
    path = tmp_path / "valborg.event"
    shutil.copy(pristine, path)
    with EventFile.open(path) as event:
        event.journal.log("Brand i papperskorg", operator="Anna")
        assert event._engine is None
        assert event.read.journal.count() >= 1
        assert event._engine is not None
