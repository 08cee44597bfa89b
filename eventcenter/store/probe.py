"""Looking at an event file through SQLite alone, before it is opened for work.

Nothing here opens the file, its WAL or its shared memory except through SQLite: on Linux and
macOS closing any other descriptor of the file drops SQLite's locks for the whole process
(DESIGN §4), so even a 16-byte header check in Python can cost another process's lines.

Two looks. `look(path)` sees the file as every reader does, with its WAL (`mode=ro`: it reads
the WAL but can neither checkpoint it into the file nor delete it on close). `look(path,
main_only=True)` sees the main file alone (`immutable=1`: no WAL, no locks); its close still
goes through SQLite's own file layer, which keeps the process's other locks. SQLite replays
any valid WAL it finds beside a file without asking whose it is; comparing the two looks is
how a WAL of another event is caught. For that every write leaves a mark in the `meta` table
(`WRITE_MARK`, naming the event), so every WAL our program writes holds the page that says
which event it belongs to.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

WRITE_MARK = "write_mark"  # meta key: "<event id> <random>", changed by every write


@dataclass(frozen=True)
class Look:
    version: int
    tables: frozenset[str]
    event_id: str | None = None
    name: str | None = None
    marked_event: str | None = None  # the event named by the last write's mark

    @property
    def events(self) -> set[str]:
        """Every event id this look names."""
        return {i for i in (self.event_id, self.marked_event) if i}


def look(path: Path, main_only: bool = False, lenient: bool = False) -> Look:
    """The schema version, tables and identity of the file; SQLite's errors are raised as
    they come (sqlite3.DatabaseError). `lenient` reads on where SQLite finds the file's
    header counting more pages than the WAL says the database has, as it does with another
    (smaller) event's WAL beside the file: only to learn whose the WAL is (read-only)."""
    options = "mode=ro&immutable=1" if main_only else "mode=ro"
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?{options}", uri=True)
    try:
        if lenient:
            conn.execute("PRAGMA writable_schema = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = frozenset(name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))
        if "meta" not in tables:
            return Look(version, tables)
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN "
                                 "('event_id', 'name', ?)", (WRITE_MARK,)))
    finally:
        conn.close()
    mark = meta.get(WRITE_MARK) or ""
    return Look(version, tables, meta.get("event_id"), meta.get("name"),
                mark.split(" ", 1)[0] or None)


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")
