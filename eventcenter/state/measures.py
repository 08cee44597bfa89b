"""Measures (insatser): opened, assigned units, moved through their life cycle, edited.

Life cycle: planned → ongoing → done or cancelled; planned → done or cancelled directly; a
done or cancelled measure is reopened to ongoing only with a reason. A measure's id is the id
of the record that opened it. A confidential measure's title, notes, comments and reasons are
sealed (`kinds.SEALED`); a measure opened from a confidential entry or request is confidential.

Record kinds and payloads (the measure's id is `measure` in all but the first):
    measure.opened          title, type, category, place, priority, units, notes,
                            confidential, status, entry, request
    measure.status_changed  measure, status, from, comment
    measure.reopened        measure, from, reason
    measure.assigned        measure, unit
    measure.unassigned      measure, unit
    measure.edited          measure, and the fields changed (None clears one)
"""

from __future__ import annotations

from datetime import datetime
from sqlite3 import Connection
from typing import Any, NamedTuple

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.kinds import Kind
from eventcenter.lookup import (
    resolve_category,
    resolve_entry,
    resolve_measure,
    resolve_measure_type,
    resolve_place,
    resolve_request,
    resolve_unit,
)
from eventcenter.state.fold import CLOSED, MEASURE_STATUSES, OPEN
from eventcenter.state.ops import KEEP, StateOps, check_line, choose, compact
from eventcenter.store import sql
from eventcenter.validation import check_text

PRIORITIES = (1, 2, 3)
ALLOWED = {"planned": ("ongoing", "done", "cancelled"), "ongoing": ("done", "cancelled"),
           "done": (), "cancelled": ()}




def check_priority(value: int | str | None) -> int | None:
    if value is None:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise UserError("bad_priority", value=value) from None
    if number not in PRIORITIES:
        raise UserError("bad_priority", value=value)
    return number


class _Current(NamedTuple):
    status: str
    confidential: int


def _current(conn: Any, measure_id: str) -> _Current:
    return _Current(*sql.first(conn, "SELECT status, confidential FROM measures WHERE id = ?",
                               (measure_id,)))


def _units(conn: Any, measure_id: str) -> set[str]:
    return set(sql.column(conn, "SELECT callsign FROM measure_units WHERE measure = ?",
                          (measure_id,)))


