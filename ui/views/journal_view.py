"""The journal tab: filters and full-text search over the lazily loaded journal table."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventcenter.changes import Changes
from eventcenter.journal.queries import JournalEntry, JournalFilter
from eventcenter.timefmt import TimeParseError, parse_time
from ui.catalogue_lists import CatalogueLists
from ui.models.journal_model import (
    CATEGORY,
    ENTRY_ROLE,
    OPERATOR,
    PLACE,
    TEXT,
    TIME,
    UNIT,
    JournalModel,
)
from ui.session import WindowContext
from ui.views.base import Origin, View

SEARCH_DELAY_MS = 250
REFRESH_DELAY_MS = 150
ANY = ""
CONFIDENTIAL = {"all": None, "only": True, "none": False}


class JournalFilterBar(QWidget):
    """Search box and filters; `changed` when the filter they describe changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="journalSearch")
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.category = self._combo("filterCategory", self.tr("All categories"))
        self.unit = self._combo("filterUnit", self.tr("All units"))
        self.place = self._combo("filterPlace", self.tr("All places"))
        self.operator = QLineEdit(objectName="filterOperator")
        self.operator.setPlaceholderText(self.tr("Operator"))
        self.since = self._time_edit("filterSince", self.tr("from hh:mm"))
        self.until = self._time_edit("filterUntil", self.tr("to hh:mm"))
        self.confidential = QComboBox(objectName="filterConfidential")
        # Item data are strings: PySide6 6.12 on Python 3.11 miscounts references to None,
        # True and False handed back from Qt (QComboBox.itemData, QModelIndex.data).
        for label, value in ((self.tr("All entries"), "all"),
                             (self.tr("Only confidential"), "only"),
                             (self.tr("No confidential"), "none")):
            self.confidential.addItem(label, value)
        self.clear = QPushButton(self.tr("Clear filters"), objectName="clearFilters")
        self.problem = QLabel(objectName="filterProblem")
        self.problem.setProperty("role", "error")
        self._layout()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        self.operator.textChanged.connect(self._timer.start)
        for combo in (self.category, self.unit, self.place, self.confidential):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.since, self.until):
            edit.editingFinished.connect(self.changed)
        self.clear.clicked.connect(self.reset)

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.operator.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 7)
        row.addWidget(self.search, 4)
        for widget in (self.category, self.unit, self.place):
            row.addWidget(widget, 1)
        row.addWidget(self.operator, 1)
        row.addWidget(self.since)
        row.addWidget(self.until)
        row.addWidget(self.confidential)
        row.addWidget(self.clear)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.problem)
        self.problem.hide()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.addItem(everything, ANY)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _time_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000000"))
        return edit

    def set_lists(self, lists: CatalogueLists) -> None:
        self._fill(self.category, sorted(lists.categories.items(), key=lambda kv: kv[1]))
        self._fill(self.unit, [(c, c) for c in lists.callsigns])
        self._fill(self.place, [(p, p) for p in lists.places])

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in items:
            combo.addItem(label, value)
        found = combo.findData(chosen)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def reset(self) -> None:
        for widget in (self.search, self.operator, self.since, self.until):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for combo in (self.category, self.unit, self.place, self.confidential):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.changed.emit()

    def build(self, base: JournalFilter) -> JournalFilter:
        """The filter the fields describe, on top of `base` (its order and moment)."""
        self.problem.hide()
        since, until = self._time(self.since), self._time(self.until)
        if base.until is not None:
            until = min(until, base.until) if until else base.until
        return replace(base, query=self.search.text().strip() or None,
                       category=self.category.currentData() or None,
                       unit=self.unit.currentData() or None,
                       place=self.place.currentData() or None,
                       operator=self.operator.text().strip() or None,
                       since=since, until=until,
                       confidential=CONFIDENTIAL[self.confidential.currentData()])

    def _time(self, edit: QLineEdit) -> datetime | None:
        typed = edit.text().strip()
        if not typed:
            return None
        try:
            return parse_time(typed)
        except TimeParseError:
            self.problem.setText(self.tr("Cannot read the time \"%1\": write it as 22:15.")
                                 .replace("%1", typed))
            self.problem.show()
            return None


