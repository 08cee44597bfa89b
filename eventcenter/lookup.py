"""Every "name or id as a person typed it -> key" in one place.

Names (units, places, categories and the catalogue's codes) are looked up exactly
(case-insensitive, Å Ä Ö too), or refused with the closest known names; a partial name is
never guessed. Ids (entries, measures, requests, contacts) are the whole id or a unique prefix
of hex digits (`ids.id_prefix`), matched as a range of ids, never with SQL LIKE, whose `_` and
`%` are wildcards: `correct F 9578____ …` once corrected another entry.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from sqlalchemy import Connection, Table, select, text

from eventcenter.errors import UserError
from eventcenter.ids import MIN_PREFIX, id_prefix
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


# -- ids -----------------------------------------------------------------------------------

_PAST_HEX = "g"  # the character after "f": every id with the prefix p lies in [p, p + "g")


def find_id(conn: Connection, tables: Sequence[Table], ref: str, unknown: str
            ) -> tuple[Table, str]:
    """The table and full id of the one object among `tables` whose id starts with `ref`.
    Raises `bad_id` for what is not a prefix, `unknown` for no match and `ambiguous_prefix`
    for more than one."""
    key = id_prefix(ref)
    if key is None:
        raise UserError("bad_id", id=ref, minimum=MIN_PREFIX)
    hits: list[tuple[Table, str]] = []
    for table in tables:
        query = (select(table.c.id).where(table.c.id >= key, table.c.id < key + _PAST_HEX)
                 .limit(2))
        hits.extend((table, found) for found in conn.execute(query).scalars())
    if not hits:
        raise UserError(unknown, id=ref)
    if len(hits) > 1:
        raise UserError("ambiguous_prefix", id=ref)
    return hits[0]


def resolve_id(conn: Connection, table: Table, ref: str, unknown: str) -> str:
    """The full id of the one object in `table` that `ref` names (see `find_id`)."""
    return find_id(conn, (table,), ref, unknown)[1]


def resolve_entry(conn: Connection, ref: str) -> tuple[str, bool]:
    """An entry's full id from its id or a unique prefix of it (as printed), and whether it
    is confidential."""
    entry_id = resolve_id(conn, schema.entries, ref, "unknown_entry")
    confidential = conn.execute(select(schema.entries.c.confidential)
                                .where(schema.entries.c.id == entry_id)).scalar_one()
    return entry_id, bool(confidential)


def resolve_measure(conn: Connection, ref: str) -> str:
    """A measure's full id from its id or a unique prefix."""
    return resolve_id(conn, schema.measures, ref, "unknown_measure")


def resolve_request(conn: Connection, ref: str) -> str:
    """A request's full id from its id or a unique prefix."""
    return resolve_id(conn, schema.requests, ref, "unknown_request")


def resolve_contact(conn: Connection, ref: str) -> str:
    """A contact's full id from its id or a unique prefix."""
    return resolve_id(conn, schema.contacts, ref, "unknown_contact")


def resolve_object(conn: Connection, ref: str) -> tuple[str, str]:
    """(type, key) of the object a person names: a unit's call sign, a place's name, or the
    id (or a unique prefix) of a measure, request or contact."""
    folded = fold(ref or "")
    for obj_type, table in (("unit", "units"), ("place", "places")):
        hit = conn.execute(text(f"SELECT 1 FROM {table} WHERE folded = :f"), {"f": folded})
        if hit.first():
            return obj_type, folded
    if id_prefix(ref) is None:  # not an id, so a name, and no unit or place has it
        raise UserError("unknown_object", id=ref)
    types = {schema.measures: "measure", schema.requests: "request", schema.contacts: "contact"}
    table, key = find_id(conn, tuple(types), ref, "unknown_object")
    return types[table], key
