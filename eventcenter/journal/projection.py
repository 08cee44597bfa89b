"""Projection of the journal: one row per entry, decision or correction, and its words in the
full-text index. A confidential entry's sealed fields stay sealed here: neither the row nor the
index ever holds them in the clear."""

from __future__ import annotations

from sqlalchemy import Connection, text

from eventcenter.kinds import Kind
from eventcenter.store import schema
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


def _entries(conn: Connection, batch: list[Record]) -> None:
    start = conn.execute(text("SELECT coalesce(max(n), 0) FROM entries")).scalar_one() + 1
    rows = [entry_row(r, start + offset) for offset, r in enumerate(batch)]
    insert_rows(conn, schema.entries, rows)
    indexed = [{"rowid": row["n"], "body": search_body(row)} for row in rows
               if not row["confidential"]]
    insert_rows(conn, "entries_fts", indexed)


HANDLERS = dict.fromkeys(KINDS, _entries)
