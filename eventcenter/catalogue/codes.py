"""The names of the catalogue's codes the working state keeps: organisations (`tv` →
"Trygghetsvakter"), unit types, measure types and contact functions, for the window."""

from __future__ import annotations

from eventcenter.store import sql
from eventcenter.swedish import sort_key

# Each key is its table's name (the working state's and the window's name for it too).
TABLES = ("organisations", "unit_types", "measure_types", "contact_functions")


def code_names(event) -> dict[str, dict[str, str]]:
    """For each of TABLES: code → name, in Swedish order of the names."""
    found: dict[str, dict[str, str]] = {}
    with event.reading() as conn:
        for table in TABLES:
            rows = sql.rows(conn, f"SELECT code, name FROM {table}")
            found[table] = dict(sorted(rows, key=lambda pair: sort_key(pair[1] or pair[0])))
    return found
