"""The shapes of the folded states: what `state/fold.py` builds from records, what the
projection stores (as JSON in `state_objects`, and as columns in the typed tables) and what
the queries turn into the model's values.

They are TypedDicts, not dataclasses, because a state is stored and compared as plain JSON:
the same records must give byte-equal states on every laptop. Each type's `initial_*`
builds its empty state by keyword, so a field added to a shape and forgotten in its initial
state is a type error rather than a KeyError in a fold step.
"""

from __future__ import annotations

from typing import TypedDict

# The statuses a measure and a unit can have, in the order they are offered and counted
# (here, with the shapes, so that the command line's help names them without loading the
# fold and the store).
MEASURE_STATUSES = ("planned", "ongoing", "done", "cancelled")
UNIT_STATUSES = ("available", "en-route", "on-site", "break", "off-duty")


class ClashState(TypedDict):
    rule: str
    records: list[str]
    standing: str


class MeasureState(TypedDict):
    exists: bool
    id: str | None
    title: str | None
    sealed: dict[str, str]
    type: str | None
    category: str | None
    place: str | None
    priority: int | None
    notes: str | None
    confidential: bool
    request: str | None
    entry: str | None
    status: str | None
    units: list[str]
    opened_at: int | None
    opened_by: str | None
    updated_at: int | None
    closed_at: int | None
    status_record: str | None
    clashes: list[ClashState]


class RequestState(TypedDict):
    exists: bool
    id: str | None
    text: str | None
    sealed: dict[str, str]
    party: str | None
    confidential: bool
    received_at: int | None
    received_by: str | None
    acknowledged_at: int | None
    acknowledged_by: str | None
    answered_at: int | None
    declined_at: int | None
    decline_reason: str | None
    closed_at: int | None
    closed_by: str | None
    status: str | None
    measure: str | None
    response: str | None
    acks: list[str]
    responses: list[str]
    updated_at: int | None
    clashes: list[ClashState]


class UnitState(TypedDict):
    exists: bool
    callsign: str | None
    organisation: str | None
    type: str | None
    size: int | None
    on_duty: str | None
    contact: str | None
    status: str | None
    place: str | None
    moved_at: int | None
    updated_at: int | None
    hlc: str | None
    adds: list[str]
    clashes: list[ClashState]


class ContactState(TypedDict):
    exists: bool
    id: str | None
    name: str | None
    function: str | None
    organisation: str | None
    phone: str | None
    rakel: str | None
    on_duty: str | None
    updated_at: int | None
    clashes: list[ClashState]


class PlaceState(TypedDict):
    exists: bool
    name: str | None
    kind: str | None
    lat: float | None
    lon: float | None
    hlc: str | None
    updated_at: int | None
    adds: list[str]
    clashes: list[ClashState]


State = MeasureState | RequestState | UnitState | ContactState | PlaceState


def initial_measure() -> MeasureState:
    return MeasureState(
        exists=False, id=None, title=None, sealed={}, type=None, category=None, place=None,
        priority=None, notes=None, confidential=False, request=None, entry=None, status=None,
        units=[], opened_at=None, opened_by=None, updated_at=None, closed_at=None,
        status_record=None, clashes=[])


def initial_request() -> RequestState:
    return RequestState(
        exists=False, id=None, text=None, sealed={}, party=None, confidential=False,
        received_at=None, received_by=None, acknowledged_at=None, acknowledged_by=None,
        answered_at=None, declined_at=None, decline_reason=None, closed_at=None,
        closed_by=None, status=None, measure=None, response=None, acks=[], responses=[],
        updated_at=None, clashes=[])


def initial_unit() -> UnitState:
    return UnitState(
        exists=False, callsign=None, organisation=None, type=None, size=None, on_duty=None,
        contact=None, status=None, place=None, moved_at=None, updated_at=None, hlc=None,
        adds=[], clashes=[])


def initial_contact() -> ContactState:
    return ContactState(
        exists=False, id=None, name=None, function=None, organisation=None, phone=None,
        rakel=None, on_duty=None, updated_at=None, clashes=[])


def initial_place() -> PlaceState:
    return PlaceState(exists=False, name=None, kind=None, lat=None, lon=None, hlc=None,
                      updated_at=None, adds=[], clashes=[])


INITIAL = {"measure": initial_measure, "request": initial_request, "unit": initial_unit,
           "contact": initial_contact, "place": initial_place}
