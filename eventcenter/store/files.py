"""Files the program makes: owner-only permissions, temporary names, and what a killed
process left behind.

Event files, their WAL, backups and migration copies hold personal data (contacts' phone
numbers), so they are made readable by their owner only. No file is opened outside SQLite
for this (on POSIX, closing any other descriptor of a database drops SQLite's locks for the
whole process): SQLite creates the empty file, `os.chmod` sets its mode by path before
anything is written into it, and SQLite gives the -wal and -shm files it makes later the
main file's permissions. On Windows the mode bits mean nothing beyond read-only: there the
files rely on the per-user folder's permissions, and these calls change nothing.

A file being made gets a temporary name carrying the maker's process id, and is renamed when
complete and closed. What a killed process left behind is recognised by that name: it is
"left behind" once its process is gone (POSIX) or it has not been written for STALE_SECONDS.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

OWNER_FILE = 0o600
OWNER_FOLDER = 0o700
STALE_SECONDS = 600  # a file being made is written to far more often than this
SIDECARS = ("-wal", "-shm", "-journal")
_PERMISSIONS = os.name != "nt"
# File systems without POSIX modes (a FAT USB stick on Linux) refuse chmod: the medium then
# holds what the user put on it, as any other program's files there.
_NO_MODES = (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS)


def owner_only(path: Path) -> None:
    """Readable and writable by the owner alone (0600, a folder 0700), by path."""
    if not _PERMISSIONS:
        return
    mode = OWNER_FOLDER if Path(path).is_dir() else OWNER_FILE
    try:
        os.chmod(path, mode)
    except OSError as error:
        if error.errno not in _NO_MODES:
            raise


def private_folder(path: Path) -> Path:
    """The folder, made (with any missing parents) for its owner only if it did not exist; a
    folder that exists (one the user chose) keeps its permissions."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        owner_only(path)
    return path


def new_private_database(path: Path) -> None:
    """An empty database file made by SQLite and then made owner-only, before SQLite writes
    anything into it or makes its WAL (which then gets the same mode). VACUUM INTO accepts
    such an empty file as its target. Raises FileExistsError rather than open another file."""
    if os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, "file exists", str(path))
    sqlite3.connect(path).close()  # SQLite creates the (empty) file as it opens it
    owner_only(path)


def temporary_name(final: Path, purpose: str) -> Path:
    """A new, hidden name beside `final` for a file being made: `.NAME.PURPOSE-PID-RANDOM`."""
    final = Path(final)
    return final.with_name(f".{final.name}.{purpose}-{os.getpid()}-{secrets.token_hex(4)}")


def remove_with_sidecars(path: Path) -> None:
    """A database file and its -wal, -shm and -journal, those that exist."""
    for suffix in ("", *SIDECARS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def process_running(pid: int) -> bool:
    """Whether a process of this id exists. Only asked on POSIX: on Windows `os.kill` with
    signal 0 would end the process, so there a file's age alone decides."""
    if not _PERMISSIONS:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def left_behind(folder: Path, pattern: re.Pattern[str], now: float | None = None
                ) -> Iterator[Path]:
    """Files in the folder whose names match `pattern` (its group "pid" the maker's process
    id, if it has one) and whose maker is gone or which nobody has written for a while."""
    now = time.time() if now is None else now
    with suppress(OSError):
        for entry in os.scandir(folder):
            found = pattern.fullmatch(entry.name)
            if not found:
                continue
            pid = found.groupdict().get("pid")
            with suppress(OSError):
                gone = (pid is not None and int(pid) != os.getpid()
                        and not process_running(int(pid)))
                if gone or now - entry.stat().st_mtime > STALE_SECONDS:
                    yield Path(entry.path)


def move_into_place(temporary: Path, final: Path) -> None:
    """Give a complete, closed file its name, never replacing a file of that name (someone
    may have made one meanwhile): a hard link then the temporary name removed, or where the
    file system has no hard links a rename after a check (on Windows a rename refuses an
    existing name by itself). Neither opens the file. Raises FileExistsError."""
    try:
        os.link(temporary, final)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(final):
            raise FileExistsError(errno.EEXIST, "file exists", str(final)) from None
        os.rename(temporary, final)
        return
    os.unlink(temporary)
