"""The main window's menu bar: every command of the window with its shortcut, working from
anywhere in the window (the keys are in the README's table). The menus only call: what a
command does lives in the window, its commands, its backups, its views or the controller."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

Shortcut = str | QKeySequence.StandardKey | list[str] | None


class Controller(Protocol):
    """What the window asks of the application around it (`ui.app.App` is one)."""

    def show_start(self) -> None: ...
    def new_event(self) -> None: ...
    def switch_operator(self) -> None: ...
    def set_language(self, code: str) -> None: ...
    def set_theme(self, name: str) -> None: ...
    def change_font(self, steps: int) -> None: ...
    def window_closed(self) -> None: ...


class MenuWindow(Protocol):
    """What the menus call on the main window (`ui.main_window.MainWindow` is one): the menus
    only call, so they need not know the window's class."""

    context: Any  # ui.context.WindowContext
    commands: Any  # ui.commands.WindowCommands
    backups: Any  # ui.backup_timer.BackupTimer
    quick_entry: Any
    views: list
    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def choose_moment(self) -> object: ...
    def show_view(self, index: int) -> None: ...
    def focus_search(self) -> None: ...
    def new_measure(self) -> object: ...
    def new_request(self) -> object: ...
    def lock_confidential(self) -> None: ...
    def export(self, key: str, target: Any = None) -> object: ...


class MainMenus(QObject):
    """Builds the menus into `window`'s menu bar. `writing`: the actions that write, which the
    window disables while nothing may be written."""

    def __init__(self, window: MenuWindow, controller: Controller) -> None:
        super().__init__(window)
        self.window, self.controller = window, controller
        self.writing: list[QAction] = []
        bar = window.menuBar()
        self._event_menu(bar.addMenu(self.tr("&Event")))
        self._journal_menu(bar.addMenu(self.tr("&Journal")))
        self._state_menu(bar.addMenu(self.tr("&Measures and requests")))
        self._view_menu(bar.addMenu(self.tr("&View")))
        self._operator_menu(bar.addMenu(self.tr("&Operator")))

    def _action(self, menu: QMenu, text: str, slot: Callable, shortcut: Shortcut = None,
                name: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name)
        menu.addAction(action)
        return action

    def _event_menu(self, menu: QMenu) -> None:
        w, c, add = self.window, self.controller, self._action
        add(menu, self.tr("&Events…"), c.show_start, QKeySequence.StandardKey.Open)
        add(menu, self.tr("&New event…"), c.new_event, QKeySequence.StandardKey.New)
        add(menu, self.tr("&Back up now"), w.backups.backup_now, "Ctrl+Shift+S")
        add(menu, self.tr("Backup &folder…"), w.backups.choose_folder,
            name="actionBackupFolder")
        menu.addSeparator()
        add(menu, self.tr("&Situation report (PDF)…"), lambda: w.export("sitrep"),
            "Ctrl+Shift+P", "actionSitrep")
        add(menu, self.tr("&Debrief, full version (PDF)…"), lambda: w.export("debrief"),
            name="actionDebrief")
        add(menu, self.tr("Debrief, &public version (PDF)…"), lambda: w.export("public"),
            name="actionDebriefPublic")
        add(menu, self.tr("C&ontact sheet (PDF)…"), lambda: w.export("contacts"),
            name="actionContactSheet")
        add(menu, self.tr("Journal as &CSV…"), lambda: w.export("csv"), name="actionCsv")
        menu.addSeparator()
        add(menu, self.tr("&Close"), w.close, QKeySequence.StandardKey.Quit)

    def _journal_menu(self, menu: QMenu) -> None:
        w, commands, add = self.window, self.window.commands, self._action
        add(menu, self.tr("&Write an entry"), w.quick_entry.focus, ["Ctrl+L", "F2"],
            "actionFocusEntry")
        add(menu, self.tr("Earlier &time for the entry"),
            lambda: w.quick_entry.time.setFocus(), "Ctrl+T")
        self.writing.append(add(menu, self.tr("&Undo my last action"), commands.undo,
                                QKeySequence.StandardKey.Undo, "actionUndo"))
        add(menu, self.tr("Log a &decision…"), commands.log_decision, "Ctrl+D",
            "actionDecision")
        add(menu, self.tr("&Correct the chosen entry…"), commands.correct_selected, "Ctrl+E",
            "actionCorrect")
        add(menu, self.tr("&Search the journal"), w.focus_search, "Ctrl+F")

    def _state_menu(self, menu: QMenu) -> None:
        w, add = self.window, self._action
        self.writing.append(add(
            menu, self.tr("New &measure… (from the chosen entry or request)"), w.new_measure,
            "Ctrl+Shift+M", "actionNewMeasure"))
        self.writing.append(add(menu, self.tr("New &request…"), w.new_request,
                                "Ctrl+Shift+R", "actionNewRequest"))

    def _view_menu(self, menu: QMenu) -> None:
        w, c, add = self.window, self.controller, self._action
        for number, view in enumerate(w.views, start=1):
            add(menu, view.title(), lambda i=number - 1: w.show_view(i), f"Ctrl+{number}")
        menu.addSeparator()
        add(menu, self.tr("Show the state &at…"), w.choose_moment, "Ctrl+H", "actionMoment")
        add(menu, self.tr("Back to &now"), lambda: w.context.set_moment(None), "Ctrl+Shift+H")
        menu.addSeparator()
        add(menu, self.tr("&Night theme on/off"), self._toggle_theme, "Ctrl+Shift+N")
        add(menu, self.tr("&Larger text"), lambda: c.change_font(1), ["Ctrl++", "Ctrl+="])
        add(menu, self.tr("&Smaller text"), lambda: c.change_font(-1), "Ctrl+-")
        add(menu, self.tr("&Normal text size"), lambda: c.change_font(0), "Ctrl+0")
        language = menu.addMenu(self.tr("&Language"))
        add(language, "Svenska", lambda: c.set_language("sv"), name="languageSv")
        add(language, "English", lambda: c.set_language("en"), name="languageEn")

    def _operator_menu(self, menu: QMenu) -> None:
        add = self._action
        add(menu, self.tr("&Switch operator (shift change)…"), self.controller.switch_operator,
            "Ctrl+Shift+O", "actionSwitchOperator")
        add(menu, self.tr("&Lock confidential entries"), self.window.lock_confidential,
            "Ctrl+Shift+L")

    def _toggle_theme(self) -> None:
        night = self.window.context.settings.theme == "night"
        self.controller.set_theme("day" if night else "night")
