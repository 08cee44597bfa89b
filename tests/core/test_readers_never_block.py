"""`verify`, `backup` and `fingerprint` never keep a writer of another process waiting: while
one runs in a child process, a writer in this process logs line after line, and its lines are
committed all through the child's slow part, never refused.

The child marks the start and end of its slow part with `time.monotonic()` (one clock for
every process of the machine) and is slowed down by a progress handler on each of its SQLite
connections, so the part lasts long enough to count commits in it on a busy machine. What is
asserted is a count of the writer's commits between the marks, not a time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from eventcenter.device import Device
from eventcenter.event_file import EventFile
from tests.factories import PASSPHRASE, fill
from tests.raw_files import REPO, child_env

RECORDS = 6_000
COMMITS_INSIDE = 3  # the writer commits every few milliseconds when nothing blocks it

# The child: mark the start and end of `module.name`, slow every SQLite statement down (a
# sleep every few thousand virtual machine steps), then run the command line.
CHILD = r"""
import importlib, sys, time
from sqlalchemy import Engine, event

module, name, slow = sys.argv[1], sys.argv[2], int(sys.argv[3])
target = importlib.import_module(module)
real = getattr(target, name)

def marked(*args, **kwargs):
    print("start", time.monotonic(), flush=True)
    try:
        return real(*args, **kwargs)
    finally:
        print("end", time.monotonic(), flush=True)

setattr(target, name, marked)

def crawl(dbapi_connection, _record):
    # A reader made slow on purpose (its query takes long), so that writes land during it.
    dbapi_connection.set_progress_handler(lambda: time.sleep(0.001) or 0, slow)

event.listen(Engine, "connect", crawl)
from eventcenter.cli import main
sys.exit(main(sys.argv[4:]))
"""


@pytest.fixture(scope="module")
def big(tmp_path_factory, pristine) -> Path:
    """A closed event of a few thousand journal lines."""
    path = tmp_path_factory.mktemp("big") / "valborg.event"
    shutil.copy(pristine, path)
    fill(path, RECORDS)
    return path


class Writer(threading.Thread):
    """Logs lines one after another until stopped; keeps each commit's moment and errors."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.event = EventFile.open(path, Device("d" * 32, "Skrivaren"))
        self.stop = threading.Event()
        self.committed: list[float] = []
        self.longest = 0.0
        self.errors: list[BaseException] = []

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            began = time.monotonic()
            try:
                self.event.journal.log(f"Skrivarens rad {n}", operator="Bo")
            except BaseException as error:  # noqa: BLE001 - kept and asserted on
                self.errors.append(error)
                return
            self.committed.append(time.monotonic())
            self.longest = max(self.longest, self.committed[-1] - began)
            n += 1


def run_beside_writer(path: Path, tmp_path: Path, target: tuple[str, str], slow: int,
                      *argv: str) -> tuple[subprocess.CompletedProcess, Writer, list[float]]:
    writer = Writer(path)
    writer.start()
    try:
        child = subprocess.run(
            [sys.executable, "-c", CHILD, *target, str(slow), *argv], cwd=REPO,
            env=child_env(tmp_path / "child-config"), capture_output=True, text=True,
            encoding="utf-8", timeout=300)
    finally:
        writer.stop.set()
        writer.join(timeout=60)
        writer.event.close()
    marks = [float(line.split()[1]) for line in child.stdout.splitlines()
             if line.split()[:1] in (["start"], ["end"])]
    return child, writer, marks


def assert_writer_went_on(child, writer: Writer, marks: list[float]) -> None:
    assert child.returncode == 0, child.stdout + child.stderr
    assert not writer.errors, writer.errors  # never "database is locked"
    assert len(marks) == 2, child.stdout
    inside = [t for t in writer.committed if marks[0] < t < marks[1]]
    assert len(inside) >= COMMITS_INSIDE, (
        f"{len(inside)} commits in the child's {marks[1] - marks[0]:.2f} s; the writer's "
        f"longest line took {writer.longest:.2f} s")


@pytest.fixture
def path(big, tmp_path) -> Path:
    target = tmp_path / "valborg.event"
    shutil.copy(big, target)
    return target


def test_a_writer_goes_on_while_verify_rebuilds(path, tmp_path):
    child, writer, marks = run_beside_writer(
        path, tmp_path, ("eventcenter.projections", "rebuild"), 2_000, "verify", str(path))
    assert_writer_went_on(child, writer, marks)


def test_a_writer_goes_on_while_a_backup_is_copied(path, tmp_path):
    child, writer, marks = run_beside_writer(
        path, tmp_path, ("eventcenter.backups", "vacuum_into"), 2_000, "backup", str(path),
        str(tmp_path / "backups"))
    assert_writer_went_on(child, writer, marks)


def test_a_writer_goes_on_while_the_fingerprint_is_read(path, tmp_path):
    child, writer, marks = run_beside_writer(
        path, tmp_path, ("eventcenter.integrity", "fingerprint"), 200, "fingerprint",
        str(path))
    assert_writer_went_on(child, writer, marks)


READERS = [["verify", "{file}"], ["fingerprint", "{file}"], ["backup", "{file}", "{out}"],
           ["show", "{file}", "journal"], ["search", "{file}", "Klotter"],
           ["export", "{file}", "--debrief", "{out}/d.pdf"],
           ["export", "{file}", "--sitrep", "{out}/s.pdf"],
           ["export", "{file}", "--contacts", "{out}/c.pdf"],
           ["export", "{file}", "--csv", "{out}/j.csv"]]


@pytest.mark.parametrize("argv", READERS, ids=[" ".join(a[:1] + a[2:3]) for a in READERS])
def test_readers_never_begin_a_write_transaction(argv, event, tmp_path, monkeypatch):
    """Every verb that only reads (exports included) stays out of write transactions, so
    it never takes the write lock at all; checked where every transaction of ours begins."""
    from eventcenter.cli import main
    from eventcenter.store import engine
    from tests.core.test_integrity import some_night

    some_night(event)
    event.close()
    real = engine._on_begin

    def reading_only(conn) -> None:
        assert not conn.info.get("write"), "a reader began a write transaction"
        real(conn)

    monkeypatch.setattr(engine, "_on_begin", reading_only)
    monkeypatch.setenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "out"
    out.mkdir()
    assert main([a.format(file=event.path, out=out) for a in argv]) == 0
