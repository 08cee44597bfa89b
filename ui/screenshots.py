"""Screenshots of every view and dialog: `python -m ui.screenshots OUTDIR [FILE]`.

Opens the window offscreen on FILE (or on a new demo Valborg night made with
`eventcenter.demo`), signed in as a coordinator with the passphrase, in Swedish, and saves a
PNG of each tab, of the window in the night theme, at a past moment, as a reader, with a
failed line, and of each dialog. Settings go to a temporary folder: nothing of this laptop's
sign-in or recent files is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SIZE = (1366, 768)  # the municipality's laptops


def _settle(app, ms: int = 400) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        app.processEvents()


def _wait(app, done: Callable[[], bool], ms: int = 5000) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while not done() and timer.elapsed() < ms:
        app.processEvents()
    _settle(app, 150)


class Shooter:
    def __init__(self, app, out: Path) -> None:
        self.app, self.out = app, out
        self.saved: list[Path] = []

    def grab(self, widget, name: str) -> None:
        _settle(self.app, 250)
        if os.environ.get("EC_DEBUG_REFS"):
            print(name, sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
        path = self.out / f"{len(self.saved) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)

    def dialog(self, dialog, name: str, fill: Callable | None = None) -> None:
        dialog.show()
        if fill:
            fill(dialog)
        dialog.adjustSize()
        self.grab(dialog, name)
        dialog.close()


def shoot(out: Path, file: Path | None = None) -> list[Path]:
    os.environ.setdefault("EVENTCENTER_CONFIG_DIR", tempfile.mkdtemp(prefix="ec-shots-"))
    from PySide6.QtWidgets import QApplication

    from eventcenter.demo import PASSPHRASE, make_demo
    from ui import i18n
    from ui.app import App, Prompts
    from ui.dialogs.sign_in import SignIn
    from ui.settings import Settings
    from ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if file is None:
        file = Path(tempfile.mkdtemp(prefix="ec-demo-")) / "valborg-2027.event"
        make_demo(file)
    i18n.install("sv")
    settings = Settings(Path(os.environ["EVENTCENTER_CONFIG_DIR"]) / "window.json")
    apply_theme(app, "day")
    controller = App(settings, Prompts(), folder=file.parent)
    if not controller.start(file, SignIn("Anna Lind", "coordinator", PASSPHRASE)):
        raise SystemExit(f"cannot open {file}")
    shots = Shooter(app, out)
    try:
        _window_shots(controller, shots, app)
        _dialog_shots(controller, shots, file)
        _role_shots(controller, shots, app, file)
    finally:
        controller.close_event()
    return shots.saved


def _ready(controller) -> Callable[[], bool]:
    return lambda: (controller.window.journal_view().model.ready
                    and not controller.context.tasks.busy)


def _window_shots(controller, shots: Shooter, app) -> None:
    from ui.theme import apply_theme

    window = controller.window
    window.resize(*SIZE)
    _wait(app, _ready(controller))
    for index, view in enumerate(window.views):
        window.show_view(index)
        _wait(app, _ready(controller))
        shots.grab(window, f"view-{view.view_name}")
    window.show_view(0)
    journal = window.journal_view()
    journal.filters.search.setText("berusade")
    journal.filters.place.setCurrentIndex(max(journal.filters.place.findData("Resecentrum"), 0))
    _wait(app, lambda: journal.model.filter.query == "berusade" and _ready(controller)())
    shots.grab(window, "journal-filtered")
    journal.filters.reset()
    window.quick_entry.line.setText("@TV9 Lugnt vid Svandammen")
    window.quick_entry.save()
    _wait(app, lambda: window.quick_entry.message.isVisible())
    shots.grab(window, "quick-entry-unknown-unit")
    window.quick_entry.line.clear()
    window.quick_entry.message.hide()
    apply_theme(app, "night")
    _wait(app, _ready(controller))
    shots.grab(window, "night-theme")
    apply_theme(app, "day")
    from datetime import datetime

    from eventcenter.timefmt import STOCKHOLM

    day = controller.context.event_file.meta("date") or "2027-04-30"
    controller.context.set_moment(datetime.fromisoformat(f"{day}T22:00").replace(
        tzinfo=STOCKHOLM))
    _wait(app, _ready(controller))
    shots.grab(window, "past-moment-22-00")
    controller.context.set_moment(None)
    _wait(app, _ready(controller))


def _dialog_shots(controller, shots: Shooter, file: Path) -> None:
    from ui.dialogs.entry_dialogs import CorrectionDialog, DecisionDialog
    from ui.dialogs.moment import MomentDialog
    from ui.dialogs.new_event import NewEventDialog
    from ui.dialogs.passphrase import NewPassphraseDialog
    from ui.dialogs.sign_in import SignInDialog
    from ui.dialogs.start import StartDialog

    event = controller.context.event_file
    window = controller.window
    shots.dialog(SignInDialog(event.name, "Anna Lind", "coordinator", event.unlock, window),
                 "dialog-sign-in")

    def wrong(dialog):
        dialog.passphrase.setText("fel fras här")
        dialog.accept()

    shots.dialog(SignInDialog(event.name, "Anna Lind", "coordinator", event.unlock, window),
                 "dialog-sign-in-wrong-passphrase", wrong)
    shots.dialog(StartDialog([file], window), "dialog-start")
    shots.dialog(NewEventDialog(file.parent, window), "dialog-new-event")
    shots.dialog(NewPassphraseDialog("Valborg 2027", window), "dialog-new-passphrase")
    shots.dialog(DecisionDialog("Anna Lind", window), "dialog-decision")
    entry = next(e for e in event.entries.page(limit=50) if e.kind == "entry" and not e.sealed)
    shots.dialog(CorrectionDialog(entry, window), "dialog-correction")
    shots.dialog(MomentDialog(window), "dialog-moment")


def _role_shots(controller, shots: Shooter, app, file: Path) -> None:
    from ui.dialogs.sign_in import SignIn

    controller.close_event()
    controller.start(file, SignIn("Rita Berg", "reader"))
    controller.window.resize(*SIZE)
    _wait(app, _ready(controller))
    shots.grab(controller.window, "reader-view")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m ui.screenshots OUTDIR [FILE]", file=sys.stderr)
        return 2
    saved = shoot(Path(argv[0]), Path(argv[1]) if len(argv) > 1 else None)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
