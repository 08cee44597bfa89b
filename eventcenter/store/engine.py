"""One SQLite event file, opened the way every writer must open it.

WAL lets the window read while the command line or a sync worker writes; synchronous=FULL
makes a committed line survive a power cut; BEGIN IMMEDIATE takes the write lock at the start
of a write transaction, so two writers queue on the busy timeout instead of deadlocking when a
read lock is upgraded. The recipe is SQLAlchemy's documented one for pysqlite.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from eventcenter.store.checkpoints import WAL_LIMIT_BYTES
from eventcenter.store.files import new_private_database, remove_with_sidecars
from eventcenter.swedish import register_collation

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # No checkpoint inside a commit: they run outside the writers (store/checkpoints.py).
    cursor.execute("PRAGMA wal_autocheckpoint = 0")
    cursor.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
    cursor.close()
    register_collation(dbapi_connection)


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")


def _on_checkout(_dbapi_connection, connection_record, _proxy) -> None:
    # Every checkout starts as a reader, whatever the previous user left in `info`.
    connection_record.info["write"] = False


def make_engine(path: Path) -> Engine:
    """An engine on one event file. Idle connections are kept in a small pool, with no
    transaction open (each is rolled back when returned), so a kept connection holds no
    snapshot and never blocks the checkpoint. Keeping them matters: when the last
    connection to a WAL file closes, SQLite checkpoints the whole WAL into the file and
    deletes it, which after every single line would cost more than the line itself; and a
    new connection pays for its pragmas and for parsing the schema again."""
    engine = create_engine(
        f"sqlite:///{Path(path).as_posix()}",
        poolclass=QueuePool, pool_size=4, max_overflow=-1,  # never wait for a connection
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "checkout", _on_checkout)
    event.listen(engine, "begin", _on_begin)
    return engine


def vacuum_into(engine: Engine, target: Path) -> None:
    """A consistent copy of the database in one new, owner-only file (outside any
    transaction, as VACUUM requires; readers and writers of the live file carry on
    meanwhile). The empty file is made owner-only before the copy is written into it; if
    the copy fails, it is removed."""
    new_private_database(target)
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))
    except BaseException:
        remove_with_sidecars(target)
        raise
    finally:
        raw.close()
