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
from typing import Any

from eventcenter.errors import UserError
from eventcenter.ids import MIN_PREFIX, id_prefix
from eventcenter.store import sql
from eventcenter.swedish import fold, sort_key

# Plain SQL on the driver connection (`store.sql`): these run for every logged line, inside
# its write transaction, and on a SQLAlchemy read connection too. Table and column names
# come from this module only.


def _suggest(name: str, known: list[str], limit: int = 3) -> list[str]:
    folded = {fold(k): k for k in known}
    key = fold(name)
    close = difflib.get_close_matches(key, list(folded), n=limit, cutoff=0.5)
    starts = [f for f in folded if f.startswith(key) or key in f]
    picked = list(dict.fromkeys(starts + close))[:limit]
    return sorted((folded[f] for f in picked), key=sort_key)


def _resolve(conn: Any, table: str, column: str, name: str, code: str) -> str:
    found = sql.column(conn, f"SELECT {column} FROM {table} WHERE folded = ?", (fold(name),))
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise UserError("ambiguous_reference", name=name, candidates=found)
    known = sql.column(conn, f"SELECT {column} FROM {table}")
    raise UserError(code, name=name, suggestions=_suggest(name, known))


def resolve_unit(conn: Any, name: str) -> str:
    """The call sign of a unit named exactly (case-insensitively)."""
    return _resolve(conn, "units", "callsign", name, "unknown_unit")


def resolve_place(conn: Any, name: str) -> str:
    """The name of a place named exactly; underscores stand for spaces (`stora_torget`)."""
    return _resolve(conn, "places", "name", name.replace("_", " "), "unknown_place")


def resolve_category(conn: Any, name: str) -> str:
    """A category's code, from its code or its full name (`ber` or `berusning`)."""
    key = fold(name.replace("_", " "))
    by_code = sql.first(conn, "SELECT code FROM categories WHERE folded = ?", (key,))
    if by_code:
        return by_code[0]
    rows = sql.rows(conn, "SELECT code, name FROM categories")
    by_name = [code for code, full in rows if fold(full) == key]
    if len(by_name) == 1:
        return by_name[0]
    known = [code for code, _ in rows] + [full for _, full in rows]
    raise UserError("unknown_category", name=name, suggestions=_suggest(name, known))


def place_names(conn: Any) -> list[str]:
    return sql.column(conn, "SELECT name FROM places")


def _resolve_code_or_name(conn: Any, table: str, name: str, code: str) -> str:
    """A code from a catalogue of (code, name), given its code or its name."""
    key = fold(name.replace("_", " "))
    rows = sql.rows(conn, f"SELECT code, name FROM {table}")
    for found in ([c for c, _ in rows if fold(c) == key], [c for c, n in rows if fold(n) == key]):
        if len(found) == 1:
            return found[0]
    known = [c for c, _ in rows] + [n for _, n in rows]
    raise UserError(code, name=name, suggestions=_suggest(name, known))


def resolve_organisation(conn: Any, name: str) -> str:
    """An organisation's code, from its code or its name (`tv` or `Trygghetsvakter`)."""
    return _resolve_code_or_name(conn, "organisations", name, "unknown_organisation")


def resolve_unit_type(conn: Any, name: str) -> str:
    return _resolve_code_or_name(conn, "unit_types", name, "unknown_unit_type")


def resolve_measure_type(conn: Any, name: str) -> str:
    return _resolve_code_or_name(conn, "measure_types", name, "unknown_measure_type")


# -- ids -----------------------------------------------------------------------------------

_PAST_HEX = "g"  # the character after "f": every id with the prefix p lies in [p, p + "g")


def find_id(conn: Any, tables: Sequence[str], ref: str, unknown: str) -> tuple[str, str]:
    """The table (its name) and full id of the one object among `tables` whose id starts
    with `ref`. Raises `bad_id` for what is not a prefix, `unknown` for no match and
    `ambiguous_prefix` for more than one."""
    key = id_prefix(ref)
    if key is None:
        raise UserError("bad_id", id=ref, minimum=MIN_PREFIX)
    hits: list[tuple[str, str]] = []
    for table in tables:
        found = sql.column(conn, f"SELECT id FROM {table} WHERE id >= ? AND id < ? LIMIT 2",
                           (key, key + _PAST_HEX))
        hits.extend((table, one) for one in found)
    if not hits:
        raise UserError(unknown, id=ref)
    if len(hits) > 1:
        raise UserError("ambiguous_prefix", id=ref)
    return hits[0]


def resolve_id(conn: Any, table: str, ref: str, unknown: str) -> str:
    """The full id of the one object in `table` that `ref` names (see `find_id`)."""
    return find_id(conn, (table,), ref, unknown)[1]


def resolve_entry(conn: Any, ref: str) -> tuple[str, bool]:
    """An entry's full id from its id or a unique prefix of it (as printed), and whether it
    is confidential."""
    entry_id = resolve_id(conn, "entries", ref, "unknown_entry")
    confidential = sql.scalar(conn, "SELECT confidential FROM entries WHERE id = ?",
                              (entry_id,))
    return entry_id, bool(confidential)


def resolve_measure(conn: Any, ref: str) -> str:
    """A measure's full id from its id or a unique prefix."""
    return resolve_id(conn, "measures", ref, "unknown_measure")


def resolve_request(conn: Any, ref: str) -> str:
    """A request's full id from its id or a unique prefix."""
    return resolve_id(conn, "requests", ref, "unknown_request")


def resolve_contact(conn: Any, ref: str) -> str:
    """A contact's full id from its id or a unique prefix."""
    return resolve_id(conn, "contacts", ref, "unknown_contact")


def resolve_object(conn: Any, ref: str) -> tuple[str, str]:
    """(type, key) of the object a person names: a unit's call sign, a place's name, or the
    id (or a unique prefix) of a measure, request or contact."""
    folded = fold(ref or "")
    for obj_type, table in (("unit", "units"), ("place", "places")):
        if sql.first(conn, f"SELECT 1 FROM {table} WHERE folded = ?", (folded,)):
            return obj_type, folded
    if id_prefix(ref) is None:  # not an id, so a name, and no unit or place has it
        raise UserError("unknown_object", id=ref)
    types = {"measures": "measure", "requests": "request", "contacts": "contact"}
    table, key = find_id(conn, tuple(types), ref, "unknown_object")
    return types[table], key
