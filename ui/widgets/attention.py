"""The attention column: what needs a look now, always in sight at the window's right.

It shows the items of a list of `AttentionSource`s, each read on a worker. The journal
source counts entries; measures and requests add their own sources (open requests without
acknowledgement, measures with no update) by appending a class to `ATTENTION_SOURCES`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from eventcenter.changes import Changes
from eventcenter.event_file import EventFile
from eventcenter.journal.queries import JournalFilter
from eventcenter.timefmt import now_utc
from ui.session import WindowContext

THROTTLE_MS = 2000


@dataclass(frozen=True)
class AttentionItem:
    text: str
    level: str = "info"  # "info", "warn" (needs a look), "alert" (act now)
    count: int | None = None


class AttentionSource:
    """One section of the column. `load` runs on a worker with plain arguments; a
    `deferred` source is first read a moment after start-up."""

    topics: frozenset[str] = frozenset()
    deferred = False

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
        queries = event.read.journal
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
TICK_MS = 30_000  # waiting times and ages move on without any change to the file
STARTUP_DELAY_MS = 3000  # the working state's sections: after the first page and lines


def _register_state_sources() -> None:
    """The working state's sections (requests, measures, clashes, counts) come first."""
    from ui.widgets.state_attention import STATE_SOURCES

    ATTENTION_SOURCES[:0] = [s for s in STATE_SOURCES if s not in ATTENTION_SOURCES]


class AttentionPanel(QFrame):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPanel")
        self.context = context
        self.sources = [cls() for cls in ATTENTION_SOURCES]
        self._sections: list[QVBoxLayout] = []
        self._titles: list[QLabel] = []
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Needs attention"), objectName="attentionHeading")
        layout.addWidget(heading)
        self.nothing = QLabel(self.tr("Nothing waiting."), objectName="attentionNothing")
        layout.addWidget(self.nothing)
        # The column itself never leaves the window; on a very busy night its own list
        # scrolls instead of squeezing the items into each other.
        inner = QWidget(objectName="attentionInner")
        sections = QVBoxLayout(inner)
        sections.setContentsMargins(0, 0, 0, 0)
        for source in self.sources:
            title = QLabel(source.title(), objectName="attentionSection")
            title.hide()  # shown with its first items
            sections.addWidget(title)
            self._titles.append(title)
            section = QVBoxLayout()
            sections.addLayout(section)
            self._sections.append(section)
        sections.addStretch(1)
        scroll = QScrollArea(objectName="attentionScroll")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        # Counting is not free on half a million entries: changes are gathered and the
        # column re-read at most every THROTTLE_MS, so logging never waits on it.
        self._waiting: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=THROTTLE_MS)
        self._timer.timeout.connect(self._reload)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self._ticked)
        self._tick.start()
        context.moment_changed.connect(lambda _moment: self._load(Changes.everything()))
        # At start-up the journal's first page and the first lines typed come first; the
        # sections that read the working state follow a moment later.
        self._load(Changes.everything(), starting=True)
        QTimer.singleShot(STARTUP_DELAY_MS, lambda: self._load(Changes.everything(),
                                                                later=True))

    def _ticked(self) -> None:
        if self.context.moment is None:
            self._load(Changes.everything())

    def refresh(self, changes: Changes) -> None:
        self._waiting |= changes.topics
        if not self._timer.isActive():
            self._timer.start()

    def _reload(self) -> None:
        topics, self._waiting = self._waiting, set()
        self._load(Changes(topics=frozenset(topics)))

    def _load(self, changes: Changes, starting: bool = False, later: bool = False) -> None:
        event, moment = self.context.event_file, self.context.moment
        for source, section in zip(self.sources, self._sections, strict=True):
            if source.topics and not changes.touches(*source.topics):
                continue
            if (starting and source.deferred) or (later and not source.deferred):
                continue
            self.context.tasks.run_task(lambda s=source: s.load(event, moment),
                                        lambda items, sec=section: self._show(sec, items),
                                        lambda _error: None)

    def _show(self, section: QVBoxLayout, items: list[AttentionItem]) -> None:
        self._titles[self._sections.index(section)].setVisible(bool(items))
        while section.count():
            widget = section.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for item in items:
            if item.count is None:  # may quote what people typed: never read as markup
                label = QLabel(item.text)
                label.setTextFormat(Qt.TextFormat.PlainText)
            else:
                label = QLabel(f"{html.escape(item.text)}  <b>{item.count}</b>")
                label.setTextFormat(Qt.TextFormat.RichText)
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


_register_state_sources()
