"""The one place where what the core tells about changes becomes a Qt signal.

Two sources: `EventFile.subscribe` calls us after each write made through this process's
event file (on whichever thread wrote, usually the writer worker), and a cheap timer asks a
`FileWatcher` whether another process (the command line, a sync worker) appended records.
Both arrive here as `Changes` and leave as `changed` on the GUI thread. Records this window
already announced are not announced again when the watcher sees them on the file.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from eventcenter.changes import Changes
from eventcenter.event_file import EventFile
from eventcenter.watch import FileWatcher
from ui.tasks import Tasks

POLL_MS = 300
REMEMBERED = 2000  # local record ids kept to recognise them when the watcher sees them


class Bridge(QObject):
    """Core notifications → `changed(Changes)` on the GUI thread."""

    changed = Signal(object)
    _from_core = Signal(object)

    def __init__(self, event: EventFile, tasks: Tasks, parent: QObject | None = None,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.event_file, self.tasks = event, tasks
        self._local: deque[str] = deque(maxlen=REMEMBERED)
        self._local_set: set[str] = set()
        self._polling = False
        self._watcher = FileWatcher(event)
        self._from_core.connect(self._local_changes, Qt.ConnectionType.QueuedConnection)
        event.subscribe(self._listener)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _listener(self, changes: Changes) -> None:
        """Called by the core on the thread that wrote: only hand over, never touch widgets."""
        self._from_core.emit(changes)

    def _local_changes(self, changes: Changes) -> None:
        for record_id in changes.ids:
            if len(self._local) == self._local.maxlen:
                self._local_set.discard(self._local[0])
            self._local.append(record_id)
            self._local_set.add(record_id)
        self.changed.emit(changes)

    def _poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        self.tasks.run_task(self._watcher.poll, self._polled, self._poll_failed)

    def _polled(self, changes: Changes | None) -> None:
        self._polling = False
        if changes is None:
            return
        foreign = tuple(i for i in changes.ids if i not in self._local_set)
        if changes.ids and not foreign:
            return
        self.changed.emit(Changes(foreign, changes.topics, external=True))

    def _poll_failed(self, _error: BaseException) -> None:
        self._polling = False  # a busy or vanished file: try again at the next tick

    def close(self) -> None:
        self._timer.stop()
        self.event_file.unsubscribe(self._listener)
        self._watcher.close()
