"""Records → current state, kept in ordinary tables for fast queries.

Each record kind has one handler that applies a batch of records of that kind. The same
handlers serve the incremental path (apply what was just appended, in its transaction) and the
rebuild (empty the tables and replay every record in HLC order), so the two cannot drift apart;
`verify` checks that they did not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from eventcenter.catalogue import projection as catalogue_projection
from eventcenter.journal import projection as journal_projection
from eventcenter.state import projection as state_projection
from eventcenter.store.records import Record, iter_records

if TYPE_CHECKING:  # the write path (`apply`) runs without SQLAlchemy; the rebuild loads it
    from sqlalchemy import Connection

Handler = Callable[[Any, list[Record]], None]  # a sqlite3 or SQLAlchemy connection
REBUILD_CACHE_KIB = 64 * 1024  # SQLite page cache during a rebuild
_HANDLERS: dict[str, Handler] = {**catalogue_projection.HANDLERS, **journal_projection.HANDLERS,
                                 **state_projection.HANDLERS}


def apply(conn: Connection, records: Iterable[Record]) -> None:
    """Apply records: one batch per handler, each in the records' order (kinds that share a
    handler, such as entries, decisions and corrections, share a batch). Handlers write
    disjoint tables and read no other handler's, so their batches commute; taking all of a
    handler's records at once, not run by run, keeps a rebuild's batches large where the
    journal and the working state interleave."""
    batches: dict[Handler, list[Record]] = {}
    for record in records:
        handler = _HANDLERS.get(record.kind)
        if handler is not None:  # unknown kinds (from newer laptops) are kept, not shown
            batches.setdefault(handler, []).append(record)
    for handler, batch in batches.items():
        handler(conn, batch)


def rebuild(conn: Connection, batch: int = 5000) -> int:
    """Replace every projection with a replay of the records; returns the number replayed.
    The page cache is enlarged meanwhile: a rebuild rewrites every projection's indexes in
    one transaction, and with SQLite's default 2 MB cache it would spill dirty pages to the
    WAL over and over."""
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{REBUILD_CACHE_KIB}")
    try:
        return _replay(conn, batch)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


def _replay(conn: Connection, batch: int) -> int:
    from sqlalchemy import delete, text

    from eventcenter.store import schema

    for table in reversed(schema.PROJECTION_TABLES):
        conn.execute(delete(table))
    conn.execute(text("INSERT INTO entries_fts (entries_fts) VALUES ('delete-all')"))
    count, chunk = 0, []
    for record in iter_records(conn, batch=batch):
        chunk.append(record)
        if len(chunk) >= batch:
            apply(conn, chunk)
            count, chunk = count + len(chunk), []
    apply(conn, chunk)
    return count + len(chunk)


def digest(conn: Connection) -> dict[str, str]:
    """One hash per projection table over its rows in a canonical order, for comparing a
    file's projections with a rebuild. The journal's row number is left out: it only orders
    rows for the full-text index and may differ after records arrive out of order."""
    from sqlalchemy import text

    from eventcenter.store import schema

    result = {}
    for table in schema.PROJECTION_TABLES:
        columns = [c.name for c in table.columns if c.name != "n"]
        listed = ", ".join(columns)
        rows = conn.execute(text(f"SELECT {listed} FROM {table.name} ORDER BY {listed}"))
        h = hashlib.sha256()
        for row in rows:
            h.update(repr(tuple(row)).encode("utf-8"))
        result[table.name] = h.hexdigest()
    return result
