"""The `sqlite3` connections of one event file, opened the way every connection of ours is.

The pragmas are here, in one place, for both kinds of connection to the file: these, which the
write path, the checkpoints and the open-time reads use (`Connections`), and the SQLAlchemy
engine's (`store.engine`), which the reading queries, the rebuild and the migrations use.
SQLAlchemy costs a fifth of a second to import, more than a whole line logged from the command
line; so opening a file and logging a line never load it, and the engine is made only when
something first reads through it (`EventFile.engine`).

WAL lets the window read while the command line or a sync worker writes; synchronous=FULL
makes a committed line survive a power cut; the busy timeout lets two writers queue instead of
failing; no checkpoint runs inside a commit (`store.checkpoints`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from eventcenter.store.checkpoints import WAL_LIMIT_BYTES
from eventcenter.store.files import new_private_database, remove_with_sidecars
from eventcenter.swedish import register_collation

BUSY_TIMEOUT_MS = 10_000
PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    # No checkpoint inside a commit: they run outside the writers (store/checkpoints.py).
    "PRAGMA wal_autocheckpoint = 0",
    f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}",
)
KEPT = 4  # idle connections kept while the file is open


def configure(conn: sqlite3.Connection) -> None:
    """Every connection's pragmas and collation; transactions begin when we say (BEGIN or
    BEGIN IMMEDIATE), never when `sqlite3` would."""
    conn.isolation_level = None
    for pragma in PRAGMAS:
        conn.execute(pragma).close()
    register_collation(conn)


def connect(path: Path) -> sqlite3.Connection:
    """A new connection to the file, with the pragmas of every connection (`configure`)."""
    conn = sqlite3.connect(os.fspath(path), timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    try:
        configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


class Pooled:
    """A connection lent by `Connections` (as SQLAlchemy's pool lends one): `close` gives it
    back, with no transaction open."""

    def __init__(self, pool: Connections, conn: sqlite3.Connection) -> None:
        self._pool = pool
        self.driver_connection = conn

    def close(self) -> None:
        conn, self.driver_connection = self.driver_connection, None
        if conn is not None:
            self._pool.give_back(conn)


class Connections:
    """A few `sqlite3` connections on one file, kept while it is open: when the last
    connection to a WAL file closes, SQLite checkpoints the whole WAL and deletes it, and a
    new connection pays for its pragmas and for parsing the schema again. Lent with
    `raw_connection()`, the name SQLAlchemy's engine gives the same thing, so the write path
    and the checkpoints take either."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def raw_connection(self) -> Pooled:
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        return Pooled(self, conn if conn is not None else connect(self.path))

    def give_back(self, conn: sqlite3.Connection) -> None:
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        except sqlite3.Error:
            conn.close()
            return
        with self._lock:
            if not self._closed and len(self._idle) < KEPT:
                self._idle.append(conn)
                return
        conn.close()

    def dispose(self) -> None:
        """Close every idle connection (those lent out close when given back)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


def vacuum_into(engine: object, target: Path) -> None:
    """A consistent copy of the database in one new, owner-only file (outside any
    transaction, as VACUUM requires; readers and writers of the live file carry on
    meanwhile). The empty file is made owner-only before the copy is written into it; if
    the copy fails, it is removed. `engine`: anything that lends connections with
    `raw_connection()` (`Connections` or a SQLAlchemy engine)."""
    new_private_database(target)
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))
    except BaseException:
        remove_with_sidecars(target)
        raise
    finally:
        raw.close()
