"""One record in the history of what a person can name (a measure, request, contact, unit,
place, or a journal entry with its corrections and marks): when, who, on which laptop, and
what it changed, with its sealed fields opened where this process can. The working state and
the journal each make their own; the command line's `history` prints both alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventcenter.timefmt import iso_local


def _iso(micros: int | None) -> str | None:
    return None if micros is None else iso_local(micros)


@dataclass(frozen=True)
class HistoryEntry:
    """One record in an object's history: when it happened, who, on which laptop, what."""

    at: int
    recorded_at: int
    operator: str
    device: str
    device_name: str
    kind: str
    record: str
    change: dict = field(default_factory=dict)
    unreadable: tuple[str, ...] = ()  # sealed fields of the change the passphrase cannot open

    def to_json(self) -> dict[str, Any]:
        unreadable = {"unreadable": list(self.unreadable)} if self.unreadable else {}
        return {"at": _iso(self.at), "operator": self.operator,
                "device_name": self.device_name, "change": dict(self.change),
                "kind": self.kind, "record": self.record, "device": self.device,
                "recorded_at": _iso(self.recorded_at), **unreadable}
