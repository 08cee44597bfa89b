"""What every tab of the main window is: a self-contained widget with one `refresh(changes)`.

A view gets the `WindowContext` (the open event, the workers, the operator, the moment shown)
and nothing else. The window calls `notify(changes)` for every change; a view that is not on
screen keeps the changes and refreshes when it is shown, so hidden tabs cost nothing.
Everything a view reads runs on a worker (`context.tasks.run_task`), and it reads the moment
to show from `context.moment` (None: now), so the whole window can show a past state.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from eventcenter.changes import Changes
from ui.session import WindowContext


class View(QWidget):
    """Subclass, set `view_name` and `topics`, implement `title` and `refresh`."""

    view_name = "view"  # stable name: object name, settings, screenshots
    topics: frozenset[str] = frozenset()  # topics of `Changes` this view shows; empty: all
    first_for_roles: tuple[str, ...] = ()  # roles whose layout puts this view first

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(self.view_name)
        self._pending: Changes | None = None

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self, changes: Changes) -> None:
        """Re-read what changed. `changes.external` is true for other processes' writes;
        `Changes.everything()` means: re-read all (start, new moment, new operator)."""
        raise NotImplementedError

    def focus_widget(self) -> QWidget | None:
        """The widget to focus when the tab is chosen."""
        return None

    def notify(self, changes: Changes) -> None:
        """Called by the window: refresh now if visible, else when next shown."""
        if self.topics and not changes.touches(*self.topics):
            return
        if self.isVisible():
            self.refresh(changes)
        elif self._pending is None:
            self._pending = changes
        else:
            self._pending = Changes(self._pending.ids + changes.ids,
                                    self._pending.topics | changes.topics,
                                    self._pending.external or changes.external)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.refresh(pending)
