"""The working state folded from records: measures, requests, units, contacts and places.

Each object is the fold of its own records in replay order (hybrid clock, then device id),
and nothing else: the same records give the same object on every laptop, whatever order they
arrived in. The rules, applied in that order:

- **Fields: the last writer wins.** A record that sets a field (an edit, a move, a status
  change) replaces what earlier records set; a record with the higher (hlc, device_id) is
  later. Both changes stay in the object's history.
- **Once-only facts: the first stands.** A call sign or a place name added twice, a request
  acknowledged twice: the first record in replay order stands, the later ones change nothing
  and the object lists a *clash* for a person to resolve.
- **Measure status** follows the last change; a change made from a status the measure no
  longer had (two laptops changed it without knowing of each other) is listed as a clash.
  Two responses to one request (answered on one laptop, declined on another) likewise: the
  later stands and the clash is listed.

The functions here are pure: a state is a plain dict (JSON-ready) of one of the shapes in
`state/states.py`, and a step returns a new one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from eventcenter.kinds import Kind
from eventcenter.state.states import INITIAL, ClashState, State
from eventcenter.state.states import MEASURE_STATUSES as MEASURE_STATUSES
from eventcenter.state.states import UNIT_STATUSES as UNIT_STATUSES
from eventcenter.store.records import Record
from eventcenter.swedish import fold as fold_name
from eventcenter.swedish import sort_key

OBJECT_TYPES = ("measure", "request", "unit", "contact", "place")
CLOSED = ("done", "cancelled")
OPEN = ("planned", "ongoing")
REQUEST_STATUSES = ("pending", "acknowledged", "answered", "declined", "closed")
DEFAULT_UNIT_STATUS = "available"

Step = Callable[[State, Record], None]


# -- which object a record belongs to ------------------------------------------------------

def _own_id(record: Record) -> str:
    return record.id


def _ref(field: str) -> Callable[[Record], str]:
    return lambda record: record.payload[field]


def _folded(field: str) -> Callable[[Record], str]:
    return lambda record: fold_name(record.payload[field])


_KEYS: dict[str, tuple[str, Callable[[Record], str]]] = {
    Kind.MEASURE_OPENED: ("measure", _own_id),
    **{k: ("measure", _ref("measure")) for k in (
        Kind.MEASURE_STATUS_CHANGED, Kind.MEASURE_REOPENED, Kind.MEASURE_ASSIGNED,
        Kind.MEASURE_UNASSIGNED, Kind.MEASURE_EDITED)},
    Kind.REQUEST_RECEIVED: ("request", _own_id),
    **{k: ("request", _ref("request")) for k in (
        Kind.REQUEST_ACKNOWLEDGED, Kind.REQUEST_ANSWERED, Kind.REQUEST_DECLINED,
        Kind.REQUEST_CLOSED)},
    **{k: ("unit", _folded("callsign")) for k in (
        Kind.UNIT_ADDED, Kind.UNIT_MOVED, Kind.UNIT_EDITED)},
    Kind.CONTACT_ADDED: ("contact", _own_id),
    Kind.CONTACT_EDITED: ("contact", _ref("contact")),
    **{k: ("place", _folded("name")) for k in (Kind.PLACE_ADDED, Kind.PLACE_EDITED)},
}
KINDS = tuple(_KEYS)


def object_of(record: Record) -> tuple[str, str] | None:
    """(object type, key) of the object a record changes, or None for other records."""
    found = _KEYS.get(record.kind)
    return None if found is None else (found[0], found[1](record))


def clock(record: Record) -> tuple[str, str]:
    """Replay order: the hybrid clock, ties broken by the device id."""
    return (record.hlc, record.device_id)


# -- folding ------------------------------------------------------------------------------

def initial(obj_type: str) -> State:
    return INITIAL[obj_type]()


def _copy(state: State) -> State:
    return {k: v.copy() if isinstance(v, list | dict) else v for k, v in state.items()}


def step(obj_type: str, state: State | None, record: Record) -> State:
    """The state after one more record (a new dict; `state` is left as it was)."""
    new = _copy(state) if state is not None else initial(obj_type)
    _STEPS[record.kind](new, record)
    new["updated_at"] = max(new["updated_at"] or record.occurred_at, record.occurred_at)
    return new


def fold(obj_type: str, records: Iterable[Record], state: State | None = None) -> list[State]:
    """The states after each record, starting from `state` (or nothing); records must be
    in replay order."""
    states = []
    for record in records:
        state = step(obj_type, state, record)
        states.append(state)
    return states


def _set_clash(state: State, rule: str, records: list[str], standing: str) -> None:
    """One clash per rule for once-only facts: replaced as more records join it."""
    kept = [c for c in state["clashes"] if c["rule"] != rule]
    state["clashes"] = [*kept, ClashState(rule=rule, records=list(records), standing=standing)]


def _add_clash(state: State, rule: str, records: list[str], standing: str) -> None:
    state["clashes"] = [*state["clashes"],
                        ClashState(rule=rule, records=list(records), standing=standing)]


def _take(state: State, payload: dict, fields: Iterable[str],
          names: dict[str, str] | None = None) -> None:
    """Fields present in the payload replace the state's (an explicit None clears one); a
    sealed field replaces its clear value, and a clear value its sealed one. `names` maps a
    payload field to the state's field where they differ (a request's `from` is `party`)."""
    names = names or {}
    for field in fields:
        if field in payload:
            state[names.get(field, field)] = payload[field]
            state["sealed"].pop(names.get(field, field), None)
    for field, blob in (payload.get("sealed") or {}).items():
        state["sealed"][names.get(field, field)] = blob
        state[names.get(field, field)] = None


# -- measures -----------------------------------------------------------------------------

MEASURE_FIELDS = ("title", "type", "category", "place", "priority", "notes")


def _measure_opened(state: State, record: Record) -> None:
    p = record.payload
    _take(state, p, MEASURE_FIELDS)
    status = p.get("status", "planned")
    state.update(exists=True, id=record.id, confidential=bool(p.get("confidential")),
                 request=p.get("request"), entry=p.get("entry"), status=status,
                 opened_at=record.occurred_at, opened_by=record.operator,
                 status_record=record.id,
                 closed_at=record.occurred_at if status in CLOSED else None)
    state["units"] = sorted(set(p.get("units") or ()), key=sort_key)


def _change_status(state: State, record: Record, status: str) -> None:
    before, source = state["status"], record.payload.get("from")
    if source is not None and before is not None and source != before and status != before:
        _add_clash(state, "concurrent_status", [state["status_record"], record.id], record.id)
    state.update(status=status, status_record=record.id,
                 closed_at=record.occurred_at if status in CLOSED else None)


def _measure_status(state: State, record: Record) -> None:
    _change_status(state, record, record.payload["status"])


def _measure_reopened(state: State, record: Record) -> None:
    _change_status(state, record, "ongoing")


def _measure_assigned(state: State, record: Record) -> None:
    units = set(state["units"]) | {record.payload["unit"]}
    state["units"] = sorted(units, key=sort_key)


def _measure_unassigned(state: State, record: Record) -> None:
    state["units"] = [u for u in state["units"] if u != record.payload["unit"]]


def _measure_edited(state: State, record: Record) -> None:
    _take(state, record.payload, MEASURE_FIELDS)


# -- requests -----------------------------------------------------------------------------

def request_status(state: State) -> str:
    if state["closed_at"] is not None:
        return "closed"
    if state["response"]:
        return state["response"]
    return "acknowledged" if state["acknowledged_at"] is not None else "pending"


def _acknowledge(state: State, record: Record) -> None:
    if state["acknowledged_at"] is None:
        state.update(acknowledged_at=record.occurred_at, acknowledged_by=record.operator)


def _request_received(state: State, record: Record) -> None:
    p = record.payload
    _take(state, p, ("text", "from"), {"from": "party"})
    state.update(exists=True, id=record.id, confidential=bool(p.get("confidential")),
                 received_at=record.occurred_at, received_by=record.operator)
    state["status"] = request_status(state)


def _request_acknowledged(state: State, record: Record) -> None:
    _acknowledge(state, record)
    state["acks"].append(record.id)
    if len(state["acks"]) > 1:
        _set_clash(state, "double_acknowledgement", state["acks"], state["acks"][0])
    state["status"] = request_status(state)


def _respond(state: State, record: Record, response: str) -> None:
    _acknowledge(state, record)
    state["responses"].append(record.id)
    if len(state["responses"]) > 1:
        _set_clash(state, "double_response", state["responses"], record.id)
    state["sealed"].pop("decline_reason", None)
    state.update(response=response, answered_at=None, measure=None, declined_at=None,
                 decline_reason=None)


def _request_answered(state: State, record: Record) -> None:
    _respond(state, record, "answered")
    state.update(answered_at=record.occurred_at, measure=record.payload["measure"])
    state["status"] = request_status(state)


def _request_declined(state: State, record: Record) -> None:
    _respond(state, record, "declined")
    p = record.payload
    state.update(declined_at=record.occurred_at, decline_reason=p.get("reason"))
    if "reason" in (p.get("sealed") or {}):
        state["sealed"]["decline_reason"] = p["sealed"]["reason"]
    state["status"] = request_status(state)


def _request_closed(state: State, record: Record) -> None:
    if state["closed_at"] is None:
        state.update(closed_at=record.occurred_at, closed_by=record.operator)
    state["status"] = request_status(state)


# -- units, places, contacts ----------------------------------------------------------------

UNIT_FIELDS = ("organisation", "type", "size", "on_duty", "contact")
PLACE_FIELDS = ("kind", "lat", "lon")
CONTACT_FIELDS = ("name", "function", "organisation", "phone", "rakel", "on_duty")


def _first_add(state: State, record: Record, rule: str) -> bool:
    """Whether this add is the first: a later one is listed as a clash and changes nothing."""
    state["adds"].append(record.id)
    if len(state["adds"]) > 1:
        _set_clash(state, rule, state["adds"], state["adds"][0])
        return False
    return True


def _unit_added(state: State, record: Record) -> None:
    if not _first_add(state, record, "duplicate_callsign"):
        return
    p = record.payload
    state.update({f: p.get(f) for f in UNIT_FIELDS})
    state.update(exists=True, callsign=p["callsign"], hlc=record.hlc,
                 status=state["status"] or DEFAULT_UNIT_STATUS)


def _unit_moved(state: State, record: Record) -> None:
    p = record.payload
    for field in ("status", "place"):
        if field in p:
            state[field] = p[field]
    state["moved_at"] = record.occurred_at


def _unit_edited(state: State, record: Record) -> None:
    p = record.payload
    state.update({f: p[f] for f in UNIT_FIELDS if f in p})


def _place_added(state: State, record: Record) -> None:
    if not _first_add(state, record, "duplicate_place"):
        return
    p = record.payload
    state.update({f: p.get(f) for f in PLACE_FIELDS})
    state.update(exists=True, name=p["name"], hlc=record.hlc)


def _place_edited(state: State, record: Record) -> None:
    p = record.payload
    state.update({f: p[f] for f in PLACE_FIELDS if f in p})


def _contact_added(state: State, record: Record) -> None:
    p = record.payload
    state.update({f: p.get(f) for f in CONTACT_FIELDS})
    state.update(exists=True, id=record.id)


def _contact_edited(state: State, record: Record) -> None:
    p = record.payload
    state.update({f: p[f] for f in CONTACT_FIELDS if f in p})


_STEPS: dict[str, Step] = {
    Kind.MEASURE_OPENED: _measure_opened,
    Kind.MEASURE_STATUS_CHANGED: _measure_status,
    Kind.MEASURE_REOPENED: _measure_reopened,
    Kind.MEASURE_ASSIGNED: _measure_assigned,
    Kind.MEASURE_UNASSIGNED: _measure_unassigned,
    Kind.MEASURE_EDITED: _measure_edited,
    Kind.REQUEST_RECEIVED: _request_received,
    Kind.REQUEST_ACKNOWLEDGED: _request_acknowledged,
    Kind.REQUEST_ANSWERED: _request_answered,
    Kind.REQUEST_DECLINED: _request_declined,
    Kind.REQUEST_CLOSED: _request_closed,
    Kind.UNIT_ADDED: _unit_added,
    Kind.UNIT_MOVED: _unit_moved,
    Kind.UNIT_EDITED: _unit_edited,
    Kind.PLACE_ADDED: _place_added,
    Kind.PLACE_EDITED: _place_edited,
    Kind.CONTACT_ADDED: _contact_added,
    Kind.CONTACT_EDITED: _contact_edited,
}
assert set(_STEPS) == set(_KEYS)
