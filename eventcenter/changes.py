"""What an operation changed, so that listeners refresh only what they must."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventcenter.store.records import Record

# Record kind prefix → the part of the state it touches.
TOPICS = {
    "entry": "journal", "decision": "journal", "place": "places", "category": "catalogue",
    "organisation": "catalogue", "unit_type": "catalogue", "contact_function": "catalogue",
    "measure_type": "catalogue", "schedule": "catalogue", "unit": "units",
    "measure": "measures", "request": "requests", "contact": "contacts", "event": "event",
}


@dataclass(frozen=True)
class Changes:
    """The ids of the records an operation appended and the parts of the state they touch.
    `external` is true for changes made by another process or laptop (seen on the file)."""

    ids: tuple[str, ...] = ()
    topics: frozenset[str] = frozenset()
    external: bool = False

    @classmethod
    def of(cls, records: Iterable[Record]) -> Changes:
        records = list(records)
        topics = {TOPICS.get(r.kind.split(".")[0], "other") for r in records}
        return cls(tuple(r.id for r in records), frozenset(topics))

    @classmethod
    def everything(cls) -> Changes:
        return cls(topics=frozenset(TOPICS.values()) | {"other"}, external=True)

    @property
    def id(self) -> str | None:
        """The id of the one record made, for callers that made one."""
        return self.ids[0] if self.ids else None

    def touches(self, *topics: str) -> bool:
        return bool(self.topics.intersection(topics))
