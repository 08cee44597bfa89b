"""The two ways to read an open event file, `event.read.journal` and `event.read.state`, and
what is read across both: the history of whatever a person names."""

from __future__ import annotations

from dataclasses import dataclass

from eventcenter.errors import UserError
from eventcenter.history import HistoryEntry
from eventcenter.journal.queries import JournalQueries
from eventcenter.state.queries import WorkingState


@dataclass(frozen=True)
class Reading:
    """The two ways to read an open event file."""

    journal: JournalQueries
    state: WorkingState

    def history(self, ref: str) -> list[HistoryEntry]:
        """The history of what `ref` names: a measure, request, contact, unit or place, or
        else a journal entry (with its corrections and marks)."""
        try:
            return self.state.history(ref)
        except UserError as error:
            if error.code != "unknown_object":
                raise
        try:
            return self.journal.history(ref)
        except UserError as error:
            if error.code in ("unknown_entry", "bad_id"):
                raise UserError("unknown_object", id=ref) from None
            raise
