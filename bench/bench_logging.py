"""Benchmark (a): logging lines through the core, one commit each, beside raw sqlite3.

Each line goes through `event.journal.log(...)`: text checks, name look-ups, the hybrid clock,
the per-device sequence, the hash chain, the projections and the full-text index, committed in
its own BEGIN IMMEDIATE transaction (WAL, synchronous=FULL), its checkpoint made afterwards by
the event's checkpoint thread. The baseline inserts the same rows with the standard library's
sqlite3 into a table like `records` (same columns and indexes, the same pragmas, automatic
checkpoints off as the core's are, one commit each) in the same process, interleaved line by
line with the core so both see the same disk. Several runs; each figure is the median of the
runs with their spread (lowest–highest), and the load average before and after each run.

The big-file part logs lines into two copies of the 500,000-record event (`big_event.py`),
interleaved line by line: one whose checkpoints run in the event's thread after commits (as
in the window) and one with checkpoints suppressed (left to the closing). The slowest commit
of the first is held to within 2x the slowest of the second, and its WAL to under 64 MB.

    python bench/bench_logging.py [--quick] [--lines N] [--runs N] [--big-lines N] [--no-big]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import time
import uuid
from datetime import UTC, datetime
from itertools import cycle
from pathlib import Path

from figures import OUT, Figures, data_dir, percentile

from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.new_event.create import create_event
from eventcenter.store.checkpoints import WAL_LIMIT_BYTES
from eventcenter.store.connections import PRAGMAS

WARM_UP = 20
CPU_LIMIT_S = 0.0004
RATIO_LIMIT = 2.0
CATEGORIES = ("ord", "ber", "sjuk", "brand", "träng", "trafik", "renh", "skad")
PLACES = ("Resecentrum", "Stora torget", "Carolina Rediviva", "Slottsbacken", "Dombron",
          "Stadsträdgården", "Ekonomikumparken", "Islandsbron", "Svandammen")
UNITS = ("TV1", "TV2", "TV3", "FA1", "FA2", "RTJ1", "GPN1", "NV1", "POL1")
FALLBACK_TEXTS = ("Fem berusade ungdomar vid busshållplatsen, FA1 på väg.",
                  "Trängsel på bron, trygghetsvakter leder om flödet.",
                  "Brand i papperskorg, släckt av räddningstjänsten.")

RAW_TABLE = """CREATE TABLE records (
    id TEXT PRIMARY KEY, device_id TEXT NOT NULL, device_name TEXT NOT NULL,
    seq INTEGER NOT NULL, hlc TEXT NOT NULL, occurred_at INTEGER NOT NULL,
    occurred_offset INTEGER NOT NULL, recorded_at INTEGER NOT NULL, operator TEXT NOT NULL,
    kind TEXT NOT NULL, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
    UNIQUE (device_id, seq))"""
RAW_INDEXES = ("CREATE INDEX records_hlc ON records (hlc, device_id)",
               "CREATE INDEX records_occurred ON records (occurred_at)")
RAW_INSERT = "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
# The core's pragmas, automatic checkpoints off included: the very list every connection of
# the core runs (store/connections.py).
RAW_PRAGMAS = PRAGMAS


def incident_texts(limit: int) -> list[str]:
    """Real Swedish incident texts from ../shared/data, or three stand-ins without it."""
    path = data_dir() / "incident-texts.jsonl"
    if not path.exists():
        print(f"  note: {path} is absent; logging three stand-in texts instead")
        return list(FALLBACK_TEXTS)
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["summary"])
            if len(texts) >= limit:
                break
    return texts


class RawLog:
    """The baseline: one INSERT and one COMMIT per line with the standard library."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        for pragma in RAW_PRAGMAS:
            self.conn.execute(pragma)
        self.conn.execute(RAW_TABLE)
        for statement in RAW_INDEXES:
            self.conn.execute(statement)
        self.seq = 0
        self.device = uuid.uuid4().hex

    def log(self, text: str, category: str, place: str, unit: str) -> None:
        self.seq += 1
        now = time.time_ns() // 1000
        payload = json.dumps({"text": text, "category": category, "place": place,
                              "unit": unit, "channel": "RAKEL"}, ensure_ascii=False)
        row = (uuid.uuid4().hex, self.device, "bench", self.seq, f"{now // 1000:015d}000000",
               now, 120, now, "Anna", "entry.logged", payload, "0" * 64, "f" * 64)
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(RAW_INSERT, row)
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def line_args(i: int) -> tuple[str, str, str]:
    return CATEGORIES[i % len(CATEGORIES)], PLACES[i % len(PLACES)], UNITS[i % len(UNITS)]


