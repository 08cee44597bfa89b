"""Benchmark (b): an event of 500,000 records: open, search, the past, rebuild, memory.

The event is built once by `big_event.py` (in its own process, so its memory does not count
here) and cached in bench/out/. Each figure is printed beside a baseline measured in this run
with the standard library's sqlite3 on the same file: the floor the core stands on.

- open: `EventFile.open` and the first page of the journal (the 50 newest entries); the
  first time in this process, and the best of several after it.
- search: `JournalFilter(query=...)`: a page of 50 hits and the count of all hits; the last
  word is matched as a prefix (`berus` finds `berusad`), as the window searches as one types.
- the journal at a past moment (`--at`): the first page.
- rebuild: every projection replayed from the records, as `verify` does (in a transaction
  that is rolled back, so the cached file stays as built).
- memory: the peak resident set size of this process over all of the above.

    python bench/bench_big_event.py [--quick] [--records N]
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from figures import BENCH, Figures, best_of, current_rss_mb, data_dir, max_rss_mb, ms, stopwatch

from eventcenter import projections
from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.journal.queries import JournalFilter
from eventcenter.swedish import fts_query
from eventcenter.timefmt import STOCKHOLM, to_micros

OPEN_LIMIT_S = 1.0
SEARCH_LIMIT_S = 0.100
REBUILD_RATE = 20_000
MEMORY_LIMIT_MB = 250
LIST_LIMIT_S = 0.050  # issue 4: lists (open measures …)
PAST_STATE_LIMIT_S = 0.500  # issue 4: the whole state at a past moment
QUERIES = ("brand", "misshandel", "berus", "larm om", "polis")
PAST_MOMENT = datetime(2027, 4, 30, 22, 0, tzinfo=STOCKHOLM)
READER = Device("be" * 16, "benchmark reader")
FIRST_PAGE_SQL = ("SELECT * FROM entries ORDER BY occurred_at DESC, hlc DESC LIMIT 50")
SEARCH_PAGE_SQL = ("SELECT * FROM entries WHERE n IN (SELECT rowid FROM entries_fts "
                   "WHERE entries_fts MATCH ?) ORDER BY occurred_at DESC, hlc DESC LIMIT 50")


def big_event(records: int) -> Path:
    """The cached big event, built in a child process when it is missing."""
    sys.path.insert(0, str(BENCH))
    from big_event import cache_path

    path = cache_path(records)
    if not path.exists():
        subprocess.run([sys.executable, str(BENCH / "big_event.py"), "--records", str(records)],
                       check=True)
    return path


def raw(path: Path, sql: str, params: tuple = (), fetch: str = "all") -> object:
    """The baseline: the standard library's sqlite3 on the same file, one fresh connection."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        cursor = conn.execute(sql, params)
        return cursor.fetchall() if fetch == "all" else cursor.fetchone()
    finally:
        conn.close()


def measure_open(path: Path, figures: Figures, repeats: int) -> None:
    def open_first_page() -> None:
        with EventFile.open(path, READER) as event:
            assert len(event.read.journal.page(JournalFilter(), limit=50)) == 50

    with stopwatch() as first:
        open_first_page()
    warm = best_of(repeats, open_first_page)
    baseline = best_of(repeats, lambda: raw(path, FIRST_PAGE_SQL))
    figures.add("open + first page (first time)", ms(first()), f"raw {ms(baseline)}", "< 1 s",
                first() < OPEN_LIMIT_S)
    figures.add("open + first page (again)", ms(warm), f"raw {ms(baseline)}", "< 1 s",
                warm < OPEN_LIMIT_S)


