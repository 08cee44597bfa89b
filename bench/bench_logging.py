"""Benchmark (a): logging lines through the core, one commit each, beside raw sqlite3.

Each line goes through `event.journal.log(...)`: text checks, name look-ups, the hybrid clock,
the per-device sequence, the hash chain, the projections and the full-text index, committed in
its own BEGIN IMMEDIATE transaction (WAL, synchronous=FULL). The baseline inserts the same rows
with the standard library's sqlite3 into a table like `records` (same columns and indexes, same
pragmas, one commit each) in the same process, interleaved line by line with the core so both
see the same disk. With synchronous=FULL every commit waits for an fsync, so on a slow disk
the ratio core/raw is the meaningful figure.

    python bench/bench_logging.py [--quick] [--lines N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import time
import uuid
from datetime import UTC, datetime
from itertools import cycle
from pathlib import Path

from figures import OUT, Figures, data_dir, percentile

from eventcenter.device import Device
from eventcenter.new_event.create import create_event

WARM_UP = 20
P99_LIMIT_S = 0.005
RATIO_LIMIT = 3.0
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
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "busy_timeout = 10000"):
            self.conn.execute(f"PRAGMA {pragma}")
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


def run(lines: int, figures: Figures) -> None:
    folder = OUT / "logging"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    device = Device(uuid.uuid4().hex, "bench-laptop", "Anna")
    event = create_event(folder / "logging.event", "valborg", "Bench", "bench passphrase",
                         operator="Anna", device=device)
    raw = RawLog(folder / "raw.sqlite")
    journal = event.journal
    texts = cycle(incident_texts(lines))
    core_times: list[float] = []
    raw_times: list[float] = []
    cpu = {"core": 0.0, "raw": 0.0}  # CPU time of this process, per side
    try:
        for i in range(WARM_UP + lines):
            text = next(texts)
            args = (CATEGORIES[i % len(CATEGORIES)], PLACES[i % len(PLACES)],
                    UNITS[i % len(UNITS)])
            order = ("raw", "core") if i % 2 else ("core", "raw")
            for which in order:
                start, cpu_start = time.perf_counter(), time.process_time()
                if which == "core":
                    journal.log(text, operator="Anna", category=args[0], place=args[1],
                                unit=args[2], channel="RAKEL", now=datetime.now(UTC))
                else:
                    raw.log(text, *args)
                elapsed = time.perf_counter() - start
                if i >= WARM_UP:
                    (core_times if which == "core" else raw_times).append(elapsed)
                    cpu[which] += time.process_time() - cpu_start
    finally:
        event.close()
        raw.close()
    report(core_times, raw_times, figures)
    figures.add("CPU time per line", f"{cpu['core'] / lines * 1000:.2f} ms",
                f"raw {cpu['raw'] / lines * 1000:.2f} ms")
    shutil.rmtree(folder, ignore_errors=True)


def report(core: list[float], raw: list[float], figures: Figures) -> None:
    core_p50, core_p99 = percentile(core, 50), percentile(core, 99)
    raw_p50, raw_p99 = percentile(raw, 50), percentile(raw, 99)
    ratio = core_p99 / raw_p99
    figures.add("log one line, p50", f"{core_p50 * 1000:.2f} ms", f"raw {raw_p50 * 1000:.2f} ms")
    figures.add("log one line, p99", f"{core_p99 * 1000:.2f} ms", f"raw {raw_p99 * 1000:.2f} ms",
                "< 5 ms", core_p99 < P99_LIMIT_S)
    figures.add("p99 core / p99 raw", f"{ratio:.2f}×", "", f"≤ {RATIO_LIMIT:.0f}×",
                ratio <= RATIO_LIMIT)
    figures.add("p50 core / p50 raw", f"{core_p50 / raw_p50:.2f}×")
    figures.note(f"{len(core)} lines each, after {WARM_UP} warm-up lines; core and raw "
                 "interleaved line by line on the same disk")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 lines: a smoke run")
    parser.add_argument("--lines", type=int, help="lines to log (default 2,000)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    lines = args.lines or (200 if args.quick else 2000)
    figures = Figures(f"bench_logging: {lines:,} lines, one commit each")
    print(figures.title, flush=True)
    run(lines, figures)
    figures.note_load()
    figures.print()
    figures.save(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
