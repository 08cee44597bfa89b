"""Benchmark (window): the window on an event of 500,000 records.

- open: from `App.start` to the window shown with the first page of the journal on screen.
- Enter → "saved": a line put in the quick-entry field and Enter, until the saved mark is
  shown (after the writer's commit returned), p50 and p99 over many lines.
- filter: choosing a category, a unit, a search word, until the table shows the result.
- stall: the longest gap of a 5 ms GUI-thread timer while another process writes 1,000
  records one commit each and the window follows them live.

The big event is the benchmark engineer's cached `bench/big_event.py` file (built when
missing), copied so the cache is not written to; without ../shared/data it is made with
`eventcenter.demo` instead.

    python bench/bench_window.py [--records N] [--lines N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EVENTCENTER_CONFIG_DIR", tempfile.mkdtemp(prefix="ec-bench-window-"))

from figures import BENCH, OUT, Figures, data_dir, ms, percentile  # noqa: E402

OPEN_LIMIT_S, SAVE_P99_LIMIT_S, FILTER_LIMIT_S, STALL_LIMIT_S = 2.0, 0.050, 0.200, 0.050
WRITER = """
import sys
from eventcenter.event_file import EventFile
with EventFile.open(sys.argv[1]) as event:
    for i in range(int(sys.argv[2])):
        event.journal.log(f"Rad {i} från en annan process", operator="Bo Ek")
"""


def big_event(records: int) -> tuple[Path, str]:
    """(a copy of the big event, its passphrase)."""
    sys.path.insert(0, str(BENCH))
    OUT.mkdir(parents=True, exist_ok=True)
    if (data_dir() / "incident-texts.jsonl").exists():
        import big_event as builder

        source, passphrase = builder.cached(records), builder.PASSPHRASE
    else:
        from eventcenter.demo.night import PASSPHRASE, make_demo

        source, passphrase = OUT / f"demo-{records}.event", PASSPHRASE
        if not source.exists():
            make_demo(source, records)
    copy = OUT / "window-bench.event"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, copy)
    return copy, passphrase


def wait(app, done, limit: float = 30.0) -> None:
    deadline = time.perf_counter() + limit
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not answer in time")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=500_000)
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--json")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.app import App
    from ui.dialogs.sign_in import SignIn
    from ui.settings import Settings

    path, passphrase = big_event(args.records)
    app = QApplication(sys.argv[:1])
    i18n.install("sv")
    figures = Figures(f"window on {args.records:,} records ({path.name})")
    controller = App(Settings(Path(os.environ["EVENTCENTER_CONFIG_DIR"]) / "w.json"))
    started = time.perf_counter()
    controller.start(path, SignIn("Anna Lind", "coordinator", passphrase))
    window = controller.window
    window.resize(1366, 768)
    journal = window.journal_view()
    wait(app, lambda: journal.model.ready and journal.model.item(0) is not None)
    opened = time.perf_counter() - started
    figures.add("open window, first page shown", ms(opened), target=ms(OPEN_LIMIT_S),
                met=opened < OPEN_LIMIT_S)
    try:
        _saves(app, window, figures, args.lines)
        _filters(app, journal, figures)
        _stall(app, path, figures)
    finally:
        controller.close_event()
    figures.print()
    figures.save(args.json)
    return 1 if figures.missed else 0


def _saves(app, window, figures: Figures, lines: int) -> None:
    entry, times = window.quick_entry, []
    for i in range(lines):
        entry.line.setText(f"@TV3 #ber Mätrad {i}: fem berusade ungdomar vid fontänen")
        start = time.perf_counter()
        entry.save()
        wait(app, lambda: not entry.saving)
        times.append(time.perf_counter() - start)
        if entry.message.isVisible():
            raise RuntimeError(entry.message.text())
    p50, p99 = percentile(times, 50), percentile(times, 99)
    figures.add("Enter → saved shown, p50", ms(p50))
    figures.add("Enter → saved shown, p99", ms(p99), target=ms(SAVE_P99_LIMIT_S),
                met=p99 < SAVE_P99_LIMIT_S)


def _filters(app, journal, figures: Figures) -> None:
    filters, worst = journal.filters, 0.0
    steps = (("category ber", lambda: filters.category.setCurrentIndex(
                 filters.category.findData("ber"))),
             ("unit TV3", lambda: filters.unit.setCurrentIndex(filters.unit.findData("TV3"))),
             ("search 'brand'", lambda: (filters.search.setText("brand"),
                                         journal.apply_filter())),
             ("clear", filters.reset))
    model = journal.model
    loads: list[int] = []
    model.loaded.connect(lambda: loads.append(1))
    for name, step in steps:
        start = time.perf_counter()
        loads.clear()
        step()
        wait(app, lambda: bool(loads) and model.ready)
        seconds = time.perf_counter() - start
        worst = max(worst, seconds)
        figures.add(f"filter: {name}", ms(seconds))
    figures.add("filter, slowest", ms(worst), target=ms(FILTER_LIMIT_S),
                met=worst < FILTER_LIMIT_S)


def _stall(app, path: Path, figures: Figures) -> None:
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    timer.start()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "1000"])
    while writer.poll() is None:
        app.processEvents()
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:
        app.processEvents()
    timer.stop()
    longest = max(gaps[1:] or [0.0])
    figures.add("longest GUI stall while another process writes 1,000", ms(longest),
                target=ms(STALL_LIMIT_S), met=longest < STALL_LIMIT_S)


if __name__ == "__main__":
    sys.exit(main())
