"""Is this file what was recorded? Fingerprints, chain heads and the full verification.

The fingerprint is a hash over the set of record hashes in sorted order, so every laptop
holding the same records computes the same value whatever order they arrived in.

Neither takes the write lock: the fingerprint reads in one read transaction, and `verify`
checks the live file with SQLite's own checks (read transactions too) and does everything
else, the rebuild included, on a private scratch copy of one snapshot (see
store/scratch.py). People keep logging while either runs. Damage is reported in words, with
where the latest backup is, never as a crash.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, exc, text

from eventcenter import projections
from eventcenter.damage import backup_param, damaged_file, is_damage
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.journal import search_index as search_index_check
from eventcenter.store import identity
from eventcenter.store.problems import Problems
from eventcenter.store.records import GENESIS, chain_hash, record_from_row
from eventcenter.store.scratch import open_snapshot
from eventcenter.store.seal_check import Unseal, check_sealed

# The triggers that make the records append-only, and what each must refuse.
APPEND_ONLY_TRIGGERS = {"records_no_update": "BEFORE UPDATE ON records",
                        "records_no_delete": "BEFORE DELETE ON records",
                        "records_no_replace": "BEFORE INSERT ON records"}
# SQLite's words for trouble with the scratch copy itself, not with the event file.
_SCRATCH_TROUBLE = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_NOMEM", "SQLITE_CANTOPEN")


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
    """Raises `file_damaged` (naming the latest backup) when the file cannot be read or a
    record's hash is not one."""
    try:
        with event.reading() as conn:
            h = hashlib.sha256()
            count = 0
            rows = conn.execute(text("SELECT hash, id FROM records ORDER BY hash"))
            for record_hash, record_id in rows:
                h.update(_hash_bytes(event.path, record_hash, record_id))
                count += 1
            return Fingerprint(count, h.hexdigest(), chain_heads(conn))
    except exc.DatabaseError as error:
        raise damaged_file(event.path, _detail(error)) from None


def _hash_bytes(path: Path, record_hash: object, record_id: object) -> bytes:
    try:
        return bytes.fromhex(record_hash)
    except (TypeError, ValueError):
        raise UserError("bad_record_hash", path=str(path), id=_printable(record_id),
                        latest_backup=backup_param(path)) from None


def _printable(value: object) -> str:
    return "".join(c if c.isprintable() else "?" for c in str(value)[:64])


def chain_heads(conn: Connection) -> tuple[ChainHead, ...]:
    """Each laptop's last record: what travels with every sync and bundle."""
    rows = conn.execute(text(
        "SELECT r.device_id, r.device_name, r.seq, r.hash FROM records r "
        "JOIN (SELECT device_id, max(seq) AS seq FROM records GROUP BY device_id) m "
        "ON m.device_id = r.device_id AND m.seq = r.seq ORDER BY r.device_name, r.device_id"))
    return tuple(ChainHead(*row) for row in rows)


def verify(event: EventFile, scratch: Path | None = None) -> Problems:
    """SQLite's quick and full checks of the file, then on a scratch copy of one snapshot
    (in `scratch`, the temporary folder by default): the append-only triggers, every hash
    chain, projections equal to a rebuild, the search index equal to a rebuilt one, and
    every sealed field one that can be opened (tried with the passphrase when this
    process holds it).
    Raises `scratch_failed` when the copy cannot be made or worked on (a full disk)."""
    problems = Problems()
    _check_integrity(event, problems)
    if problems:
        return problems
    try:
        with open_snapshot(event.engine, scratch) as conn:
            _check_snapshot(conn, problems, event.unseal if event.unlocked else None)
    except (sqlite3.Error, exc.DatabaseError) as error:
        if _is_scratch_trouble(error):
            raise _no_scratch(_detail(error), scratch) from None
        problems.add("unreadable" if is_damage(error) else "check_failed",
                     detail=_detail(error))
    except OSError as error:  # the scratch folder cannot be made or written
        raise _no_scratch(error.strerror or str(error), scratch) from None
    return problems


def _no_scratch(detail: str, scratch: Path | None) -> UserError:
    return UserError("scratch_failed", detail=detail,
                     folder=str(scratch or tempfile.gettempdir()))


def _check_snapshot(conn: Connection, problems: Problems, unseal: Unseal | None) -> None:
    problems.records = conn.exec_driver_sql("SELECT count(*) FROM records").scalar_one()
    _check_triggers(conn, problems)
    starts = _check_identity(conn, problems)
    _check_chains(conn, problems, starts)
    check_sealed(conn, unseal, problems)
    index_sound = search_index_check.set_aside(conn, problems)
    if _check_projections(conn, problems) and index_sound:
        search_index_check.compare(conn, problems)
    conn.commit()  # the copy keeps no journal: end its transaction, never roll it back


