"""The main window: quick entry on top, the views in tabs, the attention column at the right,
the status bar below. It holds no business rules: actions ask the core, on the workers.

What the window does not own (opening files, signing in, language, theme) it asks its
controller for, so the window can be rebuilt (a new language) on the same open event.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eventcenter import undo as undo_ops
from eventcenter.backups import INTERVAL_SECONDS, backup_now, default_backup_dir
from eventcenter.changes import Changes
from eventcenter.timefmt import STOCKHOLM, hhmm_local, now_utc
from ui import words
from ui.dialogs import file_choice
from ui.dialogs.entry_dialogs import CorrectionDialog, DecisionDialog
from ui.dialogs.moment import MomentDialog
from ui.file_health import FileHealth
from ui.geometry import GeometryMixin
from ui.session import WindowContext
from ui.views import ordered_for
from ui.views.base import View
from ui.views.journal_view import JournalView
from ui.views.measures_view import MeasuresView
from ui.views.now_view import NowView
from ui.views.requests_view import RequestsView
from ui.views.state_view import StateView
from ui.widgets.attention import AttentionPanel
from ui.widgets.attention_sources import default_sources
from ui.widgets.quick_entry import QuickEntry
from ui.widgets.status import StatusBar


class Controller(Protocol):
    def show_start(self) -> None: ...
    def new_event(self) -> None: ...
    def switch_operator(self) -> None: ...
    def set_language(self, code: str) -> None: ...
    def set_theme(self, name: str) -> None: ...
    def change_font(self, steps: int) -> None: ...
    def window_closed(self) -> None: ...


class MainWindow(QMainWindow, GeometryMixin):
    geometry_key = "main"

    def __init__(self, context: WindowContext, controller: Controller) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context, self.controller = context, controller
        self.rebuilding = False
        self.quick_entry = QuickEntry(context, self)
        self.tabs = QTabWidget(objectName="viewTabs")
        self.views: list[View] = [cls(context, self.tabs)
                                  for cls in ordered_for(context.session.role)]
        for view in self.views:
            self.tabs.addTab(view, view.title())
        self.attention = AttentionPanel(context, default_sources(), self)
        self.banner = self._moment_banner()
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._layout()
        self._actions()
        self._connect()
        self._session_changed()
        self._backup_timer_id = self.startTimer(INTERVAL_SECONDS * 1000)
        context.event_file.backup_folders = [self.backup_folder()]
        self.health = FileHealth(context, self)
        self.health.damaged.connect(self.show_damage)
        self._check_after_first_page()
        self.restore_geometry(context.settings) or self.resize(1280, 800)

    # -- building ---------------------------------------------------------------------------

    def _moment_banner(self) -> QWidget:
        banner = QWidget(objectName="momentBanner")
        self.banner_text = QLabel(objectName="momentText")
        back = QPushButton(self.tr("Back to now"), objectName="momentBack")
        back.clicked.connect(lambda: self.context.set_moment(None))
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_text, 1)
        row.addWidget(back)
        banner.hide()
        return banner

    def _layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.attention)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(1, False)
        self.attention.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        splitter.setSizes([1000, 280])
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.quick_entry)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _action(self, menu, text: str, slot: Callable, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name)
        menu.addAction(action)
        return action

    def _actions(self) -> None:
        bar = self.menuBar()
        c = self.controller
        file = bar.addMenu(self.tr("&Event"))
        self._action(file, self.tr("&Events…"), c.show_start, QKeySequence.StandardKey.Open)
        self._action(file, self.tr("&New event…"), c.new_event, QKeySequence.StandardKey.New)
        self._action(file, self.tr("&Back up now"), self.backup_now, "Ctrl+Shift+S")
        self._action(file, self.tr("Backup &folder…"), self.choose_backup_folder,
                     name="actionBackupFolder")
        file.addSeparator()
        self._action(file, self.tr("&Situation report (PDF)…"), lambda: self.export("sitrep"),
                     "Ctrl+Shift+P", "actionSitrep")
        self._action(file, self.tr("&Debrief, full version (PDF)…"),
                     lambda: self.export("debrief"), name="actionDebrief")
        self._action(file, self.tr("Debrief, &public version (PDF)…"),
                     lambda: self.export("public"), name="actionDebriefPublic")
        self._action(file, self.tr("C&ontact sheet (PDF)…"), lambda: self.export("contacts"),
                     name="actionContactSheet")
        self._action(file, self.tr("Journal as &CSV…"), lambda: self.export("csv"),
                     name="actionCsv")
        file.addSeparator()
        self._action(file, self.tr("&Close"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Journal"))
        self._action(edit, self.tr("&Write an entry"), self.quick_entry.focus,
                     ["Ctrl+L", "F2"], "actionFocusEntry")
        self._action(edit, self.tr("Earlier &time for the entry"),
                     lambda: self.quick_entry.time.setFocus(), "Ctrl+T")
        self.undo_action = self._action(edit, self.tr("&Undo my last action"), self.undo,
                                        QKeySequence.StandardKey.Undo, "actionUndo")
        self._action(edit, self.tr("Log a &decision…"), self.log_decision, "Ctrl+D",
                     "actionDecision")
        self._action(edit, self.tr("&Correct the chosen entry…"), self.correct_selected,
                     "Ctrl+E", "actionCorrect")
        self._action(edit, self.tr("&Search the journal"), self._focus_search, "Ctrl+F")
        state = bar.addMenu(self.tr("&Measures and requests"))
        self.measure_action = self._action(
            state, self.tr("New &measure… (from the chosen entry or request)"),
            self.new_measure, "Ctrl+Shift+M", "actionNewMeasure")
        self.request_action = self._action(state, self.tr("New &request…"), self.new_request,
                                           "Ctrl+Shift+R", "actionNewRequest")
        view = bar.addMenu(self.tr("&View"))
        for number, tab in enumerate(self.views, start=1):
            self._action(view, tab.title(), lambda i=number - 1: self.show_view(i),
                         f"Ctrl+{number}")
        view.addSeparator()
        self._action(view, self.tr("Show the state &at…"), self.choose_moment, "Ctrl+H",
                     "actionMoment")
        self._action(view, self.tr("Back to &now"), lambda: self.context.set_moment(None),
                     "Ctrl+Shift+H")
        view.addSeparator()
        self._action(view, self.tr("&Night theme on/off"), self._toggle_theme, "Ctrl+Shift+N")
        self._action(view, self.tr("&Larger text"), lambda: c.change_font(1),
                     ["Ctrl++", "Ctrl+="])
        self._action(view, self.tr("&Smaller text"), lambda: c.change_font(-1), "Ctrl+-")
        self._action(view, self.tr("&Normal text size"), lambda: c.change_font(0), "Ctrl+0")
        language = view.addMenu(self.tr("&Language"))
        self._action(language, "Svenska", lambda: c.set_language("sv"), name="languageSv")
        self._action(language, "English", lambda: c.set_language("en"), name="languageEn")
        people = bar.addMenu(self.tr("&Operator"))
        self._action(people, self.tr("&Switch operator (shift change)…"), c.switch_operator,
                     "Ctrl+Shift+O", "actionSwitchOperator")
        self._action(people, self.tr("&Lock confidential entries"), self.lock_confidential,
                     "Ctrl+Shift+L")

    def _connect(self) -> None:
        ctx = self.context
        ctx.bridge.changed.connect(self.on_changes)
        ctx.bridge.changed.connect(ctx.catalogue.on_changes)
        ctx.session_changed.connect(self._session_changed)
        ctx.moment_changed.connect(self._moment_changed)
        ctx.tasks.failed.connect(self._task_failed)
        self.quick_entry.saved.connect(lambda _c, at: self.status.show_saved(at))
        self.quick_entry.failed.connect(lambda _m: self.status.show_not_saved())
        self.tabs.currentChanged.connect(self._tab_changed)
        for view in self.views:
            if isinstance(view, JournalView):
                view.entry_activated.connect(self.correct_entry)
                view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                view.table.customContextMenuRequested.connect(self._journal_menu)
            if isinstance(view, StateView):
                view.saved.connect(self._saved)
                view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            if isinstance(view, RequestsView):
                view.arrived.connect(self._requests_arrived)
                view.new_measure_for.connect(lambda r: self.new_measure(request=r))
            if isinstance(view, NowView):
                view.go_to.connect(self.go_to)
        self._tab_flash = QTimer(self, interval=500)
        self._tab_flash.timeout.connect(self._flash_tab)
        self._tab_flashes = 0
        ctx.catalogue.load()

    # -- changes ----------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        for view in self.views:
            view.notify(changes)
        self.attention.refresh(changes)

    def refresh_all(self) -> None:
        self.on_changes(Changes.everything())

    def _session_changed(self, *_args) -> None:
        ctx = self.context
        event = ctx.event_file
        self.setWindowTitle(f"{event.name} · {event.path.name} — {ctx.session.label()}")
        self.status.set_confidential(event.unlocked)
        self._update_writable()

    def _update_writable(self) -> None:
        writable = not self.context.read_only
        self.quick_entry.set_writable(writable)
        for action in (self.undo_action, self.measure_action, self.request_action):
            action.setEnabled(writable)
        if not self.context.session.can_write:
            self.quick_entry.line.setPlaceholderText(self.tr("Readers cannot write entries."))
        if self.context.event_file.damaged is not None:
            self.quick_entry.line.setPlaceholderText(self.tr(
                "The event file is damaged: nothing more can be written."))

    # -- damage -----------------------------------------------------------------------------

    def _check_after_first_page(self) -> None:
        journal = self.journal_view()
        if journal is not None:
            self.health.start_after_first_page(journal.model)
        else:
            QTimer.singleShot(0, self.health.start)

    def show_damage(self, words: str) -> None:
        """Say it in red in the status bar and in a message (not blocking: people may still
        read and print what is there), and stop every write."""
        self.status.show_damaged(words)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The event file is damaged"),
                          words, QMessageBox.StandardButton.Close, self)
        box.setObjectName("damagedFile")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.context.set_session(self.context.session)  # every part looks at read_only again

    def _moment_changed(self, moment) -> None:
        if moment is None:
            self.banner.hide()
        else:
            shown = moment.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M")
            self.banner_text.setText(self.tr("Showing the state at %1 — read-only. New "
                                             "entries are not shown.").replace("%1", shown))
            self.banner.show()
        self._update_writable()
        self.refresh_all()

    def _tab_changed(self, index: int) -> None:
        view = self.tabs.widget(index)
        if isinstance(view, View) and view.focus_widget() is not None:
            view.focus_widget().setFocus()

    def show_view(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def journal_view(self) -> JournalView | None:
        return next((v for v in self.views if isinstance(v, JournalView)), None)

    def view_named(self, name: str) -> View | None:
        return next((v for v in self.views if v.view_name == name), None)

    def go_to(self, name: str, key: str) -> None:
        """Show a tab and choose an object in it (from the dashboard)."""
        view = self.view_named(name)
        if view is None:
            return
        self.tabs.setCurrentWidget(view)
        if hasattr(view, "select"):
            view.select(key)

    # -- requests arriving ------------------------------------------------------------------

    def _requests_arrived(self, count: int) -> None:
        self.statusBar().showMessage(self.tr("%n new requests arrived.", "", count), 15000)
        self._tab_flashes = 0
        self._tab_flash.start()

    def _flash_tab(self) -> None:
        view = self.view_named("requests")
        if view is None:
            self._tab_flash.stop()
            return
        index = self.tabs.indexOf(view)
        self._tab_flashes += 1
        on = self._tab_flashes % 2 == 1 and self._tab_flashes <= 12
        self.tabs.tabBar().setTabTextColor(index, QColor(226, 82, 64) if on else QColor())
        title = view.title()
        self.tabs.setTabText(index, f"● {title}" if on else title)
        if self._tab_flashes > 12:
            self._tab_flash.stop()

    def _focus_search(self) -> None:
        journal = self.journal_view()
        if journal is not None:
            self.tabs.setCurrentWidget(journal)
            journal.focus_search()

    # -- actions ----------------------------------------------------------------------------

    def _write(self, fn, on_done=None, on_error=None) -> None:
        self.context.tasks.run_task(fn, on_done, on_error or self._show_error, write=True)

    def _saved(self, *_args) -> None:
        self.status.show_saved(words.clock_now())

    def new_measure(self, entry=None, request=None):
        """A new measure: from the given entry or request, else from the one chosen in the
        tab on show (journal or requests), else blank."""
        view = self.view_named("measures")
        if not isinstance(view, MeasuresView) or self.context.read_only:
            return None
        if entry is None and request is None:
            current = self.tabs.currentWidget()
            if isinstance(current, JournalView):
                entry = current.selected_entry()
            elif isinstance(current, RequestsView):
                chosen = current.current()
                request = chosen if chosen is not None and chosen.is_pending else None
        return view.new_measure(entry=entry, request=request)

    def new_request(self):
        view = self.view_named("requests")
        if not isinstance(view, RequestsView) or self.context.read_only:
            return None
        return view.new_request()

    def _journal_menu(self, position) -> None:
        journal = self.journal_view()
        entry = journal.selected_entry() if journal else None
        if entry is None:
            return
        menu = QMenu(self)
        make = menu.addAction(self.tr("Open a &measure from this entry…  (Ctrl+Shift+M)"))
        make.triggered.connect(lambda: self.new_measure(entry=entry))
        fix = menu.addAction(self.tr("&Correct this entry…  (Ctrl+E)"))
        fix.triggered.connect(lambda: self.correct_entry(entry))
        for action in (make, fix):
            action.setEnabled(not self.context.read_only)
        menu.popup(journal.table.viewport().mapToGlobal(position))

    def undo(self) -> None:
        if self.context.read_only:
            return
        event, operator = self.context.event_file, self.context.session.operator

        def work():
            target = undo_ops.last_action(event, operator)
            if target is None or not target.supported:
                return target
            undo_ops.undo(event, target, operator)
            return target

        self._write(work, self._undone,
                    lambda error: self.statusBar().showMessage(self.describe(error), 10000))

    def _undone(self, target) -> None:
        if target is None:
            self.statusBar().showMessage(self.tr("Nothing of yours to undo."), 5000)
        elif not target.supported:
            self.statusBar().showMessage(self.tr("Your last action cannot be undone here; "
                                                 "change it back by hand."), 8000)
        else:
            self._saved()
            self.statusBar().showMessage(self._undone_text(target.kind), 8000)

    def _undone_text(self, kind: str) -> str:
        group = kind.split(".")[0]
        texts = {
            "measure": self.tr("Undone: the measure is back as it was (a new record says so)."),
            "unit": self.tr("Undone: the unit is back at its earlier status and place."),
            "request": self.tr("Undone: the request you registered is closed."),
            "contact": self.tr("Undone: the contact has its earlier details back."),
        }
        return texts.get(group, self.tr("Undone: your last entry is marked \"[ångrad]\" in "
                                        "the journal."))

    def log_decision(self) -> DecisionDialog | None:
        if self.context.read_only:
            return None
        event, operator = self.context.event_file, self.context.session.operator
        dialog = DecisionDialog(operator, self)

        def save(values: dict):
            values = dict(values)
            return lambda: event.journal.decide(values.pop("decision"), operator=operator,
                                                **values)

        return self._run_dialog(dialog, save)

    def correct_selected(self) -> CorrectionDialog | None:
        journal = self.journal_view()
        entry = journal.selected_entry() if journal else None
        if entry is None:
            self.statusBar().showMessage(self.tr("Choose an entry in the journal first."), 5000)
            return None
        return self.correct_entry(entry)

    def correct_entry(self, entry) -> CorrectionDialog | None:
        if self.context.read_only:
            return None
        if entry.sealed:
            self.statusBar().showMessage(self.tr("A confidential entry can be corrected only "
                                                 "with the passphrase."), 5000)
            return None
        event, operator = self.context.event_file, self.context.session.operator
        dialog = CorrectionDialog(entry, self)

        def save(values: dict):
            return lambda: event.journal.correct(entry.id, values["text"],
                                                 reason=values["reason"], operator=operator)

        return self._run_dialog(dialog, save)

    def _run_dialog(self, dialog, make_task):
        """Open a form dialog window-modally; each OK saves on the writer; the dialog closes
        only when the save returned, and shows the problem otherwise."""

        def submit(values: dict) -> None:
            self._write(make_task(values), lambda _c: (dialog.saved(), self._saved()),
                        lambda error: dialog.show_problem(self.describe(error)))

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    def describe(self, error: BaseException) -> str:
        return words.failure(error, self.tr("Not saved: %1"))

    def choose_moment(self) -> MomentDialog:
        dialog = MomentDialog(self)
        dialog.accepted.connect(lambda: self.context.set_moment(dialog.moment))
        dialog.open()
        return dialog

    def lock_confidential(self) -> None:
        self.context.event_file.lock()
        self._session_changed()
        self.refresh_all()

    def _toggle_theme(self) -> None:
        night = self.context.settings.theme == "night"
        self.controller.set_theme("day" if night else "night")

    def export(self, key: str, target=None):
        """A report built on a worker with progress (the situation report at the moment
        shown, so a past moment prints as it was)."""
        from ui.dialogs.export import export

        return export(self, self.context, key, target)

    def backup_folder(self) -> Path:
        """The folder this laptop backs this event up to: chosen, or beside the file."""
        event = self.context.event_file
        chosen = self.context.settings.backup_folders.get(str(event.path))
        return Path(chosen) if chosen else default_backup_dir(event.path)

    def choose_backup_folder(self, folder: Path | None = None) -> None:
        """A second place for the copies (another disk or a USB stick), then one copy now."""
        if folder is None:
            folder = file_choice.folder(self, self.tr("Backup folder"), self.backup_folder())
            if folder is None:
                return
        folders = self.context.settings.backup_folders
        folders[str(self.context.event_file.path)] = str(folder)
        self.context.settings.backup_folders = folders
        self.context.event_file.backup_folders = [folder]
        self.backup_now()

    def backup_now(self) -> None:
        event, folder = self.context.event_file, self.backup_folder()
        self.context.tasks.run_task(lambda: backup_now(event, folder), self._backed_up,
                                    self._backup_failed)

    def _backed_up(self, path) -> None:
        at = hhmm_local(now_utc())
        self.status.set_backup(self.tr("Backup %1").replace("%1", at))
        self.status.backup.setToolTip(str(path))

    def _backup_failed(self, error: BaseException) -> None:
        self.status.set_backup(self.tr("Backup FAILED"), ok=False)
        self.status.backup.setToolTip(str(error))

    def timerEvent(self, event) -> None:  # noqa: N802
        if event.timerId() == self._backup_timer_id:
            self.backup_now()
        else:
            super().timerEvent(event)

    def _show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), self.describe(error))

    def _task_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Something went wrong: %1").replace(
            "%1", str(error)), 10000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_geometry(self.context.settings)
        super().closeEvent(event)
        if not self.rebuilding:
            self.controller.window_closed()