def measure_search(event: EventFile, path: Path, figures: Figures, repeats: int) -> None:
    for query in QUERIES:
        flt = JournalFilter(query=query)
        match = fts_query(query)
        hits = event.read.journal.count(flt)
        page = best_of(repeats, lambda flt=flt: event.read.journal.page(flt, limit=50))
        count = best_of(repeats, lambda flt=flt: event.read.journal.count(flt))
        raw_page = best_of(repeats, lambda m=match: raw(path, SEARCH_PAGE_SQL, (m,)))
        raw_count = best_of(repeats, lambda m=match: raw(
            path, "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (m,), "one"))
        figures.add(f"search '{query}' ({hits:,} hits): page of 50", ms(page),
                    f"raw {ms(raw_page)}", "< 100 ms", page < SEARCH_LIMIT_S)
        figures.add(f"search '{query}': count", ms(count), f"raw FTS {ms(raw_count)}",
                    "< 100 ms", count < SEARCH_LIMIT_S)


def measure_opened_search(event: EventFile, figures: Figures, repeats: int) -> None:
    """A coordinator who gave the passphrase also searches confidential entries, opened in
    memory (the full-text index never holds them): the first search after unlocking opens
    them, later ones reuse what was opened."""
    sys.path.insert(0, str(BENCH))
    from big_event import PASSPHRASE

    event.unlock(PASSPHRASE)
    try:
        flt = JournalFilter(query="brand")
        with stopwatch() as first:
            event.read.journal.page(flt, limit=50)
        again = best_of(repeats, lambda: event.read.journal.page(flt, limit=50))
        count = best_of(repeats, lambda: event.read.journal.count(flt))
    finally:
        event.lock()
    figures.add("search 'brand' with the passphrase, first", ms(first()))
    figures.add("search 'brand' with the passphrase, page", ms(again), "", "< 100 ms",
                again < SEARCH_LIMIT_S)
    figures.add("search 'brand' with the passphrase, count", ms(count), "", "< 100 ms",
                count < SEARCH_LIMIT_S)


def measure_past(event: EventFile, path: Path, figures: Figures, repeats: int) -> None:
    flt = JournalFilter(until=PAST_MOMENT)
    page = best_of(repeats, lambda: event.read.journal.page(flt, limit=50))
    baseline = best_of(repeats, lambda: raw(
        path, "SELECT * FROM entries WHERE occurred_at <= ? "
        "ORDER BY occurred_at DESC, hlc DESC LIMIT 50", (to_micros(PAST_MOMENT),)))
    figures.add("journal at 22:00 (--at), first page", ms(page), f"raw {ms(baseline)}")


def measure_working_state(event: EventFile, figures: Figures, repeats: int) -> None:
    """The figures of issue 4 (measures, requests, units): see working_state_night.py."""
    from working_state_night import measure

    measure(event, figures, repeats)


def measure_rebuild(event: EventFile, path: Path, figures: Figures) -> None:
    """As `verify` does: rebuild in a write transaction, then roll it back."""
    with event.engine.connect() as conn:
        conn.info["write"] = True
        transaction = conn.begin()
        try:
            start, cpu_start = time.perf_counter(), time.process_time()
            count = projections.rebuild(conn)
            seconds = time.perf_counter() - start
            cpu = time.process_time() - cpu_start
        finally:
            transaction.rollback()
    baseline_start = time.perf_counter()
    baseline_count = _raw_replay_read(path)
    baseline = time.perf_counter() - baseline_start
    figures.add(f"rebuild projections ({count:,} records)",
                f"{count / seconds:,.0f} records/s ({seconds:.1f} s)",
                f"raw read {baseline_count / baseline:,.0f} records/s",
                f"≥ {REBUILD_RATE:,} records/s", count / seconds >= REBUILD_RATE)
    figures.add("rebuild, per second of this process's CPU time",
                f"{count / cpu:,.0f} records/s ({cpu:.1f} s)")


def _raw_replay_read(path: Path) -> int:
    """The baseline of the rebuild: read every record in replay order and parse its payload
    (what any replay must do at least), with nothing written."""
    import json

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        count = 0
        for row in conn.execute("SELECT * FROM records ORDER BY hlc, device_id"):
            json.loads(row[10])
            count += 1
        return count
    finally:
        conn.close()


def run(records: int, figures: Figures, repeats: int) -> None:
    path = big_event(records)
    rss_before = current_rss_mb()
    with stopwatch() as scan:
        raw(path, "SELECT count(*) FROM records", fetch="one")
    figures.add("size of the file", f"{path.stat().st_size / 2**20:,.0f} MB",
                f"raw count(*) of records {ms(scan())}")
    measure_open(path, figures, repeats)
    with EventFile.open(path, READER) as event:
        measure_search(event, path, figures, repeats)
        measure_opened_search(event, figures, repeats)
        measure_past(event, path, figures, repeats)
        measure_working_state(event, figures, repeats)
        measure_rebuild(event, path, figures)
    peak = max_rss_mb()
    if peak is None:
        figures.add("peak memory (RSS)", "not measured on this platform")
    else:
        base = f"{rss_before:.0f} MB before opening" if rss_before else ""
        figures.add("peak memory (RSS)", f"{peak:.0f} MB", base, f"< {MEMORY_LIMIT_MB} MB",
                    peak < MEMORY_LIMIT_MB)
    figures.note("times are the best of several runs unless said otherwise; the file is in "
                 "the operating system's cache (it was just built or read)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 records: a smoke run")
    parser.add_argument("--records", type=int, help="records in the event (default 500,000)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    records = args.records or (20_000 if args.quick else 500_000)
    figures = Figures(f"bench_big_event: an event of {records:,} records")
    print(figures.title, flush=True)
    if not (data_dir() / "incident-texts.jsonl").exists():
        print(f"skipped: {data_dir() / 'incident-texts.jsonl'} is absent (the shared data "
              "folder ../shared/data holds the incident texts the event is made of)")
        return 0
    run(records, figures, repeats=3 if args.quick else 5)
    figures.note_load()
    figures.print()
    figures.save(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
