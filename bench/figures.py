"""What every benchmark shares: timing, percentiles, memory, and one table of figures.

Each figure is printed beside the baseline it was measured against in the same run and the
target it is held to. `--json PATH` (given by `run.py`) also writes the figures as JSON, so
the runner can print one summary table for the README.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"  # gitignored: cached event files and results
DATA = ROOT.parent / "shared" / "data"  # ../shared/data beside the repository

if str(ROOT) not in sys.path:  # so each script runs alone, installed or not
    sys.path.insert(0, str(ROOT))


def data_dir() -> Path:
    """The shared data folder (`EVENTCENTER_DATA` overrides ../shared/data)."""
    return Path(os.environ.get("EVENTCENTER_DATA", DATA))


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by the nearest-rank method."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f} records/s"


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    """`with stopwatch() as elapsed: ...`; `elapsed()` gives seconds (final after the block)."""
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """The fastest of several runs in seconds (the warm figure a user sees on the 2nd try)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def max_rss_mb() -> float | None:
    """Peak resident memory of this process so far (POSIX only; None elsewhere)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float | None:
    """Resident memory now (Linux /proc; None elsewhere)."""
    try:
        fields = Path("/proc/self/statm").read_text().split()
    except OSError:
        return None
    return int(fields[1]) * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


@dataclass
class Figure:
    name: str
    value: str
    baseline: str = ""
    target: str = ""
    met: bool | None = None  # None: no target, or not built yet


class Figures:
    """The figures of one benchmark, printed as an aligned table."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.rows: list[Figure] = []
        self.notes: list[str] = []

    def add(self, name: str, value: str, baseline: str = "", target: str = "",
            met: bool | None = None) -> None:
        self.rows.append(Figure(name, value, baseline, target, met))
        print(f"  {name}: {value}" + (f"   (baseline {baseline})" if baseline else ""),
              flush=True)

    def note(self, text: str) -> None:
        self.notes.append(text)

    def note_load(self) -> None:
        """The machine's load average: figures measured beside other work are slower."""
        if hasattr(os, "getloadavg"):
            load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
            self.note(f"load average (1, 5, 15 min) at the end: {load} on {os.cpu_count()} "
                      "cores")

    def print(self) -> None:
        headers = ("figure", "measured", "baseline", "target", "")
        cells = [(f.name, f.value, f.baseline, f.target, _verdict(f.met)) for f in self.rows]
        widths = [max(len(row[i]) for row in [headers, *cells]) for i in range(len(headers))]
        print(f"\n{self.title}")
        for row in [headers, *cells]:
            print("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
        for text in self.notes:
            print(f"  note: {text}")
        print(flush=True)

    def save(self, path: str | None) -> None:
        if not path:
            return
        data = {"title": self.title, "rows": [asdict(f) for f in self.rows],
                "notes": self.notes}
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

    @property
    def missed(self) -> list[Figure]:
        return [f for f in self.rows if f.met is False]


def _verdict(met: bool | None) -> str:
    return {True: "ok", False: "MISSED", None: ""}[met]
