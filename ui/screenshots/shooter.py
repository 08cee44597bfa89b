"""Taking the pictures: waiting until the window has settled, saving numbered PNGs, and the
clock of the night shown."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

SIZE = (1366, 768)  # the municipality's laptops
DEMO_UNTIL = "23:40"


def settle(app, ms: int = 400) -> None:
    """Let the window work for `ms` (reads, repaints, timers) before a picture."""
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        app.processEvents()


def wait(app, done: Callable[[], bool], ms: int = 8000) -> None:
    """Until `done()` (at most `ms`), then a short settle."""
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while not done() and timer.elapsed() < ms:
        app.processEvents()
    settle(app, 150)


def running_from(moment: datetime) -> Callable[[], datetime]:
    """A clock for `eventcenter.clock.set_to` that reads `moment` now and runs on from there."""
    started = time.monotonic()
    base = moment.astimezone(UTC)
    return lambda: base + timedelta(seconds=time.monotonic() - started)


def clock_for(file: Path, made: bool) -> datetime | None:
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


def no_start_up_pause() -> None:
    """The working state's reads wait a moment after start-up, so that the first lines typed
    come first; photographs need not wait."""
    import ui.views.requests_view
    import ui.widgets.attention

    ui.widgets.attention.STARTUP_DELAY_MS = 0
    ui.views.requests_view.STARTUP_DELAY_MS = 0


class Shooter:
    """Saves numbered PNGs of widgets into `out`; `saved` lists them in order."""

    def __init__(self, app, out: Path) -> None:
        self.app, self.out = app, out
        self.saved: list[Path] = []

    def grab(self, widget, name: str, settle_ms: int = 250) -> None:
        settle(self.app, settle_ms)
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
