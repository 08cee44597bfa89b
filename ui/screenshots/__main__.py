"""Opens the window offscreen on FILE (or on a new demo Valborg night made with
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
from contextlib import nullcontext
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def shoot(out: Path, file: Path | None = None) -> list[Path]:
    """Photograph every scene into `out`; the PNGs' paths, in order."""
    os.environ.setdefault("EVENTCENTER_CONFIG_DIR", tempfile.mkdtemp(prefix="ec-shots-"))
    from PySide6.QtWidgets import QApplication

    from eventcenter import clock
    from eventcenter.demo.night import make_demo
    from ui.screenshots.shooter import DEMO_UNTIL, clock_for, running_from

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    made = file is None
    if made:
        file = Path(tempfile.mkdtemp(prefix="ec-demo-")) / "valborg-2027.event"
        make_demo(file, until=DEMO_UNTIL)
    moment = clock_for(file, made)
    with clock.set_to(running_from(moment)) if moment is not None else nullcontext():
        return _photograph(app, out, file)


def _photograph(app, out: Path, file: Path) -> list[Path]:
    from eventcenter.demo.night import PASSPHRASE
    from ui import i18n
    from ui.app import App, Prompts
    from ui.dialogs.sign_in import SignIn
    from ui.screenshots import scenes
    from ui.screenshots.shooter import Shooter, no_start_up_pause
    from ui.settings import Settings
    from ui.theme import apply_theme

    no_start_up_pause()
    i18n.install("sv")
    settings = Settings(Path(os.environ["EVENTCENTER_CONFIG_DIR"]) / "window.json")
    apply_theme(app, "day")
    controller = App(settings, Prompts(), folder=file.parent)
    if not controller.start(file, SignIn("Anna Lind", "coordinator", PASSPHRASE)):
        raise SystemExit(f"cannot open {file}")
    shots = Shooter(app, out)
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
