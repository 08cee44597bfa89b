"""Where a unit has been: its status and place after each move, from its history.

Read from the unit's records (`event.read.state.history`), so a move made on another laptop, or
one that lost a conflict, is shown where it happened. `at` cuts the list at a past moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from eventcenter.kinds import Kind
from eventcenter.state.fold import DEFAULT_UNIT_STATUS
from eventcenter.timefmt import to_micros


@dataclass(frozen=True)
class Position:
    """A unit's status and place from `at` (UTC microseconds) on, and who recorded it."""

    at: int
    status: str
    place: str | None
    operator: str
    kind: str  # unit.added or unit.moved
    record: str


def unit_positions(event, callsign: str, *, at: datetime | None = None) -> list[Position]:
    """The unit's positions, oldest first (the first is where it was added)."""
    until = None if at is None else to_micros(at)
    status, place = DEFAULT_UNIT_STATUS, None
    found: list[Position] = []
    for entry in event.read.state.history(callsign):
        if until is not None and entry.at > until:
            break
        if entry.kind not in (Kind.UNIT_ADDED, Kind.UNIT_MOVED):
            continue
        status = entry.change.get("status", status) or status
        place = entry.change.get("place", place)
        found.append(Position(entry.at, status, place, entry.operator, entry.kind,
                              entry.record))
    return found
