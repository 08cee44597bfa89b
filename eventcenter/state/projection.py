"""Projection of the working state: records → the current state of every measure, request,
unit, contact and place, the state after each of its records, and the clashes.

An object is the fold of its records in replay order (`state/fold.py`). Records nearly always
arrive in that order (a laptop's own writes, a rebuild), so the fold simply goes on from the
stored state: the fast path. A record older than the newest one already folded into its
object (sync brought in what another laptop did offline) makes that object alone be folded
again from all its records: the slow path. Either way the tables end up exactly as a rebuild
would leave them.

Tables written here (all derived, all emptied by a rebuild):
- `state_objects`: each object's current state as JSON, its last clock and the latest
  occurred-at among its records;
- `state_log`: one row per record per object, in replay order: the state after it (its
  history), and the moments for which that state is the object's past state
  (`valid_from`, `valid_to`; see `past_state`);
- `state_gaps`: the stretches of time for which no stored state is the past state, because
  records were dated out of clock order (see `past_state`);
- typed tables for SQL look-ups: `measures`, `measure_units`, `requests`, `contacts`,
  `units` and `places` (the latter two shared with the catalogue), and `clashes`.
Sealed fields stay sealed in all of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from eventcenter.state.fold import KINDS, clock, fold, object_of
from eventcenter.state.states import State
from eventcenter.store import sql
from eventcenter.store.bulk import insert_rows
from eventcenter.store.records import Record, canonical_json, record_from_row
from eventcenter.swedish import fold as fold_name

Obj = tuple[str, str]
OPEN_END = 2**63 - 1  # valid_to of an object's last state: valid from then on


@dataclass(frozen=True)
class Stored:
    state: State
    clock: tuple[str, str]
    max_occurred: int


@dataclass
class _Writes:
    """Everything one batch changes, written at the end in a few bulk statements."""

    dropped: list[Obj] = field(default_factory=list)
    cut: list[tuple] = field(default_factory=list)  # (new valid_to, type, key)
    versions: list[tuple] = field(default_factory=list)
    gaps: list[tuple] = field(default_factory=list)
    objects: dict[Obj, tuple] = field(default_factory=dict)


def apply_records(conn: Any, batch: list[Record]) -> None:
    """The projection handler for every kind of the working state."""
    groups: dict[Obj, list[Record]] = {}
    for record in batch:
        obj = object_of(record)
        if obj is not None:
            groups.setdefault(obj, []).append(record)
    if not groups:
        return
    stored = _load(conn, list(groups))
    writes = _Writes()
    for obj, records in groups.items():
        _apply_object(conn, obj, sorted(records, key=clock), stored.get(obj), writes)
    _flush(conn, writes)


HANDLERS = dict.fromkeys(KINDS, apply_records)


def _apply_object(conn: Any, obj: Obj, records: list[Record], found: Stored | None,
                  writes: _Writes) -> None:
    if found is None:
        _fold_into(obj, records, None, writes)
    elif clock(records[0]) > found.clock:
        # The stored states stay; each is valid at most until the earliest new occurred-at.
        writes.cut.append((min(r.occurred_at for r in records), *obj))
        _fold_into(obj, records, found, writes)
    else:
        known = {r.id: r for r in stored_records(conn, obj)}
        known.update((r.id, r) for r in records)
        writes.dropped.append(obj)
        _fold_into(obj, sorted(known.values(), key=clock), None, writes)


def _fold_into(obj: Obj, records: list[Record], found: Stored | None,
               writes: _Writes) -> None:
    """Fold records (in replay order) onto the stored state, or from nothing, and note the
    versions, their validity and the gaps they open.

    With o_k the occurred-at of the k-th record in replay order, the state after record k is
    the past state for exactly the moments T with max(o_1..o_k) <= T < min(o_k+1..o_n); where
    a record is dated before an earlier record (o_k < max(o_1..o_k-1)), the moments from o_k
    up to that maximum are a gap: there the records up to T are no prefix of the replay."""
    states = fold(obj[0], records, found.state if found else None)
    highest = found.max_occurred if found else None
    following = [r.occurred_at for r in records[1:]] + [OPEN_END]
    lowest_after = list(accumulate(reversed(following), min))[::-1]
    for record, state, valid_to in zip(records, states, lowest_after, strict=True):
        if highest is not None and record.occurred_at < highest:
            writes.gaps.append((*obj, record.occurred_at, highest))
        highest = record.occurred_at if highest is None else max(highest, record.occurred_at)
        writes.versions.append((*obj, record.hlc, record.device_id, record.id,
                                record.occurred_at, highest, valid_to, canonical_json(state)))
    last = records[-1]
    writes.objects[obj] = (*obj, states[-1], last.hlc, last.device_id, highest)


def _load(conn: Any, objs: list[Obj], chunk: int = 400) -> dict[Obj, Stored]:
    by_type: dict[str, list[str]] = {}
    for obj_type, key in objs:
        by_type.setdefault(obj_type, []).append(key)
    found: dict[Obj, Stored] = {}
    for obj_type, keys in by_type.items():
        for start in range(0, len(keys), chunk):
            part = keys[start:start + chunk]
            query = ("SELECT key, state, last_hlc, last_device, max_occurred FROM "
                     f"state_objects WHERE type = ? AND key IN ({', '.join('?' for _ in part)})")
            for key, state, hlc, device, highest in sql.run(conn, query, (obj_type, *part)):
                found[(obj_type, key)] = Stored(json.loads(state), (hlc, device), highest)
    return found


def stored_records(conn: Any, obj: Obj, until: int | None = None) -> list[Record]:
    """The records folded into one object so far (those occurred at or before `until`),
    in replay order."""
    bounded = " AND l.occurred_at <= :until" if until is not None else ""
    query = ("SELECT r.* FROM state_log l JOIN records r ON r.id = l.record_id "
             f"WHERE l.type = :type AND l.key = :key{bounded} ORDER BY l.hlc, l.device_id")
    params = {"type": obj[0], "key": obj[1], "until": until}
    return [record_from_row(row) for row in sql.dicts(conn, query, params)]


# -- writing ------------------------------------------------------------------------------

def _flush(conn: Any, writes: _Writes) -> None:
    def run(statement: str, params) -> None:
        sql.run_many(conn, statement, params)

    if writes.dropped:
        for table in ("state_log", "state_gaps"):
            run(f"DELETE FROM {table} WHERE type = ? AND key = ?", writes.dropped)
    if writes.cut:
        run("UPDATE state_log SET valid_to = ? WHERE type = ? AND key = ? AND valid_to > ?",
            [(*cut, cut[0]) for cut in writes.cut])
    run("INSERT INTO state_log (type, key, hlc, device_id, record_id, occurred_at, "
        "valid_from, valid_to, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", writes.versions)
    if writes.gaps:
        run("INSERT INTO state_gaps (type, key, gap_from, gap_to) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (type, key, gap_from) DO UPDATE SET "
            "gap_to = max(gap_to, excluded.gap_to)", writes.gaps)
    objects = [{"type": o[0], "key": o[1], "state": o[2], "last_hlc": o[3]}
               for o in writes.objects.values()]
    run("INSERT OR REPLACE INTO state_objects (type, key, state, last_hlc, last_device, "
        "max_occurred) VALUES (?, ?, ?, ?, ?, ?)",
        [(t, k, canonical_json(state), *rest) for t, k, state, *rest in writes.objects.values()])
    _write_typed(conn, objects)
    _write_clashes(conn, objects)


_DELETE = {
    "measure": ("DELETE FROM measures WHERE id = ?", "DELETE FROM measure_units WHERE measure = ?"),
    "request": ("DELETE FROM requests WHERE id = ?",),
    "contact": ("DELETE FROM contacts WHERE id = ?",),
    "unit": ("DELETE FROM units WHERE folded = ?",),
    "place": ("DELETE FROM places WHERE folded = ?",),
}


def _sealed(state: State) -> str | None:
    return canonical_json(state["sealed"]) if state["sealed"] else None


def measure_row(state: State, last_hlc: str) -> dict:
    row = {c: state[c] for c in ("id", "title", "type", "category", "place", "priority",
                                 "notes", "request", "entry", "status", "opened_at",
                                 "opened_by", "updated_at", "closed_at")}
    return {**row, "sealed": _sealed(state), "confidential": int(state["confidential"]),
            "hlc": last_hlc}


def request_row(state: State, last_hlc: str) -> dict:
    row = {c: state[c] for c in ("id", "text", "party", "received_at", "received_by",
                                 "acknowledged_at", "acknowledged_by", "answered_at",
                                 "declined_at", "decline_reason", "closed_at", "status",
                                 "measure", "updated_at")}
    return {**row, "sealed": _sealed(state), "confidential": int(state["confidential"]),
            "hlc": last_hlc}


def contact_row(state: State, last_hlc: str) -> dict:
    row = {c: state[c] for c in ("id", "name", "function", "organisation", "phone", "rakel",
                                 "on_duty", "updated_at")}
    return {**row, "folded": fold_name(state["name"] or ""), "hlc": last_hlc}


def unit_row(state: State, _last_hlc: str) -> dict:
    row = {c: state[c] for c in ("callsign", "organisation", "type", "size", "on_duty",
                                 "hlc", "contact", "status", "place", "moved_at",
                                 "updated_at")}
    return {**row, "folded": fold_name(state["callsign"])}


def place_row(state: State, _last_hlc: str) -> dict:
    row = {c: state[c] for c in ("name", "kind", "lat", "lon", "hlc")}
    return {**row, "folded": fold_name(state["name"])}


_ROWS = {"measure": ("measures", measure_row), "request": ("requests", request_row),
         "contact": ("contacts", contact_row), "unit": ("units", unit_row),
         "place": ("places", place_row)}


def _write_typed(conn: Any, objects: list[dict]) -> None:
    for obj_type, (table, make_row) in _ROWS.items():
        mine = [o for o in objects if o["type"] == obj_type]
        if not mine:
            continue
        for statement in _DELETE[obj_type]:
            sql.run_many(conn, statement, [(o["key"],) for o in mine])
        existing = [o for o in mine if o["state"]["exists"]]
        insert_rows(conn, table, [make_row(o["state"], o["last_hlc"]) for o in existing])
        if obj_type == "measure":
            insert_rows(conn, "measure_units", [{"measure": o["key"], "callsign": unit}
                                                for o in existing for unit in o["state"]["units"]])


def clash_subject(obj_type: str, key: str, state: State) -> str:
    """What a person calls the object a clash is about: a call sign, a place, an id."""
    return {"unit": state.get("callsign"), "place": state.get("name")}.get(obj_type) or key


def listed_clashes(state: State) -> list[dict]:
    """The clashes of an object that are listed: those of an object that exists. Records
    about a measure or request this file does not hold (yet: its first record arrives by
    sync later, or is dated after the moment asked about) name nothing a person can look
    up; their clash is kept in the state and listed as soon as the object exists. The
    current list and the list at a past moment both go through here."""
    return state["clashes"] if state["exists"] else []


def _write_clashes(conn: Any, objects: list[dict]) -> None:
    sql.run_many(conn, "DELETE FROM clashes WHERE type = ? AND key = ?",
                 [(o["type"], o["key"]) for o in objects])
    insert_rows(conn, "clashes", [
        {"type": o["type"], "key": o["key"], "ordinal": i, "rule": c["rule"],
         "subject": clash_subject(o["type"], o["key"], o["state"]),
         "records": canonical_json(c["records"]), "standing": c["standing"]}
        for o in objects for i, c in enumerate(listed_clashes(o["state"]))])
