"""An id as a person types it: the whole id or a unique prefix of it, as printed in lists.

Every id is 32 hex digits (`records.new_id`), so a prefix is hex digits only, at least
MIN_PREFIX of them, in either case; anything else is refused with `bad_id` before the file
is read. A prefix is matched as a range of ids (`id >= p AND id < p + "g"`), never with SQL
LIKE, whose `_` and `%` are wildcards: `correct F 9578____ …` once corrected another entry.
One function does this for every kind of object, so the rule is the same everywhere.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, Table, select

from eventcenter.errors import UserError

MIN_PREFIX = 4
_HEX = re.compile(r"[0-9a-f]+")
_PAST_HEX = "g"  # the character after "f": every id with the prefix p lies in [p, p + "g")


def new_id() -> str:
    """A globally unique record id (made before the write, so a retry reuses it)."""
    return uuid.uuid4().hex


def id_prefix(ref: str | None) -> str | None:
    """The hex prefix a person typed, lower-cased and stripped; None if it is not one."""
    key = (ref or "").strip().lower()
    return key if len(key) >= MIN_PREFIX and _HEX.fullmatch(key) else None


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
