"""Bulk inserts for projections: many rows in one `executemany`, as positional tuples.

SQLAlchemy Core's `conn.execute(table.insert(), rows)` processes every row's parameters in
Python before the driver sees them; in a rebuild of half a million records that costs more
than SQLite's own work. Here the statement is made once from the first row's keys (as
SQLAlchemy does for an executemany) and the rows go to the driver as tuples.
"""

from __future__ import annotations

from operator import itemgetter

from sqlalchemy import Connection, Table


def insert_rows(conn: Connection, table: Table | str, rows: list[dict]) -> None:
    """INSERT `rows` (dicts with the same keys) into `table` in one executemany."""
    if not rows:
        return
    name = table if isinstance(table, str) else table.name
    columns = list(rows[0])
    sql = (f"INSERT INTO {name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    values = itemgetter(*columns)
    if len(columns) == 1:
        conn.exec_driver_sql(sql, [(values(row),) for row in rows])
    else:
        conn.exec_driver_sql(sql, [values(row) for row in rows])
