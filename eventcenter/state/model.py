"""What the working state's queries return: small immutable values, each with `to_json()`
giving the keys of the command line's `--json` (a public interface).

Times are UTC microseconds, as stored; `to_json` prints them as ISO 8601 with the Swedish
offset. Derived durations (a measure's age, a request's waiting time) are measured to `as_of`:
the moment the state was read for (now, or the past moment asked for). A confidential field
that this process cannot open is None, and `sealed` is true; one that the passphrase cannot
open (damaged, or sealed to another key) is None and named in `unreadable` (by its JSON key).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from eventcenter.history import HistoryEntry as HistoryEntry  # where reports read it
from eventcenter.state.fold import OPEN
from eventcenter.timefmt import OnDuty, from_micros, iso_local


def _iso(micros: int | None) -> str | None:
    return None if micros is None else iso_local(micros)


def _seconds(start: int | None, end: int | None) -> int | None:
    if start is None or end is None:
        return None
    return (end - start) // 1_000_000


def _unreadable(fields: tuple[str, ...]) -> dict[str, list[str]]:
    """The `unreadable` key, given only when a sealed field could not be opened."""
    return {"unreadable": list(fields)} if fields else {}


def on_duty_at(hours: str | None, moment: int | datetime) -> bool:
    """Whether `HH:MM-HH:MM` hours (Swedish local time) cover a moment; no hours: no."""
    if not hours:
        return False
    when = from_micros(moment) if isinstance(moment, int) else moment
    return OnDuty.parse(hours).covers(when)


@dataclass(frozen=True)
class Measure:
    id: str
    title: str | None
    type: str | None
    status: str
    category: str | None
    place: str | None
    priority: int | None
    units: tuple[str, ...]
    confidential: bool
    request: str | None
    entry: str | None
    opened_at: int
    updated_at: int
    closed_at: int | None
    opened_by: str | None
    notes: str | None
    sealed: bool
    as_of: int
    unreadable: tuple[str, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    @property
    def age_seconds(self) -> int:
        return _seconds(self.opened_at, self.as_of)

    @property
    def since_update_seconds(self) -> int:
        return _seconds(self.updated_at, self.as_of)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "type": self.type, "status": self.status,
            "category": self.category, "place": self.place, "priority": self.priority,
            "units": list(self.units), "confidential": self.confidential,
            "request": self.request, "entry": self.entry, "opened_at": _iso(self.opened_at),
            "updated_at": _iso(self.updated_at), "closed_at": _iso(self.closed_at),
            "opened_by": self.opened_by, "notes": self.notes,
            "age_seconds": self.age_seconds, "since_update_seconds": self.since_update_seconds,
            **_unreadable(self.unreadable),
        }


@dataclass(frozen=True)
class Request:
    id: str
    text: str | None
    from_party: str | None  # None while sealed
    confidential: bool
    received_at: int
    received_by: str | None
    acknowledged_at: int | None
    acknowledged_by: str | None
    answered_at: int | None
    declined_at: int | None
    closed_at: int | None
    status: str
    measure: str | None
    decline_reason: str | None
    sealed: bool
    as_of: int
    unreadable: tuple[str, ...] = ()

    @property
    def is_pending(self) -> bool:
        """Not yet answered, declined or closed: someone is waiting."""
        return self.status in ("pending", "acknowledged")

    @property
    def waiting_seconds(self) -> int | None:
        """How long the asker has waited so far (None once answered, declined or closed)."""
        return _seconds(self.received_at, self.as_of) if self.is_pending else None

    @property
    def acknowledge_seconds(self) -> int | None:
        return _seconds(self.received_at, self.acknowledged_at)

    @property
    def response_seconds(self) -> int | None:
        """Received to answered or declined."""
        return _seconds(self.received_at, self.answered_at or self.declined_at)

    @property
    def close_seconds(self) -> int | None:
        return _seconds(self.received_at, self.closed_at)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "text": self.text, "from": self.from_party,
            "confidential": self.confidential, "received_at": _iso(self.received_at),
            "acknowledged_at": _iso(self.acknowledged_at),
            "answered_at": _iso(self.answered_at), "closed_at": _iso(self.closed_at),
            "status": self.status, "measure": self.measure,
            "decline_reason": self.decline_reason, "declined_at": _iso(self.declined_at),
            "received_by": self.received_by, "acknowledged_by": self.acknowledged_by,
            "waiting_seconds": self.waiting_seconds,
            "acknowledge_seconds": self.acknowledge_seconds,
            "response_seconds": self.response_seconds, "close_seconds": self.close_seconds,
            **_unreadable(self.unreadable),
        }


@dataclass(frozen=True)
class Unit:
    callsign: str
    organisation: str | None
    type: str | None
    size: int | None
    status: str
    place: str | None
    on_duty: str | None
    contact: str | None
    moved_at: int | None
    updated_at: int | None
    as_of: int

    @property
    def on_duty_now(self) -> bool:
        """On duty at `as_of`: within its hours and not off duty."""
        return self.status != "off-duty" and on_duty_at(self.on_duty, self.as_of)

    def to_json(self) -> dict[str, Any]:
        return {
            "callsign": self.callsign, "organisation": self.organisation, "size": self.size,
            "status": self.status, "place": self.place, "on_duty": self.on_duty,
            "type": self.type, "contact": self.contact, "moved_at": _iso(self.moved_at),
            "on_duty_now": self.on_duty_now,
        }


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    function: str | None
    organisation: str | None
    phone: str | None
    rakel: str | None
    on_duty: str | None
    updated_at: int | None
    as_of: int

    @property
    def on_duty_now(self) -> bool:
        return on_duty_at(self.on_duty, self.as_of)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "function": self.function,
            "organisation": self.organisation, "phone": self.phone, "rakel": self.rakel,
            "on_duty": self.on_duty, "on_duty_now": self.on_duty_now,
        }


@dataclass(frozen=True)
class Place:
    name: str
    kind: str | None
    lat: float | None
    lon: float | None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class Clash:
    """Records that broke a rule no laptop could enforce offline. `standing` is the record
    the rule let stand; the others are kept, and change nothing."""

    rule: str  # duplicate_callsign, duplicate_place, double_acknowledgement, …
    type: str  # unit, place, request, measure
    key: str
    subject: str  # what people call the object: a call sign, a place, an id
    records: tuple[str, ...]
    standing: str

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "type": self.type, "object": self.subject,
                "records": list(self.records), "standing": self.standing}


@dataclass(frozen=True)
class Snapshot:
    """The whole working state at one moment, read in one go."""

    at: int
    measures: tuple[Measure, ...]
    requests: tuple[Request, ...]
    units: tuple[Unit, ...]
    contacts: tuple[Contact, ...]
    places: tuple[Place, ...]
    clashes: tuple[Clash, ...]

    def to_json(self) -> dict[str, Any]:
        return {"at": _iso(self.at),
                **{name: [item.to_json() for item in getattr(self, name)]
                   for name in ("measures", "requests", "units", "contacts", "places",
                                "clashes")}}
