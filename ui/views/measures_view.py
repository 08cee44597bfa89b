"""The measures tab: open measures with status, age and last update; a status change in one
key (F5 ongoing, F6 done, F7 cancelled), reopening with a reason (F8), the units (F9); a
new measure (Ctrl+Shift+M), also from a journal entry or a request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from eventcenter.journal.queries import JournalEntry
from eventcenter.state.model import Measure, Request
from eventcenter.state.needs_attention import stale_minutes
from eventcenter.timefmt import hhmm_local
from ui import words
from ui.dialogs.measure_dialogs import MeasureDialog, ReasonDialog, UnitsDialog
from ui.models.list_model import ITEM_ROLE
from ui.models.measures_model import (
    AGE,
    PLACE,
    PRIORITY,
    STATUS,
    TITLE,
    TYPE,
    UNITS,
    UPDATED,
    MeasuresModel,
)
from ui.session import WindowContext
from ui.views.base import Origin
from ui.views.state_view import StateView, select_key, selected_row

WIDTHS = {PRIORITY: 3.5, TITLE: 24, STATUS: 7, PLACE: 12, UNITS: 8, AGE: 6, UPDATED: 10,
          TYPE: 12}
LIMITS = {PRIORITY: 4, STATUS: 8, PLACE: 13, UNITS: 10, AGE: 8, UPDATED: 16, TYPE: 14}
SHOWN = {"open": ("planned", "ongoing"), "closed": ("done", "cancelled"),
         "all": ("planned", "ongoing", "done", "cancelled")}


class MeasuresView(StateView):
    view_name = "measures"
    topics = frozenset({"measures", "requests", "catalogue"})
    first_for_roles = ("liaison",)
    first_rank = 1

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = MeasuresModel(self)
        self.table = self.make_table(self.model, "measuresTable", WIDTHS, LIMITS, TITLE, PRIORITY)
        self.shown = QComboBox(objectName="measuresShown")
        for label, value in ((self.tr("Open measures"), "open"),
                             (self.tr("Done and cancelled"), "closed"),
                             (self.tr("All measures"), "all")):
            self.shown.addItem(label, value)
        self.count = QLabel(objectName="measuresCount")
        self._all: list[Measure] = []
        self._select_after: str | None = None  # a measure just opened here
        self._build_actions()
        self._layout()
        self.shown.currentIndexChanged.connect(self._show_filtered)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.doubleClicked.connect(lambda _i: self.edit_units())
        self.table.customContextMenuRequested.connect(
            lambda pos: self.context_menu(self.table, pos))
        context.catalogue.updated.connect(lambda lists: self._names(lists))
        self._names(context.catalogue.lists)
        self.update_actions()
        self.first_load()

    def _build_actions(self) -> None:
        self.new_action = self.make_action(self.tr("&New measure…"), self.new_measure,
                                           name="measureNew")
        self.new_action.setProperty("needs_selection", False)
        self.ongoing_action = self.make_action(self.tr("&Ongoing"),
                                               lambda: self.set_status("ongoing"), "F5",
                                               "measureOngoing")
        self.done_action = self.make_action(self.tr("&Done"), lambda: self.set_status("done"),
                                            "F6", "measureDone")
        self.cancel_action = self.make_action(self.tr("&Cancelled"),
                                              lambda: self.set_status("cancelled"), "F7",
                                              "measureCancelled")
        self.reopen_action = self.make_action(self.tr("&Reopen…"), self.reopen, "F8",
                                              "measureReopen")
        self.units_action = self.make_action(self.tr("&Units…"), self.edit_units, "F9",
                                             "measureUnits")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.shown)
        bar.addWidget(self.button(self.new_action))
        bar.addStretch(1)
        for action in (self.ongoing_action, self.done_action, self.cancel_action,
                       self.reopen_action, self.units_action):
            bar.addWidget(self.button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _names(self, lists) -> None:
        self.model.type_names = dict(lists.measure_types)
        self.refit()

    def title(self) -> str:
        return self.tr("Measures")

    def focus_widget(self) -> QWidget:
        return self.table


    # -- reading ----------------------------------------------------------------------------

    def load(self, event, moment):
        return event.read.state.measures(at=moment), stale_minutes(event)

    def show(self, result) -> None:
        self._all, self.model.stale_minutes = result
        self._show_filtered()

    def _show_filtered(self) -> None:
        chosen = self.current()
        wanted = SHOWN[self.shown.currentData()]
        shown = [m for m in self._all if m.status in wanted]
        self.model.set_items(shown)
        wanted_row = self.model.row_of(self._select_after)
        if wanted_row is not None:
            self._select_after = None
        else:
            wanted_row = self.model.row_of(chosen.id if chosen else None)
        if wanted_row is None and shown and self.table.currentIndex().row() < 0:
            wanted_row = 0  # a row chosen from the start: F5 … F9 work at once
        select_key(self.table, wanted_row)
        stale = sum(1 for m in shown if self.model.stale(m))
        text = self.tr("%n measures", "", len(shown))
        if stale:
            text += "  ·  " + self.tr("%n without an update for %1 min or more", "", stale)\
                .replace("%1", str(self.model.stale_minutes))
        self.count.setText(text)
        self.update_actions()

    def current(self) -> Measure | None:
        row = selected_row(self.table)
        return self.model.data(self.model.index(row, 0), ITEM_ROLE) if row is not None else None

    def select(self, measure_id: str) -> None:
        row = self.model.row_of(measure_id)
        if row is None:  # not read yet, or not in the list shown: chosen when it is
            self._select_after = measure_id
            if self.loaded_once:
                self.shown.setCurrentIndex(self.shown.findData("all"))
        select_key(self.table, row)

    def action_allowed(self, action) -> bool:
        m = self.current()
        if action is self.new_action:
            return True
        if m is None:
            return False
        if action is self.ongoing_action:
            return m.status == "planned"
        if action in (self.done_action, self.cancel_action):
            return m.is_open
        if action is self.reopen_action:
            return not m.is_open
        return True

    # -- changing ---------------------------------------------------------------------------

    def _name(self, m: Measure) -> str:
        return self.model.title_of(m)

    def set_status(self, status: str) -> None:
        m = self.current()
        if m is None or not self.writable:
            return
        event, operator = self.context.event_file, self.operator
        self.write(lambda: event.measures.set_status(m.id, status, operator=operator),
                   lambda _c: self.message.emit(self.tr("%1: %2").replace(
                       "%1", self._name(m)).replace("%2", words.measure_status(status))))

    def reopen(self) -> ReasonDialog | None:
        m = self.current()
        if m is None or not self.writable or m.is_open:
            return None
        dialog = ReasonDialog(self.tr("Reopen measure"), self._name(m), self.tr("&Why:"),
                              self.tr("Reopen"), self, name="reopenDialog",
                              placeholder=self.tr("e.g. the group came back to the slope"))
        event, operator = self.context.event_file, self.operator
        return self.run_form(dialog, lambda v: lambda: event.measures.reopen(
            m.id, reason=v["reason"], operator=operator))

    def edit_units(self) -> UnitsDialog | None:
        m = self.current()
        if m is None or not self.writable:
            return None
        dialog = UnitsDialog(self._name(m), self.context.catalogue.lists.callsigns, m.units, self)
        event, operator = self.context.event_file, self.operator

        def work(values: dict):
            def change():
                for unit in values["add"]:
                    event.measures.assign(m.id, unit, operator=operator)
                for unit in values["remove"]:
                    event.measures.unassign(m.id, unit, operator=operator)
            return change

        return self.run_form(dialog, work)

    def create(self, origin: Origin | None = None) -> MeasureDialog | None:
        origin = origin or Origin()
        return self.new_measure(entry=origin.entry, request=origin.request)

    def new_measure(self, entry: JournalEntry | None = None,
                    request: Request | None = None) -> MeasureDialog | None:
        """A new measure, from a journal entry or a request (which it then answers)."""
        if not self.writable:
            return None
        dialog = MeasureDialog(self.context.catalogue.lists, self, **_source(self, entry,
                                                                            request))
        event, operator = self.context.event_file, self.operator

        def work(values: dict):
            def change():
                opened = event.measures.open(
                    values["title"], operator=operator, type=values["type"],
                    place=values["place"], priority=values["priority"], units=values["units"],
                    notes=values["notes"], confidential=values["confidential"],
                    status=values["status"], from_entry=entry.id if entry else None,
                    from_request=request.id if request else None)
                if request is not None:
                    event.requests.answer(request.id, measure=opened.id, operator=operator)
                return opened.id
            return change

        return self.run_form(dialog, work, self._opened)

    def _opened(self, measure_id: str) -> None:
        self.message.emit(self.tr("Measure opened."))
        self._select_after = measure_id
        self.reload()


def _source(view: MeasuresView, entry: JournalEntry | None, request: Request | None) -> dict:
    """The form's starting values from the entry or request it is made from."""
    if entry is not None:
        text = entry.text if not entry.sealed else ""
        about = QCoreApplication.translate(
            "MeasuresView", "The journal entry %1 (%2): %3").replace(
            "%1", hhmm_local(entry.occurred_at)).replace("%2", entry.operator).replace(
            "%3", text or QCoreApplication.translate("MeasuresView", "confidential entry"))
        units = (entry.unit,) if entry.unit else ()
        return {"source": about, "title": text, "place": entry.place, "units": units,
                "confidential": entry.confidential}
    if request is not None:
        text = request.text or ""
        about = QCoreApplication.translate(
            "MeasuresView", "The request from %1 at %2: %3 — the measure answers it.").replace(
            "%1", words.request_party(request)).replace(
            "%2", hhmm_local(request.received_at)).replace(
            "%3", text or words.request_text(request))
        return {"source": about, "title": text, "confidential": request.confidential}
    return {}