def log_core(event: EventFile, text: str, args: tuple[str, str, str]) -> None:
    event.journal.log(text, operator="Anna", category=args[0], place=args[1], unit=args[2],
                      channel="RAKEL", now=datetime.now(UTC))


def timed(work, *args) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this thread) of one call."""
    start, cpu_start = time.perf_counter(), time.thread_time()
    work(*args)
    return time.perf_counter() - start, time.thread_time() - cpu_start


def one_run(lines: int, texts: list[str]) -> dict[str, float]:
    """One run: `lines` lines into a new event and into the raw table, interleaved."""
    folder = OUT / "logging"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    device = Device(uuid.uuid4().hex, "bench-laptop", "Anna")
    event = create_event(folder / "logging.event", "valborg", "Bench", "bench passphrase",
                         operator="Anna", device=device)
    raw = RawLog(folder / "raw.sqlite")
    times: dict[str, list[float]] = {"core": [], "raw": []}
    cpu = {"core": 0.0, "raw": 0.0}
    load_before = os.getloadavg()[0]
    try:
        for i, text in zip(range(WARM_UP + lines), cycle(texts)):
            if i == WARM_UP:
                process_start = time.process_time()
            args = line_args(i)
            for which in (("raw", "core") if i % 2 else ("core", "raw")):
                if which == "core":
                    wall, used = timed(log_core, event, text, args)
                else:
                    wall, used = timed(raw.log, text, *args)
                if i >= WARM_UP:
                    times[which].append(wall)
                    cpu[which] += used
        event.checkpoints.wait_idle(timeout=10)  # its last checkpoint is the core's too
        process = time.process_time() - process_start
    finally:
        event.close()
        raw.close()
        shutil.rmtree(folder, ignore_errors=True)
    result = {f"{w}_p{q}": percentile(times[w], q) for w in times for q in (50, 99)}
    # The raw side's CPU is its own thread's; the core's is the rest of the process (its
    # writer and its checkpoint thread, which may run while a raw line is timed).
    result |= {"raw_cpu": cpu["raw"] / lines, "core_cpu": (process - cpu["raw"]) / lines,
               "checkpoint_cpu": (process - cpu["raw"] - cpu["core"]) / lines}
    result |= {"load_before": load_before, "load_after": os.getloadavg()[0]}
    return result


def spread(values: list[float], scale: float = 1000, unit: str = " ms") -> str:
    """Median (lowest–highest) of several runs."""
    return (f"{statistics.median(values) * scale:.2f}{unit} "
            f"({min(values) * scale:.2f}–{max(values) * scale:.2f})")


def report_runs(runs: list[dict[str, float]], figures: Figures) -> None:
    col = {key: [r[key] for r in runs] for key in runs[0]}
    ratios = [r["core_p99"] / r["raw_p99"] for r in runs]
    cpu = statistics.median(col["core_cpu"])
    figures.add("CPU time per line", spread(col["core_cpu"]), f"raw {spread(col['raw_cpu'])}",
                "< 0.4 ms", cpu < CPU_LIMIT_S)
    figures.add("  of which the checkpoint thread", spread(col["checkpoint_cpu"]))
    figures.add("log one line, p50", spread(col["core_p50"]), f"raw {spread(col['raw_p50'])}")
    figures.add("log one line, p99", spread(col["core_p99"]), f"raw {spread(col['raw_p99'])}")
    within = sum(ratio <= RATIO_LIMIT for ratio in ratios)
    figures.add("p99 core / p99 raw, same run", spread(ratios, 1, "×"),
                f"{within} of {len(runs)} runs within", f"≤ {RATIO_LIMIT:.0f}×",
                statistics.median(ratios) <= RATIO_LIMIT)
    loads = ", ".join(f"{r['load_before']:.1f}→{r['load_after']:.1f}" for r in runs)
    figures.note(f"{len(runs)} runs; load average (1 min) before→after each run: {loads} on "
                 f"{os.cpu_count()} cores")


# -- the big file ---------------------------------------------------------------------------

def copy_event(source: Path, target: Path) -> None:
    """A copy through SQLite's backup API (never a file copy of a database)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    sqlite3.connect(target).close()


