"""The working state at a past moment T: the state made of the records whose occurred-at is at
or before T, replayed in clock order, without replaying the event.

`state_log` keeps, for each object, its state after each of its records in replay order.
With o_k the occurred-at of the k-th record, the records up to T are exactly the first k
when max(o_1..o_k) <= T < min(o_k+1..o_n); the state after record k is then the object's
state at T, and `valid_from`/`valid_to` hold those two bounds. One indexed range query finds
every object's state at T at once. Records nearly always occur in clock order, so for nearly
every moment one stored state fits.

Where a record is dated before an earlier one (a change dated back; a laptop whose clock ran
behind another's; seconds of jitter within a minute), the records up to T are, for T between
the two, no prefix of the replay: no stored state fits, and `state_gaps` holds that stretch.
An object in a gap at T is folded afresh from its records up to T. Such objects are few at
any moment, and their stretches short.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

from eventcenter.state.fold import fold
from eventcenter.state.projection import stored_records
from eventcenter.state.states import State

_VALID_AT = ("SELECT state FROM state_log WHERE type = ? AND valid_from <= ? AND valid_to > ?")
_IN_A_GAP = ("SELECT DISTINCT key FROM state_gaps WHERE type = ? AND gap_from <= ? "
             "AND gap_to > ?")


def states_at(conn: Connection, obj_type: str, moment: int) -> list[State]:
    """The states of the objects of one type that existed at `moment` (UTC microseconds)."""
    params = (obj_type, moment, moment)
    states = [json.loads(state) for (state,) in conn.exec_driver_sql(_VALID_AT, params)]
    for (key,) in conn.exec_driver_sql(_IN_A_GAP, params).all():
        records = stored_records(conn, (obj_type, key), until=moment)
        if records:
            states.append(fold(obj_type, records)[-1])
    return [state for state in states if state["exists"]]
