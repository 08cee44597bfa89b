"""Projection of the journal: one row per entry, decision or correction, and its words in the
full-text index. A confidential entry's sealed fields stay sealed here: neither the row nor the
index ever holds them in the clear. An entry marked confidential afterwards (`marks.py`) is
confidential here too, and its words leave the index until the mark is lifted."""

from __future__ import annotations

from typing import Any

from eventcenter.journal import marks
from eventcenter.kinds import Kind
from eventcenter.store import sql
from eventcenter.store.bulk import insert_rows
from eventcenter.store.records import Record

KINDS = {Kind.ENTRY_LOGGED: "entry", Kind.DECISION_LOGGED: "decision",
         Kind.ENTRY_CORRECTED: "correction"}
KIND_OF = {short: kind for kind, short in KINDS.items()}  # "decision" -> decision.logged
_FIELDS = ("text", "category", "place", "unit", "channel", "reporter", "corrects",
           "late_reason", "correction_reason", "decided_by", "mandate", "basis", "reason",
           "affected", "measure", "request", "sealed")
_SEARCHED = ("text", "reporter", "decided_by", "mandate", "basis", "reason", "affected",
             "correction_reason", "late_reason")


def entry_row(record: Record, n: int) -> dict:
    row = {field: record.payload.get(field) for field in _FIELDS}
    row.update(
        n=n, id=record.id, kind=KINDS[record.kind], occurred_at=record.occurred_at,
        occurred_offset=record.occurred_offset, recorded_at=record.recorded_at,
        operator=record.operator, device_id=record.device_id, device_name=record.device_name,
        confidential=1 if record.payload.get("confidential") else 0, hlc=record.hlc,
    )
    return row


def search_body(row: dict) -> str:
    return "\n".join(str(row[f]) for f in _SEARCHED if row.get(f))


def _entries(conn: Any, batch: list[Record]) -> None:
    start = sql.scalar(conn, "SELECT coalesce(max(n), 0) FROM entries") + 1
    rows = [entry_row(r, start + offset) for offset, r in enumerate(batch)]
    marks.confidential_rows(conn, rows)
    insert_rows(conn, "entries", rows)
    _index(conn, [row for row in rows if not row["confidential"]], add=True)


def _index(conn: Any, rows: list[dict], add: bool) -> None:
    """Put rows' words into the full-text index, or take them out (the index keeps no text,
    so taking out names the same words that were put in)."""
    if not add:
        sql.run_many(conn, "INSERT INTO entries_fts (entries_fts, rowid, body) "
                     "VALUES ('delete', ?, ?)", [(row["n"], search_body(row)) for row in rows])
        return
    insert_rows(conn, "entries_fts", [{"rowid": row["n"], "body": search_body(row)}
                                      for row in rows])


def _journal(conn: Any, batch: list[Record]) -> None:
    """Entries, decisions and corrections in bulk; a mark or lift where it falls among them."""
    run: list[Record] = []
    for record in batch:
        if record.kind in KINDS:
            run.append(record)
            continue
        if run:
            _entries(conn, run)
            run = []
        marks.apply_mark(conn, record, _index)
    if run:
        _entries(conn, run)


HANDLERS = dict.fromkeys((*KINDS, *marks.KINDS), _journal)
