"""Who hears about changes: the listeners the core calls after each committed write.

A listener that is a bound method is held weakly, so a view that was closed and dropped
stops hearing without having to unsubscribe; a plain function is held until it is removed.
A listener that raises is logged and skipped: by then the line is on disk, and a failing view
must never make a saved line look unsaved, nor keep the other listeners from hearing.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)
Listener = Callable[[Any], None]


class Listeners:
    """A set of listeners, safe to add to and call from several threads."""

    def __init__(self) -> None:
        self._held: list[Callable[[], Listener | None]] = []
        self._lock = threading.Lock()

    def add(self, listener: Listener) -> None:
        if hasattr(listener, "__self__") and hasattr(listener, "__func__"):
            ref: Callable[[], Listener | None] = weakref.WeakMethod(listener)
        else:
            ref = _Strong(listener)
        with self._lock:
            self._held.append(ref)

    def remove(self, listener: Listener) -> None:
        with self._lock:
            self._held = [r for r in self._held if r() not in (None, listener)]

    def __len__(self) -> int:
        return len(self._alive())

    def notify(self, what: Any) -> None:
        """Call every live listener with `what`; one that raises is logged, not raised."""
        for listener in self._alive():
            try:
                listener(what)
            except Exception:  # noqa: BLE001 - a listener's failure is not the write's
                log.exception("a listener failed after a saved change")

    def _alive(self) -> list[Listener]:
        with self._lock:
            self._held = [r for r in self._held if r() is not None]
            return [listener for r in self._held if (listener := r()) is not None]


class _Strong:
    """A strong reference that answers like a weak one."""

    def __init__(self, listener: Listener) -> None:
        self.listener = listener

    def __call__(self) -> Listener:
        return self.listener
