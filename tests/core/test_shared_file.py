"""One event file, two processes: every line either of them acknowledged is kept.

On Linux and macOS SQLite's locks belong to the process, and closing any other descriptor of
the file drops all of them: the next process then believes it is alone, checkpoints and
deletes the WAL under the first (SQLite's "How To Corrupt", section 2.2). These tests run the
sequence that lost lines: a process with the file open and written looks at the file again
(`check_event_file`, as every `EventFile.open` does), then the command line reads and writes
the same file, then the first process writes again and closes.
"""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from eventcenter.event_file import EventFile, check_event_file
from eventcenter.integrity import verify
from tests.raw_files import raw, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="locks belong to handles on Windows")


def wal_and_shm(path):
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def inodes(path) -> list[int | None]:
    """The WAL's and shared memory's inodes, None where gone (a stat opens nothing)."""
    return [os.stat(side).st_ino if side.exists() else None for side in wal_and_shm(path)]


def ids_in_file(path) -> set[str]:
    with raw(path) as conn:
        return {i for (i,) in conn.execute("SELECT id FROM records")}


def cli_ok(args, config) -> str:
    done = run_cli(args, config)
    assert done.returncode == 0, done.stderr
    return done.stdout


def command_line_reads_and_writes(path, config, seen: str, moved: list[str]) -> str:
    """`eventcenter show FILE journal` (must see `seen`), then `eventcenter log`; returns
    the id `log` printed. Notes in `moved` when the open process's WAL or shared memory
    was deleted (or replaced) under it."""
    before = inodes(path)
    assert seen in cli_ok(["show", path, "journal"], config)
    if inodes(path) != before:
        moved.append(f"after show: {before} -> {inodes(path)}")
    logged = cli_ok(["log", path, "Kommandoraden: vakt vid Dombron", "--operator", "Bo"],
                    config).strip()
    if inodes(path) != before:
        moved.append(f"after log: {before} -> {inodes(path)}")
    return logged


def test_the_command_line_beside_an_open_writer_loses_no_line(pristine, tmp_path):
    path = tmp_path / "valborg.event"
    shutil.copy(pristine, path)
    config = tmp_path / "cli-laptop"
    event = EventFile.open(path)
    moved: list[str] = []
    try:
        acknowledged = {event.journal.log("Fönstret: brand i papperskorg",
                                          operator="Anna").id}
        check_event_file(path)  # what opening the file again in this process does first
        acknowledged.add(command_line_reads_and_writes(path, config, "brand i papperskorg",
                                                                moved))
        for n in range(3):
            acknowledged.add(event.journal.log(f"Fönstret: rad {n}", operator="Anna").id)
        acknowledged.add(command_line_reads_and_writes(path, config, "rad 2", moved))
        acknowledged.add(event.journal.log("Fönstret: sista raden", operator="Anna").id)
    finally:
        event.close()
    assert acknowledged - ids_in_file(path) == set()
    with EventFile.open(path) as reopened:
        assert not verify(reopened).items
    assert moved == []
