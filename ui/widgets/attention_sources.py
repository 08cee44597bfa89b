"""What the attention column shows: its sections, each an `AttentionSource` read on a worker.

The main window hands the panel (`ui/widgets/attention.py`) the list from `default_sources()`:
the working state's sections (requests waiting for an acknowledgement or an answer, measures
without an update, clashes, the night's counts), each reading the core's `needs_attention`
for the moment shown, and then the journal's counts. Another section is one more class here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from eventcenter.event_file import EventFile
from eventcenter.journal.queries import JournalFilter
from eventcenter.state.needs_attention import (
    acknowledge_minutes,
    answer_minutes,
    clash_concerns,
    measure_concerns,
    overview,
    request_concerns,
    stale_minutes,
)
from eventcenter.timefmt import now_utc
from ui.concern_words import concern_text

MOST = 4  # items a section shows before "… and N more": the column never outgrows the window


@dataclass(frozen=True)
class AttentionItem:
    text: str
    level: str = "info"  # "info", "warn" (needs a look), "alert" (act now)
    count: int | None = None


class AttentionSource:
    """One section of the column. `load` runs on a worker with plain arguments; a
    `deferred` source is first read a moment after start-up."""

    topics: frozenset[str] = frozenset()
    deferred = False

    def title(self) -> str:
        raise NotImplementedError

    def load(self, event: EventFile, moment: datetime | None) -> list[AttentionItem]:
        raise NotImplementedError


class JournalCounts(AttentionSource):
    topics = frozenset({"journal"})

    def title(self) -> str:
        return QCoreApplication.translate("JournalCounts", "Journal")

    def load(self, event: EventFile, moment: datetime | None) -> list[AttentionItem]:
        at = moment or now_utc()
        queries = event.read.journal
        hour = queries.count(JournalFilter(since=at - timedelta(hours=1), until=at))
        decisions = queries.count(JournalFilter(until=moment, kinds=("decision",)))
        confidential = queries.count(JournalFilter(until=moment, confidential=True))
        total = queries.count(JournalFilter(until=moment))
        last_hour = QCoreApplication.translate("JournalCounts", "Entries the last hour")
        decided = QCoreApplication.translate("JournalCounts", "Decisions")
        sealed = QCoreApplication.translate("JournalCounts", "Confidential entries")
        in_all = QCoreApplication.translate("JournalCounts", "Entries in all")
        return [AttentionItem(last_hour, "info", hour),
                AttentionItem(decided, "info", decisions),
                AttentionItem(sealed, "info", confidential),
                AttentionItem(in_all, "info", total)]


class StateSource(AttentionSource):
    deferred = True  # first read a moment after start-up


def _items(concerns) -> list[AttentionItem]:
    shown = [AttentionItem(concern_text(c), c.level) for c in concerns[:MOST]]
    if len(concerns) > MOST:
        more = QCoreApplication.translate("StateAttention", "… and %1 more")
        shown.append(AttentionItem(more.replace("%1", str(len(concerns) - MOST)), "warn"))
    return shown


class RequestsAttention(StateSource):
    topics = frozenset({"requests"})

    def title(self) -> str:
        return QCoreApplication.translate("StateAttention", "Requests")

    def load(self, event: EventFile, moment: datetime | None) -> list[AttentionItem]:
        found = request_concerns(event.read.state.pending_requests(at=moment),
                                 acknowledge_minutes(event), answer_minutes(event))
        found.sort(key=lambda c: (c.level != "alert", -c.minutes))
        return _items(found)


class MeasuresAttention(StateSource):
    topics = frozenset({"measures"})

    def title(self) -> str:
        return QCoreApplication.translate("StateAttention", "Measures")

    def load(self, event: EventFile, moment: datetime | None) -> list[AttentionItem]:
        found = measure_concerns(event.read.state.open_measures(at=moment), stale_minutes(event))
        found.sort(key=lambda c: -c.minutes)
        return _items(found)


class ClashesAttention(StateSource):
    topics = frozenset({"measures", "requests", "units", "places"})

    def title(self) -> str:
        return QCoreApplication.translate("StateAttention", "Clashes from sync")

    def load(self, event: EventFile, moment: datetime | None) -> list[AttentionItem]:
        return _items(clash_concerns(event.read.state.clashes(at=moment)))


class SituationCounts(StateSource):
    topics = frozenset({"measures", "requests", "units", "contacts"})

    def title(self) -> str:
        return QCoreApplication.translate("StateAttention", "Situation")

    def load(self, event: EventFile, moment: datetime | None) -> list[AttentionItem]:
        o = overview(event, at=moment)
        label = {
            "ongoing": QCoreApplication.translate("StateAttention", "Ongoing measures"),
            "planned": QCoreApplication.translate("StateAttention", "Planned measures"),
            "waiting": QCoreApplication.translate("StateAttention", "Requests waiting"),
            "on-site": QCoreApplication.translate("StateAttention", "Units on site"),
            "en-route": QCoreApplication.translate("StateAttention", "Units en route"),
            "available": QCoreApplication.translate("StateAttention", "Units available"),
        }
        counts = {"ongoing": o.measures["ongoing"], "planned": o.measures["planned"],
                  "waiting": o.pending_requests, "on-site": o.units["on-site"],
                  "en-route": o.units["en-route"], "available": o.units["available"]}
        return [AttentionItem(label[key], "info", count) for key, count in counts.items()]


def default_sources() -> list[AttentionSource]:
    """The column's sections in the order shown: the working state first, then the journal."""
    return [RequestsAttention(), MeasuresAttention(), ClashesAttention(), SituationCounts(),
            JournalCounts()]
