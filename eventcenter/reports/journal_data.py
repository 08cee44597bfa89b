"""The journal as the reports print it: in time order, each correction right after what it
corrects, and in the public version without any confidential entry.

Loaded through `event.read.journal` (the same read API the window uses), oldest first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from eventcenter.event_file import EventFile
from eventcenter.journal.queries import JournalEntry, JournalFilter


@dataclass(frozen=True)
class EntryGroup:
    """An entry and the corrections that follow it (a correction's own corrections too)."""

    entry: JournalEntry
    corrections: tuple[JournalEntry, ...] = ()


def load_entries(event: EventFile, public: bool, until: datetime | None = None,
                 kinds: tuple[str, ...] = ()) -> list[JournalEntry]:
    """Every entry the version may show, oldest first."""
    flt = JournalFilter(newest_first=False, until=until, kinds=kinds,
                        confidential=False if public else None)
    return event.read.journal.page(flt)


def count_confidential(event: EventFile, until: datetime | None = None) -> int:
    return event.read.journal.count(JournalFilter(confidential=True, until=until))


def group(entries: list[JournalEntry]) -> list[EntryGroup]:
    """Corrections placed after the entry they correct; a correction whose entry is not
    shown stands at its own time."""
    shown = {e.id for e in entries}
    by_target: dict[str, list[JournalEntry]] = {}
    for entry in entries:
        if entry.kind == "correction" and entry.corrects in shown:
            by_target.setdefault(entry.corrects, []).append(entry)
    groups = []
    for entry in entries:
        if entry.kind == "correction" and entry.corrects in shown:
            continue
        groups.append(EntryGroup(entry, tuple(_chain(entry.id, by_target))))
    return groups


def _chain(entry_id: str, by_target: dict[str, list[JournalEntry]]) -> Iterator[JournalEntry]:
    seen = {entry_id}
    stack = list(reversed(by_target.get(entry_id, [])))
    while stack:
        correction = stack.pop()
        if correction.id in seen:
            continue
        seen.add(correction.id)
        yield correction
        stack.extend(reversed(by_target.get(correction.id, [])))
