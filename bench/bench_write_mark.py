"""What the write mark costs: every write updates one row of `meta` naming its event, so every
WAL holds the page that says whose it is (another event's WAL is then caught when opening).

The baseline is the same core with the mark left out, in the same process: two new events,
logged into line by line in turn, so both see the same disk. Also printed: the WAL pages a
line writes, with and without the mark (counted from the WAL's size before any checkpoint).

    python bench/bench_write_mark.py [--quick] [--lines N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import time
import uuid
from pathlib import Path

from figures import OUT, Figures, percentile

from eventcenter.device import Device
from eventcenter.new_event.create import create_event

WARM_UP = 20
FRAME_LINES = 40  # few enough that no automatic checkpoint resets the WAL
RATIO_LIMIT = 1.1  # the mark may cost a tenth of a line at most


def new_event(folder: Path, name: str, marked: bool):
    device = Device(uuid.uuid4().hex, f"bench-{name}", "Anna")
    event = create_event(folder / f"{name}.event", "valborg", name, "bench passphrase",
                         operator="Anna", device=device)
    if not marked:
        event._mark_write = lambda _conn: None  # the baseline: the core without the mark
    return event


def wal_frames(event) -> int:
    wal = event.path.with_name(event.path.name + "-wal")
    size = os.stat(wal).st_size if wal.exists() else 0  # a stat opens nothing
    return max(0, size - 32) // (4096 + 24)


def frames_per_line(folder: Path) -> tuple[float, float]:
    counts = []
    for marked in (True, False):
        event = new_event(folder, f"frames-{marked}", marked)
        try:
            event.journal.log("uppvärmning", operator="Anna")
            start = wal_frames(event)
            for n in range(FRAME_LINES):
                event.journal.log(f"Rad {n} vid Resecentrum", operator="Anna")
            counts.append((wal_frames(event) - start) / FRAME_LINES)
        finally:
            event.close()
    return counts[0], counts[1]


def run(lines: int, figures: Figures) -> None:
    folder = OUT / "write_mark"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    events = {"mark": new_event(folder, "mark", True), "none": new_event(folder, "none", False)}
    times: dict[str, list[float]] = {"mark": [], "none": []}
    try:
        for i in range(WARM_UP + lines):
            for which in (("mark", "none") if i % 2 else ("none", "mark")):
                start = time.perf_counter()
                events[which].journal.log(f"Rad {i}: trängsel vid Dombron", operator="Anna")
                if i >= WARM_UP:
                    times[which].append(time.perf_counter() - start)
    finally:
        for event in events.values():
            event.close()
    marked, bare = times["mark"], times["none"]
    for q in (50, 99):
        figures.add(f"log one line, p{q}", f"{percentile(marked, q) * 1000:.2f} ms",
                    f"no mark {percentile(bare, q) * 1000:.2f} ms")
    ratio = percentile(marked, 50) / percentile(bare, 50)
    figures.add("p50 with / without the mark", f"{ratio:.2f}×", "", f"≤ {RATIO_LIMIT}×",
                ratio <= RATIO_LIMIT)
    figures.add("spread (stdev)", f"{statistics.stdev(marked) * 1000:.2f} ms",
                f"no mark {statistics.stdev(bare) * 1000:.2f} ms")
    with_mark, without = frames_per_line(folder)
    figures.add("WAL pages per line", f"{with_mark:.1f}", f"no mark {without:.1f}")
    figures.note(f"{lines} lines each, after {WARM_UP} warm-up lines, interleaved")
    shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 lines: a smoke run")
    parser.add_argument("--lines", type=int, help="lines to log (default 2,000)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    lines = args.lines or (200 if args.quick else 2000)
    figures = Figures(f"bench_write_mark: {lines:,} lines each, with and without the mark")
    print(figures.title, flush=True)
    run(lines, figures)
    figures.note_load()
    figures.print()
    figures.save(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
