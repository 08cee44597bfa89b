"""The history of one journal entry: its record, every correction of it and every mark and
lift that made it confidential afterwards or took that back, oldest first.

This is where a coordinator reads who marked a line confidential and why (the reason is
sealed, so only with the passphrase). An entry confidential now, at birth or by a mark,
shows in its history exactly as in the journal: without the passphrase its typed texts are
left out, although a marked entry's own records still hold them in the clear.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from eventcenter.history import HistoryEntry
from eventcenter.journal import marks
from eventcenter.kinds import SEALED
from eventcenter.lookup import resolve_entry
from eventcenter.store.document import Document
from eventcenter.store.records import Record, record_from_row
from eventcenter.store.sealing import UNREADABLE


def entry_history(event: Document, ref: str) -> list[HistoryEntry]:
    """Every record about the entry `ref` names (an id or unique prefix of the entry or of
    any of its corrections); a UserError `unknown_entry` when none has it."""
    with event.reading() as conn:
        root = marks.root_of(conn, resolve_entry(conn, ref)[0])
        hidden = resolve_entry(conn, root)[1] and not event.unlocked
        records = _records(conn, root)
    return [_entry(event, record, hidden) for record in records]


def _records(conn: Connection, root: str) -> list[Record]:
    params: dict = {}
    ids = marks.in_list(marks.family(conn, root), params, "e")
    sql = (f"SELECT * FROM records WHERE id IN {ids} OR id IN "
           f"(SELECT record FROM entry_marks WHERE entry = :root) ORDER BY hlc, device_id")
    return [record_from_row(row) for row in conn.execute(text(sql), {**params, "root": root})]


def _entry(event: Document, record: Record, hidden: bool) -> HistoryEntry:
    change = dict(record.payload)
    sealed_fields = SEALED.get(record.kind, ())
    opened = event.unseal(change.pop("sealed", None))
    unreadable: tuple[str, ...] = ()
    if opened is UNREADABLE:
        unreadable = sealed_fields
        change.update(dict.fromkeys(unreadable))
    elif opened:
        change.update(opened)
    elif hidden:  # marked afterwards: its texts are in the record, and shown as if sealed
        for field in sealed_fields:
            change.pop(field, None)
    return HistoryEntry(record.occurred_at, record.recorded_at, record.operator,
                        record.device_id, record.device_name, record.kind, record.id,
                        change, unreadable)
