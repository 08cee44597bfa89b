"""Benchmark (issue 9): `verify`, `backup`, `fingerprint` and the debrief of the 500,000-record
event, each in a process of its own as a user runs it, while another process logs a line
every 100 ms, as the window does during a busy night.

For each reader it prints the time the reader takes, the writer's longest wait for the write
lock while it ran (from `BEGIN IMMEDIATE` issued to the lock held; target under 50 ms), and
the writer's p99 end to end (the whole `journal.log` call) beside its p99 in the same run with
nothing else running (the writer alone, before the first reader and after the last).

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

# The writer: one line every INTERVAL, timed; the wait for the write lock is the time its
# BEGIN IMMEDIATE takes (when the line failed before the lock was held: the whole line).
WRITER = r"""
import sys, threading, time
from datetime import datetime, timedelta
from eventcenter.store import engine as store_engine

waits = []
real_begin = store_engine._on_begin

def timed_begin(conn):
    start = time.perf_counter()
    real_begin(conn)  # BEGIN IMMEDIATE for a write transaction: returns with the lock held
    if conn.info.get("write"):
        waits.append(time.perf_counter() - start)

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
    print(began, max(waits, default=end - start), end - start, outcome, flush=True)
    n, due = n + 1, due + interval
    time.sleep(max(0.0, due - time.monotonic()))
event.close()
"""


@dataclass
class Line:
    at: float  # time.monotonic() when the writer began the line
    wait: float
    total: float
    outcome: str


@dataclass
class Phase:
    name: str
    start: float
    end: float
    status: int = 0
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


def run_reader(name: str, argv: list[str], env: dict[str, str]) -> Phase:
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "eventcenter.cli", *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8")
    phase = Phase(name, start, time.monotonic(), done.returncode)
    if done.returncode != 0:
        print(f"  {name} exited {done.returncode}: {(done.stdout + done.stderr)[-500:]}")
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
    phases = [idle("warm-up", 1.0), idle("alone", alone_s)]
    for name in names:
        argv = [a.format(file=path, out=folder) for a in READERS[name]]
        print(f"  {name} …", flush=True)
        phases.append(run_reader(name, argv, env))
        phases.append(idle("alone", 2.0))  # let the writer settle between readers
    phases.append(idle("alone", alone_s))
    out, _ = writer.communicate("stop\n", timeout=120)
    lines = [Line(float(a), float(w), float(t), o)
             for a, w, t, o in (row.split() for row in out.splitlines())]
    for phase in phases:
        phase.lines = [line for line in lines if phase.start <= line.at < phase.end]
    return phases


def report(phases: list[Phase], figures: Figures) -> None:
    alone = [line for p in phases if p.name == "alone" for line in p.lines]
    alone_p99 = percentile([line.total for line in alone], 99)
    alone_wait = max(line.wait for line in alone)
    figures.add("writer alone: p99 end to end / longest lock wait",
                f"{alone_p99 * 1000:.1f} ms / {alone_wait * 1000:.2f} ms",
                baseline=f"{len(alone)} lines")
    for phase in phases:
        if phase.name in ("alone", "warm-up") or not phase.lines:
            continue
        wait = max(line.wait for line in phase.lines)
        p99 = percentile([line.total for line in phase.lines], 99)
        refused = sum(line.outcome != "ok" for line in phase.lines)
        figures.add(f"{phase.name}: time taken", f"{phase.seconds:.1f} s"
                    + ("" if phase.status == 0 else f" (exit {phase.status})"))
        figures.add(f"{phase.name}: writer's longest lock wait", f"{wait * 1000:.2f} ms",
                    baseline=f"alone {alone_wait * 1000:.2f} ms",
                    target="< 50 ms", met=wait < WAIT_LIMIT_S and not refused)
        figures.add(f"{phase.name}: writer's p99 end to end ({len(phase.lines)} lines"
                    + (f", {refused} refused" if refused else "") + ")",
                    f"{p99 * 1000:.1f} ms", baseline=f"alone {alone_p99 * 1000:.1f} ms")


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
