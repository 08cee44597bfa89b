"""Undo: taking back an operator's last action with a compensating record, never by deleting.

The undoers of the journal and of the working state are composed here into one table
(record kind -> the function that takes it back); an undoer runs inside the write
transaction that appends what it makes, so the state it checks cannot change before the
write.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.undo.journal import JOURNAL_UNDOERS
from eventcenter.undo.state import STATE_UNDOERS
from eventcenter.undo.target import Undoer, UndoTarget
from eventcenter.validation import check_operator

if TYPE_CHECKING:
    from eventcenter.event_file import EventFile

SCAN = 500  # how far back among this laptop's records an undo looks
UNDOERS: dict[str, Undoer] = {**JOURNAL_UNDOERS, **STATE_UNDOERS}


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
    return event.write(lambda _conn: undoer(event, target, operator), now)


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
