"""What an undo takes back, and the shape of the functions that take it back.

Undo appends, never deletes: each compensating record names the record it undoes in its
payload (`undoes`, never sealed), so a second undo goes one step further back instead of
undoing the undo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventcenter.store.records import Draft

if TYPE_CHECKING:
    from eventcenter.event_file import EventFile

REASON = "Ångrad"  # the reason every compensating record gives


@dataclass(frozen=True)
class UndoTarget:
    """The action an undo would take back."""

    record_id: str
    kind: str
    occurred_at: int
    payload: dict
    supported: bool  # whether this kind of record can be taken back yet


# (the open file, the action, the operator) -> the compensating drafts. Called inside the
# write transaction that appends them, so what it checks is what the write finds.
Undoer = Callable[["EventFile", UndoTarget, str], list[Draft]]
