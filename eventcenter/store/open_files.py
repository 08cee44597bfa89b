"""The event files this process has open, so nothing but SQLite touches them.

On Linux and macOS closing any other descriptor of an open SQLite file drops the process's
locks on it (DESIGN §4). A contacts file, a report's target or a test's audit asks here first
whether a path is an open event file or one of its parts (`-wal`, `-shm`, `-journal`).
"""

from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path

SIDECARS = ("-wal", "-shm", "-journal")
_open: dict[int, tuple[weakref.ref, Path]] = {}  # an open file's object (held weakly), path
_lock = threading.Lock()


def opened(owner: object, path: Path) -> None:
    with _lock:
        _open[id(owner)] = (weakref.ref(owner), Path(path))


def closed(owner: object) -> None:
    with _lock:
        _open.pop(id(owner), None)


def in_use(path: Path | str) -> bool:
    """Whether `path` is an event file this process has open, or its WAL, shared memory or
    journal: such a file must not be read or replaced by anything but SQLite."""
    path = Path(path)
    with _lock:
        paths = [p for ref, p in _open.values() if ref() is not None]
    for event_path in paths:
        for part in (event_path, *(event_path.with_name(event_path.name + suffix)
                                   for suffix in SIDECARS)):
            if _same_file(path, part):
                return True
    return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)  # a stat, no open
        return a.resolve() == b.resolve()
    except OSError:
        return False
