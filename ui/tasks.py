"""Work off the GUI thread, results back on it (Picard's `run_task`, Anki's task manager).

One worker thread owns every write to the event file, so writes happen one at a time in the
order they were asked for; a small pool runs reads, reports and backups. A task is a plain
callable given ids and plain data, never a widget or a live database object; its result or
its error comes back to `on_done` / `on_error` on the GUI thread, through a queued signal.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)
# The GUI thread and the writer must not wait long for the interpreter lock while readers
# build pages of rows: hand it over every 0.5 ms instead of Python's default 5 ms.
SWITCH_INTERVAL_S = 0.0005
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Tasks(QObject):
    """The window's workers: `run_task(fn, on_done, on_error, write=False)`."""

    _finished = Signal(object)
    failed = Signal(object)  # an error no caller handled
    errored = Signal(object)  # every error a task ended with, handled or not

    def __init__(self, readers: int = 3, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="eventcenter-writer")
        self._readers = ThreadPoolExecutor(readers, thread_name_prefix="eventcenter-reader")
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._running = 0
        self._closed = False

    @property
    def busy(self) -> bool:
        """Whether a task has not yet reported back (tests wait on this)."""
        return self._running > 0

    def run_task(self, fn: Callable[[], Any], on_done: Done | None = None,
                 on_error: Failed | None = None, *, write: bool = False) -> Future | None:
        """Run `fn` on the writer (write=True) or a reader; hand back on the GUI thread."""
        if self._closed:
            return None
        self._running += 1
        future = (self._writer if write else self._readers).submit(fn)
        future.add_done_callback(lambda f: self._finished.emit((f, on_done, on_error)))
        return future

    def _deliver(self, item: tuple[Future, Done | None, Failed | None]) -> None:
        future, on_done, on_error = item
        self._running -= 1
        if future.cancelled() or self._closed:
            return
        error = future.exception()
        if error is not None:
            self.errored.emit(error)
        if error is None:
            if on_done is not None:
                on_done(future.result())
        elif on_error is not None:
            on_error(error)
        else:
            log.error("task failed", exc_info=error)
            self.failed.emit(error)

    def shutdown(self) -> None:
        """Finish every write already asked for (nothing saved is dropped); forget reads."""
        self._closed = True
        self._readers.shutdown(wait=False, cancel_futures=True)
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
