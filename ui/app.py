"""`eventcenter-gui [FILE]`: the window.

Start-up: translations and theme, then FILE, or the most recent event, or (on a fresh
laptop) a default Valborg event created in the user's documents folder; sign-in on the
open event; then the main window. `App` is the controller the window asks to open events,
switch operator, change language, theme and text size. The questions it asks people go
through `Prompts`, which tests replace.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from eventcenter.catalogue.templates import default_event_name
from eventcenter.device import load_device, sign_in
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.new_event.create import create_event
from eventcenter.roles import may_unlock
from ui import i18n
from ui.bridge import Bridge
from ui.dialogs.new_event import NewEventDialog, file_name_for
from ui.dialogs.passphrase import NewPassphraseDialog
from ui.dialogs.sign_in import PassphraseCheck, SignIn, SignInDialog
from ui.dialogs.start import StartDialog
from ui.main_window import MainWindow
from ui.session import Session, WindowContext
from ui.settings import Settings
from ui.tasks import Tasks
from ui.theme import apply_theme, set_text_size


class Prompts:
    """The questions the controller asks, as modal dialogs. Tests pass their own."""

    def sign_in(self, event_name: str, operator: str | None, role: str,
                check: PassphraseCheck, parent: QWidget | None) -> SignIn | None:
        dialog = SignInDialog(event_name, operator, role, check, parent)
        return dialog.result_ if dialog.exec() else None

    def new_passphrase(self, event_name: str) -> str | None:
        dialog = NewPassphraseDialog(event_name)
        return dialog.passphrase() if dialog.exec() else None

    def start(self, recent: list[Path], parent: QWidget | None):
        dialog = StartDialog(recent, parent)
        return dialog.choice if dialog.exec() else None

    def new_event(self, folder: Path, parent: QWidget | None, from_event: Path | None = None):
        dialog = NewEventDialog(folder, parent, from_event)
        return dialog.values() if dialog.exec() else None

    def error(self, text: str, parent: QWidget | None) -> None:
        QMessageBox.warning(parent, "Eventcenter", text)


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Eventcenter"


class App(QObject):
    """Owns the open event, its workers and the window."""

    def __init__(self, settings: Settings | None = None, prompts: Prompts | None = None,
                 folder: Path | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.prompts = prompts or Prompts()
        self.folder = folder or default_folder()
        self.window: MainWindow | None = None
        self.context: WindowContext | None = None
        self.font_points = self.settings.font_size

    # -- start ------------------------------------------------------------------------------

    def start(self, path: Path | None = None, signed_in: SignIn | None = None) -> bool:
        """Open FILE, the latest event, or a new default one; False if nothing opened."""
        if path is None:
            recent = self.settings.existing_recent()
            path = recent[0] if recent else self.default_event()
        return path is not None and self.open(path, signed_in)

    def default_event(self) -> Path | None:
        """A Valborg event for this year in the documents folder, made on first start."""
        name = default_event_name("valborg")
        path = self.folder / file_name_for(name)
        if path.exists():
            return path
        passphrase = self.prompts.new_passphrase(name)
        if passphrase is None:
            return None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_event(path, "valborg", name, passphrase).close()
        except (UserError, OSError) as error:
            self.prompts.error(str(error), None)
            return None
        return path

    def open(self, path: Path, signed_in: SignIn | None = None) -> bool:
        """Open an event file, sign in on it, and show it in a new window."""
        try:
            event = EventFile.open(path)
        except UserError as error:
            self.prompts.error(str(error), self.window)
            return False
        who = signed_in or self._ask_sign_in(event)
        if who is None:
            event.close()
            return False
        try:
            self._apply_sign_in(event, who)
        except UserError as error:
            event.close()
            self.prompts.error(str(error), self.window)
            return False
        self.close_event()
        self._show(event, Session(who.operator, who.role))
        self.settings.add_recent(path)
        return True

    def _ask_sign_in(self, event: EventFile, parent: QWidget | None = None) -> SignIn | None:
        device = load_device()
        return self.prompts.sign_in(event.name, device.operator, device.role, event.unlock,
                                    parent)

    @staticmethod
    def _apply_sign_in(event: EventFile, who: SignIn) -> None:
        """Remember the operator on this laptop; open confidential text only for a role that
        may, and only with the passphrase given."""
        sign_in(who.operator, who.role)
        if may_unlock(who.role) and who.passphrase:
            if not event.unlocked:
                event.unlock(who.passphrase)
        else:
            event.lock()

    def _show(self, event: EventFile, session: Session) -> None:
        tasks = Tasks()
        bridge = Bridge(event, tasks)
        self.context = WindowContext(event, tasks, bridge, session, self.settings)
        self._build_window()

    def _build_window(self) -> None:
        self.window = MainWindow(self.context, self)
        self.window.show()
        self.window.quick_entry.focus()

    # -- what the window asks for -----------------------------------------------------------

    def show_start(self) -> None:
        choice = self.prompts.start(self.settings.existing_recent(), self.window)
        if choice is None:
            return
        action, path = choice
        if action == "new":
            self.new_event()
        elif action == "new-from":
            self.new_event(from_event=path)
        elif path is not None:
            self.open(path)

    def new_event(self, from_event: Path | None = None) -> None:
        """A new event from a template, optionally with an earlier event's units, contacts,
        places and measure types (`from_event`, last year's Valborg)."""
        if from_event is None:
            values = self.prompts.new_event(self.folder, self.window)
        else:
            values = self.prompts.new_event(self.folder, self.window, from_event)
        if values is None:
            return
        path, template, name, passphrase, *rest = values
        earlier = rest[0] if rest else None
        session = self.context.session if self.context else None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_event(path, template, name, passphrase,
                         operator=session.operator if session else None,
                         from_event=earlier).close()
        except (UserError, OSError) as error:
            self.prompts.error(str(error), self.window)
            return
        if session is not None:
            self.open(path, SignIn(session.operator, session.role, passphrase))
        else:
            self.open(path)

    def switch_operator(self) -> None:
        """A shift change: someone else signs in on the open event; no restart."""
        ctx = self.context
        if ctx is None:
            return
        event = ctx.event_file
        was_unlocked = event.unlocked
        event.lock()  # the next operator must give the passphrase again
        who = self._ask_sign_in(event, self.window)
        if who is None:
            if was_unlocked:  # cancelled: nothing changes
                self._relock_cancelled(ctx)
            return
        self._apply_sign_in(event, who)
        ctx.set_session(Session(who.operator, who.role))
        self.window.refresh_all()

    def _relock_cancelled(self, ctx: WindowContext) -> None:
        # The passphrase is not kept anywhere, so a cancelled switch leaves the file locked.
        ctx.set_session(ctx.session)
        self.window.refresh_all()

    def set_language(self, code: str) -> None:
        self.settings.language = i18n.install(code)
        if self.window is not None:
            old, self.window = self.window, None
            old.rebuilding = True
            old.close()
            old.deleteLater()
            self._build_window()
            self.window.refresh_all()

    def set_theme(self, name: str) -> None:
        self.settings.theme = name
        apply_theme(QApplication.instance(), name, self.settings.font_size)

    def change_font(self, steps: int) -> None:
        app = QApplication.instance()
        points = 0 if steps == 0 else int(round(app.font().pointSizeF())) + steps
        set_text_size(app, points)
        self.settings.font_size = points

    def window_closed(self) -> None:
        self.close_event()

    def close_event(self) -> None:
        """Finish every write asked for, stop watching, close the file."""
        ctx, self.context = self.context, None
        if self.window is not None:
            old, self.window = self.window, None
            old.rebuilding = True
            old.close()
            old.deleteLater()
        if ctx is not None:
            ctx.bridge.close()
            ctx.tasks.shutdown()
            ctx.event_file.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eventcenter-gui",
                                     description="Eventcenter: the service center's window.")
    parser.add_argument("file", nargs="?", help="the event file to open")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language (default: Swedish)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Eventcenter")
    settings = Settings()
    i18n.install(args.lang or settings.language)
    apply_theme(qt_app, settings.theme, settings.font_size)
    controller = App(settings)
    if not controller.start(Path(args.file) if args.file else None):
        return 1
    code = qt_app.exec()
    controller.close_event()
    return code


if __name__ == "__main__":
    sys.exit(main())
