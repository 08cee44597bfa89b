"""Scratch copies of an event file: one consistent snapshot to work on without the write lock.

`verify` rebuilds the projections of a copy, never of the file itself, so writers are never
kept waiting by it. The copy is made with VACUUM INTO, which reads the live file in one read
transaction (in WAL mode, writers carry on meanwhile), into a folder of its own that only its
owner can enter. The copy holds personal data (contacts' phone numbers), so it must not
outlive the work, even when the process is killed:

- on POSIX the copy is unlinked as soon as SQLite has it open: the kernel frees it when the
  process ends, however it ends. SQLite then needs no file beside it (no journal: the copy is
  thrown away, so it needs no rollback; temporary tables and sorts go to SQLite's own
  temporary files, which it unlinks as it opens them);
- folders left by a process that is gone (killed between the copy and the unlink, or on
  Windows, where an open file cannot be unlinked) are removed by the next `open_snapshot`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from eventcenter.store.engine import vacuum_into
from eventcenter.swedish import register_collation

PREFIX = "eventcenter-scratch-"  # + the owner's process id + a random part
COPY_NAME = "snapshot.sqlite"
WINDOWS_GRACE_SECONDS = 60  # a folder younger than this may still be being filled


@contextmanager
def open_snapshot(engine: Engine, root: Path | None = None) -> Iterator[Connection]:
    """A connection to a private copy of the file behind `engine`, as one snapshot; the
    copy and its folder are gone when the block ends. Raises sqlite3.Error when the copy
    cannot be made (a damaged file, a full disk)."""
    root = Path(root) if root else Path(tempfile.gettempdir())
    sweep(root)
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=root))  # mode 0700
    try:
        copy = folder / COPY_NAME
        _copy(engine, copy)
        scratch = _scratch_engine(copy)
        try:
            with scratch.connect() as conn:
                if os.name == "posix":
                    copy.unlink()  # SQLite keeps it open; nothing of it survives the process
                yield conn
        finally:
            scratch.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy(engine: Engine, copy: Path) -> None:
    try:
        vacuum_into(engine, copy)
    except Exception as error:  # the driver's error, however SQLAlchemy wrapped it
        raise _driver_error(error) from None
    os.chmod(copy, 0o600)


def _driver_error(error: Exception) -> Exception:
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, sqlite3.Error) else error


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = OFF")  # no journal file beside the copy
    cursor.execute("PRAGMA synchronous = OFF")  # a copy thrown away need not reach the disk
    cursor.close()
    register_collation(dbapi_connection)


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def _scratch_engine(copy: Path) -> Engine:
    """One connection, kept for the engine's life: after the unlink no second can open it."""
    engine = create_engine(f"sqlite:///{copy.as_posix()}", poolclass=StaticPool,
                           connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def sweep(root: Path) -> list[Path]:
    """Remove the scratch folders of processes that are gone; returns those removed."""
    removed = []
    for folder in Path(root).glob(f"{PREFIX}*"):
        if folder.is_dir() and _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
    return removed


def _abandoned(folder: Path) -> bool:
    try:
        pid = int(folder.name[len(PREFIX):].split("-")[0])
        info = folder.stat()
    except (ValueError, OSError):
        return False
    if pid == os.getpid():
        return False
    if os.name != "posix":
        # No portable liveness check here; a copy still open cannot be removed on Windows,
        # so only the grace for a folder between its creation and its copy is needed.
        return time.time() - info.st_mtime > WINDOWS_GRACE_SECONDS
    if info.st_uid != os.getuid():
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, someone else's
        return False
    return False
