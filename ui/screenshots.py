"""Screenshots of every view and dialog: `python -m ui.screenshots OUTDIR [FILE]`.

Opens the window offscreen on FILE (or on a new demo Valborg night made with
`eventcenter.demo`, cut at 23:40), signed in as a coordinator with the passphrase, in Swedish,
and saves a PNG of each tab, of the tabs in the night theme, a request arriving from another
process, the liaison officer's layout, a past moment, a reader, a failed line, and of each
dialog. The clock is set to the night shown (23:40 on the demo's Valborg, or just after the
last entry of FILE) so that ages and waiting times read as they did then. Settings go to a
temporary folder: nothing of this laptop's sign-in or recent files is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SIZE = (1366, 768)  # the municipality's laptops
DEMO_UNTIL = "23:40"


def _settle(app, ms: int = 400) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        app.processEvents()


def _wait(app, done: Callable[[], bool], ms: int = 8000) -> None:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while not done() and timer.elapsed() < ms:
        app.processEvents()
    _settle(app, 150)


def freeze_clock(moment: datetime) -> None:
    """Let the clock read `moment` (running on from there) in the core and the window: the
    one clock function, `timefmt.now_utc`, and every module that imported it by name."""
    from eventcenter import timefmt

    original = timefmt.now_utc
    started = time.monotonic()
    base = moment.astimezone(timefmt.UTC)

    def now_utc() -> datetime:
        return base + timedelta(seconds=time.monotonic() - started)

    for module in list(sys.modules.values()):
        if getattr(module, "now_utc", None) is original and (
                module.__name__.startswith(("eventcenter", "ui"))):
            module.now_utc = now_utc


def _load_clock_users() -> None:
    """Import every module that reads the clock, so that `freeze_clock` reaches them all."""
    import importlib

    for name in ("eventcenter.store.records", "eventcenter.state.queries", "eventcenter.state.ops",
                 "eventcenter.journal.writing", "eventcenter.backups", "ui.app", "ui.main_window",
                 "ui.views", "ui.widgets.attention", "ui.widgets.status",
                 "ui.widgets.quick_entry"):
        importlib.import_module(name)


def _no_start_up_pause() -> None:
    """The working state's reads wait a moment after start-up, so that the first lines typed
    come first; photographs need not wait."""
    import ui.views.requests_view
    import ui.widgets.attention

    ui.widgets.attention.STARTUP_DELAY_MS = 0
    ui.views.requests_view.STARTUP_DELAY_MS = 0


class Shooter:
    def __init__(self, app, out: Path) -> None:
        self.app, self.out = app, out
        self.saved: list[Path] = []

    def grab(self, widget, name: str, settle_ms: int = 250) -> None:
        _settle(self.app, settle_ms)
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


def _clock_for(file: Path, made: bool) -> datetime | None:
    """23:40 on the demo's night, or just after FILE's last entry when that lies ahead."""
    from eventcenter.demo.night import cut_at, night_start
    from eventcenter.event_file import EventFile
    from eventcenter.timefmt import from_micros, now_utc

    with EventFile.open(file) as event:
        if made:
            return cut_at(night_start(event), DEMO_UNTIL)
        newest = event.read.journal.page(limit=1)
    if not newest:
        return None
    last = from_micros(newest[0].occurred_at)
    return last + timedelta(minutes=2) if last > now_utc() else None


def shoot(out: Path, file: Path | None = None) -> list[Path]:
    os.environ.setdefault("EVENTCENTER_CONFIG_DIR", tempfile.mkdtemp(prefix="ec-shots-"))
    from PySide6.QtWidgets import QApplication

    from eventcenter.demo.night import PASSPHRASE, make_demo
    from ui import i18n
    from ui.app import App, Prompts
    from ui.dialogs.sign_in import SignIn
    from ui.settings import Settings
    from ui.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    made = file is None
    if made:
        file = Path(tempfile.mkdtemp(prefix="ec-demo-")) / "valborg-2027.event"
        make_demo(file, until=DEMO_UNTIL)
    moment = _clock_for(file, made)
    if moment is not None:
        _load_clock_users()
        freeze_clock(moment)
    _no_start_up_pause()
    i18n.install("sv")
    settings = Settings(Path(os.environ["EVENTCENTER_CONFIG_DIR"]) / "window.json")
    apply_theme(app, "day")
    controller = App(settings, Prompts(), folder=file.parent)
    if not controller.start(file, SignIn("Anna Lind", "coordinator", PASSPHRASE)):
        raise SystemExit(f"cannot open {file}")
    shots = Shooter(app, out)
    from ui import screenshot_scenes as scenes

    try:
        scenes.window_shots(controller, shots, app)
        scenes.state_shots(controller, shots, app)
        scenes.dialog_shots(controller, shots, file)
        scenes.state_dialog_shots(controller, shots, app)
        scenes.failed_line_shot(controller, shots, app)
        scenes.role_shots(controller, shots, app, file)
    finally:
        controller.close_event()
    return shots.saved


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
