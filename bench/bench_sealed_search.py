"""Benchmark (issue 12): a search with the passphrase, the first page, in a fresh process.

The command line is a fresh process every time, so nothing opened by an earlier search is
kept: each run here is a process of its own that opens the big event (`big_event.py`, 5 %
of its entries confidential), gives the passphrase and searches once. Measured in it:

- unlock: unwrapping the event's private key with the passphrase (scrypt, n = 2^17): paid
  once by every process that is given the passphrase, before any search;
- the first page (50 entries) of a search with the passphrase, from unlocked: a word no entry
  holds (the worst case: every confidential entry is read and opened, up to the scan's limit
  of 20,000) and a common word (`brand`: the page fills from the newest entries);
- the count of a common word's hits with the passphrase (every confidential entry opened);

beside, from the same run: the same first page without the passphrase (the full-text index
alone), and the same worst-case page opening every sealed field with a key agreement of its
own (as every field was sealed before issue 12: one X25519 per field). And end to end:
`eventcenter search FILE WORD` with and without the passphrase, beside `python -c pass`.
Each figure is the median of several runs with the spread (min–max); `uptime`'s load is noted
before and after.

    python bench/bench_sealed_search.py [--quick] [--runs N] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from figures import BENCH, ROOT, Figures, data_dir

LIMIT_S = 0.300
RARE = "zqxjvw"  # in no entry: every confidential entry must be read
COMMON = "brand"
PAGE = 50


def child(path: str, mode: str, word: str) -> dict:
    """One fresh process's figures: `mode` is 'locked', 'unlocked' or 'per-field'."""
    sys.path.insert(0, str(BENCH))
    from big_event import PASSPHRASE

    from eventcenter.device import Device
    from eventcenter.event_file import EventFile
    from eventcenter.journal.queries import JournalFilter

    found: dict = {}
    with EventFile.open(path, Device("bf" * 16, "benchmark searcher")) as event:
        if mode != "locked":
            start = time.perf_counter()
            event.unlock(PASSPHRASE)
            found["unlock"] = time.perf_counter() - start
        if mode == "per-field":
            event._opener._batch_keys = _KeepsNothing()
        flt = JournalFilter(query=word)
        start = time.perf_counter()
        found["hits"] = len(event.read.journal.page(flt, limit=PAGE))
        found["page"] = time.perf_counter() - start
        if mode == "unlocked" and word == COMMON:
            event.lock()
            event.unlock(PASSPHRASE)  # nothing kept from the page
            start = time.perf_counter()
            found["total"] = event.read.journal.count(flt)
            found["count"] = time.perf_counter() - start
    return found


class _KeepsNothing(dict):
    """An opener's batch keys that forget each one: a key agreement for every field."""

    def __contains__(self, key: object) -> bool:
        return False


def in_child(path: Path, mode: str, word: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(path), mode, word],
                         check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.splitlines()[-1])


def command_line(path: Path, word: str | None, passphrase: bool) -> float:
    """Seconds for `eventcenter search FILE WORD` end to end (None: `python -c pass`)."""
    sys.path.insert(0, str(BENCH))
    from big_event import PASSPHRASE

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", None)
    if passphrase:
        env["EVENTCENTER_CONFIDENTIAL_PASSPHRASE"] = PASSPHRASE
    args = ["-c", "pass"] if word is None else ["-m", "eventcenter.cli", "search", str(path),
                                                  word, "--json"]
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    return (f"{statistics.median(values) * 1000:.0f} ms "
            f"({min(values) * 1000:.0f}–{max(values) * 1000:.0f})")


def run(path: Path, runs: int, figures: Figures) -> None:
    took: dict[str, list[float]] = {}
    hits: dict[str, int] = {}

    def keep(name: str, seconds: float) -> None:
        took.setdefault(name, []).append(seconds)

    for _ in range(runs):  # interleaved, so that the load falls on every figure alike
        for mode, word in (("unlocked", RARE), ("unlocked", COMMON), ("locked", RARE),
                           ("locked", COMMON), ("per-field", RARE)):
            found = in_child(path, mode, word)
            keep(f"{mode} {word} page", found["page"])
            hits[f"{mode} {word}"] = found["hits"]
            if "unlock" in found:
                keep("unlock", found["unlock"])
            if "count" in found:
                keep("count", found["count"])
                hits["count"] = found["total"]
        for name, word, passphrase in (("cli with", RARE, True), ("cli without", RARE, False),
                                       ("python -c pass", None, False)):
            keep(name, command_line(path, word, passphrase))
    report(took, hits, figures)


def report(took: dict[str, list[float]], hits: dict[str, int], figures: Figures) -> None:
    for word, what in ((RARE, "a word in no entry (worst case)"), (COMMON, f"'{COMMON}'")):
        page = took[f"unlocked {word} page"]
        figures.add(f"first page with the passphrase, {what}, from unlocked",
                    f"{spread(page)}, {hits[f'unlocked {word}']} hits",
                    f"without the passphrase {spread(took[f'locked {word} page'])}",
                    "< 300 ms", statistics.median(page) < LIMIT_S)
    figures.add("same worst case, a key agreement per field (as sealed before issue 12)",
                spread(took[f"per-field {RARE} page"]))
    figures.add(f"count of '{COMMON}' with the passphrase ({hits['count']:,} hits)",
                spread(took["count"]))
    figures.add("unlock: the passphrase's key unwrapped (scrypt n = 2^17), once a process",
                spread(took["unlock"]))
    figures.add("`eventcenter search FILE WORD` (worst case) end to end, with the passphrase",
                spread(took["cli with"]),
                f"without {spread(took['cli without'])}; python -c pass "
                f"{spread(took['python -c pass'])}")


def load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(*sys.argv[2:5])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 records, 3 runs")
    parser.add_argument("--runs", type=int, help="runs of each figure (default 7)")
    parser.add_argument("--records", type=int, help="records in the event (default 500,000)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    records = args.records or (20_000 if args.quick else 500_000)
    figures = Figures(f"bench_sealed_search: search with the passphrase, {records:,} records")
    print(figures.title, flush=True)
    if not (data_dir() / "incident-texts.jsonl").exists():
        print(f"skipped: {data_dir() / 'incident-texts.jsonl'} is absent")
        return 0
    from bench_big_event import big_event

    path = big_event(records)
    before = load()
    run(path, args.runs or (3 if args.quick else 7), figures)
    figures.note(f"load average (1, 5, 15 min) before: {before}; after: {load()}; on "
                 f"{os.cpu_count()} cores")
    figures.note("median (min–max) of the runs; each run a fresh process, as the command "
                 "line is; the file is in the operating system's cache")
    figures.print()
    figures.save(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
