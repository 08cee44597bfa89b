"""Projection of the event's catalogue: places, categories, organisations, unit types, units,
contact functions, measure types and the day's schedule.

Where two laptops added the same name without knowing of each other, the earlier clock wins
on every laptop, whatever order the records arrived in.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.dialects.sqlite import insert

from eventcenter.records import Record
from eventcenter.store import schema
from eventcenter.swedish import fold


def _earliest_wins(conn: Connection, table, key: str, rows: list[dict]) -> None:
    stmt = insert(table)
    update = {c.name: stmt.excluded[c.name] for c in table.columns if c.name != key}
    conn.execute(
        stmt.on_conflict_do_update(index_elements=[key], set_=update,
                                   where=stmt.excluded.hlc < table.c.hlc),
        rows,
    )


def _first_wins(conn: Connection, table, rows: list[dict]) -> None:
    conn.execute(insert(table).on_conflict_do_nothing(), rows)


def _places(conn: Connection, batch: list[Record]) -> None:
    rows = [{"name": r.payload["name"], "folded": fold(r.payload["name"]),
             "kind": r.payload.get("kind"), "lat": r.payload.get("lat"),
             "lon": r.payload.get("lon"), "hlc": r.hlc} for r in batch]
    _earliest_wins(conn, schema.places, "name", rows)


def _units(conn: Connection, batch: list[Record]) -> None:
    rows = [{"callsign": r.payload["callsign"], "folded": fold(r.payload["callsign"]),
             "organisation": r.payload.get("organisation"), "type": r.payload.get("type"),
             "size": r.payload.get("size"), "on_duty": r.payload.get("on_duty"), "hlc": r.hlc}
            for r in batch]
    _earliest_wins(conn, schema.units, "callsign", rows)


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
    "place.added": _places,
    "unit.added": _units,
    "category.added": _categories,
    "organisation.added": _simple(schema.organisations, "code", "name"),
    "unit_type.added": _simple(schema.unit_types, "code", "name", "organisation"),
    "contact_function.added": _simple(schema.contact_functions, "code", "name", "organisation"),
    "measure_type.added": _simple(schema.measure_types, "code", "name"),
    "schedule.added": _schedule,
}
