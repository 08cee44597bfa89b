"""Is this file what was recorded? Fingerprints, chain heads and the full verification.

The fingerprint is a hash over the set of record hashes in sorted order, so every laptop
holding the same records computes the same value whatever order they arrived in.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import Connection, exc, text

from eventcenter import projections
from eventcenter.event_file import EventFile
from eventcenter.records import GENESIS, chain_hash, record_from_row


@dataclass(frozen=True)
class ChainHead:
    device_id: str
    device_name: str
    seq: int
    hash: str


@dataclass(frozen=True)
class Fingerprint:
    records: int
    value: str
    heads: tuple[ChainHead, ...]


def fingerprint(event: EventFile) -> Fingerprint:
    with event.reading() as conn:
        h = hashlib.sha256()
        count = 0
        for (record_hash,) in conn.execute(text("SELECT hash FROM records ORDER BY hash")):
            h.update(bytes.fromhex(record_hash))
            count += 1
        return Fingerprint(count, h.hexdigest(), chain_heads(conn))


def chain_heads(conn: Connection) -> tuple[ChainHead, ...]:
    """Each laptop's last record: what travels with every sync and bundle."""
    rows = conn.execute(text(
        "SELECT r.device_id, r.device_name, r.seq, r.hash FROM records r "
        "JOIN (SELECT device_id, max(seq) AS seq FROM records GROUP BY device_id) m "
        "ON m.device_id = r.device_id AND m.seq = r.seq ORDER BY r.device_name, r.device_id"))
    return tuple(ChainHead(*row) for row in rows)


@dataclass
class Problems:
    """What verification found; empty means the file is sound."""

    items: list[tuple[str, dict]] = field(default_factory=list)

    def add(self, code: str, **params) -> None:
        self.items.append((code, params))

    def __bool__(self) -> bool:
        return bool(self.items)


def verify(event: EventFile) -> Problems:
    """SQLite's integrity check, every hash chain, and projections equal to a rebuild."""
    problems = Problems()
    _check_integrity(event, problems)
    if problems:
        return problems
    with event.reading() as conn:
        _check_chains(conn, problems)
    _check_projections(event, problems)
    return problems


def _check_integrity(event: EventFile, problems: Problems) -> None:
    """SQLite's own check; a page too damaged for the check to finish is reported alike."""
    try:
        with event.reading() as conn:
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                if line != "ok":
                    problems.add("integrity", detail=line)
    except exc.DatabaseError as error:
        problems.add("integrity", detail=str(getattr(error, "orig", error)))


def _check_chains(conn: Connection, problems: Problems) -> None:
    expected: dict[str, tuple[int, str]] = {}
    rows = conn.execute(text("SELECT * FROM records ORDER BY device_id, seq"))
    for row in rows:
        record = record_from_row(row)
        seq, prev = expected.get(record.device_id, (0, GENESIS))
        if record.seq != seq + 1:
            problems.add("chain_gap", device=record.device_name, seq=seq + 1)
        if record.prev_hash != prev:
            problems.add("chain_broken", device=record.device_name, seq=record.seq)
        if chain_hash(record.prev_hash, record.canonical()) != record.hash:
            problems.add("record_altered", device=record.device_name, seq=record.seq,
                         id=record.id)
        expected[record.device_id] = (record.seq, record.hash)


def _check_projections(event: EventFile, problems: Problems) -> None:
    """Rebuild inside a transaction that is rolled back, and compare. Records that cannot be
    replayed at all (a payload edited behind the triggers) are reported, not raised."""
    with event.engine.connect() as conn:
        conn.info["write"] = True
        transaction = conn.begin()
        try:
            before = projections.digest(conn)
            projections.rebuild(conn)
            after = projections.digest(conn)
        except (exc.DatabaseError, KeyError, TypeError, ValueError) as error:
            problems.add("rebuild_failed", detail=str(getattr(error, "orig", error)))
            return
        finally:
            transaction.rollback()
            conn.info["write"] = False
    for table, value in before.items():
        if after[table] != value:
            problems.add("projection_differs", table=table)
