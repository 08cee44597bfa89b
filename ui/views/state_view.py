"""What the views of the working state share (measures, requests, units, contacts, now).

A `StateView` reads its whole list on a worker (`load()`, given the event file and the moment
shown) and hands it to `show(result)` on the GUI thread; changes close together are gathered
into one read, and a read that an older one overtook is dropped. While it shows "now" it reads
again every half minute, so ages and waiting times move on. Writes go through `write()` on
the writer worker; `saved` and `message` tell the window what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)

from eventcenter.changes import Changes
from ui import words
from ui.session import WindowContext
from ui.views.base import View

REFRESH_DELAY_MS = 120
TICK_MS = 30_000


def describe_error(error: BaseException) -> str:
    """A sentence for a failed write of a state view."""
    return words.failure(error, QCoreApplication.translate("StateView", "Not saved: %1"))


def setup_table(table: QTableView, widths: dict[int, float]) -> None:
    """Rows chosen whole, fixed row heights and column widths from the font (never from the
    contents: that froze big tables)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    size_table(table, widths)


def fit_columns(table: QTableView, limits: dict[int, float], stretch: int | None = None,
                sample: int = 120) -> None:
    """Column widths from the header and the first `sample` rows (never from every row: the
    lists are short, but a width read over thousands of rows on each change would not be),
    each at most its limit in ems; `stretch` takes the room that is left."""
    model = table.model()
    header = table.horizontalHeader()
    bold = table.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    em = metrics.horizontalAdvance("M")
    heading = QFontMetrics(header.font())
    for column in range(model.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        width = heading.horizontalAdvance(str(title)) + 2 * em
        for row in range(min(model.rowCount(), sample)):
            text = model.data(model.index(row, column))
            if text:
                width = max(width, metrics.horizontalAdvance(str(text)) + em)
        table.setColumnWidth(column, min(width, int(limits.get(column, 30) * em)))
    if stretch is not None:
        header.setStretchLastSection(False)


def size_table(table: QTableView, widths: dict[int, float]) -> None:
    metrics = table.fontMetrics()
    table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
    em = metrics.horizontalAdvance("M")
    for column, ems in widths.items():
        table.setColumnWidth(column, int(em * ems))


class StateView(View):
    """Subclass: `load(event, moment)` (on a worker), `show(result)`, `title()`. Its writes
    emit `saved`, and what it has to say goes out on `message` (see `View`)."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self._loading = False
        self._again = False
        self.loaded_once = False
        self._actions: list[tuple[QAction, bool]] = []  # (action, writes)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.reload)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self._ticked)
        self._tick.start()

    # -- reading ----------------------------------------------------------------------------

    def load(self, event, moment) -> Any:
        raise NotImplementedError

    def show(self, result: Any) -> None:
        raise NotImplementedError

    def refresh(self, changes: Changes) -> None:
        self.update_actions()
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def reload(self) -> None:
        """Read again now (a newer read replaces one still running)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._generation += 1
        generation, event, moment = self._generation, self.context.event_file, self.context.moment
        self.context.tasks.run_task(lambda: self.load(event, moment),
                                    lambda result: self._loaded(generation, result),
                                    self._load_failed)

    def _loaded(self, generation: int, result: Any) -> None:
        self._loading = False
        if generation == self._generation:
            self.show(result)
            self.loaded_once = True
            self._fit_once()
        if self._again:
            self._again = False
            self.reload()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.message.emit(self.tr("Could not read: %1").replace("%1", str(error)))

    # -- column widths: from the contents once, then the user's ----------------------------

    fitted_table: QTableView | None = None  # set by subclasses: the table to fit
    column_limits: dict[int, float] = {}
    stretch_column: int | None = None

    def make_table(self, model, name: str, widths: dict[int, float],
                   limits: dict[int, float], stretch: int, sort_column: int) -> QTableView:
        """The view's table over `model`: fixed rows, widths fitted once from the contents,
        one column that stretches, sorted by `sort_column` to begin with."""
        table = QTableView(objectName=name)
        table.setModel(model)
        setup_table(table, widths)
        self.fitted_table, self.column_limits, self.stretch_column = table, limits, stretch
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
        return table

    def _fit_once(self) -> None:
        """Once, when the table has rows and is on show (a hidden tab costs nothing)."""
        table = self.fitted_table
        if table is not None and not getattr(self, "_fitted", False) and \
                table.model().rowCount() and self.isVisible():
            fit_columns(table, self.column_limits, self.stretch_column)
            self._fitted = True

    def refit(self) -> None:
        """After a change of text size: fit again."""
        self._fitted = False
        if self.fitted_table is not None:
            size_table(self.fitted_table, {})
        self._fit_once()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.refit()

    def first_load(self) -> None:
        """Read now if on show; a hidden tab reads when it is shown (opening stays quick)."""
        self.reload_when_shown()

    def reload_when_shown(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._reload_on_show = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_once()
        if getattr(self, "_reload_on_show", False):
            self._reload_on_show = False
            self.reload()

    def _ticked(self) -> None:
        if self.context.moment is None and self.isVisible():
            self.reload()

    @property
    def busy(self) -> bool:
        return self._loading or self._refresh_timer.isActive()

    # -- writing ----------------------------------------------------------------------------

    def write(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run a change on the writer; the result comes back to `on_done` on this thread."""
        def done(result: Any) -> None:
            self.saved.emit()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if on_error is not None:
                on_error(error)
            else:
                self.message.emit(describe_error(error))

        self.context.tasks.run_task(work, done, failed, write=True)

    def run_form(self, dialog, make_work: Callable[[dict], Callable[[], Any]],
                 on_done: Callable[[Any], None] | None = None):
        """Open a form dialog; each OK saves on the writer; the dialog closes only when the
        save returned, and shows the problem otherwise (nothing typed is lost)."""
        def submit(values: dict) -> None:
            def done(result: Any) -> None:
                dialog.saved()
                if on_done is not None:
                    on_done(result)

            self.write(make_work(values), done,
                       lambda error: dialog.show_problem(describe_error(error)))

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    @property
    def operator(self) -> str:
        return self.context.session.operator

    @property
    def writable(self) -> bool:
        return not self.context.read_only

    # -- actions: buttons, shortcuts, context menu -----------------------------------------

    def make_action(self, text: str, slot: Callable[[], Any], shortcut: str | None = None,
                    name: str = "", writes: bool = True) -> QAction:
        """An action of this view: its shortcut works while the focus is inside the view."""
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self._actions.append((action, writes))
        return action

    def button(self, action: QAction) -> QPushButton:
        """A push button showing an action, with its shortcut in plain sight."""
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = action.text() + (f"  ({shortcut})" if shortcut else "")
        button = QPushButton(text, objectName=action.objectName() + "Button")
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        button.setEnabled(action.isEnabled())
        return button

    def update_actions(self) -> None:
        has_selection = self.current() is not None
        for action, writes in self._actions:
            needs = action.property("needs_selection") is not False
            enabled = (not writes or self.writable) and (has_selection or not needs)
            action.setEnabled(enabled and self.action_allowed(action))

    def action_allowed(self, action: QAction) -> bool:
        """Whether an action fits the chosen row (a closed measure cannot be made done)."""
        return True

    def current(self) -> Any | None:
        """The chosen row's object, or None."""
        return None

    def context_menu(self, table: QTableView, position) -> None:
        menu = QMenu(self)
        for action, _writes in self._actions:
            if action.property("in_menu") is not False:
                menu.addAction(action)
        menu.popup(table.viewport().mapToGlobal(position))


def selected_row(table: QTableView) -> int | None:
    model = table.selectionModel()
    if model is None:
        return None
    rows = model.selectedRows()
    return rows[0].row() if rows else None


def select_key(table: QTableView, row: int | None) -> None:
    if row is None:
        return
    index = table.model().index(row, 0)
    if index.isValid():
        table.selectRow(row)
        table.scrollTo(index)
