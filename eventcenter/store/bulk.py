"""Bulk inserts for projections: many rows in one `executemany`, as positional tuples.

SQLAlchemy Core's `conn.execute(table.insert(), rows)` processes every row's parameters in
Python before the driver sees them; in a rebuild of half a million records that costs more
than SQLite's own work. Here the statement is made once from the first row's keys (as
SQLAlchemy does for an executemany) and the rows go straight to `sqlite3` as tuples; the
same keys make the same SQL text, so `sqlite3` reuses the prepared statement.
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter
from typing import Any

from eventcenter.store.sql import run_many


def insert_rows(conn: Any, table: Any, rows: list[dict]) -> None:
    """INSERT `rows` (dicts with the same keys) into `table` (a Table or its name) in one
    executemany, on a `sqlite3` or SQLAlchemy connection (`store.sql`)."""
    if not rows:
        return
    name = table if isinstance(table, str) else table.name
    columns = tuple(rows[0])
    sql, values = _statement(name, columns)
    if len(columns) == 1:
        run_many(conn, sql, [(values(row),) for row in rows])
    else:
        run_many(conn, sql, [values(row) for row in rows])


@lru_cache(maxsize=64)
def _statement(name: str, columns: tuple[str, ...]) -> tuple[str, itemgetter]:
    """The INSERT for these columns and the getter of their values, made once per set of
    columns (every line logged inserts the same columns)."""
    sql = (f"INSERT INTO {name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    return sql, itemgetter(*columns)
