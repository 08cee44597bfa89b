"""The night's figures from the journal: counts, who logged, when it was busiest."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from eventcenter.journal.queries import JournalEntry


@dataclass
class JournalFigures:
    entries: int = 0
    decisions: int = 0
    corrections: int = 0
    late: int = 0
    confidential: int = 0  # shown in this version
    withheld: int = 0  # left out of this (public) version
    first: int | None = None
    last: int | None = None
    operators: Counter = field(default_factory=Counter)
    categories: Counter = field(default_factory=Counter)
    hours: Counter = field(default_factory=Counter)  # (hour start, category) → count

    @classmethod
    def of(cls, entries: list[JournalEntry], withheld: int = 0) -> JournalFigures:
        f = cls(withheld=withheld)
        for e in entries:
            f.entries += 1
            f.decisions += e.kind == "decision"
            f.corrections += e.kind == "correction"
            f.late += bool(e.late_reason)
            f.confidential += e.confidential
            f.operators[e.operator] += 1
            if e.kind != "correction":
                f.categories[e.category or ""] += 1
                f.hours[(hour_of(e.occurred_at), e.category or "")] += 1
        if entries:
            f.first = min(e.occurred_at for e in entries)
            f.last = max(e.occurred_at for e in entries)
        return f

    def busiest_hour(self) -> tuple[int, int] | None:
        per_hour: Counter = Counter()
        for (hour, _category), count in self.hours.items():
            per_hour[hour] += count
        if not per_hour:
            return None
        return max(per_hour.items(), key=lambda item: (item[1], -item[0]))


HOUR = 3_600_000_000  # microseconds


def hour_of(micros: int) -> int:
    """The start of the hour an instant falls in. Stockholm's offsets are whole hours, so a
    UTC hour is a local hour, and the two 02:00 hours of a clock change stay apart."""
    return micros // HOUR * HOUR


def hour_range(first: int, last: int) -> list[int]:
    return list(range(hour_of(first), hour_of(last) + 1, HOUR))
