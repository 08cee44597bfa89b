"""The names of the catalogue's codes the working state keeps: organisations (`tv` →
"Trygghetsvakter"), unit types, measure types and contact functions, for the window."""

from __future__ import annotations

from sqlalchemy import select

from eventcenter.store import schema
from eventcenter.swedish import sort_key

TABLES = {"organisations": schema.organisations, "unit_types": schema.unit_types,
          "measure_types": schema.measure_types, "contact_functions": schema.contact_functions}


def code_names(event) -> dict[str, dict[str, str]]:
    """For each of TABLES: code → name, in Swedish order of the names."""
    found: dict[str, dict[str, str]] = {}
    with event.reading() as conn:
        for key, table in TABLES.items():
            rows = conn.execute(select(table.c.code, table.c.name)).all()
            found[key] = dict(sorted(((r.code, r.name) for r in rows),
                                     key=lambda pair: sort_key(pair[1] or pair[0])))
    return found
