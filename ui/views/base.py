"""What every tab of the main window is: a self-contained widget with one `refresh(changes)`.

A view gets the `WindowContext` (the open event, the workers, the operator, the moment shown)
and nothing else. The window calls `notify(changes)` for every change; a view that is not on
screen keeps the changes and refreshes when it is shown, so hidden tabs cost nothing.
Everything a view reads runs on a worker (`context.tasks.run_task`), and it reads the moment
to show from `context.moment` (None: now), so the whole window can show a past state.

The window treats every view alike, through this class alone: it connects the same signals
of each (what a view asks of the window) and calls the same methods (what the window asks of
a view); a view that has nothing to say or do there keeps the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from eventcenter.changes import Changes
from ui.session import WindowContext

if TYPE_CHECKING:
    from eventcenter.journal.queries import JournalEntry
    from eventcenter.state.model import Request


@dataclass(frozen=True)
class Origin:
    """What a new measure starts from: a journal entry, a request waiting, or nothing."""

    entry: JournalEntry | None = None
    request: Request | None = None


class View(QWidget):
    """Subclass, set `view_name` and `topics`, implement `title` and `refresh`."""

    view_name = "view"  # stable name: object name, settings, screenshots
    topics: frozenset[str] = frozenset()  # topics of `Changes` this view shows; empty: all
    first_for_roles: tuple[str, ...] = ()  # roles whose layout puts this view first

    # What a view asks of the window (each view emits those it needs).
    saved = Signal()  # a write of this view returned: the status bar says "saved" and when
    message = Signal(str)  # words for the status bar
    go_to = Signal(str, str)  # show another view and choose an object in it: name, key
    new_measure_for = Signal(object)  # an `Origin`: open a new measure from it
    correction_for = Signal(object)  # a journal entry to correct
    confidential_for = Signal(object)  # a journal entry to mark confidential afterwards
    arrived = Signal(int)  # this many requests arrived from elsewhere: say so, flash the tab
    first_page = Signal()  # the first screenful is shown: slow checks may start now

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(self.view_name)
        self._pending: Changes | None = None

    # -- what the window asks of a view -----------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self, changes: Changes) -> None:
        """Re-read what changed. `changes.external` is true for other processes' writes;
        `Changes.everything()` means: re-read all (start, new moment, new operator)."""
        raise NotImplementedError

    def focus_widget(self) -> QWidget | None:
        """The widget to focus when the tab is chosen."""
        return None

    def select(self, key: str) -> None:
        """Choose the object with this key (a measure's id, a unit's call sign …)."""

    def origin(self) -> Origin:
        """What a new measure would start from here: the chosen entry or waiting request."""
        return Origin()

    def create(self, origin: Origin | None = None) -> Any | None:
        """Open the form for a new object of this view (a measure from `origin`, a request),
        and return it; None where this view makes none or nothing may be written."""
        return None

    def focus_search(self) -> None:
        """Put the focus in this view's search field, if it has one."""

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
