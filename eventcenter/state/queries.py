"""Reading the working state (`event.read.state`): measures, requests, units, contacts, places,
clashes and each object's history, now or at any past moment.

Every list takes `at`: None for the current state, or a moment for the state made of the
records whose occurred-at is at or before it (see `past_state`). Derived durations are
measured to `at`, or to `now` (injectable; the clock by default) for the current state.
Confidential fields are opened in memory when this process holds the passphrase.

The window, the reports and the command line all read through this class.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, text

from eventcenter.kinds import Kind
from eventcenter.lookup import (
    resolve_contact,
    resolve_measure,
    resolve_object,
    resolve_request,
    resolve_unit,
)
from eventcenter.state.fold import OBJECT_TYPES, UNIT_STATUSES
from eventcenter.state.model import (
    Clash,
    Contact,
    HistoryEntry,
    Measure,
    Place,
    Request,
    Snapshot,
    Unit,
)
from eventcenter.state.past import states_at
from eventcenter.state.states import State
from eventcenter.store.records import record_from_row
from eventcenter.store.sealing import UNREADABLE
from eventcenter.swedish import fold, sort_key
from eventcenter.timefmt import now_utc, to_micros

# The field naming each object in the payloads of its later records (left out of `change`).
_REFERENCE = {"measure": "measure", "request": "request", "contact": "contact",
              "unit": "callsign", "place": "name"}
_FIRST_KINDS = (Kind.MEASURE_OPENED, Kind.REQUEST_RECEIVED, Kind.CONTACT_ADDED, Kind.UNIT_ADDED,
                Kind.PLACE_ADDED)
# The current state is read from the typed tables (no JSON to parse); `only` narrows it.
_CURRENT = {"measure": "measures", "request": "requests", "unit": "units",
            "contact": "contacts", "place": "places"}
_ONLY = {"open": " WHERE status IN ('planned', 'ongoing')",
         "pending": " WHERE status IN ('pending', 'acknowledged')"}
# A state's field as its JSON key names it, where they differ.
_JSON_NAMES = {"party": "from"}


class WorkingState:
    """Read access to the working state of one open event file."""

    def __init__(self, event) -> None:
        self.event = event

    # -- the lists ------------------------------------------------------------------------

    def measures(self, *, at: datetime | None = None, open_only: bool = False,
                 now: datetime | None = None) -> list[Measure]:
        """Measures in the order they were opened; `open_only`: planned and ongoing."""
        states = self._states("measure", at, "open" if open_only else None)
        return self._measures(states, self._as_of(at, now), open_only)

    def open_measures(self, *, at: datetime | None = None,
                      now: datetime | None = None) -> list[Measure]:
        """Planned and ongoing measures, with their age and time since the last update."""
        return self.measures(at=at, open_only=True, now=now)

    def requests(self, *, at: datetime | None = None, pending_only: bool = False,
                 now: datetime | None = None) -> list[Request]:
        """Requests in the order received; `pending_only`: not yet answered, declined or
        closed (with their waiting time)."""
        states = self._states("request", at, "pending" if pending_only else None)
        return self._requests(states, self._as_of(at, now), pending_only)

    def pending_requests(self, *, at: datetime | None = None,
                         now: datetime | None = None) -> list[Request]:
        return self.requests(at=at, pending_only=True, now=now)

    def units(self, *, at: datetime | None = None, on_duty: bool = False,
              now: datetime | None = None) -> list[Unit]:
        """Units by call sign (Swedish order); `on_duty`: within their hours at that moment
        and not off duty."""
        return _units(self._states("unit", at), self._as_of(at, now), on_duty)

    def units_by_status(self, *, at: datetime | None = None,
                        now: datetime | None = None) -> dict[str, list[Unit]]:
        """Every status (in life-cycle order) with its units."""
        grouped: dict[str, list[Unit]] = {status: [] for status in UNIT_STATUSES}
        for unit in self.units(at=at, now=now):
            grouped.setdefault(unit.status, []).append(unit)
        return grouped

    def units_by_place(self, *, at: datetime | None = None,
                       now: datetime | None = None) -> dict[str | None, list[Unit]]:
        """Places (Swedish order, None last: at no known place) with their units."""
        grouped: dict[str | None, list[Unit]] = {}
        for unit in self.units(at=at, now=now):
            grouped.setdefault(unit.place, []).append(unit)
        return dict(sorted(grouped.items(),
                           key=lambda item: (item[0] is None, sort_key(item[0] or ""))))

    def contacts(self, *, at: datetime | None = None, on_duty: bool = False,
                 now: datetime | None = None) -> list[Contact]:
        """Contacts by name (Swedish order); `on_duty`: within their hours at that moment
        (a contact without hours is not counted as on duty)."""
        return _contacts(self._states("contact", at), self._as_of(at, now), on_duty)

    def places(self, *, at: datetime | None = None) -> list[Place]:
        return _places(self._states("place", at))

    def clashes(self, *, at: datetime | None = None) -> list[Clash]:
        """Rule clashes sync brought together, for a person to resolve."""
        if at is not None:
            return _clashes({t: self._states(t, at) for t in OBJECT_TYPES})
        with self.event.reading() as conn:
            return _current_clashes(conn)

    def snapshot(self, at: datetime | None = None, *, now: datetime | None = None) -> Snapshot:
        """The whole working state at a moment (None: now), read in one transaction."""
        as_of = self._as_of(at, now)
        with self.event.reading() as conn:
            states = {t: self._read(conn, t, at) for t in OBJECT_TYPES}
            clashes = _clashes(states) if at is not None else _current_clashes(conn)
        return Snapshot(as_of, tuple(self._measures(states["measure"], as_of)),
                        tuple(self._requests(states["request"], as_of)),
                        tuple(_units(states["unit"], as_of)),
                        tuple(_contacts(states["contact"], as_of)),
                        tuple(_places(states["place"])), tuple(clashes))

    def _measures(self, states: list[State], as_of: int, open_only: bool = False):
        found = [self._measure(s, as_of) for s in states]
        found = [m for m in found if m.is_open or not open_only]
        return sorted(found, key=lambda m: (m.opened_at, m.id))

    def _requests(self, states: list[State], as_of: int, pending_only: bool = False):
        found = [self._request(s, as_of) for s in states]
        found = [r for r in found if r.is_pending or not pending_only]
        return sorted(found, key=lambda r: (r.received_at, r.id))

    # -- single objects -------------------------------------------------------------------

    def measure(self, ref: str, *, now: datetime | None = None) -> Measure:
        return self._measure(self._one("measure", ref, resolve_measure), self._as_of(None, now))

    def request(self, ref: str, *, now: datetime | None = None) -> Request:
        return self._request(self._one("request", ref, resolve_request), self._as_of(None, now))

    def unit(self, callsign: str, *, now: datetime | None = None) -> Unit:
        state = self._one("unit", callsign, lambda conn, ref: fold(resolve_unit(conn, ref)))
        return _unit(state, self._as_of(None, now))

    def contact(self, ref: str, *, now: datetime | None = None) -> Contact:
        return _contact(self._one("contact", ref, resolve_contact), self._as_of(None, now))

    # -- history --------------------------------------------------------------------------

    def history(self, ref: str) -> list[HistoryEntry]:
        """Every record of one object (a measure, request or contact by id or prefix, a unit
        by call sign, a place by name), oldest first; edits that lost a conflict too."""
        with self.event.reading() as conn:
            obj_type, key = resolve_object(conn, ref)
            return self._history(conn, obj_type, key)

    def histories(self, obj_type: str) -> dict[str, list[HistoryEntry]]:
        """The history of every object of one type, by key (ids; folded call signs and
        place names), for reports: measure timelines, unit deployments."""
        with self.event.reading() as conn:
            return self._history(conn, obj_type, None)

    def _history(self, conn: Connection, obj_type: str, key: str | None):
        where = "l.type = :type" + (" AND l.key = :key" if key is not None else "")
        sql = (f"SELECT l.key AS object_key, r.* FROM state_log l JOIN records r "
               f"ON r.id = l.record_id WHERE {where} ORDER BY l.key, l.hlc, l.device_id")
        grouped: dict[str, list[HistoryEntry]] = {}
        for row in conn.execute(text(sql), {"type": obj_type, "key": key}):
            values = dict(row._mapping)
            grouped.setdefault(values.pop("object_key"), []).append(
                self._entry(obj_type, record_from_row(_Row(values))))
        return grouped.get(key, []) if key is not None else grouped

    def _entry(self, obj_type: str, record) -> HistoryEntry:
        change = dict(record.payload)
        if record.kind not in _FIRST_KINDS:
            change.pop(_REFERENCE[obj_type], None)
        sealed = change.pop("sealed", None) or {}
        unreadable = []
        for field, blob in sealed.items():
            opened = self.event.unseal(blob)
            if opened is UNREADABLE:
                unreadable.append(field)
                change[field] = None
            else:
                change.update(opened or {})
        return HistoryEntry(record.occurred_at, record.recorded_at, record.operator,
                            record.device_id, record.device_name, record.kind, record.id,
                            change, tuple(unreadable))

    # -- reading states -------------------------------------------------------------------

    def _as_of(self, at: datetime | None, now: datetime | None) -> int:
        return to_micros(at if at is not None else (now or now_utc()))

    def _states(self, obj_type: str, at: datetime | None, only: str | None = None) -> list:
        with self.event.reading() as conn:
            return self._read(conn, obj_type, at, only)

    def _read(self, conn: Connection, obj_type: str, at: datetime | None,
              only: str | None = None) -> list[State]:
        """The objects of one type that exist now or at `at`, as dicts with the keys of
        their state; `only` narrows the current ones in SQL (open measures, pending
        requests)."""
        if at is not None:
            return states_at(conn, obj_type, to_micros(at))
        sql = f"SELECT * FROM {_CURRENT[obj_type]}" + (_ONLY[only] if only else "")
        rows = _dicts(conn, sql)
        for row in rows:
            if "sealed" in row:
                row["sealed"] = json.loads(row["sealed"]) if row["sealed"] else {}
            if "confidential" in row:
                row["confidential"] = bool(row["confidential"])
        if obj_type == "measure":
            _attach_units(conn, rows, _ONLY[only] if only else "")
        return rows

    def _one(self, obj_type: str, ref: str, resolve) -> State:
        with self.event.reading() as conn:
            key = resolve(conn, ref)
            row = conn.execute(text("SELECT state FROM state_objects WHERE type = :type AND "
                                    "key = :key"), {"type": obj_type, "key": key}).one()
        return json.loads(row.state)

    def _opened(self, state: State, fields: tuple[str, ...]) -> tuple[dict, bool, tuple]:
        """The state's clear fields, with its sealed ones opened where this process can;
        whether any stayed sealed (no passphrase); and which the passphrase could not open
        (by the names of the JSON keys)."""
        values = {f: state[f] for f in fields}
        still_sealed, unreadable = False, []
        for name, blob in state["sealed"].items():
            opened = self.event.unseal(blob)
            if opened is UNREADABLE:
                unreadable.append(_JSON_NAMES.get(name, name))
            elif opened:
                values[name] = next(iter(opened.values()))
            else:
                still_sealed = True
        return values, still_sealed, tuple(sorted(unreadable))

    def _measure(self, s: State, as_of: int) -> Measure:
        values, sealed, unreadable = self._opened(s, ("title", "notes"))
        return Measure(
            id=s["id"], title=values["title"], type=s["type"], status=s["status"],
            category=s["category"], place=s["place"], priority=s["priority"],
            units=tuple(s["units"]), confidential=s["confidential"], request=s["request"],
            entry=s["entry"], opened_at=s["opened_at"], updated_at=s["updated_at"],
            closed_at=s["closed_at"], opened_by=s["opened_by"], notes=values["notes"],
            sealed=sealed, as_of=as_of, unreadable=unreadable)

    def _request(self, s: State, as_of: int) -> Request:
        values, sealed, unreadable = self._opened(s, ("text", "party", "decline_reason"))
        return Request(
            id=s["id"], text=values["text"], from_party=values["party"],
            confidential=s["confidential"],
            received_at=s["received_at"], received_by=s["received_by"],
            acknowledged_at=s["acknowledged_at"], acknowledged_by=s["acknowledged_by"],
            answered_at=s["answered_at"], declined_at=s["declined_at"],
            closed_at=s["closed_at"], status=s["status"], measure=s["measure"],
            decline_reason=values["decline_reason"], sealed=sealed, as_of=as_of,
            unreadable=unreadable)


class _Row:
    """A mapping dressed as a row, for `record_from_row`."""

    def __init__(self, values: dict) -> None:
        self._mapping = values


def _key(obj_type: str, state: State) -> str:
    if obj_type == "unit":
        return fold(state["callsign"])
    if obj_type == "place":
        return fold(state["name"])
    return state["id"]


def _dicts(conn: Connection, sql: str) -> list[dict]:
    """Rows as dicts, read through the driver's cursor (in the caller's transaction): a list
    of thousands of measures is read in a few milliseconds."""
    cursor = conn.connection.driver_connection.execute(sql)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def _attach_units(conn: Connection, measures: list[dict], where: str) -> None:
    assigned: dict[str, list[str]] = {}
    sql = "SELECT measure, callsign FROM measure_units"
    if where:
        sql += f" WHERE measure IN (SELECT id FROM measures{where})"
    for row in _dicts(conn, sql):
        assigned.setdefault(row["measure"], []).append(row["callsign"])
    for measure in measures:
        measure["units"] = sorted(assigned.get(measure["id"], ()), key=sort_key)


def _current_clashes(conn: Connection) -> list[Clash]:
    rows = conn.exec_driver_sql("SELECT rule, type, key, subject, records, standing FROM "
                                "clashes ORDER BY type, key, ordinal")
    return [Clash(rule=rule, type=obj_type, key=key, subject=subject,
                  records=tuple(json.loads(records)), standing=standing)
            for rule, obj_type, key, subject, records, standing in rows]


def _units(states: list[State], as_of: int, on_duty: bool = False) -> list[Unit]:
    found = [_unit(s, as_of) for s in states]
    found = [u for u in found if u.on_duty_now or not on_duty]
    return sorted(found, key=lambda u: sort_key(u.callsign))


def _contacts(states: list[State], as_of: int, on_duty: bool = False) -> list[Contact]:
    found = [_contact(s, as_of) for s in states]
    found = [c for c in found if c.on_duty_now or not on_duty]
    return sorted(found, key=lambda c: (sort_key(c.name), c.id))


def _places(states: list[State]) -> list[Place]:
    found = [Place(name=s["name"], kind=s["kind"], lat=s["lat"], lon=s["lon"])
             for s in states]
    return sorted(found, key=lambda p: sort_key(p.name))


def _clashes(states: dict[str, list[State]]) -> list[Clash]:
    from eventcenter.state.projection import clash_subject, listed_clashes

    found = []
    for obj_type, of_type in states.items():
        for state in of_type:
            key = _key(obj_type, state)
            subject = clash_subject(obj_type, key, state)
            found.extend(Clash(rule=c["rule"], type=obj_type, key=key, subject=subject,
                               records=tuple(c["records"]), standing=c["standing"])
                         for c in listed_clashes(state))
    return sorted(found, key=lambda c: (c.type, c.key))


def _unit(s: State, as_of: int) -> Unit:
    return Unit(callsign=s["callsign"], organisation=s["organisation"], type=s["type"],
                size=s["size"], status=s["status"], place=s["place"], on_duty=s["on_duty"],
                contact=s["contact"], moved_at=s["moved_at"], updated_at=s["updated_at"],
                as_of=as_of)


def _contact(s: State, as_of: int) -> Contact:
    return Contact(id=s["id"], name=s["name"], function=s["function"],
                   organisation=s["organisation"], phone=s["phone"], rakel=s["rakel"],
                   on_duty=s["on_duty"], updated_at=s["updated_at"], as_of=as_of)
