"""The write path's transaction: BEGIN IMMEDIATE … COMMIT on the `sqlite3` connection itself.

Every writer (the window, the command line, undo, and the intake of other laptops' records)
comes through `EventFile.write`, which runs its checks, `append` and the projections in one
of these, with none of SQLAlchemy's statement machinery between them and SQLite (see
`store.sql`). The connection is one of the file's `sqlite3` connections, so it carries the
pragmas of every connection (`store.connections`); it is kept, with no transaction open
between writes, while the file is open (`Writer`).

Every write leaves the event's mark (see `store.probe`), so a WAL always says whose it is.
"""

from __future__ import annotations

import itertools
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from eventcenter.store import probe, sql

_WRITE_MARK = ("INSERT INTO meta (key, value) SELECT ?, value || ' ' || ? FROM meta "
               "WHERE key = 'event_id' ON CONFLICT (key) DO UPDATE SET value = excluded.value")


def mark_write(conn: Any) -> None:
    """The event's id and a new word: the page changes with every write. The word is this
    process's random prefix and a count (no system call for randomness on every line)."""
    sql.run(conn, _WRITE_MARK, (probe.WRITE_MARK, f"{_PREFIX}{next(_COUNT):x}"))


_PREFIX = secrets.token_hex(4)
_COUNT = itertools.count()


class Writer:
    """The write path's connection, taken from the file's connections once and kept while the
    file is open (a checkout and return on every line cost more than a statement). Writers
    of one process take turns on a lock; other processes queue on SQLite's write lock."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self._pooled: Any = None
        self.lock = threading.RLock()  # re-entered only to fail: a write inside a write

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the file's write lock at once; committed, with
        the event's mark, when the block ends, rolled back when it raises. SQLite's errors
        pass through as `sqlite3`'s (and the connection goes back to the pool)."""
        with self.lock:
            if self._pooled is None:
                self._pooled = self.engine.raw_connection()
            conn = self._pooled.driver_connection
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    mark_write(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    _roll_back(conn)
                    raise
            except sqlite3.Error:
                self.close()
                raise

    def close(self) -> None:
        """Give the connection back to the pool (before the engine is disposed of)."""
        with self.lock:
            pooled, self._pooled = self._pooled, None
            if pooled is not None:
                pooled.close()


def _roll_back(conn: sqlite3.Connection) -> None:
    """Undo what a failed write did; a rollback that fails itself (a damaged file) leaves
    the transaction to the pool, which rolls back every connection it takes back."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass
