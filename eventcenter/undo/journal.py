"""Undo: taking back an operator's last action with a compensating record, never by deleting.

The journal is a record, so "undo" appends: an entry or a decision is taken back by a
correction that says so ("[ångrad]", reason "Ångrad"), and a correction is taken back by a
new correction that restores the text it replaced. Each compensating record names the record
it undoes in its payload (`undoes`, never sealed), so a second undo goes one step further back
instead of undoing the undo. Other parts of the state register their own compensations in
`UNDOERS` (record kind → function giving the drafts that take it back).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, text

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.store.records import Draft
from eventcenter.validation import check_operator

UNDO_TEXT = "[ångrad]"
UNDO_REASON = "Ångrad"
SCAN = 500  # how far back among this laptop's records an undo looks


@dataclass(frozen=True)
class UndoTarget:
    """The action an undo would take back."""

    record_id: str
    kind: str
    occurred_at: int
    payload: dict
    supported: bool  # whether this kind of record can be taken back yet


Undoer = Callable[[EventFile, UndoTarget, str], list[Draft]]


def last_action(event: EventFile, operator: str) -> UndoTarget | None:
    """This operator's newest record on this laptop that is neither an undo nor undone."""
    with event.reading() as conn:
        rows = _recent(conn, event.device.id, operator)
    undone = {r["payload"].get("undoes") for r in rows}
    for row in rows:
        if row["payload"].get("undoes") or row["id"] in undone:
            continue
        return UndoTarget(row["id"], row["kind"], row["occurred_at"], row["payload"],
                          row["kind"] in UNDOERS)
    return None


def undo(event: EventFile, target: UndoTarget, operator: str,
         now: datetime | None = None) -> Changes:
    """Append the records that take `target` back; returns what changed."""
    operator = check_operator(operator)
    undoer = UNDOERS.get(target.kind)
    if undoer is None:
        raise UserError("cannot_undo", kind=target.kind)
    return event.write(undoer(event, target, operator), now)


def undo_last(event: EventFile, operator: str, now: datetime | None = None) -> Changes | None:
    """Take back this operator's last action; None when there is nothing to take back."""
    target = last_action(event, operator)
    return None if target is None else undo(event, target, operator, now)


def _recent(conn: Connection, device_id: str, operator: str) -> list[dict]:
    sql = ("SELECT id, kind, occurred_at, operator, payload FROM records "
           "WHERE device_id = :device ORDER BY seq DESC LIMIT :scan")
    rows = conn.execute(text(sql), {"device": device_id, "scan": SCAN}).all()
    return [{"id": r.id, "kind": r.kind, "occurred_at": r.occurred_at,
             "payload": json.loads(r.payload)} for r in rows if r.operator == operator]


def _compensating_correction(event: EventFile, corrects: str, new_text: str, undoes: str,
                             operator: str, reason: str = UNDO_REASON) -> Draft:
    from eventcenter.journal.writing import Journal

    with event.reading() as conn:
        row = conn.execute(text("SELECT confidential FROM entries WHERE id = :id"),
                           {"id": corrects}).first()
    if row is None:
        raise UserError("unknown_entry", id=corrects)
    payload = {"text": new_text, "corrects": corrects, "correction_reason": reason,
               "undoes": undoes}
    if row.confidential:
        payload["confidential"] = True
    return Draft("entry.corrected", Journal(event)._sealed("entry.corrected", payload), operator)


def _undo_entry(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    return [_compensating_correction(event, target.record_id, UNDO_TEXT, target.record_id,
                                     operator)]


def _undo_correction(event: EventFile, target: UndoTarget, operator: str) -> list[Draft]:
    """Restore the text the correction replaced (needs the passphrase if it is sealed)."""
    original = target.payload["corrects"]
    queries = event.entries
    entry = queries.get(original)
    chain = list(entry.corrected_by)
    earlier = chain[:chain.index(target.record_id)] if target.record_id in chain else chain
    before = queries.get(earlier[-1]) if earlier else entry
    if before.sealed:
        raise UserError("passphrase_needed")
    return [_compensating_correction(event, original, before.text or UNDO_TEXT,
                                     target.record_id, operator)]


UNDOERS: dict[str, Undoer] = {
    "entry.logged": _undo_entry,
    "decision.logged": _undo_entry,
    "entry.corrected": _undo_correction,
}


def _register_state_undoers() -> None:
    from eventcenter.undo.state import STATE_UNDOERS

    UNDOERS.update(STATE_UNDOERS)


_register_state_undoers()
