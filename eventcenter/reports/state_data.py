"""The working state as the debrief prints it, read through `event.read.state` (the same API the
window uses): measures with their status history, requests, units with their moves,
contacts; in the public version without the confidential measures and requests (only their
number is kept, to say that they existed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from eventcenter.event_file import EventFile
from eventcenter.kinds import Kind
from eventcenter.reports import catalogue_names
from eventcenter.state.model import Contact, HistoryEntry, Measure, Request, Unit
from eventcenter.swedish import fold


@dataclass
class StateMaterial:
    measures: list[Measure] = field(default_factory=list)
    hidden_measures: int = 0
    measure_history: dict[str, list[HistoryEntry]] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    hidden_requests: int = 0
    units: list[Unit] = field(default_factory=list)
    unit_history: dict[str, list[HistoryEntry]] = field(default_factory=dict)
    contacts: list[Contact] = field(default_factory=list)
    organisations: dict[str, str] = field(default_factory=dict)
    measure_types: dict[str, str] = field(default_factory=dict)
    functions: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, event: EventFile, public: bool, now: datetime,
             at: datetime | None = None) -> StateMaterial:
        state = event.read.state
        measures = state.measures(at=at, now=now)
        requests = state.requests(at=at, now=now)
        shown_measures = [m for m in measures if not (public and m.confidential)]
        shown_requests = [r for r in requests if not (public and r.confidential)]
        history = state.histories("measure") if at is None else {}
        return cls(
            measures=shown_measures, hidden_measures=len(measures) - len(shown_measures),
            measure_history={m.id: history.get(m.id, []) for m in shown_measures},
            requests=shown_requests, hidden_requests=len(requests) - len(shown_requests),
            units=state.units(at=at, now=now),
            unit_history=state.histories("unit") if at is None else {},
            contacts=state.contacts(at=at, now=now),
            organisations=catalogue_names.organisations(event),
            measure_types=catalogue_names.measure_types(event),
            functions=catalogue_names.contact_functions(event))

    def moves(self, unit: Unit) -> list[HistoryEntry]:
        """A unit's moves (status and place changes), oldest first."""
        return [h for h in self.unit_history.get(fold(unit.callsign), [])
                if h.kind == Kind.UNIT_MOVED]

    def span(self) -> tuple[int, int] | None:
        """From the first to the last moment anything in the working state happened."""
        moments = [m.opened_at for m in self.measures]
        moments += [t for m in self.measures for t in (m.updated_at, m.closed_at) if t]
        moments += [t for r in self.requests for t in (r.received_at, r.acknowledged_at,
                                                       r.answered_at, r.declined_at,
                                                       r.closed_at) if t]
        moments += [h.at for moves in self.unit_history.values() for h in moves
                    if h.kind == Kind.UNIT_MOVED]
        return (min(moments), max(moments)) if moments else None