def _check_integrity(event: EventFile, problems: Problems) -> None:
    """SQLite's own checks of the live file, in read transactions: the quick one first,
    and the full one (indexes against their tables too) only when it passes. A page too
    damaged for a check to finish is reported alike."""
    for pragma in ("quick_check", "integrity_check"):
        try:
            with event.reading() as conn:
                for (line,) in conn.exec_driver_sql(f"PRAGMA {pragma}"):
                    if line != "ok":
                        problems.add("integrity", detail=line)
        except exc.DatabaseError as error:
            problems.add("integrity", detail=_detail(error))
        if problems:
            return


def _check_triggers(conn: Connection, problems: Problems) -> None:
    found = dict(conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'records'"
    ).all())
    for name, event in APPEND_ONLY_TRIGGERS.items():
        sql = " ".join((found.get(name) or "").split()).upper()
        if name not in found:
            problems.add("trigger_missing", name=name)
        elif event.upper() not in sql or "RAISE(ABORT" not in sql.replace(" ", ""):
            problems.add("trigger_altered", name=name)


def _check_identity(conn: Connection, problems: Problems) -> frozenset[str]:
    """`meta` against the identity records, and those against each other; returns the
    previous hashes a chain may start from (see store/identity.py)."""
    cached = dict(conn.exec_driver_sql("SELECT key, value FROM meta").all())
    found = identity.identity_records(conn)
    for code, params in identity.check(cached, found):
        problems.add(code, **params)
    event_id = identity.event_id(found, cached)
    starts = {identity.genesis(event_id)} if event_id is not None else set()
    if identity.legacy_chains_allowed(found):
        starts.add(GENESIS)
    return frozenset(starts)


def _check_chains(conn: Connection, problems: Problems, starts: frozenset[str]) -> None:
    expected: dict[str, tuple[int, str]] = {}
    rows = conn.execute(text("SELECT * FROM records ORDER BY device_id, seq"))
    for row in rows:
        try:
            _check_link(row, expected, starts, problems)
        except (TypeError, ValueError) as error:  # a payload that is not JSON, a bad type
            problems.add("record_unreadable", device=row.device_name, seq=row.seq, id=row.id,
                         detail=str(error))
            expected[row.device_id] = (row.seq, row.hash)


def _check_link(row, expected: dict[str, tuple[int, str]], starts: frozenset[str],
                problems: Problems) -> None:
    """One record against the one before it in its laptop's chain; a chain's first record
    against the event's genesis (a record moved in from another event starts elsewhere)."""
    record = record_from_row(row)
    seq, prev = expected.get(record.device_id, (0, None))
    if record.seq != seq + 1:
        problems.add("chain_gap", device=record.device_name, seq=seq + 1)
    if record.seq == 1 and record.prev_hash not in starts:
        problems.add("chain_other_event", device=record.device_name, id=record.id)
    elif record.seq != 1 and record.prev_hash != prev:
        problems.add("chain_broken", device=record.device_name, seq=record.seq)
    if chain_hash(record.prev_hash, record.canonical()) != record.hash:
        problems.add("record_altered", device=record.device_name, seq=record.seq,
                     id=record.id)
    expected[record.device_id] = (record.seq, record.hash)


def _check_projections(conn: Connection, problems: Problems) -> bool:
    """Digest the copy's projections as found, rebuild them from its records, digest again
    and compare; returns whether the rebuild ran. Records that cannot be replayed at all (a
    payload edited behind the triggers) are reported, not raised."""
    try:
        before = projections.digest(conn)
        projections.rebuild(conn)
        after = projections.digest(conn)
    except Exception as error:  # noqa: BLE001 - whatever damaged records make a replay raise
        if _is_scratch_trouble(error):
            raise
        problems.add("rebuild_failed", detail=_detail(error))
        return False
    for table, value in before.items():
        if after[table] != value:
            problems.add("projection_differs", table=table)
    return True


def _error_name(error: BaseException) -> str:
    return getattr(getattr(error, "orig", error), "sqlite_errorname", "") or ""


def _is_scratch_trouble(error: BaseException) -> bool:
    return _error_name(error).startswith(_SCRATCH_TROUBLE)


def _detail(error: BaseException) -> str:
    return str(getattr(error, "orig", None) or error)

