"""Records: the immutable facts everything else is derived from.

Each record carries a globally unique id made by the writer (a retried save cannot make a
second copy), its device of origin, a gapless per-device sequence number, a hybrid logical
clock (HLC) timestamp, when it occurred and when it was recorded, who wrote it, its kind and
its payload. The records of one device chain by hash: SHA-256 over the previous hash and the
record's canonical form, so an edited or missing record shows. A chain's first record links
to the event's id (`identity.genesis`), so a record verifies only in its own event.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from eventcenter.device import Device
from eventcenter.ids import new_id
from eventcenter.store import sql
from eventcenter.store.identity import chain_start
from eventcenter.timefmt import now_utc, offset_minutes, to_micros

if TYPE_CHECKING:
    from sqlalchemy import Connection

GENESIS = "0" * 64  # the first previous hash of every chain begun before schema 3
_HLC_LOGICAL_DIGITS = 6


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Record:
    id: str
    device_id: str
    device_name: str
    seq: int
    hlc: str
    occurred_at: int  # UTC microseconds
    occurred_offset: int  # minutes east of UTC the time was entered in
    recorded_at: int
    operator: str
    kind: str
    payload: dict
    prev_hash: str
    hash: str

    def canonical(self) -> bytes:
        """The bytes the chain hash covers: every field but the hashes themselves."""
        body = {
            "id": self.id, "device_id": self.device_id, "device_name": self.device_name,
            "seq": self.seq, "hlc": self.hlc, "occurred_at": self.occurred_at,
            "occurred_offset": self.occurred_offset, "recorded_at": self.recorded_at,
            "operator": self.operator, "kind": self.kind, "payload": self.payload,
        }
        return canonical_json(body).encode("utf-8")

    def row(self) -> dict:
        row = {k: getattr(self, k) for k in _COLUMNS}
        row["payload"] = canonical_json(self.payload)
        return row

    def values(self) -> tuple:
        """The row's values in the order of its columns (for the driver)."""
        return (self.id, self.device_id, self.device_name, self.seq, self.hlc,
                self.occurred_at, self.occurred_offset, self.recorded_at, self.operator,
                self.kind, canonical_json(self.payload), self.prev_hash, self.hash)


_COLUMNS = ("id", "device_id", "device_name", "seq", "hlc", "occurred_at", "occurred_offset",
            "recorded_at", "operator", "kind", "payload", "prev_hash", "hash")


def chain_hash(prev_hash: str, canonical: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()


def record_from_row(row: Any) -> Record:
    """A record from a row: SQLAlchemy's, or a dict of its columns."""
    values = dict(row) if isinstance(row, dict) else dict(row._mapping)
    values["payload"] = json.loads(values["payload"])
    return Record(**values)


@dataclass(frozen=True)
class Draft:
    """A record as a caller asks for it; the clock, sequence and hashes are added on append."""

    kind: str
    payload: dict
    operator: str
    occurred_at: datetime | None = None  # None: now
    id: str = field(default_factory=new_id)


def next_hlc(last: str | None, wall_micros: int) -> str:
    """The hybrid logical clock: wall time in ms, or one logical tick past the last seen."""
    wall_ms = wall_micros // 1000
    if last:
        last_ms, last_logical = int(last[:-_HLC_LOGICAL_DIGITS]), int(last[-_HLC_LOGICAL_DIGITS:])
        if last_ms >= wall_ms:
            return f"{last_ms:015d}{last_logical + 1:0{_HLC_LOGICAL_DIGITS}d}"
    return f"{wall_ms:015d}{0:0{_HLC_LOGICAL_DIGITS}d}"


_LAST_HLC = "SELECT max(hlc) FROM records"
_HEAD = "SELECT seq, hash FROM records WHERE device_id = ? ORDER BY seq DESC LIMIT 1"
_INSERT = (f"INSERT INTO records ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS))})")


def append(conn: Any, device: Device, drafts: Iterable[Draft],
           now: datetime | None = None) -> list[Record]:
    """Append drafts in the caller's write transaction and return the new records. A draft
    whose id is already stored is skipped: the earlier save of a retried write stands.
    Plain SQL on the driver connection (`store.sql`): this runs for every line logged."""
    now = now or now_utc()
    recorded = to_micros(now)
    last_hlc = sql.scalar(conn, _LAST_HLC)
    head = sql.first(conn, _HEAD, (device.id,))
    drafts = list(drafts)
    seq, prev = head if head else (0, chain_start(conn, drafts))
    stored = _stored_ids(conn, [draft.id for draft in drafts])
    made: list[Record] = []
    for draft in drafts:
        if draft.id in stored:
            continue
        occurred = draft.occurred_at or now
        last_hlc = next_hlc(last_hlc, recorded)
        seq += 1
        fields = (draft.id, device.id, device.name, seq, last_hlc, to_micros(occurred),
                  offset_minutes(occurred), recorded, draft.operator, draft.kind,
                  draft.payload, prev)
        prev = chain_hash(prev, Record(*fields, "").canonical())
        made.append(Record(*fields, prev))
    sql.run_many(conn, _INSERT, [record.values() for record in made])
    return made


def _stored_ids(conn: Any, ids: list[str], chunk: int = 500) -> set[str]:
    """Which of these record ids are stored already (one query per chunk of ids)."""
    if len(ids) == 1:  # a line logged: one constant statement, prepared once
        return set(sql.column(conn, "SELECT id FROM records WHERE id = ?", ids))
    found: set[str] = set()
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        marks = ", ".join("?" for _ in part)
        found.update(sql.column(conn, f"SELECT id FROM records WHERE id IN ({marks})", part))
    return found


_PAYLOAD = _COLUMNS.index("payload")


def iter_records(conn: Connection, where: str = "", params: dict | None = None,
                 batch: int = 5000) -> Iterator[Record]:
    """All records in replay order (HLC, then device id), streamed in batches. The columns
    are named and taken by position: a rebuild reads every record, so this is its hot loop."""
    from sqlalchemy import text  # a read or a rebuild: SQLAlchemy is loaded by then

    query = f"SELECT {', '.join(_COLUMNS)} FROM records {where} ORDER BY hlc, device_id"
    result = conn.execution_options(yield_per=batch).execute(text(query), params or {})
    loads = json.loads
    for row in result:
        values = list(row)
        values[_PAYLOAD] = loads(values[_PAYLOAD])
        yield Record(*values)
