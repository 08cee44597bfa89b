"""One SQLite event file, opened the way every writer must open it.

WAL lets the window read while the command line or a sync worker writes; synchronous=FULL
makes a committed line survive a power cut; BEGIN IMMEDIATE takes the write lock at the start
of a write transaction, so two writers queue on the busy timeout instead of deadlocking when a
read lock is upgraded. The recipe is SQLAlchemy's documented one for pysqlite; the pragmas
are those of every connection of ours (`store.connections`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from eventcenter.store.connections import (
    BUSY_TIMEOUT_MS,
    configure,
    vacuum_into,  # noqa: F401  (named here as before)
)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin (the pragmas are those
    # of every connection of ours: store/connections.py).
    configure(dbapi_connection)


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
