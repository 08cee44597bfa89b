"""Benchmark (issue 9): `verify`, `backup`, `fingerprint` and the debrief of the 500,000-record
event, each in a process of its own as a user runs it, while another process logs a line
every 100 ms, as the window does during a busy night.

For each reader it prints the time the reader takes; the writer's longest wait for the write
lock while it ran (from `BEGIN IMMEDIATE` issued to the lock held), beside the same with
nothing else running; how many of the writer's lines found the lock held by another process
and their longest wait (target under 50 ms; on a busy machine the wall-clock wait also holds
the time the writer waits for a CPU, which this separates); and the writer's p99 end to end
(the whole `journal.log` call) beside its p99 in the same run with nothing else running (the
writer alone, before the first reader and after the last).

The event is the cached one of `big_event.py`, copied for each run with VACUUM INTO (the
writer adds lines to the copy, never to the cache). The writer's clock is set to the morning
after the cached night (its lines follow the night's, as in a real event; the debrief's
timeline cannot draw a span of months). The readers and the writer import this
repository's `eventcenter`, in processes with a settings folder of their own.

    python bench/bench_readers.py [--records N] [--quick] [--only verify,backup]
                                  [--json PATH]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from big_event import NIGHT_HOURS, NIGHT_START, PASSPHRASE, cache_path, cached
from figures import OUT, ROOT, Figures, data_dir, percentile

WAIT_LIMIT_S = 0.050
INTERVAL_S = 0.100
READERS = {
    "verify": ["verify", "{file}"],
    "backup": ["backup", "{file}", "{out}/backups"],
    "fingerprint": ["fingerprint", "{file}"],
    "debrief": ["export", "{file}", "--debrief", "{out}/debrief.pdf"],
}

# The writer: one line every INTERVAL, timed. Its BEGIN IMMEDIATE is first tried with no busy
# timeout: refused means another process held the write lock at that moment; then it waits as
# usual. The wait is the time from the first BEGIN IMMEDIATE issued to the lock held (when the
# line failed before that: the whole line).
WRITER = r"""
import sqlite3, sys, threading, time
from datetime import datetime, timedelta
from eventcenter.store import engine as store_engine

waits = []

def timed_begin(conn):
    if not conn.info.get("write"):
        return conn.exec_driver_sql("BEGIN")
    driver = conn.connection.driver_connection
    start, held_by_other = time.perf_counter(), False
    driver.execute("PRAGMA busy_timeout = 0")
    try:
        driver.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        held_by_other = True
    finally:
        driver.execute(f"PRAGMA busy_timeout = {store_engine.BUSY_TIMEOUT_MS}")
    if held_by_other:
        driver.execute("BEGIN IMMEDIATE")
    waits.append((time.perf_counter() - start, held_by_other))

store_engine._on_begin = timed_begin  # before the engine is made, which listens with it
from eventcenter.event_file import EventFile

path, interval, morning = sys.argv[1], float(sys.argv[2]), datetime.fromisoformat(sys.argv[3])
event = EventFile.open(path)
stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
print("ready", flush=True)
n, due = 0, time.monotonic()
first = due
while not stop.is_set():
    began, start = time.monotonic(), time.perf_counter()
    waits.clear()
    try:
        event.journal.log(f"Skrivarens rad {n} vid Resecentrum", operator="Bo",
                          now=morning + timedelta(seconds=time.monotonic() - first))
        outcome = "ok"
    except Exception as error:
        outcome = type(error).__name__
    end = time.perf_counter()
    wait, held = max(waits, default=(end - start, True))
    print(began, wait, end - start, int(held), outcome, flush=True)
    n, due = n + 1, due + interval
    time.sleep(max(0.0, due - time.monotonic()))
