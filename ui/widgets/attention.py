"""The attention column: what needs a look now, always in sight at the window's right.

It shows the items of a list of `AttentionSource`s, each read on a worker. The journal
source counts entries; measures and requests add their own sources (open requests without
acknowledgement, measures with no update) by appending a class to `ATTENTION_SOURCES`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from eventcenter.changes import Changes
from eventcenter.event_file import EventFile
from eventcenter.journal_queries import JournalFilter
from eventcenter.timefmt import now_utc
from ui.session import WindowContext

THROTTLE_MS = 2000


@dataclass(frozen=True)
class AttentionItem:
    text: str
    level: str = "info"  # "info", "warn" (needs a look), "alert" (act now)
    count: int | None = None


class AttentionSource:
    """One section of the column. `load` runs on a worker with plain arguments."""

    topics: frozenset[str] = frozenset()

    def title(self) -> str:
        raise NotImplementedError

    def load(self, event: EventFile, moment: datetime | None) -> list[AttentionItem]:
        raise NotImplementedError


class JournalCounts(AttentionSource):
    topics = frozenset({"journal"})

    def title(self) -> str:
        return QCoreApplication.translate("JournalCounts", "Journal")

    def load(self, event: EventFile, moment: datetime | None) -> list[AttentionItem]:
        at = moment or now_utc()
        queries = event.entries
        hour = queries.count(JournalFilter(since=at - timedelta(hours=1), until=at))
        decisions = queries.count(JournalFilter(until=moment, kinds=("decision",)))
        confidential = queries.count(JournalFilter(until=moment, confidential=True))
        total = queries.count(JournalFilter(until=moment))
        last_hour = QCoreApplication.translate("JournalCounts", "Entries the last hour")
        decided = QCoreApplication.translate("JournalCounts", "Decisions")
        sealed = QCoreApplication.translate("JournalCounts", "Confidential entries")
        in_all = QCoreApplication.translate("JournalCounts", "Entries in all")
        return [AttentionItem(last_hour, "info", hour),
                AttentionItem(decided, "info", decisions),
                AttentionItem(sealed, "info", confidential),
                AttentionItem(in_all, "info", total)]


ATTENTION_SOURCES: list[type[AttentionSource]] = [JournalCounts]


class AttentionPanel(QFrame):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPanel")
        self.context = context
        self.sources = [cls() for cls in ATTENTION_SOURCES]
        self._sections: list[QVBoxLayout] = []
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Needs attention"), objectName="attentionHeading")
        layout.addWidget(heading)
        self.nothing = QLabel(self.tr("Nothing waiting."), objectName="attentionNothing")
        layout.addWidget(self.nothing)
        for source in self.sources:
            title = QLabel(source.title(), objectName="attentionSection")
            layout.addWidget(title)
            section = QVBoxLayout()
            layout.addLayout(section)
            self._sections.append(section)
        layout.addStretch(1)
        # Counting is not free on half a million entries: changes are gathered and the
        # column re-read at most every THROTTLE_MS, so logging never waits on it.
        self._waiting: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=THROTTLE_MS)
        self._timer.timeout.connect(self._reload)
        self._load(Changes.everything())

    def refresh(self, changes: Changes) -> None:
        self._waiting |= changes.topics
        if not self._timer.isActive():
            self._timer.start()

    def _reload(self) -> None:
        topics, self._waiting = self._waiting, set()
        self._load(Changes(topics=frozenset(topics)))

    def _load(self, changes: Changes) -> None:
        event, moment = self.context.event_file, self.context.moment
        for source, section in zip(self.sources, self._sections, strict=True):
            if source.topics and not changes.touches(*source.topics):
                continue
            self.context.tasks.run_task(lambda s=source: s.load(event, moment),
                                        lambda items, sec=section: self._show(sec, items),
                                        lambda _error: None)

    def _show(self, section: QVBoxLayout, items: list[AttentionItem]) -> None:
        while section.count():
            widget = section.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for item in items:
            text = item.text if item.count is None else f"{item.text}  <b>{item.count}</b>"
            label = QLabel(text)
            label.setWordWrap(True)
            label.setProperty("level", item.level)
            section.addWidget(label)
        urgent = any(section.count() and self._has_urgent(section)
                     for section in self._sections)
        self.nothing.setVisible(not urgent)

    @staticmethod
    def _has_urgent(section: QVBoxLayout) -> bool:
        for i in range(section.count()):
            widget = section.itemAt(i).widget()
            if widget is not None and widget.property("level") in ("warn", "alert"):
                return True
        return False
