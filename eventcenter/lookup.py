"""Name look-ups against the event's catalogue: exact (case-insensitive, Å Ä Ö too), or an
error that names the closest known names. A partial name is never guessed."""

from __future__ import annotations

import difflib

from sqlalchemy import Connection, select

from eventcenter.errors import UserError
from eventcenter.store import schema
from eventcenter.swedish import fold, sort_key


def _suggest(name: str, known: list[str], limit: int = 3) -> list[str]:
    folded = {fold(k): k for k in known}
    key = fold(name)
    close = difflib.get_close_matches(key, list(folded), n=limit, cutoff=0.5)
    starts = [f for f in folded if f.startswith(key) or key in f]
    picked = list(dict.fromkeys(starts + close))[:limit]
    return sorted((folded[f] for f in picked), key=sort_key)


def _resolve(conn: Connection, table, column, name: str, code: str) -> str:
    # Plain SQL: this runs for every logged line, inside its write transaction.
    sql = f"SELECT {column.name} FROM {table.name} WHERE folded = ?"
    found = [row[0] for row in conn.exec_driver_sql(sql, (fold(name),))]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise UserError("ambiguous_reference", name=name, candidates=found)
    known = conn.execute(select(column)).scalars().all()
    raise UserError(code, name=name, suggestions=_suggest(name, known))


def resolve_unit(conn: Connection, name: str) -> str:
    """The call sign of a unit named exactly (case-insensitively)."""
    return _resolve(conn, schema.units, schema.units.c.callsign, name, "unknown_unit")


def resolve_place(conn: Connection, name: str) -> str:
    """The name of a place named exactly; underscores stand for spaces (`stora_torget`)."""
    return _resolve(conn, schema.places, schema.places.c.name, name.replace("_", " "),
                    "unknown_place")


def resolve_category(conn: Connection, name: str) -> str:
    """A category's code, from its code or its full name (`ber` or `berusning`)."""
    table = schema.categories
    key = fold(name.replace("_", " "))
    by_code = conn.exec_driver_sql("SELECT code FROM categories WHERE folded = ?", (key,)).all()
    if by_code:
        return by_code[0][0]
    rows = conn.execute(select(table.c.code, table.c.name)).all()
    by_name = [code for code, full in rows if fold(full) == key]
    if len(by_name) == 1:
        return by_name[0]
    known = [code for code, _ in rows] + [full for _, full in rows]
    raise UserError("unknown_category", name=name, suggestions=_suggest(name, known))


def place_names(conn: Connection) -> list[str]:
    return conn.execute(select(schema.places.c.name)).scalars().all()


def _resolve_code_or_name(conn: Connection, table, name: str, code: str) -> str:
    """A code from a catalogue of (code, name), given its code or its name."""
    key = fold(name.replace("_", " "))
    rows = conn.execute(select(table.c.code, table.c.name)).all()
    for found in ([c for c, _ in rows if fold(c) == key], [c for c, n in rows if fold(n) == key]):
        if len(found) == 1:
            return found[0]
    known = [c for c, _ in rows] + [n for _, n in rows]
    raise UserError(code, name=name, suggestions=_suggest(name, known))


def resolve_organisation(conn: Connection, name: str) -> str:
    """An organisation's code, from its code or its name (`tv` or `Trygghetsvakter`)."""
    return _resolve_code_or_name(conn, schema.organisations, name, "unknown_organisation")


def resolve_unit_type(conn: Connection, name: str) -> str:
    return _resolve_code_or_name(conn, schema.unit_types, name, "unknown_unit_type")


def resolve_measure_type(conn: Connection, name: str) -> str:
    return _resolve_code_or_name(conn, schema.measure_types, name, "unknown_measure_type")
