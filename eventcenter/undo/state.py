"""Undo for the working state: each action taken back by a compensating record that names
the record it undoes (`undoes`), never by deleting (see `undo/actions.py`).

- a measure opened is cancelled; a status change or a reopening goes back to the status
  before; a unit assigned is taken off again, and the other way round;
- a unit moved goes back to the status and place it had before the move, if it is still
  where that move put it;
- a request received is closed; a contact edited gets its earlier values back.

An action that something later has overtaken (the measure's status was changed again since,
the unit moved again) is refused with `undo_overtaken`, and so are actions without a
sensible compensation (an acknowledgement, an answer: `cannot_undo`), so the operator
corrects them by hand instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventcenter.errors import UserError
from eventcenter.kinds import SEALED, Kind
from eventcenter.state.fold import CLOSED, CONTACT_FIELDS, DEFAULT_UNIT_STATUS
from eventcenter.state.positions import unit_positions
from eventcenter.store.records import Draft
from eventcenter.store.sealing import seal_apart
from eventcenter.undo.target import REASON, Undoer, UndoTarget

if TYPE_CHECKING:
    from eventcenter.event_file import EventFile


def _measure(event: EventFile, measure_id: str):
    return event.read.state.measure(measure_id)


def _status_back(event: EventFile, measure_id: str, expected: str | None, status: str,
                 target: UndoTarget, operator: str) -> list[Draft]:
    measure = _measure(event, measure_id)
    if expected is not None and measure.status != expected:
        raise UserError("undo_overtaken")
    payload = {"measure": measure_id, "status": status, "from": measure.status,
               "comment": REASON}
    if measure.confidential:
        payload = seal_apart(event.public_key, payload,
                             SEALED[Kind.MEASURE_STATUS_CHANGED])
    payload["undoes"] = target.record_id
    return [Draft(Kind.MEASURE_STATUS_CHANGED, payload, operator)]


def undo_measure_opened(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    if _measure(event, target.record_id).status in CLOSED:
        raise UserError("undo_overtaken")
    return _status_back(event, target.record_id, None, "cancelled", target, operator)


def undo_measure_status(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    p = target.payload
    return _status_back(event, p["measure"], p["status"], p["from"], target, operator)


def undo_measure_reopened(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    p = target.payload
    return _status_back(event, p["measure"], "ongoing", p["from"], target, operator)


def _undo_assignment(kind: str, present: bool):
    def undoer(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
        p = target.payload
        if (p["unit"] in _measure(event, p["measure"]).units) != present:
            raise UserError("undo_overtaken")
        return [Draft(kind, {"measure": p["measure"], "unit": p["unit"],
                             "undoes": target.record_id}, operator)]

    return undoer


def undo_unit_moved(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    """Back to the status and place before the move (only the fields the move set)."""
    p = target.payload
    unit = event.read.state.unit(p["callsign"])
    if ("status" in p and unit.status != p["status"]) or \
            ("place" in p and unit.place != p["place"]):
        raise UserError("undo_overtaken")
    positions = unit_positions(event, p["callsign"])
    index = next(i for i, pos in enumerate(positions) if pos.record == target.record_id)
    before = positions[index - 1] if index else None
    status = before.status if before else DEFAULT_UNIT_STATUS
    place = before.place if before else None
    payload = {"callsign": p["callsign"], "undoes": target.record_id}
    if "status" in p:
        payload["status"] = status
    if "place" in p:
        payload["place"] = place
    return [Draft(Kind.UNIT_MOVED, payload, operator)]


def undo_request_received(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    request = event.read.state.request(target.record_id)
    if request.status == "closed":
        raise UserError("undo_overtaken")
    payload = {"request": target.record_id, "comment": REASON}
    if request.confidential:
        payload = seal_apart(event.public_key, payload, SEALED[Kind.REQUEST_CLOSED])
    payload["undoes"] = target.record_id
    return [Draft(Kind.REQUEST_CLOSED, payload, operator)]


def undo_contact_edited(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    """The values the edited fields had before the edit."""
    contact_id = target.payload["contact"]
    before: dict = {}
    for entry in event.read.state.history(contact_id):
        if entry.record == target.record_id:
            break
        before.update({f: v for f, v in entry.change.items() if f in CONTACT_FIELDS})
    changed = [f for f in CONTACT_FIELDS if f in target.payload]
    payload = {"contact": contact_id, **{f: before.get(f) for f in changed},
               "undoes": target.record_id}
    return [Draft(Kind.CONTACT_EDITED, payload, operator)]


STATE_UNDOERS: dict[str, Undoer] = {
    Kind.MEASURE_OPENED: undo_measure_opened,
    Kind.MEASURE_STATUS_CHANGED: undo_measure_status,
    Kind.MEASURE_REOPENED: undo_measure_reopened,
    Kind.MEASURE_ASSIGNED: _undo_assignment(Kind.MEASURE_UNASSIGNED, present=True),
    Kind.MEASURE_UNASSIGNED: _undo_assignment(Kind.MEASURE_ASSIGNED, present=False),
    Kind.UNIT_MOVED: undo_unit_moved,
    Kind.REQUEST_RECEIVED: undo_request_received,
    Kind.CONTACT_EDITED: undo_contact_edited,
}
