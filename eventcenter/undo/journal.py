"""Undo in the journal: an entry or a decision is taken back by a correction that says so
("[ångrad]", reason "Ångrad"), and a correction by a new correction that restores the text
it replaced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventcenter.errors import UserError
from eventcenter.journal.writing import Journal
from eventcenter.kinds import Kind
from eventcenter.lookup import resolve_entry
from eventcenter.store.records import Draft
from eventcenter.undo.target import REASON, Undoer, UndoTarget

if TYPE_CHECKING:
    from eventcenter.event_file import EventFile

UNDO_TEXT = "[ångrad]"
UNDO_REASON = REASON


def _compensating_correction(event: EventFile, corrects: str, new_text: str, undoes: str,
                             operator: str) -> Draft:
    with event.reading() as conn:
        target, confidential = resolve_entry(conn, corrects)
    return Journal(event).correction(target, new_text, UNDO_REASON, operator, confidential,
                                     undoes=undoes)


def _undo_entry(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    return [_compensating_correction(event, target.record_id, UNDO_TEXT, target.record_id,
                                     operator)]


def _undo_correction(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    """Restore the text the correction replaced (needs the passphrase if it is sealed)."""
    original = target.payload["corrects"]
    queries = event.read.journal
    entry = queries.get(original)
    chain = list(entry.corrected_by)
    earlier = chain[:chain.index(target.record_id)] if target.record_id in chain else chain
    before = queries.get(earlier[-1]) if earlier else entry
    if before.sealed:
        raise UserError("passphrase_needed")
    if before.unreadable:
        raise UserError("undo_unreadable")
    return [_compensating_correction(event, original, before.text or UNDO_TEXT,
                                     target.record_id, operator)]


JOURNAL_UNDOERS: dict[str, Undoer] = {
    Kind.ENTRY_LOGGED: _undo_entry,
    Kind.DECISION_LOGGED: _undo_entry,
    Kind.ENTRY_CORRECTED: _undo_correction,
}
