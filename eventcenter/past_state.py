"""The working state at a past moment T: the state made of the records whose occurred-at is
at or before T, replayed in clock order, without replaying the event.

`state_log` keeps, for each object, its state after each of its records. For most objects
the records' occurred-at times rise with their clocks ("monotone"); then the records up to T
are a prefix of the object's records, and its state at T is simply the stored state after
the last of them: the row whose occurred-at is ≤ T and whose successor's is > T (`valid_to`).
One indexed range query gives every such object at once.

An object whose records are dated out of clock order (a change dated back, or a laptop whose
clock was behind another's) is not monotone: the records up to T are then not a prefix, so
that object alone is folded afresh from its records up to T. Such objects are few.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

from eventcenter.state_fold import State, fold
from eventcenter.state_projection import stored_records

_MONOTONE_AT = (
    "SELECT state FROM state_log WHERE type = :type AND occurred_at <= :t "
    "AND (valid_to IS NULL OR valid_to > :t) AND key NOT IN "
    "(SELECT key FROM state_objects WHERE type = :type AND monotone = 0)")
_NOT_MONOTONE = "SELECT key FROM state_objects WHERE type = :type AND monotone = 0"


def states_at(conn: Connection, obj_type: str, moment: int) -> list[State]:
    """The states of the objects of one type that existed at `moment` (UTC microseconds)."""
    params = {"type": obj_type, "t": moment}
    states = [json.loads(row.state) for row in conn.execute(text(_MONOTONE_AT), params)]
    for (key,) in conn.execute(text(_NOT_MONOTONE), params).all():
        records = stored_records(conn, (obj_type, key), until=moment)
        if records:
            states.append(fold(obj_type, records)[-1])
    return [state for state in states if state["exists"]]