class Measures(StateOps):
    """Writing the measures of one open event file (`event.measures`)."""

    def open(self, title: str, *, operator: str | None, type: str | None = None,
             category: str | None = None, place: str | None = None,
             priority: int | None = None, units: tuple[str, ...] | list[str] = (),
             notes: str | None = None, confidential: bool = False, status: str = "planned",
             from_entry: str | None = None, from_request: str | None = None,
             occurred_at: datetime | None = None, now: datetime | None = None,
             measure_id: str | None = None) -> Changes:
        """Open a measure (planned, or ongoing at once); `changes.id` is its id."""
        check_line(title, "empty_title")
        check_text(notes, required=False)
        status = choose(status, OPEN)
        priority = check_priority(priority)
        if from_entry and from_request:
            raise UserError("two_sources")

        def make(conn: Connection) -> dict:
            secret = confidential
            entry = request = None
            if from_entry:
                entry, from_secret = resolve_entry(conn, from_entry)
                secret = secret or from_secret
            if from_request:
                request = resolve_request(conn, from_request)
                secret = secret or bool(sql.scalar(
                    conn, "SELECT confidential FROM requests WHERE id = ?", (request,)))
            assigned = sorted({resolve_unit(conn, u) for u in units})
            payload = compact({
                "title": title.strip(), "type": type and resolve_measure_type(conn, type),
                "category": category and resolve_category(conn, category),
                "place": place and resolve_place(conn, place), "priority": priority,
                "notes": notes, "confidential": secret, "status": status, "entry": entry,
                "request": request, "units": assigned or None})
            return self._sealed_if(secret, payload, Kind.MEASURE_OPENED)

        return self._write(Kind.MEASURE_OPENED, operator, make, occurred_at=occurred_at,
                           now=now, record_id=measure_id)

    def set_status(self, ref: str, status: str, *, operator: str | None,
                   comment: str | None = None, occurred_at: datetime | None = None,
                   now: datetime | None = None) -> Changes:
        """Move a measure along its life cycle (reopening needs `reopen`)."""
        status = choose(status, MEASURE_STATUSES)
        check_text(comment, required=False)

        def make(conn: Connection) -> dict:
            measure_id = resolve_measure(conn, ref)
            current = _current(conn, measure_id)
            if status == current.status:
                raise UserError("same_status", current=status)
            if current.status in CLOSED and status == "ongoing":
                raise UserError("reopen_needed", current=current.status)
            if status not in ALLOWED[current.status]:
                raise UserError("bad_transition", current=current.status, wanted=status)
            payload = compact({"measure": measure_id, "status": status,
                               "from": current.status, "comment": comment})
            return self._sealed_if(current.confidential, payload, Kind.MEASURE_STATUS_CHANGED)

        return self._write(Kind.MEASURE_STATUS_CHANGED, operator, make, occurred_at=occurred_at,
                           now=now)

    def reopen(self, ref: str, *, reason: str, operator: str | None,
               occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Make a done or cancelled measure ongoing again; the reason is required."""
        if reason is None or not reason.strip():
            raise UserError("reopen_reason_needed")
        check_text(reason)

        def make(conn: Connection) -> dict:
            measure_id = resolve_measure(conn, ref)
            current = _current(conn, measure_id)
            if current.status not in CLOSED:
                raise UserError("not_closed", current=current.status)
            payload = {"measure": measure_id, "from": current.status, "reason": reason}
            return self._sealed_if(current.confidential, payload, Kind.MEASURE_REOPENED)

        return self._write(Kind.MEASURE_REOPENED, operator, make, occurred_at=occurred_at,
                           now=now)

    def assign(self, ref: str, callsign: str, *, operator: str | None,
               occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Assign a unit (by call sign) to a measure."""
        def make(conn: Connection) -> dict:
            measure_id = resolve_measure(conn, ref)
            unit = resolve_unit(conn, callsign)
            if unit in _units(conn, measure_id):
                raise UserError("already_assigned", unit=unit)
            return {"measure": measure_id, "unit": unit}

        return self._write(Kind.MEASURE_ASSIGNED, operator, make, occurred_at=occurred_at,
                           now=now)

    def unassign(self, ref: str, callsign: str, *, operator: str | None,
                 occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Take a unit off a measure."""
        def make(conn: Connection) -> dict:
            measure_id = resolve_measure(conn, ref)
            unit = resolve_unit(conn, callsign)
            if unit not in _units(conn, measure_id):
                raise UserError("not_assigned", unit=unit)
            return {"measure": measure_id, "unit": unit}

        return self._write(Kind.MEASURE_UNASSIGNED, operator, make, occurred_at=occurred_at,
                           now=now)

    def edit(self, ref: str, *, operator: str | None, title=KEEP, type=KEEP, category=KEEP,
             place=KEEP, priority=KEEP, notes=KEEP, occurred_at: datetime | None = None,
             now: datetime | None = None) -> Changes:
        """Change a measure's fields; an option left out keeps its value, None (or an empty
        string) clears it (the title cannot be cleared)."""
        given = {k: v for k, v in {"title": title, "type": type, "category": category,
                                   "place": place, "priority": priority,
                                   "notes": notes}.items() if v is not KEEP}
        if not given:
            raise UserError("nothing_to_change")
        if "title" in given:
            given["title"] = check_line(given["title"], "empty_title")
        if "notes" in given:
            given["notes"] = check_text(given["notes"], required=False)
        if "priority" in given:
            given["priority"] = check_priority(given["priority"] or None)

        def make(conn: Connection) -> dict:
            measure_id = resolve_measure(conn, ref)
            resolvers = {"type": resolve_measure_type, "category": resolve_category,
                         "place": resolve_place}
            payload = {"measure": measure_id}
            for field, value in given.items():
                if field in resolvers:
                    value = resolvers[field](conn, value) if value else None
                payload[field] = value
            confidential = _current(conn, measure_id).confidential
            return self._sealed_if(confidential, payload, Kind.MEASURE_EDITED)

        return self._write(Kind.MEASURE_EDITED, operator, make, occurred_at=occurred_at,
                           now=now)