class JournalView(View):
    """The journal; a double-click or the right-click menu asks the window to correct an
    entry or to open a measure from it (`correction_for`, `new_measure_for`), and, for a
    coordinator, to mark it confidential afterwards (`confidential_for`)."""

    view_name = "journal"
    topics = frozenset({"journal", "catalogue"})

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = JournalModel(context.event_file.read.journal, self._run, self)
        self.filters = JournalFilterBar(self)
        self.table = QTableView(objectName="journalTable")
        self.count = QLabel(objectName="journalCount")
        self._setup_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.filters.changed.connect(self.apply_filter)
        context.catalogue.updated.connect(self._lists)
        self.model.loaded.connect(self._show_count)
        self.model.loaded.connect(self._first_page_shown)
        self._first_shown = False
        self.model.failed.connect(self._failed)
        self._lists(context.catalogue.lists)
        # Changes that come close together (a burst from another process, fast typing) are
        # gathered into one re-read, well within the second a change may take to show.
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.model.refresh)
        self.apply_filter()

    def _run(self, fn, on_done, on_error) -> None:
        self.context.tasks.run_task(fn, on_done, on_error)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(TIME, Qt.SortOrder.DescendingOrder)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._size_rows()
        table.doubleClicked.connect(self._activated)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    def _size_rows(self) -> None:
        """Fixed row heights and column widths from the font (never from the contents)."""
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        em = metrics.horizontalAdvance("M")
        widths = {TIME: 5, OPERATOR: 9, CATEGORY: 11, PLACE: 14, UNIT: 5}
        for column, ems in widths.items():
            self.table.setColumnWidth(column, int(em * ems))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_rows()

    def title(self) -> str:
        return self.tr("Journal")

    def focus_widget(self) -> QWidget:
        return self.table

    def base_filter(self) -> JournalFilter:
        return JournalFilter(until=self.context.moment,
                             newest_first=self.model.filter.newest_first)

    def apply_filter(self) -> None:
        self._moment = self.context.moment
        self.model.set_filter(self.filters.build(self.base_filter()))

    def refresh(self, changes: Changes) -> None:
        if changes.ids and not changes.touches("journal") and not changes.external:
            return
        if self._moment != self.context.moment:  # a new moment, or back to now
            self.apply_filter()
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _lists(self, lists: CatalogueLists) -> None:
        self.model.category_names = dict(lists.categories)
        self.filters.set_lists(lists)

    def _first_page_shown(self) -> None:
        if self.model.ready and not self._first_shown:
            self._first_shown = True
            self.first_page.emit()

    def _show_count(self) -> None:
        total = self.model.rowCount()
        self.count.setText(self.tr("%n entries", "", total))

    def _failed(self, error: BaseException) -> None:
        self.count.setText(self.tr("The journal could not be read: %1").replace(
            "%1", str(error)))

    def _activated(self, index) -> None:
        entry = self.model.data(index, ENTRY_ROLE)  # not index.data(): see CONFIDENTIAL
        if entry is not None:
            self.correction_for.emit(entry)

    def _context_menu(self, position) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.entry_menu(entry).popup(self.table.viewport().mapToGlobal(position))

    def entry_menu(self, entry: JournalEntry) -> QMenu:
        """The right-click menu of an entry."""
        menu = QMenu(self, objectName="journalEntryMenu")
        make = menu.addAction(self.tr("Open a &measure from this entry…  (Ctrl+Shift+M)"))
        make.triggered.connect(lambda: self.new_measure_for.emit(Origin(entry=entry)))
        fix = menu.addAction(self.tr("&Correct this entry…  (Ctrl+E)"))
        fix.triggered.connect(lambda: self.correction_for.emit(entry))
        for action in (make, fix):
            action.setEnabled(not self.context.read_only)
        if self.context.session.can_mark_confidential:  # coordinators (eventcenter.roles)
            menu.addSeparator()
            mark = menu.addAction(self.tr("Mark as &confidential…"))
            mark.setObjectName("markConfidential")
            mark.triggered.connect(lambda: self.confidential_for.emit(entry))
            mark.setEnabled(not self.context.read_only and not entry.confidential)
        return menu

    def selected_entry(self) -> JournalEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ENTRY_ROLE) if rows else None

    def origin(self) -> Origin:
        return Origin(entry=self.selected_entry())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, TEXT)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()