event.close()
"""


@dataclass
class Line:
    at: float  # time.monotonic() when the writer began the line
    wait: float
    total: float
    held_by_other: bool  # the write lock was held by another process when asked for
    outcome: str


@dataclass
class Phase:
    name: str
    start: float
    end: float
    status: int = 0
    peak_mb: float | None = None
    lines: list[Line] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return self.end - self.start


def child_env(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(EVENTCENTER_CONFIG_DIR=str(config), PYTHONPATH=str(ROOT),
               EVENTCENTER_CONFIDENTIAL_PASSPHRASE=PASSPHRASE, PYTHONUNBUFFERED="1")
    return env


def working_copy(source: Path, folder: Path) -> Path:
    """A copy the writer may add to, made through SQLite (never a file copy)."""
    target = folder / "readers.event"
    conn = sqlite3.connect(source)
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    finally:
        conn.close()
    return target


def run_reader(name: str, argv: list[str], env: dict[str, str], folder: Path) -> Phase:
    """Run one reader to its end; on POSIX also its peak memory (from wait4)."""
    start = time.monotonic()
    log = folder / f"{name}.log"
    with log.open("w", encoding="utf-8") as out:
        child = subprocess.Popen([sys.executable, "-m", "eventcenter.cli", *argv], cwd=ROOT,
                                 env=env, stdout=out, stderr=subprocess.STDOUT)
        if hasattr(os, "wait4"):
            _pid, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
            peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        else:
            child.wait()
            peak = None
    phase = Phase(name, start, time.monotonic(), child.returncode, peak)
    if child.returncode != 0:
        print(f"  {name} exited {child.returncode}: {log.read_text(encoding='utf-8')[-500:]}")
    return phase


def idle(name: str, seconds: float) -> Phase:
    start = time.monotonic()
    time.sleep(seconds)
    return Phase(name, start, time.monotonic())


def measure(path: Path, folder: Path, names: list[str], alone_s: float) -> list[Phase]:
    env = child_env(folder / "config")
    morning = NIGHT_START + timedelta(hours=NIGHT_HOURS)  # just after the night's records
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(INTERVAL_S),
                               morning.isoformat()],
                              cwd=ROOT, env=env, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, encoding="utf-8")
    assert writer.stdout.readline().strip() == "ready"
    output: list[str] = []  # read all along: a full pipe would stop the writer
    reader = threading.Thread(target=lambda: output.extend(writer.stdout), daemon=True)
    reader.start()
    phases = [idle("warm-up", 1.0), idle("alone", alone_s)]
    for name in names:
        argv = [a.format(file=path, out=folder) for a in READERS[name]]
        print(f"  {name} …", flush=True)
        phases.append(run_reader(name, argv, env, folder))
        phases.append(idle("alone", 2.0))  # let the writer settle between readers
    phases.append(idle("alone", alone_s))
    writer.stdin.write("stop\n")
    writer.stdin.flush()
    writer.wait(timeout=120)
    reader.join(timeout=60)
    lines = [Line(float(a), float(w), float(t), h == "1", o)
             for a, w, t, h, o in (row.split() for row in output)]
    for phase in phases:
        phase.lines = [line for line in lines if phase.start <= line.at < phase.end]
    return phases


def report(phases: list[Phase], figures: Figures) -> None:
    alone = [line for p in phases if p.name == "alone" for line in p.lines]
    alone_p99 = percentile([line.total for line in alone], 99)
    alone_wait = max(line.wait for line in alone)
    figures.add("writer alone: p99 end to end / longest wait for the lock",
                f"{alone_p99 * 1000:.1f} ms / {alone_wait * 1000:.2f} ms",
                baseline=f"{len(alone)} lines")
    for phase in phases:
        if phase.name in ("alone", "warm-up") or not phase.lines:
            continue
        report_phase(phase, figures, alone_wait, alone_p99)


def report_phase(phase: Phase, figures: Figures, alone_wait: float, alone_p99: float) -> None:
    lines = phase.lines
    wait = max(line.wait for line in lines)
    held = [line.wait for line in lines if line.held_by_other]
    held_wait = max(held, default=0.0)
    refused = sum(line.outcome != "ok" for line in lines)
    memory = f", peak memory {phase.peak_mb:,.0f} MB" if phase.peak_mb else ""
    figures.add(f"{phase.name}: time taken", f"{phase.seconds:.1f} s{memory}"
                + ("" if phase.status == 0 else f" (exit {phase.status})"))
    figures.add(f"{phase.name}: writer's longest wait for the lock", f"{wait * 1000:.2f} ms",
                baseline=f"alone {alone_wait * 1000:.2f} ms")
    figures.add(f"{phase.name}: lock held by another process when asked",
                f"{len(held)} of {len(lines)} lines, longest wait {held_wait * 1000:.2f} ms"
                + (f", {refused} refused" if refused else ""),
                target="< 50 ms", met=held_wait < WAIT_LIMIT_S and not refused)
    p99 = percentile([line.total for line in lines], 99)
    figures.add(f"{phase.name}: writer's p99 end to end", f"{p99 * 1000:.1f} ms",
                baseline=f"alone {alone_p99 * 1000:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=500_000)
    parser.add_argument("--quick", action="store_true", help="20,000 records, short idles")
    parser.add_argument("--only", help="comma-separated readers (default: all)")
    parser.add_argument("--json", help="write the figures here as JSON")
    args = parser.parse_args()
    records = 20_000 if args.quick else args.records
    names = args.only.split(",") if args.only else list(READERS)
    texts = data_dir() / "incident-texts.jsonl"
    if not cache_path(records).exists() and not texts.exists():
        print(f"skipped: {texts} is absent (the shared data folder ../shared/data holds the "
              "incident texts the event is made of)")
        return 0
    source = cached(records)
    figures = Figures(f"Readers beside a writer ({records:,} records, a line every "
                      f"{INTERVAL_S * 1000:.0f} ms)")
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="readers-", dir=OUT))
    try:
        path = working_copy(source, folder)
        phases = measure(path, folder, names, 5.0 if args.quick else 20.0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report(phases, figures)
    figures.note_load()
    figures.print()
    figures.save(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
