"""The attention column's sections for the working state: requests waiting for an
acknowledgement or an answer, measures without an update, clashes, and the night's counts.
Each reads the core's `needs_attention` on a worker for the moment shown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from eventcenter.event_file import EventFile
from eventcenter.state.needs_attention import (
    acknowledge_minutes,
    answer_minutes,
    clash_concerns,
    measure_concerns,
    overview,
    request_concerns,
    stale_minutes,
)
from ui.concern_words import concern_text
from ui.widgets.attention import AttentionItem, AttentionSource


class StateSource(AttentionSource):
    deferred = True  # first read a moment after start-up

MOST = 4  # items a section shows before "… and N more": the column never outgrows the window


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


STATE_SOURCES: list[type[AttentionSource]] = [RequestsAttention, MeasuresAttention,
                                              ClashesAttention, SituationCounts]
