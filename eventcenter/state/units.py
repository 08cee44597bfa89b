"""Units (enheter): teams or people in the field, with a call sign, organisation, head count,
contact and hours on duty; their status and place over the night.

Statuses: available, en-route, on-site, break, off-duty (a new unit is available). A call
sign is unique: adding one that exists is refused on this laptop; two laptops adding the same
call sign offline is a clash (the earlier add stands, see `state/fold.py`).

Record kinds and payloads (all carry `callsign`):
    unit.added   callsign, organisation, type, size, on_duty, contact
    unit.moved   callsign, status and/or place (None: at no known place)
    unit.edited  callsign, and the fields changed (None clears one)
"""

from __future__ import annotations

from datetime import datetime
from sqlite3 import Connection

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.kinds import Kind
from eventcenter.lookup import resolve_organisation, resolve_place, resolve_unit, resolve_unit_type
from eventcenter.state.fold import UNIT_STATUSES
from eventcenter.state.ops import KEEP, StateOps, check_line, check_on_duty, choose, compact
from eventcenter.store import sql
from eventcenter.swedish import fold

MAX_CALLSIGN = 20
MAX_SIZE = 999


def check_callsign(callsign: str | None) -> str:
    """One word of at most MAX_CALLSIGN characters, like TV3."""
    name = (callsign or "").strip()
    if not name or len(name) > MAX_CALLSIGN or any(c.isspace() for c in name):
        raise UserError("bad_callsign", name=callsign, limit=MAX_CALLSIGN)
    check_line(name, "control_characters")
    return name


def check_size(value: int | str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        size = int(value)
    except (TypeError, ValueError):
        raise UserError("bad_size", value=value) from None
    if not 1 <= size <= MAX_SIZE:
        raise UserError("bad_size", value=value)
    return size


def unit_status(word: str) -> str:
    return choose(word, UNIT_STATUSES)


class Units(StateOps):
    """Writing the units of one open event file (`event.units`)."""

    def add(self, callsign: str, *, organisation: str, operator: str | None,
            type: str | None = None, size: int | None = None, on_duty: str | None = None,
            contact: str | None = None, occurred_at: datetime | None = None,
            now: datetime | None = None) -> Changes:
        """Add a unit; its call sign must be new on this laptop."""
        callsign = check_callsign(callsign)
        hours, size = check_on_duty(on_duty), check_size(size)
        contact = check_line(contact, "empty_text", required=False)

        def make(conn: Connection) -> dict:
            taken = sql.scalar(conn, "SELECT callsign FROM units WHERE folded = ?",
                               (fold(callsign),))
            if taken:
                raise UserError("duplicate_callsign", name=taken)
            return compact({
                "callsign": callsign, "organisation": resolve_organisation(conn, organisation),
                "type": type and resolve_unit_type(conn, type), "size": size,
                "on_duty": hours, "contact": contact})

        return self._write(Kind.UNIT_ADDED, operator, make, occurred_at=occurred_at, now=now)

    def move(self, callsign: str, *, operator: str | None, status: str | None = None,
             place=KEEP, occurred_at: datetime | None = None,
             now: datetime | None = None) -> Changes:
        """A new status and/or place for a unit (place None: at no known place)."""
        if status is None and place is KEEP:
            raise UserError("nothing_to_change")
        status = status and unit_status(status)

        def make(conn: Connection) -> dict:
            payload = compact({"callsign": resolve_unit(conn, callsign), "status": status})
            if place is not KEEP:
                payload["place"] = resolve_place(conn, place) if place else None
            return payload

        return self._write(Kind.UNIT_MOVED, operator, make, occurred_at=occurred_at, now=now)

    def edit(self, callsign: str, *, operator: str | None, organisation=KEEP, type=KEEP,
             size=KEEP, on_duty=KEEP, contact=KEEP,
             occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Change a unit's details; an option left out keeps its value, None clears it."""
        given = {k: v for k, v in {"organisation": organisation, "type": type, "size": size,
                                   "on_duty": on_duty, "contact": contact}.items()
                 if v is not KEEP}
        if not given:
            raise UserError("nothing_to_change")
        if "size" in given:
            given["size"] = check_size(given["size"])
        if "on_duty" in given:
            given["on_duty"] = check_on_duty(given["on_duty"])
        if "contact" in given:
            given["contact"] = check_line(given["contact"], "empty_text", required=False)
        if given.get("organisation") is None and "organisation" in given:
            raise UserError("empty_organisation")

        def make(conn: Connection) -> dict:
            payload = {"callsign": resolve_unit(conn, callsign), **given}
            if "organisation" in given:
                payload["organisation"] = resolve_organisation(conn, given["organisation"])
            if given.get("type"):
                payload["type"] = resolve_unit_type(conn, given["type"])
            return payload

        return self._write(Kind.UNIT_EDITED, operator, make, occurred_at=occurred_at, now=now)
