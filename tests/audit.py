"""Catch any Python-level open, rename or removal of an event file this process has open.

On Linux and macOS closing any descriptor of the file drops SQLite's locks for the whole
process, so nothing but SQLite may open an open event file, its WAL or its shared memory.
`sys.addaudithook` sees every open made from Python (builtins.open, io, os.open, pathlib,
shutil); Qt's and SQLite's own C++/C opens are invisible to it. An audit hook cannot be
removed, so it is installed once and switched on and off by `watching()`. It looks only at
files an `EventFile` of this process has open at that moment (`store.open_files.in_use`): a test
harness copying a closed file, or reading one after closing it, does not trip it.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

from eventcenter.store.open_files import in_use

EVENTS = {"open": 1, "os.rename": 2, "os.remove": 1, "os.truncate": 1, "shutil.copyfile": 2}
_state = {"installed": False, "on": False}
_found: list[str] = []
_here = threading.local()  # per thread: inside the hook (in_use must not recurse into it)


def _hook(event: str, args: tuple) -> None:
    if not _state["on"] or event not in EVENTS or getattr(_here, "busy", False):
        return
    _here.busy = True
    try:
        for path in args[:EVENTS[event]]:
            if isinstance(path, str | bytes | os.PathLike) and in_use(os.fsdecode(path)):
                stack = "".join(traceback.format_stack(limit=12)[:-1])
                _found.append(f"{event} {os.fsdecode(path)}\n{stack}")
    finally:
        _here.busy = False


@contextmanager
def watching() -> Iterator[list[str]]:
    """Yields the list the violations are recorded in (each with its stack)."""
    if not _state["installed"]:
        sys.addaudithook(_hook)
        _state["installed"] = True
    _found.clear()
    _state["on"] = True
    try:
        yield _found
    finally:
        _state["on"] = False


def violations_text(found: list[str]) -> str:
    return "\n\n".join(found)


def recorded() -> list[str]:
    """What the hook has recorded since `watching()` began (a test of the hook clears it)."""
    return _found
