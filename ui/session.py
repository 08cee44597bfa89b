"""Who sits at the laptop, and what the open window works on: passed to every part.

A view or dialog gets a `WindowContext` instead of reaching for a global main window: the
open event file, the workers, the change bridge, the signed-in operator and the moment the
window shows (None: now).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from eventcenter.event_file import EventFile
from eventcenter.roles import may_mark_confidential, may_write
from ui.bridge import Bridge
from ui.catalogue_lists import Catalogue
from ui.settings import Settings
from ui.tasks import Tasks


def role_label(role: str) -> str:
    names = {
        "coordinator": QCoreApplication.translate("Session", "coordinator"),
        "liaison": QCoreApplication.translate("Session", "liaison officer"),
        "reader": QCoreApplication.translate("Session", "reader"),
    }
    return names.get(role, role)


@dataclass(frozen=True)
class Session:
    """The signed-in operator. Who may do what is decided by `eventcenter.roles`."""

    operator: str
    role: str = "coordinator"

    @property
    def can_write(self) -> bool:
        return may_write(self.role)

    @property
    def can_mark_confidential(self) -> bool:
        return may_mark_confidential(self.role)

    def label(self) -> str:
        return f"{self.operator}, {role_label(self.role)}"


class WindowContext(QObject):
    """What the parts of one window share. Signals: `session_changed`, `moment_changed`."""

    session_changed = Signal(object)
    moment_changed = Signal(object)  # datetime | None

    def __init__(self, event: EventFile, tasks: Tasks, bridge: Bridge, session: Session,
                 settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.event_file, self.tasks, self.bridge = event, tasks, bridge
        self.session, self.settings = session, settings
        self.moment: datetime | None = None
        self.catalogue = Catalogue(event, tasks, self)

    @property
    def read_only(self) -> bool:
        """A past moment, a reader, a file found damaged, or one whose meta disagrees with
        its records: nothing is written."""
        return (self.moment is not None or not self.session.can_write
                or self.event_file.damaged is not None
                or self.event_file.write_refusal is not None)

    def set_session(self, session: Session) -> None:
        self.session = session
        self.session_changed.emit(session)

    def set_moment(self, moment: datetime | None) -> None:
        self.moment = moment
        self.moment_changed.emit(moment)
