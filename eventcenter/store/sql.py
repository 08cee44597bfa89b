"""Plain SQL on the driver's own connection: the write path's way of talking to SQLite.

Every line logged runs a dozen statements; through SQLAlchemy's statement machinery each
costs about 45 µs of Python before SQLite sees it, more than SQLite's own work. So the write
path (an operation's checks, `append`, the projections) speaks to Python's `sqlite3`
directly: constant SQL strings, which `sqlite3` keeps prepared in its statement cache, with
`?` or `:name` parameters, and `executemany` where a record writes several rows.

Each function takes either a `sqlite3.Connection` (the write transaction's) or a
SQLAlchemy `Connection` (a read transaction, a rebuild, a migration) and runs on the
driver connection underneath, inside whatever transaction that connection has open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Params = Sequence[Any] | Mapping[str, Any]


def driver(conn: Any) -> sqlite3.Connection:
    """The `sqlite3` connection itself, given it or a SQLAlchemy connection over it."""
    if isinstance(conn, sqlite3.Connection):
        return conn
    return conn.connection.driver_connection


def run(conn: Any, sql: str, params: Params = ()) -> sqlite3.Cursor:
    """Run one statement; the cursor gives its rows as tuples."""
    return driver(conn).execute(sql, params)


def run_many(conn: Any, sql: str, rows: Iterable[Params]) -> None:
    """Run one statement for each set of parameters (one prepared statement)."""
    driver(conn).executemany(sql, rows)


def first(conn: Any, sql: str, params: Params = ()) -> tuple | None:
    return driver(conn).execute(sql, params).fetchone()


def scalar(conn: Any, sql: str, params: Params = ()) -> Any:
    """The first column of the first row, None when there is no row."""
    row = driver(conn).execute(sql, params).fetchone()
    return None if row is None else row[0]


def column(conn: Any, sql: str, params: Params = ()) -> list[Any]:
    """The first column of every row."""
    return [row[0] for row in driver(conn).execute(sql, params)]


def rows(conn: Any, sql: str, params: Params = ()) -> list[tuple]:
    return driver(conn).execute(sql, params).fetchall()


def dicts(conn: Any, sql: str, params: Params = ()) -> list[dict[str, Any]]:
    """Every row as a dict of its column names."""
    cursor = driver(conn).execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]
