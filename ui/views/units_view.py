"""The units tab: every unit with its status and place, ordered by status or by place; a new
status and place in one action (F5 to the fields, Enter saves); the chosen unit's positions
over the night beside the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eventcenter.state.fold import UNIT_STATUSES
from eventcenter.state.model import Unit
from eventcenter.state.positions import Position, unit_positions
from eventcenter.timefmt import STOCKHOLM, from_micros, hhmm_local
from ui import words
from ui.dialogs.measure_dialogs import place_combo
from ui.models.list_model import ITEM_ROLE
from ui.models.units_model import (
    CALLSIGN,
    CONTACT,
    ON_DUTY,
    ORGANISATION,
    PLACE,
    SINCE,
    SIZE,
    STATUS,
    UnitsModel,
)
from ui.session import WindowContext
from ui.views.state_view import StateView, select_key, selected_row

WIDTHS = {CALLSIGN: 5, ORGANISATION: 13, STATUS: 7, PLACE: 13, SINCE: 9, SIZE: 4,
          ON_DUTY: 7, CONTACT: 9}
LIMITS = {CALLSIGN: 6, ORGANISATION: 15, STATUS: 9, PLACE: 13, SINCE: 12, SIZE: 5,
          ON_DUTY: 9, CONTACT: 16}
ORDERS = {"status": STATUS, "place": PLACE, "callsign": CALLSIGN}


def local_day(micros: int):
    return from_micros(micros).astimezone(STOCKHOLM).date()


class UnitsView(StateView):
    view_name = "units"
    topics = frozenset({"units", "catalogue", "places"})

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = UnitsModel(self)
        self.table = self.make_table(self.model, "unitsTable", WIDTHS, LIMITS, ORGANISATION, STATUS)
        self.summary = QLabel(objectName="unitsSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.order = QComboBox(objectName="unitsOrder")
        for label, value in ((self.tr("By status"), "status"), (self.tr("By place"), "place"),
                             (self.tr("By call sign"), "callsign")):
            self.order.addItem(label, value)
        self.history_title = QLabel(self.tr("Positions"), objectName="unitHistoryTitle")
        self.history = self._history_table()
        self._bar_for: tuple | None = None  # the unit and place the move bar was filled for
        self._move_bar()
        self._layout()
        self.order.currentIndexChanged.connect(self._order_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.table.doubleClicked.connect(lambda _i: self.focus_move())
        self.table.customContextMenuRequested.connect(
            lambda pos: self.context_menu(self.table, pos))
        context.catalogue.updated.connect(self._lists)
        self._lists(context.catalogue.lists)
        self.update_actions()
        self.first_load()

    # -- building ---------------------------------------------------------------------------

    def _history_table(self) -> QTableWidget:
        table = QTableWidget(0, 4, objectName="unitHistory")
        table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Status"), self.tr("Place"),
                                         self.tr("By")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAlternatingRowColors(True)
        metrics = table.fontMetrics()
        em = metrics.horizontalAdvance("M")
        for column, sample in ((0, "00:00"), (1, words.unit_status("available")),
                               (2, "Stadsträdgården")):
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + em)
        return table

    def _move_bar(self) -> None:
        self.move_status = QComboBox(objectName="moveStatus")
        for code in UNIT_STATUSES:
            self.move_status.addItem(words.unit_status(code), code)
        self.move_place = place_combo([], None, "movePlace")
        self.move_place.setMinimumContentsLength(18)
        self.move_action = self.make_action(self.tr("&Change status and place"),
                                            self.focus_move, "F5", "unitMove")
        self.move_button = QPushButton(self.tr("Save  (Enter)"), objectName="moveSave")
        self.move_button.clicked.connect(self.move)
        for widget in (self.move_status, self.move_place):
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shortcut = QShortcut(QKeySequence(key), widget)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(self.move)
        self.history_action = self.make_action(self.tr("&History"), self.focus_history, "F6",
                                               "unitHistoryAction", writes=False)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Order:")))
        top.addWidget(self.order)
        side = QWidget(objectName="unitHistoryPane")
        column = QVBoxLayout(side)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.history_title)
        column.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="unitsSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([660, 390])
        move = QHBoxLayout()
        self.move_label = QLabel(self.tr("Chosen unit:"), objectName="moveLabel")
        move.addWidget(self.move_label)
        move.addWidget(QLabel(self.tr("&Status:"), buddy=self.move_status))
        move.addWidget(self.move_status)
        move.addWidget(QLabel(self.tr("&Place:"), buddy=self.move_place))
        move.addWidget(self.move_place, 1)
        move.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(move)

    def _lists(self, lists) -> None:
        self.model.organisation_names = dict(lists.organisations)
        self.refit()
        chosen = self.move_place.currentText()
        self.move_place.blockSignals(True)
        self.move_place.clear()
        self.move_place.addItem("", "")
        for place in lists.places:
            self.move_place.addItem(place, place)
        self.move_place.setCurrentText(chosen)
        self.move_place.blockSignals(False)

    def title(self) -> str:
        return self.tr("Units")

    def focus_widget(self) -> QWidget:
        return self.table


    # -- reading ----------------------------------------------------------------------------

    def load(self, event, moment):
        return event.read.state.units(at=moment)

    def show(self, units: list[Unit]) -> None:
        chosen = self.current()
        self.model.set_items(units)
        # the contact column only when some unit has one: room for the rest on a laptop
        self.table.setColumnHidden(CONTACT, not any(u.contact for u in units))
        select_key(self.table, self.model.row_of(chosen.callsign if chosen else None))
        counts = {code: 0 for code in UNIT_STATUSES}
        for unit in units:
            counts[unit.status] = counts.get(unit.status, 0) + 1
        self.summary.setText("  ·  ".join(f"{words.unit_status(code)} <b>{count}</b>"
                                          for code, count in counts.items()))
        if self.current() is None and units:
            select_key(self.table, 0)
        self._chosen()

    def _order_changed(self) -> None:
        column = ORDERS[self.order.currentData()]
        self.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def current(self) -> Unit | None:
        row = selected_row(self.table)
        return self.model.data(self.model.index(row, 0), ITEM_ROLE) if row is not None else None

    def select(self, callsign: str) -> None:
        select_key(self.table, self.model.row_of(callsign))

    def _chosen(self) -> None:
        unit = self.current()
        self.update_actions()
        writable = self.writable and unit is not None
        for widget in (self.move_status, self.move_place, self.move_button):
            widget.setEnabled(writable)
        if unit is None:
            self.move_label.setText(self.tr("Choose a unit"))
            self.history.setRowCount(0)
            return
        self.move_label.setText(self.tr("<b>%1</b>").replace("%1", unit.callsign))
        if self._bar_for != (unit.callsign, unit.status, unit.place):
            # only when the unit or where it is changed: never over what is being chosen
            self._bar_for = (unit.callsign, unit.status, unit.place)
            self.move_status.setCurrentIndex(max(self.move_status.findData(unit.status), 0))
            self.move_place.setCurrentText(unit.place or "")
        self._load_history(unit.callsign)

    def _load_history(self, callsign: str) -> None:
        event, moment = self.context.event_file, self.context.moment
        self.history_title.setText(self.tr("Positions of %1").replace("%1", callsign))
        self.context.tasks.run_task(lambda: unit_positions(event, callsign, at=moment),
                                    lambda found: self._show_history(callsign, found),
                                    lambda _error: None)

    def _show_history(self, callsign: str, positions: list[Position]) -> None:
        unit = self.current()
        if unit is None or unit.callsign != callsign:
            return
        rows = list(reversed(positions))  # newest first
        self.history.setRowCount(len(rows))
        day = local_day(rows[0].at) if rows else None
        for r, p in enumerate(rows):
            when = hhmm_local(p.at) if local_day(p.at) == day else \
                from_micros(p.at).astimezone(STOCKHOLM).strftime("%d/%m %H:%M")
            for c, value in enumerate((when, words.unit_status(p.status),
                                       p.place or "–", p.operator)):
                self.history.setItem(r, c, QTableWidgetItem(value))
        for column in (0, 1, 2):  # a few dozen rows at most: measured, not guessed
            self.history.resizeColumnToContents(column)

    # -- changing ---------------------------------------------------------------------------

    def focus_move(self) -> None:
        if self.current() is not None and self.writable:
            self.move_status.setFocus()

    def focus_history(self) -> None:
        self.history.setFocus()

    def move(self) -> None:
        unit = self.current()
        if unit is None or not self.writable:
            return
        status = self.move_status.currentData()
        place = self.move_place.currentText().strip() or None
        if status == unit.status and place == unit.place:
            self.message.emit(self.tr("%1 is already there.").replace("%1", unit.callsign))
            return
        event, operator = self.context.event_file, self.operator
        self.write(lambda: event.units.move(unit.callsign, operator=operator, status=status,
                                            place=place),
                   lambda _c: self._moved(unit.callsign, status, place))

    def _moved(self, callsign: str, status: str, place: str | None) -> None:
        self.message.emit(self.tr("%1: %2, %3").replace("%1", callsign).replace(
            "%2", words.unit_status(status)).replace("%3", place or self.tr("no place")))
        self.table.setFocus()
