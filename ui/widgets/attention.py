"""The attention column: what needs a look now, always in sight at the window's right.

It shows the items of the `AttentionSource`s it is given (the main window hands it
`attention_sources.default_sources()`), each read on a worker, at most every `THROTTLE_MS`
after changes, every `TICK_MS` while it shows now, and the deferred ones a moment after
start-up.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from eventcenter.changes import Changes
from ui.session import WindowContext
from ui.widgets.attention_sources import AttentionItem, AttentionSource

THROTTLE_MS = 2000
TICK_MS = 30_000  # waiting times and ages move on without any change to the file
STARTUP_DELAY_MS = 3000  # the working state's sections: after the first page and lines


class AttentionPanel(QFrame):
    def __init__(self, context: WindowContext, sources: list[AttentionSource],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPanel")
        self.context = context
        self.sources = list(sources)
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

