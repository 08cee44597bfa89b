"""Projection of the event's catalogue: places, categories, organisations, unit types, units,
contact functions, measure types and the day's schedule.

Where two laptops added the same name without knowing of each other, the earlier clock wins
on every laptop, whatever order the records arrived in.

Places and units can be edited, moved and clash, so their records (`place.*`, `unit.*`) are
folded by the working state (`state_projection.py`), which keeps the same `places` and `units`
rows with the same rule: the earliest add of a name stands.
"""

from __future__ import annotations

from typing import Any

from eventcenter.kinds import Kind
from eventcenter.store import sql
from eventcenter.store.records import Record
from eventcenter.swedish import fold


def _earliest_wins_sql(table: str, columns: tuple[str, ...]) -> str:
    """Insert, or replace a row whose clock is later (ties: the device id decides, as in
    replay order, since the clock string is compared together with it). `columns` are all
    the table's (`store.schema`), its key first. Made once per table: the same text each
    time, so `sqlite3` keeps it prepared."""
    key = columns[0]
    update = ", ".join(f"{c} = excluded.{c}" for c in columns[1:])
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT ({key}) "
            f"DO UPDATE SET {update} WHERE excluded.hlc < {table}.hlc")


def _clock(record: Record) -> str:
    return f"{record.hlc}:{record.device_id}"


_CATEGORIES = _earliest_wins_sql("categories", ("code", "folded", "name", "hlc"))


def _categories(conn: Any, batch: list[Record]) -> None:
    sql.run_many(conn, _CATEGORIES, [(r.payload["code"], fold(r.payload["code"]),
                                      r.payload["name"], _clock(r)) for r in batch])


def _simple(table: str, *columns: str):
    statement = _earliest_wins_sql(table, (*columns, "hlc"))

    def handler(conn: Any, batch: list[Record]) -> None:
        sql.run_many(conn, statement, [(*(r.payload.get(c) for c in columns), _clock(r))
                                       for r in batch])

    return handler


def _schedule(conn: Any, batch: list[Record]) -> None:
    sql.run_many(conn, "INSERT INTO schedule (id, at, title, place) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT DO NOTHING",
                 [(r.id, r.payload["at"], r.payload["title"], r.payload.get("place"))
                  for r in batch])


HANDLERS = {
    Kind.CATEGORY_ADDED: _categories,
    Kind.ORGANISATION_ADDED: _simple("organisations", "code", "name"),
    Kind.UNIT_TYPE_ADDED: _simple("unit_types", "code", "name", "organisation"),
    Kind.CONTACT_FUNCTION_ADDED: _simple("contact_functions", "code", "name", "organisation"),
    Kind.MEASURE_TYPE_ADDED: _simple("measure_types", "code", "name"),
    Kind.SCHEDULE_ADDED: _schedule,
}
