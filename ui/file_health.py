"""Is the open event file sound? Told once, clearly, and then nothing more is written.

SQLite's quick check reads the whole file, so it runs on a reader once the first page of the
journal is shown, never before it and never on the write path. Damage can also be met by any
statement on any worker (the core then marks the file damaged and refuses every write); every
error a task reports is a moment to look. Either way `damaged` is emitted once, with the
core's words naming the latest backup. A file whose meta disagrees with the identity its
records hold (found when it was opened) is told the same way, with the core's words for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ui.session import WindowContext


class FileHealth(QObject):
    """Signals: `checked(list)` with what the quick check found (empty: sound);
    `damaged(str)` with the words for the damaged file, once."""

    checked = Signal(object)
    damaged = Signal(str)

    def __init__(self, context: WindowContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.started = False
        self.told = False
        context.tasks.errored.connect(lambda _error: self.look())

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        event = self.context.event_file
        self.context.tasks.run_task(event.quick_check, self._checked, lambda _e: self.look())

    def _checked(self, found: list[str]) -> None:
        self.checked.emit(found)
        self.look()

    def look(self) -> None:
        event = self.context.event_file
        if self.told:
            return
        if event.damaged is not None:
            self.told = True
            self.damaged.emit(str(event.damage_error()))
        elif event.write_refusal is not None:  # its meta disagrees with its records
            self.told = True
            self.damaged.emit(str(event.write_refusal))
