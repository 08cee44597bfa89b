"""What needs a look now: the items of the window's attention column and the counts of its
dashboard, as codes and data (the window words them).

- a request nobody has acknowledged (`unacknowledged_request`): a warning at once, an alert
  after the event's `unacknowledged_request_minutes` (5 by default);
- a request acknowledged but not answered after `unanswered_request_minutes` (15);
- an open measure with no update for the event's `stale_measure_minutes` (`stale_measure`);
- a clash that sync brought together (`clash`), for a person to resolve.

Everything is read for a moment (`at`; None: now) so a past state shows what needed
attention then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from eventcenter.state.fold import MEASURE_STATUSES, REQUEST_STATUSES, UNIT_STATUSES
from eventcenter.state.model import Clash, Measure, Request

DEFAULT_STALE_MINUTES = 20
DEFAULT_ACK_MINUTES = 5
DEFAULT_ANSWER_MINUTES = 15
LEVELS = ("alert", "warn", "info")


def _minutes_meta(event, key: str, default: int) -> int:
    try:
        value = int(event.meta(key) or default)
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default


def stale_minutes(event) -> int:
    """Minutes without an update after which an open measure is highlighted."""
    return _minutes_meta(event, "stale_measure_minutes", DEFAULT_STALE_MINUTES)


def acknowledge_minutes(event) -> int:
    return _minutes_meta(event, "unacknowledged_request_minutes", DEFAULT_ACK_MINUTES)


def answer_minutes(event) -> int:
    return _minutes_meta(event, "unanswered_request_minutes", DEFAULT_ANSWER_MINUTES)


def is_stale(measure: Measure, minutes: int) -> bool:
    """An open measure nobody has updated for `minutes`."""
    return measure.is_open and measure.since_update_seconds >= minutes * 60


def waiting_minutes(request: Request) -> int:
    return (request.waiting_seconds or 0) // 60


@dataclass(frozen=True)
class Concern:
    """One thing that needs a look: `code` says what, `ref` which object (an id, or a call
    sign), `title` what it is called (None when it is sealed), `minutes` how long."""

    code: str  # unacknowledged_request, unanswered_request, stale_measure, clash
    level: str  # alert, warn
    ref: str
    title: str | None
    minutes: int = 0
    detail: dict = field(default_factory=dict)


def request_concerns(requests: list[Request], ack: int, answer: int) -> list[Concern]:
    found = []
    for r in requests:
        if not r.is_pending:
            continue
        waited = waiting_minutes(r)
        if r.acknowledged_at is None:
            found.append(Concern("unacknowledged_request", "alert" if waited >= ack else "warn",
                                 r.id, r.text, waited, _request_detail(r)))
        elif waited >= answer:
            found.append(Concern("unanswered_request", "warn", r.id, r.text, waited,
                                 _request_detail(r)))
    return found


def _request_detail(r: Request) -> dict:
    """`from` is None while sealed; `unreadable` names what the passphrase cannot open."""
    return {"from": r.from_party, "sealed": r.sealed, "unreadable": r.unreadable}


def measure_concerns(measures: list[Measure], stale: int) -> list[Concern]:
    return [Concern("stale_measure", "warn", m.id, m.title, m.since_update_seconds // 60,
                    {"status": m.status, "place": m.place, "sealed": m.sealed,
                     "unreadable": m.unreadable})
            for m in measures if is_stale(m, stale)]


def clash_concerns(clashes: list[Clash]) -> list[Concern]:
    return [Concern("clash", "warn", c.key, c.subject, 0,
                    {"rule": c.rule, "type": c.type, "records": len(c.records)})
            for c in clashes]


def concerns(event, *, at: datetime | None = None, now: datetime | None = None
             ) -> list[Concern]:
    """Everything that needs a look at a moment: alerts first, the longest waiting first."""
    state = event.read.state
    found = (request_concerns(state.pending_requests(at=at, now=now), acknowledge_minutes(event),
                              answer_minutes(event))
             + measure_concerns(state.open_measures(at=at, now=now), stale_minutes(event))
             + clash_concerns(state.clashes(at=at)))
    return sorted(found, key=lambda c: (LEVELS.index(c.level), -c.minutes))


@dataclass(frozen=True)
class Overview:
    """The dashboard's counts at one moment."""

    measures: dict[str, int]  # status → count
    requests: dict[str, int]  # status → count
    units: dict[str, int]  # status → count
    units_on_duty: int
    contacts_on_duty: int
    stale_measures: int
    clashes: int

    @property
    def open_measures(self) -> int:
        return self.measures["planned"] + self.measures["ongoing"]

    @property
    def pending_requests(self) -> int:
        return self.requests["pending"] + self.requests["acknowledged"]


def overview(event, *, at: datetime | None = None, now: datetime | None = None) -> Overview:
    """The counts at a moment; for now they are counted in SQL over the current tables
    (the window's attention column asks often, and an event may hold thousands of
    measures), for a past moment from the state at that moment."""
    state = event.read.state
    stale = stale_minutes(event)
    units = state.units(at=at, now=now)
    if at is None:
        measures, requests, unit_counts = _counts_now(event)
        stale_count = sum(1 for m in state.open_measures(now=now) if is_stale(m, stale))
    else:
        found = state.measures(at=at, now=now)
        measures = _count(MEASURE_STATUSES, (m.status for m in found))
        requests = _count(REQUEST_STATUSES, (r.status for r in state.requests(at=at, now=now)))
        unit_counts = _count(UNIT_STATUSES, (u.status for u in units))
        stale_count = sum(1 for m in found if is_stale(m, stale))
    return Overview(measures, requests, unit_counts, sum(1 for u in units if u.on_duty_now),
                    len(state.contacts(at=at, now=now, on_duty=True)), stale_count,
                    len(state.clashes(at=at)))


def _counts_now(event) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    from sqlalchemy import func, select

    from eventcenter.store import schema

    found = []
    with event.reading() as conn:
        for table, known in ((schema.measures, MEASURE_STATUSES),
                             (schema.requests, REQUEST_STATUSES),
                             (schema.units, UNIT_STATUSES)):
            counts = dict.fromkeys(known, 0)
            rows = conn.execute(select(table.c.status, func.count()).group_by(table.c.status))
            counts.update({status: n for status, n in rows if status is not None})
            found.append(counts)
    return found[0], found[1], found[2]


def _count(known: tuple[str, ...], values) -> dict[str, int]:
    counts = dict.fromkeys(known, 0)
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts
