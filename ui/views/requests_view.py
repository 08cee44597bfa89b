"""The requests tab: what the police (or others) asked for, how long they have waited, and
what was done. Acknowledge (F5), answer with a measure (F6: one that is open, or a new one),
decline with a reason (F7), close (F8); a new request (Ctrl+Shift+R).

A request that arrives from anywhere else (another laptop, the command line, another window)
is announced with a sound and by blinking its row, and `arrived` lets the window flash the tab;
this view reads requests even while hidden, so that nothing arrives unnoticed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from eventcenter.changes import Changes
from eventcenter.state.model import Request
from eventcenter.state.needs_attention import acknowledge_minutes
from eventcenter.timefmt import hhmm_local
from ui import words
from ui.dialogs.measure_dialogs import ReasonDialog
from ui.dialogs.request_dialogs import AnswerDialog, RequestDialog
from ui.models.list_model import ITEM_ROLE
from ui.models.requests_model import (
    ACKNOWLEDGED,
    ANSWER,
    FROM,
    RECEIVED,
    STATUS,
    TEXT,
    WAITED,
    RequestsModel,
)
from ui.session import WindowContext
from ui.views.base import Origin
from ui.views.state_view import StateView, select_key, selected_row

WIDTHS = {RECEIVED: 5, WAITED: 9, FROM: 13, TEXT: 28, STATUS: 9, ACKNOWLEDGED: 9,
          ANSWER: 16}
LIMITS = {RECEIVED: 6, WAITED: 11, FROM: 12, STATUS: 10, ACKNOWLEDGED: 13, ANSWER: 20}
FLASH_MS = 450
STARTUP_DELAY_MS = 3000
FLASHES = 10
SHOWN = {"pending": ("pending", "acknowledged"),
         "all": ("pending", "acknowledged", "answered", "declined", "closed")}


@dataclass(frozen=True)
class Read:
    """What one read gave: `measures` is None for a hidden tab's read of the waiting ones."""

    requests: list
    measures: dict | None
    acknowledge_minutes: int
    moment: object


class RequestsView(StateView):
    view_name = "requests"
    topics = frozenset({"requests", "measures"})
    first_for_roles = ("liaison",)
    first_rank = 0

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RequestsModel(self)
        self.table = self.make_table(self.model, "requestsTable", WIDTHS, LIMITS, TEXT, STATUS)
        self.shown = QComboBox(objectName="requestsShown")
        for label, value in ((self.tr("All requests tonight"), "all"),
                             (self.tr("Waiting for an answer"), "pending")):
            self.shown.addItem(label, value)
        self.count = QLabel(objectName="requestsCount")
        self._all: list[Request] = []
        self._measures: dict = {}
        self._known: set[str] | None = None  # ids seen so far (None: nothing read yet)
        self._own: set[str] = set()  # requests registered in this window: not announced
        self._full = False
        self._flashes = 0
        self._flash_timer = QTimer(self, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._flash)
        self._build_actions()
        self._layout()
        self.shown.currentIndexChanged.connect(self._show_filtered)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.customContextMenuRequested.connect(
            lambda pos: self.context_menu(self.table, pos))
        self.update_actions()
        # Read even while hidden (arrivals are announced from anywhere), but a moment after
        # start-up: the journal's first page and the first lines typed come first.
        first = context.session.role in self.first_for_roles
        QTimer.singleShot(0 if first else STARTUP_DELAY_MS, self.reload)

    def _build_actions(self) -> None:
        self.new_action = self.make_action(self.tr("&New request…"), self.new_request,
                                           name="requestNew")
        self.new_action.setProperty("needs_selection", False)
        self.ack_action = self.make_action(self.tr("&Acknowledge"), self.acknowledge, "F5",
                                           "requestAcknowledge")
        self.answer_action = self.make_action(self.tr("Answer with a &measure…"), self.answer,
                                              "F6", "requestAnswer")
        self.decline_action = self.make_action(self.tr("&Decline…"), self.decline, "F7",
                                               "requestDecline")
        self.close_action = self.make_action(self.tr("C&lose"), self.close_request, "F8",
                                             "requestClose")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.shown)
        bar.addWidget(self.button(self.new_action))
        bar.addStretch(1)
        for action in (self.ack_action, self.answer_action, self.decline_action,
                       self.close_action):
            bar.addWidget(self.button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def title(self) -> str:
        return self.tr("Requests")

    def focus_widget(self) -> QWidget:
        return self.table


    def notify(self, changes: Changes) -> None:
        """Read at once even when hidden: a new request must be announced wherever one is."""
        if changes.touches(*self.topics):
            self.refresh(changes)

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        # On show: everything, with the measures that answer. Hidden: only the requests
        # still waiting, to announce a new one; the rest is read when the tab is shown.
        self._full = self.isVisible()
        super().reload()

    def load(self, event, moment):
        if not self._full:
            return Read(event.read.state.pending_requests(at=moment), None, 0, moment)
        measures = {m.id: m for m in event.read.state.measures(at=moment)}
        return Read(event.read.state.requests(at=moment), measures, acknowledge_minutes(event),
                    moment)

    def show(self, result: Read) -> None:
        self._announce_new(result.requests, result.moment)
        if result.measures is None:  # hidden: the list is read in full when shown
            self._reload_on_show = True
            return
        self._all, self._measures = result.requests, result.measures
        self.model.acknowledge_minutes = result.acknowledge_minutes
        self.model.measures = self._measures
        self._show_filtered()

    def _announce_new(self, requests: list[Request], moment) -> None:
        ids = {r.id for r in requests}
        if self._known is not None and moment is None:
            new = {r.id for r in requests if r.is_pending and r.id not in self._known
                   and r.id not in self._own}
            if new:
                self.announce(new)
        self._known = ids if self._known is None else self._known | ids

    def _show_filtered(self) -> None:
        chosen = self.current()
        wanted = SHOWN[self.shown.currentData()]
        shown = [r for r in self._all if r.status in wanted]
        self.model.set_items(shown)
        row = self.model.row_of(chosen.id if chosen else None)
        if row is None and shown and self.table.currentIndex().row() < 0:
            row = 0  # the longest waiting first, chosen: F5 acknowledges it at once
        select_key(self.table, row)
        waiting = sum(1 for r in self._all if r.status == "pending")
        text = self.tr("%n requests", "", len(shown))
        if waiting:
            text += "  ·  " + self.tr("%n not acknowledged", "", waiting)
        self.count.setText(text)
        self.update_actions()

    def current(self) -> Request | None:
        row = selected_row(self.table)
        return self.model.data(self.model.index(row, 0), ITEM_ROLE) if row is not None else None

    def select(self, request_id: str) -> None:
        select_key(self.table, self.model.row_of(request_id))

    def origin(self) -> Origin:
        """A new measure answers the chosen request while it waits for an answer."""
        chosen = self.current()
        return Origin(request=chosen if chosen is not None and chosen.is_pending else None)

    def action_allowed(self, action) -> bool:
        r = self.current()
        if action is self.new_action:
            return True
        if r is None:
            return False
        if action is self.ack_action:
            return r.status == "pending"
        if action in (self.answer_action, self.decline_action):
            return r.is_pending
        if action is self.close_action:
            return r.status != "closed"
        return True

    # -- announcing -------------------------------------------------------------------------

    def announce(self, new: set[str]) -> None:
        """A sound and a blink of the new rows; the window flashes the tab on `arrived`."""
        QApplication.beep()
        self.model.flashing = set(new)
        self._flashes = 0
        self._flash_timer.start()
        self.arrived.emit(len(new))

    def _flash(self) -> None:
        self._flashes += 1
        if self._flashes > FLASHES:
            self._flash_timer.stop()
            self.model.flashing = set()
            self.model.set_flash(False)
            return
        self.model.set_flash(self._flashes % 2 == 1)

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    # -- changing ---------------------------------------------------------------------------

    def _about(self, r: Request) -> str:
        return self.tr("%1, %2: %3").replace("%1", hhmm_local(r.received_at)).replace(
            "%2", words.request_party(r)).replace("%3", self.model.text_of(r))

    def create(self, origin: Origin | None = None) -> RequestDialog | None:
        return self.new_request()

    def new_request(self) -> RequestDialog | None:
        if not self.writable:
            return None
        event, operator = self.context.event_file, self.operator
        dialog = RequestDialog(self)

        def work(values: dict):
            return lambda: event.requests.receive(values["text"], party=values["party"],
                                                  operator=operator,
                                                  confidential=values["confidential"]).id

        return self.run_form(dialog, work, self._registered)

    def _registered(self, request_id: str) -> None:
        self._own.add(request_id)
        self.message.emit(self.tr("Request registered."))

    def acknowledge(self) -> None:
        r = self.current()
        if r is None or not self.writable:
            return
        event, operator = self.context.event_file, self.operator
        self.write(lambda: event.requests.acknowledge(r.id, operator=operator),
                   lambda _c: self.message.emit(self.tr("Acknowledged: %1").replace(
                       "%1", self.model.text_of(r))))

    def answer(self) -> AnswerDialog | None:
        r = self.current()
        if r is None or not self.writable:
            return None
        open_measures = [m for m in self._measures.values() if m.is_open]
        dialog = AnswerDialog(self._about(r), open_measures, self)
        dialog.rejected.connect(
            lambda: dialog.wants_new and self.new_measure_for.emit(Origin(request=r)))
        event, operator = self.context.event_file, self.operator
        return self.run_form(dialog, lambda v: lambda: event.requests.answer(
            r.id, measure=v["measure"], operator=operator))

    def decline(self) -> ReasonDialog | None:
        r = self.current()
        if r is None or not self.writable:
            return None
        dialog = ReasonDialog(self.tr("Decline the request"), self._about(r), self.tr("&Why:"),
                              self.tr("Decline"), self, name="declineDialog",
                              placeholder=self.tr("e.g. no field assistants free before "
                                                  "23:30"))
        event, operator = self.context.event_file, self.operator
        return self.run_form(dialog, lambda v: lambda: event.requests.decline(
            r.id, reason=v["reason"], operator=operator))

    def close_request(self) -> None:
        r = self.current()
        if r is None or not self.writable:
            return
        event, operator = self.context.event_file, self.operator
        self.write(lambda: event.requests.close(r.id, operator=operator),
                   lambda _c: self.message.emit(self.tr("Closed: %1").replace(
                       "%1", self.model.text_of(r))))
