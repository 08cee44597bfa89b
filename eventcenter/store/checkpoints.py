"""Checkpoints outside the writers: the WAL copied back into the file after commits, never
inside one.

SQLite's automatic checkpoint runs inside the commit that pushes the WAL past 1,000 pages:
in a big file every 64th line took 18–37 ms. So every connection of ours turns it off
(`wal_autocheckpoint = 0`, `store.engine`) and the WAL is checkpointed here instead, PASSIVE
(it copies what no reader still needs and never waits for a reader or a writer, nor makes
either wait): in the window from a background thread woken by the commits (one checkpoint
for every `BATCH` of them, or when the writers pause), in the command line once after the
command (`EventFile.close`). A checkpoint that cannot finish because a
reader holds an old snapshot finishes at the next; the WAL is kept under 64 MB
(`WAL_LIMIT_BYTES`: `journal_size_limit` truncates it when it starts over).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import AbstractContextManager
from typing import Any

WAL_LIMIT_BYTES = 64 * 1024 * 1024
# The thread gathers commits: one checkpoint per BATCH of them, or once the writers pause for
# IDLE_S. Lines logged one after another rewrite the same pages (the newest leaf of each
# index, the full-text index's), so a checkpoint of many commits copies each page once: a
# checkpoint per commit cost about half the CPU of the line itself. 32 lines are about 2 MB
# of WAL.
BATCH = 32
IDLE_S = 0.25
# SQLite starts the WAL over only at a write that begins after a checkpoint copied every
# frame then in it; with a writer going on all the time, every checkpoint ends with new frames
# behind it. So once the WAL holds RESTART_FRAMES (16 MB of 4 KB pages), the few frames the
# last checkpoint left are copied with the write lock held for that moment.
RESTART_FRAMES = 4096
HOLD_WAIT_MS = 200  # how long the thread waits for the write lock to copy the tail
_PASSIVE = "PRAGMA wal_checkpoint(PASSIVE)"
_log = logging.getLogger(__name__)


def checkpoint(engine: Any) -> tuple[int, int, int] | None:
    """One passive checkpoint on a connection of the engine's pool: (busy, WAL frames,
    frames copied), or None when SQLite refused (what it said is logged: a damaged file
    is told by the write path, never here)."""
    pooled = engine.raw_connection()
    try:
        return tuple(pooled.driver_connection.execute(_PASSIVE).fetchone())
    except sqlite3.Error as error:
        _log.warning("checkpoint not made: %s", error)
        return None
    finally:
        pooled.close()


def catch_up(engine: Any, writers: AbstractContextManager) -> tuple[int, int, int] | None:
    """A passive checkpoint beside the writers; when the WAL has grown large, then the
    tail it left, between two writes (`between_writes`), so that the WAL starts over."""
    result = checkpoint(engine)
    if result is not None and result[1] >= RESTART_FRAMES:
        return between_writes(engine, writers)
    return result


def between_writes(engine: Any, writers: AbstractContextManager) -> tuple[int, int, int] | None:
    """A passive checkpoint while another connection holds the write lock, so that it can
    copy every frame and the next writer starts the WAL over. Writers wait meanwhile for
    the copy of the tail (what the checkpoints before left), never for a reader: a reader
    that still needs frames leaves this checkpoint short too (PASSIVE), to be tried later.
    `writers` is this process's turn to write (`transaction.Writer.lock`): taken first, so
    that a writer of this process going on all the time lets the checkpoint in. SQLite's
    lock is asked for briefly: when another process holds it long (an import), the WAL
    starts over another time."""
    holder = engine.raw_connection()
    conn = holder.driver_connection
    patience = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    try:
        conn.execute(f"PRAGMA busy_timeout = {HOLD_WAIT_MS}")
        with writers:
            conn.execute("BEGIN IMMEDIATE")
            try:
                return checkpoint(engine)
            finally:
                conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        _log.warning("checkpoint not made: %s", error)
        return None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(patience)}")
        holder.close()


class Checkpoints:
    """When the open file's WAL is checkpointed: after commits, in a thread of its own
    (`background=True`, the window and the API), or when the file is closed (the command
    line: one write, then one checkpoint, then exit)."""

    def __init__(self, engine: Any, writers: AbstractContextManager,
                 background: bool = True) -> None:
        self.engine = engine
        self.writers = writers  # this process's turn to write (transaction.Writer.lock)
        self.background = background
        self.pending = False  # commits made since the last checkpoint
        self._commits = 0
        self.last: tuple[int, int, int] | None = None  # what the latest checkpoint said
        self._wanted = threading.Event()
        self._idle = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def committed(self) -> None:
        """A commit has returned: wake the thread (it never holds the writer up)."""
        with self._lock:
            self.pending = True
            self._commits += 1
            if not self.background:
                return
            # Only the first commit of a batch and the last wake the thread: in between it
            # looks in every IDLE_S (a wake-up per line cost about a tenth of the line).
            if self._commits == 1 or self._commits >= BATCH:
                self._idle.clear()
                if self._thread is None and not self._stopping:
                    self._thread = threading.Thread(target=self._run, daemon=True,
                                                    name="eventcenter-checkpoint")
                    self._thread.start()
                self._wanted.set()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            seen = 0
            while seen != self._commits < BATCH and not self._stopping:
                seen = self._commits  # none more within IDLE_S: the writers paused
                self._wanted.clear()
                self._wanted.wait(IDLE_S)
            self._wanted.clear()
            if self._stopping:
                return
            with self._lock:
                self._commits = 0
                self.pending = False
            self.last = catch_up(self.engine, self.writers)
            if not self._wanted.is_set():
                self._idle.set()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until the thread has checkpointed after the latest commit (for tests and
        benchmarks: nothing on the write path waits for a checkpoint)."""
        return not self.pending or self._idle.wait(timeout)

    def close(self) -> None:
        """Stop the thread; in the command line's way, checkpoint once if anything was
        written."""
        with self._lock:
            self._stopping = True
            thread, self._thread = self._thread, None
        if thread is not None:
            self._wanted.set()
            thread.join()
        if self.pending and not self.background:
            self.pending = False
            self.last = checkpoint(self.engine)
