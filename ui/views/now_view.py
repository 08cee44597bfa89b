"""The dashboard ("Läge"): the counts of the night, what needs attention, and the other tabs
in short: requests waiting, open measures (the longest without an update first), where the
units are. Read in one go for the moment shown; a double-click goes to the object's tab."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eventcenter.state.model import Measure, Request, Unit
from eventcenter.state.needs_attention import Concern, Overview, concerns, overview, stale_minutes
from eventcenter.timefmt import hhmm_local, now_utc, to_micros
from ui import words
from ui.concern_words import concern_target, concern_text
from ui.session import WindowContext
from ui.views.state_view import StateView

SHORT_LIST = 12
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
ALERT = QColor(226, 82, 64)  # readable on the day and the night theme alike
WARN = QColor(214, 140, 30)


@dataclass(frozen=True)
class Situation:
    """Everything the dashboard shows, read on a worker."""

    at: int
    overview: Overview
    concerns: list[Concern]
    requests: list[Request]
    measures: list[Measure]
    units_by_place: dict[str | None, list[Unit]]
    stale_minutes: int


def read_situation(event, moment) -> Situation:
    state = event.read.state
    measures = sorted(state.open_measures(at=moment),
                      key=lambda m: (-m.since_update_seconds, m.opened_at))
    requests = state.pending_requests(at=moment)
    counts = overview(event, at=moment)
    return Situation(to_micros(moment or now_utc()), counts, concerns(event, at=moment),
                     requests, measures, state.units_by_place(at=moment), stale_minutes(event))


class NowView(StateView):
    view_name = "now"
    topics = frozenset({"measures", "requests", "units", "contacts"})

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = QLabel(objectName="nowHeading")
        self.tiles: dict[str, QLabel] = {}
        self.attention = self._list("nowAttention")
        self.requests = self._list("nowRequests")
        self.measures = self._list("nowMeasures")
        self.units = self._list("nowUnits")
        self._layout()
        self.first_load()

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(objectName=name)
        widget.setUniformItemSizes(True)
        widget.setWordWrap(False)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.itemActivated.connect(self._activated)
        widget.itemDoubleClicked.connect(self._activated)
        return widget

    def _tile(self, key: str, label: str) -> QFrame:
        frame = QFrame(objectName="nowTile")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        number = QLabel("–", objectName="nowNumber")
        self._size_number(number)
        number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(label, objectName="nowCaption")
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setWordWrap(True)
        column = QVBoxLayout(frame)
        column.setContentsMargins(6, 4, 6, 4)
        column.addWidget(number)
        column.addWidget(caption)
        self.tiles[key] = number
        return frame

    def _size_number(self, number: QLabel) -> None:
        """Big figures: twice the text size, following Ctrl+plus and Ctrl+minus."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        number.setFont(font)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for number in self.tiles.values():
                self._size_number(number)

    def _layout(self) -> None:
        tiles = QGridLayout()
        for i, (key, label) in enumerate((
                ("open_measures", self.tr("Open measures")),
                ("stale", self.tr("Without update")),
                ("pending", self.tr("Requests waiting")),
                ("unacknowledged", self.tr("Not acknowledged")),
                ("on_site", self.tr("Units on site")),
                ("en_route", self.tr("Units en route")),
                ("available", self.tr("Units available")),
                ("contacts", self.tr("Contacts on duty")))):
            tiles.addWidget(self._tile(key, label), 0, i)
        grid = QGridLayout()
        for row, col, title, widget in (
                (0, 0, self.tr("Needs attention"), self.attention),
                (0, 1, self.tr("Requests waiting"), self.requests),
                (2, 0, self.tr("Open measures, longest without an update first"),
                 self.measures),
                (2, 1, self.tr("Units by place"), self.units)):
            grid.addWidget(QLabel(f"<b>{title}</b>", objectName="nowSection"), row, col)
            grid.addWidget(widget, row + 1, col)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)

    def title(self) -> str:
        return self.tr("Situation")

    def focus_widget(self) -> QWidget:
        return self.attention

    # -- reading ----------------------------------------------------------------------------

    def load(self, event, moment):
        return read_situation(event, moment)

    def show(self, s: Situation) -> None:
        o = s.overview
        self.heading.setText(self.tr("<b>Situation at %1</b>").replace("%1", hhmm_local(s.at)))
        values = {"open_measures": o.open_measures, "stale": o.stale_measures,
                  "pending": o.pending_requests, "unacknowledged": o.requests["pending"],
                  "on_site": o.units["on-site"], "en_route": o.units["en-route"],
                  "available": o.units["available"], "contacts": o.contacts_on_duty}
        for key, value in values.items():
            self.tiles[key].setText(str(value))
            alert = (key in ("stale", "unacknowledged") and value > 0)
            self.tiles[key].setProperty("level", "alert" if alert else "")
            self.tiles[key].style().unpolish(self.tiles[key])
            self.tiles[key].style().polish(self.tiles[key])
        self._fill(self.attention, [(concern_text(c), c.level, concern_target(c))
                                    for c in s.concerns],
                   self.tr("Nothing needs attention."))
        self._fill(self.requests, [self._request_line(r) for r in s.requests],
                   self.tr("No request is waiting."))
        self._fill(self.measures, [self._measure_line(m, s.stale_minutes)
                                   for m in s.measures], self.tr("No open measures."))
        self._fill(self.units, [self._place_line(place, units)
                                for place, units in s.units_by_place.items()],
                   self.tr("No units."))

    def _request_line(self, r: Request):
        text = words.request_text(r)
        line = self.tr("%1 · %2 %3: %4 — %5").replace("%1", hhmm_local(r.received_at)).replace(
            "%2", words.duration(r.waiting_seconds)).replace(
            "%3", words.request_status(r.status)).replace("%4", text).replace(
            "%5", words.request_party(r))
        return line, "alert" if r.status == "pending" else "", ("requests", r.id)

    def _measure_line(self, m: Measure, stale: int):
        title = words.measure_title(m)
        parts = [title, words.measure_status(m.status)]
        if m.place:
            parts.append(m.place)
        if m.units:
            parts.append(", ".join(m.units))
        line = self.tr("%1 since an update: %2").replace(
            "%1", words.duration(m.since_update_seconds)).replace("%2", " · ".join(parts))
        level = "warn" if m.since_update_seconds >= stale * 60 else ""
        return line, level, ("measures", m.id)

    def _place_line(self, place: str | None, units: list[Unit]):
        names = ", ".join(f"{u.callsign} ({words.unit_status(u.status)})" for u in units)
        where = place or self.tr("No known place")
        return f"{where}: {names}", "", ("units", units[0].callsign)

    def _fill(self, widget: QListWidget, lines: list[tuple], empty: str) -> None:
        widget.clear()
        for text, level, target in lines[:SHORT_LIST] if len(lines) > SHORT_LIST + 1 else lines:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            if level:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(ALERT if level == "alert" else WARN)
            if target:
                item.setData(TARGET_ROLE, f"{target[0]}:{target[1]}")
            widget.addItem(item)
        if len(lines) > SHORT_LIST + 1:
            widget.addItem(QListWidgetItem(self.tr("… and %1 more").replace(
                "%1", str(len(lines) - SHORT_LIST))))
        if not lines:
            widget.addItem(QListWidgetItem(empty))

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            view, key = str(target).split(":", 1)
            self.go_to.emit(view, key)
