"""The main window: quick entry on top, the views in tabs, the attention column at the right,
the status bar below. It holds no business rules: actions ask the core, on the workers.

What the window does not own (opening files, signing in, language, theme) it asks its
controller for, so the window can be rebuilt (a new language) on the same open event. Its
parts live beside it: the menus (`ui/menus.py`), the commands of no one tab
(`ui/commands.py`), the backups (`ui/backup_timer.py`); every tab is a `View`, wired through
that one class (`ui/views/base.py`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eventcenter.changes import Changes
from eventcenter.journal.queries import JournalEntry
from eventcenter.timefmt import STOCKHOLM
from ui.backup_timer import BackupTimer
from ui.commands import WindowCommands
from ui.dialogs.moment import MomentDialog
from ui.file_health import FileHealth
from ui.geometry import GeometryMixin
from ui.menus import Controller, MainMenus
from ui.session import WindowContext
from ui.views import ordered_for
from ui.views.base import Origin, View
from ui.widgets.attention import AttentionPanel
from ui.widgets.attention_sources import default_sources
from ui.widgets.quick_entry import QuickEntry
from ui.widgets.status import StatusBar
from ui.widgets.tab_flash import TabFlash


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
        self.commands = WindowCommands(context, self, self.status, self._chosen_entry)
        self.backups = BackupTimer(context, self.status, self)
        self.flash = TabFlash(self.tabs)
        self._layout()
        self.menus = MainMenus(self, controller)
        self._connect()
        self._session_changed()
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
            self._wire(view)
        ctx.catalogue.load()

    def _wire(self, view: View) -> None:
        """What any view may ask of the window (see `View`)."""
        view.saved.connect(self.commands.mark_saved)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        view.go_to.connect(self.go_to)
        view.new_measure_for.connect(self.new_measure)
        view.correction_for.connect(self.commands.correct_entry)
        view.confidential_for.connect(self.commands.mark_confidential)
        view.arrived.connect(lambda count: self._arrived(view, count))

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
        for action in self.menus.writing:
            action.setEnabled(writable)
        if not self.context.session.can_write:
            self.quick_entry.line.setPlaceholderText(self.tr("Readers cannot write entries."))
        event = self.context.event_file
        if event.damaged is not None or event.write_refusal is not None:
            self.quick_entry.line.setPlaceholderText(self.tr(
                "The event file is damaged: nothing more can be written."))

    # -- damage -----------------------------------------------------------------------------

    def _check_after_first_page(self) -> None:
        journal = self.journal_view()
        if journal is not None:
            journal.first_page.connect(self.health.start)
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

    # -- the moment shown -------------------------------------------------------------------

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

    def choose_moment(self) -> MomentDialog:
        dialog = MomentDialog(self)
        dialog.accepted.connect(lambda: self.context.set_moment(dialog.moment))
        dialog.open()
        return dialog

    # -- the tabs ---------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        focus = self.views[index].focus_widget() if 0 <= index < len(self.views) else None
        if focus is not None:
            focus.setFocus()

    def show_view(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def view_named(self, name: str) -> View | None:
        return next((v for v in self.views if v.view_name == name), None)

    def journal_view(self) -> View | None:
        return self.view_named("journal")

    def current_view(self) -> View:
        return self.views[self.tabs.currentIndex()]

    def go_to(self, name: str, key: str) -> None:
        """Show a tab and choose an object in it (from the dashboard)."""
        view = self.view_named(name)
        if view is not None:
            self.tabs.setCurrentWidget(view)
            view.select(key)

    def focus_search(self) -> None:
        journal = self.journal_view()
        if journal is not None:
            self.tabs.setCurrentWidget(journal)
            journal.focus_search()

    def _arrived(self, view: View, count: int) -> None:
        self.statusBar().showMessage(self.tr("%n new requests arrived.", "", count), 15000)
        self.flash.start(view, view.title())

    # -- commands ---------------------------------------------------------------------------

    def _chosen_entry(self) -> JournalEntry | None:
        journal = self.journal_view()
        return journal.origin().entry if journal is not None else None

    def new_measure(self, origin: Origin | None = None):
        """A new measure: from `origin`, else from what the tab on show has chosen (an entry
        in the journal, a waiting request), else blank."""
        view = self.view_named("measures")
        if view is None or self.context.read_only:
            return None
        return view.create(origin if origin is not None else self.current_view().origin())

    def new_request(self):
        view = self.view_named("requests")
        if view is None or self.context.read_only:
            return None
        return view.create()

    def lock_confidential(self) -> None:
        self.context.event_file.lock()
        self._session_changed()
        self.refresh_all()

    def export(self, key: str, target=None):
        """A report built on a worker with progress (the situation report at the moment
        shown, so a past moment prints as it was)."""
        from ui.dialogs.export import export

        return export(self, self.context, key, target)

    def _task_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Something went wrong: %1").replace(
            "%1", str(error)), 10000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_geometry(self.context.settings)
        super().closeEvent(event)
        if not self.rebuilding:
            self.controller.window_closed()
