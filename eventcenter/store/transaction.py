"""The write path's transaction: BEGIN IMMEDIATE … COMMIT on the `sqlite3` connection itself.

Every writer (the window, the command line, undo, and the intake of other laptops' records)
comes through `EventFile.write`, which runs its checks, `append` and the projections in one
of these, with none of SQLAlchemy's statement machinery between them and SQLite (see
`store.sql`). The connection is taken from the engine's pool, so it carries the pragmas of
every connection (`store.engine`) and returns there, with no transaction open, afterwards.

Every write leaves the event's mark (see `store.probe`), so a WAL always says whose it is.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from eventcenter.store import probe, sql

_WRITE_MARK = ("INSERT INTO meta (key, value) SELECT ?, value || ' ' || ? FROM meta "
               "WHERE key = 'event_id' ON CONFLICT (key) DO UPDATE SET value = excluded.value")


def mark_write(conn: Any) -> None:
    """The event's id and a new random word: the page changes with every write."""
    sql.run(conn, _WRITE_MARK, (probe.WRITE_MARK, secrets.token_hex(6)))


@contextmanager
def write_transaction(engine: Any) -> Iterator[sqlite3.Connection]:
    """A write transaction that takes the file's write lock at once; committed, with the
    event's mark, when the block ends, rolled back when it raises. SQLite's errors pass
    through as `sqlite3`'s."""
    pooled = engine.raw_connection()
    conn = pooled.driver_connection
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            mark_write(conn)
            conn.execute("COMMIT")
        except BaseException:
            _roll_back(conn)
            raise
    finally:
        pooled.close()


def _roll_back(conn: sqlite3.Connection) -> None:
    """Undo what a failed write did; a rollback that fails itself (a damaged file) leaves
    the transaction to the pool, which rolls back every connection it takes back."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass
