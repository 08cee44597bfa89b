"""Reading the event's catalogue: places, categories, units and the rest, in Swedish order."""

from __future__ import annotations

from sqlalchemy import select

from eventcenter.store import schema
from eventcenter.store.document import Document
from eventcenter.swedish import sort_key


def places(event: Document) -> list[dict]:
    with event.reading() as conn:
        rows = conn.execute(select(schema.places.c.name, schema.places.c.kind,
                                   schema.places.c.lat, schema.places.c.lon)).all()
    return sorted((dict(r._mapping) for r in rows), key=lambda r: sort_key(r["name"]))


def categories(event: Document) -> list[dict]:
    with event.reading() as conn:
        rows = conn.execute(select(schema.categories.c.code, schema.categories.c.name)).all()
    return sorted((dict(r._mapping) for r in rows), key=lambda r: sort_key(r["name"]))


def callsigns(event: Document) -> list[str]:
    with event.reading() as conn:
        found = conn.execute(select(schema.units.c.callsign)).scalars().all()
    return sorted(found, key=sort_key)
