"""Projection of the working state: records → the current state of every measure, request,
unit, contact and place, the state after each of its records, and the clashes.

An object is the fold of its records in replay order (`state_fold`). Records nearly always
arrive in that order (a laptop's own writes, a rebuild), so the fold simply goes on from the
stored state: the fast path. A record older than the newest one already folded into its
object (sync brought in what another laptop did offline) makes that object alone be folded
again from all its records: the slow path. Either way the tables end up exactly as a rebuild
would leave them.

Tables written here (all derived, all emptied by a rebuild):
- `state_objects`: each object's current state as JSON, its last clock and whether its
  records' occurred-at times rise with their clocks ("monotone"; see `past_state`);
- `state_log`: one row per record per object: the state after it, valid from its occurred-at
  until the next record's (its history, and the past states);
- typed tables for SQL look-ups: `measures`, `measure_units`, `requests`, `contacts`,
  `units` and `places` (the latter two shared with the catalogue), and `clashes`.
Sealed fields stay sealed in all of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from eventcenter.records import Record, canonical_json, record_from_row
from eventcenter.state_fold import KINDS, State, clock, fold, object_of
from eventcenter.swedish import fold as fold_name

Obj = tuple[str, str]


@dataclass(frozen=True)
class Stored:
    state: State
    clock: tuple[str, str]
    occurred: int
    monotone: bool


@dataclass
class _Writes:
    """Everything one batch changes, written at the end in a few bulk statements."""

    dropped: list[Obj] = field(default_factory=list)
    closed: list[dict] = field(default_factory=list)
    versions: list[dict] = field(default_factory=list)
    objects: dict[Obj, dict] = field(default_factory=dict)


def apply_records(conn: Connection, batch: list[Record]) -> None:
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


def _apply_object(conn: Connection, obj: Obj, records: list[Record], found: Stored | None,
                  writes: _Writes) -> None:
    if found is None:
        _refold(obj, records, writes)
    elif clock(records[0]) > found.clock:
        states = fold(obj[0], records, found.state)
        occurred = [found.occurred, *(r.occurred_at for r in records)]
        writes.closed.append({"type": obj[0], "key": obj[1], "hlc": found.clock[0],
                              "device_id": found.clock[1], "valid_to": records[0].occurred_at})
        _versions(obj, records, states, writes)
        _object(obj, states[-1], records[-1], found.monotone and _rising(occurred), writes)
    else:
        known = {r.id: r for r in stored_records(conn, obj)}
        known.update((r.id, r) for r in records)
        writes.dropped.append(obj)
        _refold(obj, sorted(known.values(), key=clock), writes)


def _refold(obj: Obj, records: list[Record], writes: _Writes) -> None:
    states = fold(obj[0], records)
    _versions(obj, records, states, writes)
    _object(obj, states[-1], records[-1], _rising([r.occurred_at for r in records]), writes)


def _rising(values: list[int]) -> bool:
    return all(a <= b for a, b in zip(values, values[1:], strict=False))


def _versions(obj: Obj, records: list[Record], states: list[State], writes: _Writes) -> None:
    for i, (record, state) in enumerate(zip(records, states, strict=True)):
        following = records[i + 1].occurred_at if i + 1 < len(records) else None
        writes.versions.append({
            "type": obj[0], "key": obj[1], "hlc": record.hlc, "device_id": record.device_id,
            "record_id": record.id, "occurred_at": record.occurred_at, "valid_to": following,
            "state": canonical_json(state)})


def _object(obj: Obj, state: State, last: Record, monotone: bool, writes: _Writes) -> None:
    writes.objects[obj] = {
        "type": obj[0], "key": obj[1], "state": state, "last_hlc": last.hlc,
        "last_device": last.device_id, "last_occurred": last.occurred_at,
        "monotone": int(monotone)}


def _load(conn: Connection, objs: list[Obj], chunk: int = 400) -> dict[Obj, Stored]:
    by_type: dict[str, list[str]] = {}
    for obj_type, key in objs:
        by_type.setdefault(obj_type, []).append(key)
    found: dict[Obj, Stored] = {}
    for obj_type, keys in by_type.items():
        for start in range(0, len(keys), chunk):
            part = keys[start:start + chunk]
            names = ", ".join(f":k{i}" for i in range(len(part)))
            params = {"type": obj_type, **{f"k{i}": k for i, k in enumerate(part)}}
            sql = ("SELECT key, state, last_hlc, last_device, last_occurred, monotone "
                   f"FROM state_objects WHERE type = :type AND key IN ({names})")
            for row in conn.execute(text(sql), params):
                found[(obj_type, row.key)] = Stored(json.loads(row.state),
                                                    (row.last_hlc, row.last_device),
                                                    row.last_occurred, bool(row.monotone))
    return found


def stored_records(conn: Connection, obj: Obj, until: int | None = None) -> list[Record]:
    """The records folded into one object so far (those occurred at or before `until`),
    in replay order."""
    bounded = " AND l.occurred_at <= :until" if until is not None else ""
    sql = ("SELECT r.* FROM state_log l JOIN records r ON r.id = l.record_id "
           f"WHERE l.type = :type AND l.key = :key{bounded} ORDER BY l.hlc, l.device_id")
    params = {"type": obj[0], "key": obj[1], "until": until}
    return [record_from_row(row) for row in conn.execute(text(sql), params)]


# -- writing ------------------------------------------------------------------------------

def _flush(conn: Connection, writes: _Writes) -> None:
    if writes.dropped:
        conn.execute(text("DELETE FROM state_log WHERE type = :type AND key = :key"),
                     [{"type": t, "key": k} for t, k in writes.dropped])
    if writes.closed:
        conn.execute(text("UPDATE state_log SET valid_to = :valid_to WHERE type = :type AND "
                          "key = :key AND hlc = :hlc AND device_id = :device_id"),
                     writes.closed)
    if writes.versions:
        conn.execute(text(
            "INSERT INTO state_log (type, key, hlc, device_id, record_id, occurred_at, "
            "valid_to, state) VALUES (:type, :key, :hlc, :device_id, :record_id, "
            ":occurred_at, :valid_to, :state)"), writes.versions)
    objects = list(writes.objects.values())
    conn.execute(text(
        "INSERT OR REPLACE INTO state_objects (type, key, state, last_hlc, last_device, "
        "last_occurred, monotone) VALUES (:type, :key, :state, :last_hlc, :last_device, "
        ":last_occurred, :monotone)"),
        [{**o, "state": canonical_json(o["state"])} for o in objects])
    _write_typed(conn, objects)
    _write_clashes(conn, objects)


_DELETE = {
    "measure": ("DELETE FROM measures WHERE id = :key",
                "DELETE FROM measure_units WHERE measure = :key"),
    "request": ("DELETE FROM requests WHERE id = :key",),
    "contact": ("DELETE FROM contacts WHERE id = :key",),
    "unit": ("DELETE FROM units WHERE folded = :key",),
    "place": ("DELETE FROM places WHERE folded = :key",),
}


def _insert(table: str, columns: Iterable[str]) -> str:
    columns = list(columns)
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(':' + c for c in columns)})")


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


def _write_typed(conn: Connection, objects: list[dict]) -> None:
    for obj_type, (table, make_row) in _ROWS.items():
        mine = [o for o in objects if o["type"] == obj_type]
        if not mine:
            continue
        for sql in _DELETE[obj_type]:
            conn.execute(text(sql), [{"key": o["key"]} for o in mine])
        rows = [make_row(o["state"], o["last_hlc"]) for o in mine if o["state"]["exists"]]
        if rows:
            conn.execute(text(_insert(table, rows[0])), rows)
        if obj_type == "measure":
            assigned = [{"measure": o["key"], "callsign": unit} for o in mine
                        if o["state"]["exists"] for unit in o["state"]["units"]]
            if assigned:
                conn.execute(text(_insert("measure_units", ("measure", "callsign"))), assigned)


def clash_subject(obj_type: str, key: str, state: State) -> str:
    """What a person calls the object a clash is about: a call sign, a place, an id."""
    return {"unit": state.get("callsign"), "place": state.get("name")}.get(obj_type) or key


def _write_clashes(conn: Connection, objects: list[dict]) -> None:
    conn.execute(text("DELETE FROM clashes WHERE type = :type AND key = :key"),
                 [{"type": o["type"], "key": o["key"]} for o in objects])
    rows = [{"type": o["type"], "key": o["key"], "ordinal": i, "rule": c["rule"],
             "subject": clash_subject(o["type"], o["key"], o["state"]),
             "records": canonical_json(c["records"]), "standing": c["standing"]}
            for o in objects for i, c in enumerate(o["state"]["clashes"])]
    if rows:
        conn.execute(text(_insert("clashes", rows[0])), rows)
