"""Projection of the event's catalogue: places, categories, organisations, unit types, units,
contact functions, measure types and the day's schedule.

Where two laptops added the same name without knowing of each other, the earlier clock wins
on every laptop, whatever order the records arrived in.

Places and units can be edited, moved and clash, so their records (`place.*`, `unit.*`) are
folded by the working state (`state_projection.py`), which keeps the same `places` and `units`
rows with the same rule: the earliest add of a name stands.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.dialects.sqlite import insert

from eventcenter.records import Record
from eventcenter.store import schema
from eventcenter.swedish import fold


def _first_wins(conn: Connection, table, rows: list[dict]) -> None:
    conn.execute(insert(table).on_conflict_do_nothing(), rows)


def _categories(conn: Connection, batch: list[Record]) -> None:
    rows = [{"code": r.payload["code"], "folded": fold(r.payload["code"]),
             "name": r.payload["name"]} for r in batch]
    _first_wins(conn, schema.categories, rows)


def _simple(table, *columns: str):
    def handler(conn: Connection, batch: list[Record]) -> None:
        _first_wins(conn, table, [{c: r.payload.get(c) for c in columns} for r in batch])

    return handler


def _schedule(conn: Connection, batch: list[Record]) -> None:
    rows = [{"id": r.id, "at": r.payload["at"], "title": r.payload["title"],
             "place": r.payload.get("place")} for r in batch]
    _first_wins(conn, schema.schedule, rows)


HANDLERS = {
    "category.added": _categories,
    "organisation.added": _simple(schema.organisations, "code", "name"),
    "unit_type.added": _simple(schema.unit_types, "code", "name", "organisation"),
    "contact_function.added": _simple(schema.contact_functions, "code", "name", "organisation"),
    "measure_type.added": _simple(schema.measure_types, "code", "name"),
    "schedule.added": _schedule,
}
