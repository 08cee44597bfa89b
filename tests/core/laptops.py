"""Helpers for the working state's tests: injected times, and laptops that work offline
and later exchange records (a stand-in for sync: copy the rows, apply the projections)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import text

from eventcenter import projections
from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.store import migrate, schema
from eventcenter.store.engine import vacuum_into
from eventcenter.store.records import Record, iter_records
from eventcenter.timefmt import now_utc, to_micros
from tests.factories import make_event
from tests.raw_files import raw

# Every injected time lies after the template's records (written at the real "now").
BASE = now_utc().replace(microsecond=0) + timedelta(hours=1)
LAPTOP_A = Device("a" * 32, "laptop A", "Anna")
LAPTOP_B = Device("b" * 32, "laptop B", "Bo")
LAPTOP_C = Device("c" * 32, "laptop C", "Cecilia")


def at(minutes: float) -> datetime:
    """A moment some minutes after BASE."""
    return BASE + timedelta(minutes=minutes)


def count_records(event: EventFile) -> int:
    with event.reading() as conn:
        return conn.execute(text("SELECT count(*) FROM records")).scalar_one()


def two_laptops(tmp_path: Path) -> tuple[EventFile, EventFile]:
    """One event file, copied to two laptops that then work without knowing of each other."""
    return laptops(tmp_path, 2)


def laptops(tmp_path: Path, count: int) -> tuple[EventFile, ...]:
    origin = make_event(tmp_path, filename="origin.event")
    devices = (LAPTOP_A, LAPTOP_B, LAPTOP_C)[:count]
    for device in devices:
        vacuum_into(origin.engine, tmp_path / f"{device.name}.event")
    origin.close()
    return tuple(EventFile.open(tmp_path / f"{d.name}.event", d) for d in devices)


@cache
def _empty_file() -> Path:
    """An event file with the current schema and nothing in it, made once per test run."""
    folder = tempfile.mkdtemp(prefix="eventcenter-empty-")
    atexit.register(shutil.rmtree, folder, True)
    path = Path(folder) / "empty.event"
    fresh = EventFile(path, LAPTOP_C)
    migrate.upgrade(fresh.engine, path, projections.rebuild)
    fresh.close()
    return path


def file_until(event: EventFile, moment: datetime, path: Path) -> EventFile:
    """A second event file holding only the records of `event` whose occurred-at is at or
    before `moment`, and the records that say which event it is (they change no state),
    copied row by row with raw sqlite3, its projections rebuilt."""
    shutil.copy(_empty_file(), path)
    with raw(path) as conn:
        conn.execute("ATTACH DATABASE ? AS source", (str(event.path),))
        conn.execute("INSERT INTO meta SELECT * FROM source.meta")
        conn.execute("INSERT INTO records SELECT * FROM source.records WHERE occurred_at <= ? "
                     "OR kind IN ('event.created', 'event.identity')", (to_micros(moment),))
    copy = EventFile.open(path, event.device)
    with copy.writing() as conn:
        projections.rebuild(conn)
    return copy


def records_of(event: EventFile) -> list[Record]:
    with event.reading() as conn:
        return list(iter_records(conn))


def receive(dst: EventFile, records: list[Record], at_once: bool = False) -> int:
    """Store the records `dst` lacks, in the order given, and apply them to its
    projections as they arrive (with `at_once`: all in one batch, as a sync that applies
    what it brought together); returns how many were new."""
    with dst.writing() as conn:
        have = set(conn.execute(text("SELECT id FROM records")).scalars())
        new = [r for r in records if r.id not in have]
        if at_once and new:
            conn.execute(schema.records.insert(), [record.row() for record in new])
            projections.apply(conn, new)
            return len(new)
        for record in new:  # one by one: each arrival is applied on its own
            conn.execute(schema.records.insert(), [record.row()])
            projections.apply(conn, [record])
    return len(new)


def exchange(src: EventFile, dst: EventFile) -> int:
    """`dst` gets what `src` has and it lacks, in `src`'s replay order."""
    return receive(dst, records_of(src))


def digest(event: EventFile) -> dict[str, str]:
    with event.reading() as conn:
        return projections.digest(conn)


def rebuilt_digest(event: EventFile) -> dict[str, str]:
    """The digest after a rebuild (rolled back: the file stays as it was)."""
    with event.engine.connect() as conn:
        conn.info["write"] = True
        transaction = conn.begin()
        try:
            projections.rebuild(conn)
            return projections.digest(conn)
        finally:
            transaction.rollback()
            conn.info["write"] = False


def unlocked_like(event: EventFile, *others: EventFile) -> None:
    """Open the confidential fields of copies of one event with the key `event` was
    unlocked with (unlocking each would cost a key derivation apiece)."""
    for other in others:
        assert other.keys == event.keys
        other._opener = event._opener
