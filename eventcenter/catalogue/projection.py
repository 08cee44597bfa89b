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

from eventcenter.kinds import Kind
from eventcenter.store import schema
from eventcenter.store.records import Record
from eventcenter.swedish import fold


def _earliest_wins(conn: Connection, table, rows: list[dict]) -> None:
    """Insert, or replace a row whose clock is later (ties: the device id decides, as in
    replay order, since the clock string is compared together with it)."""
    stmt = insert(table)
    update = {c.name: stmt.excluded[c.name] for c in table.columns if not c.primary_key}
    conn.execute(stmt.on_conflict_do_update(index_elements=[table.primary_key.columns[0]],
                                            set_=update, where=stmt.excluded.hlc < table.c.hlc),
                 rows)


def _clock(record: Record) -> str:
    return f"{record.hlc}:{record.device_id}"


def _categories(conn: Connection, batch: list[Record]) -> None:
    rows = [{"code": r.payload["code"], "folded": fold(r.payload["code"]),
             "name": r.payload["name"], "hlc": _clock(r)} for r in batch]
    _earliest_wins(conn, schema.categories, rows)


def _simple(table, *columns: str):
    def handler(conn: Connection, batch: list[Record]) -> None:
        rows = [{**{c: r.payload.get(c) for c in columns}, "hlc": _clock(r)} for r in batch]
        _earliest_wins(conn, table, rows)

    return handler


def _schedule(conn: Connection, batch: list[Record]) -> None:
    rows = [{"id": r.id, "at": r.payload["at"], "title": r.payload["title"],
             "place": r.payload.get("place")} for r in batch]
    conn.execute(insert(schema.schedule).on_conflict_do_nothing(), rows)


HANDLERS = {
    Kind.CATEGORY_ADDED: _categories,
    Kind.ORGANISATION_ADDED: _simple(schema.organisations, "code", "name"),
    Kind.UNIT_TYPE_ADDED: _simple(schema.unit_types, "code", "name", "organisation"),
    Kind.CONTACT_FUNCTION_ADDED: _simple(schema.contact_functions, "code", "name", "organisation"),
    Kind.MEASURE_TYPE_ADDED: _simple(schema.measure_types, "code", "name"),
    Kind.SCHEDULE_ADDED: _schedule,
}