def big_run(records: int, lines: int, texts: list[str], figures: Figures) -> None:
    from big_event import cached

    source = cached(records)
    paths = {"thread": OUT / "big-logging-thread.event",
             "none": OUT / "big-logging-suppressed.event"}
    for path in paths.values():
        copy_event(source, path)
    events = {"thread": EventFile.open(paths["thread"]),
              "none": EventFile.open(paths["none"], background_checkpoints=False)}
    times: dict[str, list[float]] = {"thread": [], "none": []}
    wal_peak = 0
    load_before = os.getloadavg()[0]
    try:
        for i, text in zip(range(WARM_UP + lines), cycle(texts)):
            for which in (("none", "thread") if i % 2 else ("thread", "none")):
                wall, _ = timed(log_core, events[which], text, line_args(i))
                if i >= WARM_UP:
                    times[which].append(wall)
            wal_peak = max(wal_peak, wal_size(paths["thread"]))
        suppressed_wal = wal_size(paths["none"])
    finally:
        for event in events.values():
            event.close()
    report_big(records, lines, times, (wal_peak, suppressed_wal), figures)
    figures.note(f"big file: load average (1 min) {load_before:.1f}→{os.getloadavg()[0]:.1f}")
    for path in paths.values():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def wal_size(path: Path) -> int:
    """The WAL's size, from the folder entry (the file itself is never opened)."""
    try:
        return os.stat(f"{path}-wal").st_size
    except FileNotFoundError:
        return 0


def report_big(records: int, lines: int, times: dict[str, list[float]],
               wal: tuple[int, int], figures: Figures) -> None:
    slowest, slowest_none = max(times["thread"]), max(times["none"])
    ratio = slowest / slowest_none
    figures.add(f"{records:,}-record file: slowest of {lines:,} commits",
                f"{slowest * 1000:.2f} ms",
                f"checkpoints suppressed {slowest_none * 1000:.2f} ms",
                f"≤ {RATIO_LIMIT:.0f}× ({ratio:.2f}×)", ratio <= RATIO_LIMIT)
    figures.add(f"{records:,}-record file: p99 / p50",
                f"{percentile(times['thread'], 99) * 1000:.2f} / "
                f"{percentile(times['thread'], 50) * 1000:.2f} ms",
                f"suppressed {percentile(times['none'], 99) * 1000:.2f} / "
                f"{percentile(times['none'], 50) * 1000:.2f} ms")
    figures.add(f"{records:,}-record file: largest WAL", f"{wal[0] / 2**20:.1f} MB",
                f"no checkpoint {wal[1] / 2**20:.1f} MB", "< 64 MB", wal[0] < WAL_LIMIT_BYTES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--lines", type=int, help="lines per run (default 2,000)")
    parser.add_argument("--runs", type=int, help="runs (default 5)")
    parser.add_argument("--records", type=int, help="records in the big file (500,000)")
    parser.add_argument("--big-lines", type=int, help="lines into the big file (5,000)")
    parser.add_argument("--no-big", action="store_true", help="skip the big file")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    lines = args.lines or (200 if args.quick else 2000)
    runs = args.runs or (3 if args.quick else 5)
    figures = Figures(f"bench_logging: {runs} runs of {lines:,} lines, one commit each")
    print(figures.title, flush=True)
    texts = incident_texts(max(lines, 1000))
    results = []
    for number in range(runs):
        results.append(one_run(lines, texts))
        print(f"  run {number + 1}: CPU {results[-1]['core_cpu'] * 1000:.2f} ms a line, "
              f"p99 {results[-1]['core_p99'] * 1000:.2f} ms "
              f"(raw {results[-1]['raw_p99'] * 1000:.2f} ms)", flush=True)
    report_runs(results, figures)
    if not args.no_big:
        big_run(args.records or (20_000 if args.quick else 500_000),
                args.big_lines or (500 if args.quick else 5000), texts, figures)
    figures.print()
    figures.save(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
