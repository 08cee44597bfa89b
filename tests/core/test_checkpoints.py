"""Checkpoints run outside the writers: no commit copies the WAL back into the file (SQLite's
automatic checkpoint is off), the window's way checkpoints after commits from a thread, the
command line's once after the command, and no checkpoint waits for a reader."""

from __future__ import annotations

import os
import shutil
import time

from eventcenter.cli import main
from eventcenter.event_file import EventFile
from eventcenter.store import checkpoints
from tests.raw_files import raw

LINES = 120  # about 16 WAL pages a line: past SQLite's automatic checkpoint at 1,000


def wal_frames(path) -> tuple[int, int]:
    """(frames in the WAL, frames now in the file), as a passive checkpoint of a plain
    connection tells them (it copies what it can: ask last)."""
    with raw(path) as conn:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        busy, log, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0
    return log, copied


def test_every_connection_turns_the_automatic_checkpoint_off(event):
    with event.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    with event.writing() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0


def test_no_commit_checkpoints_the_wal(pristine, tmp_path):
    """Written past 1,000 WAL pages with checkpoints left to the closing: the WAL holds
    every frame written (an automatic checkpoint inside a commit would have started it
    over)."""
    path = tmp_path / "valborg.event"
    shutil.copy(pristine, path)
    with raw(path) as keeper:  # another process has the file open, as the window would
        keeper.execute("SELECT count(*) FROM records").fetchone()
        with EventFile.open(path, background_checkpoints=False) as event:
            for i in range(LINES):
                event.journal.log(f"Rad {i}", operator="Anna")
            log, _copied = wal_frames(path)
        assert log > 1000
        assert event.checkpoints.last is not None  # once, on closing


def test_the_window_checkpoints_after_commits_from_a_thread(event):
    for i in range(5):
        event.journal.log(f"Rad {i}", operator="Anna")
    assert event.checkpoints.wait_idle(timeout=10)
    busy, log, copied = event.checkpoints.last
    assert busy == 0 and log > 0 and copied == log


def test_the_thread_is_not_woken_by_every_commit(event, monkeypatch):
    """Lines logged one after another wake the checkpoint thread at the first of a batch and
    at the last, not at each (a wake-up per line cost a tenth of the line's CPU); a pause
    still gets its checkpoint."""
    wakes = []
    wanted = event.checkpoints._wanted
    real_set = wanted.set
    monkeypatch.setattr(wanted, "set", lambda: (wakes.append(1), real_set()))
    for i in range(10):
        event.journal.log(f"Rad {i}", operator="Anna")
    assert len(wakes) == 1
    assert event.checkpoints.wait_idle(timeout=10)
    busy, log, copied = event.checkpoints.last
    assert busy == 0 and copied == log


def test_the_command_line_checkpoints_after_the_command(pristine, tmp_path, monkeypatch):
    path = tmp_path / "valborg.event"
    shutil.copy(pristine, path)
    made = []
    real = checkpoints.checkpoint

    def count() -> int:
        with raw(path) as conn:
            return conn.execute("SELECT count(*) FROM records").fetchone()[0]

    def noted(engine):
        made.append(count())  # after the commit: the line is in
        return real(engine)

    monkeypatch.setattr(checkpoints, "checkpoint", noted)
    before = count()
    with raw(path) as keeper:  # the window has the file open
        keeper.execute("SELECT 1").fetchone()
        assert main(["log", str(path), "Brand i papperskorg", "--operator", "Anna"]) == 0
        assert made == [before + 1]
        log, copied = wal_frames(path)
    assert copied == log


def test_a_checkpoint_never_waits_for_a_reader(event):
    event.journal.log("Första", operator="Anna")
    with raw(event.path) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM records").fetchone()  # holds its snapshot
        for i in range(3):
            event.journal.log(f"Rad {i}", operator="Anna")
        start = time.perf_counter()
        busy, log, copied = checkpoints.checkpoint(event.engine)
        assert time.perf_counter() - start < 1.0  # the busy timeout is 10 s
        assert copied < log  # the reader's frames stay in the WAL, for the next
        reader.execute("COMMIT")


def test_the_wal_starts_over_while_a_writer_goes_on(event, monkeypatch):
    """Lines logged one after another with no pause: every passive checkpoint ends with new
    frames behind it, so the thread copies the tail between two writes and the WAL starts
    over, instead of growing for as long as the writing goes on."""
    monkeypatch.setattr(checkpoints, "RESTART_FRAMES", 256)  # about 1 MB, to be quick
    monkeypatch.setattr(checkpoints, "BATCH", 8)
    for i in range(300):  # about 5,000 frames: 20 MB of WAL if it never starts over
        event.journal.log(f"Rad {i}", operator="Anna")
    assert os.stat(f"{event.path}-wal").st_size < 8 * 2**20
