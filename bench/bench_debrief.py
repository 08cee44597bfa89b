"""Benchmark (issue 6): the debrief of an event with 20,000 journal entries, beside a naive
rendering of the same journal as one reportlab LongTable of Paragraphs, in the same run.

The event is built once by `big_event.py` (in its own process, so its memory does not count
here) from the real Swedish incident texts of ../shared/data/incident-texts.jsonl and cached
in bench/out/. Then, in this process:

- debrief: `build_debrief` end to end (reading, cover, summary, charts, decisions, the whole
  journal, the PDF written), the full version with the passphrase;
- journal section: the same journal alone, as the debrief lays it out (pre-wrapped rows in
  page-sized parts), read entries in hand;
- naive: the same entries as one `LongTable` of `Paragraph`s (time, operator and where, text;
  header repeated), the usual first way to print a table with reportlab;
- memory: the peak resident set size after the debrief, and after everything.

The night has 22,600 records, just over 20,000 of them journal entries (the rest measures,
requests, unit moves, contacts), so the debrief's every section has something to print.

Targets: journal section <= 1/4 of the naive time, the whole debrief <= 1/3, < 500 MB.

    python bench/bench_debrief.py [--records N] [--quick] [--json PATH]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from figures import BENCH, Figures, data_dir, max_rss_mb, stopwatch

from eventcenter.event_file import EventFile
from eventcenter.journal.queries import JournalEntry
from eventcenter.reports import build_debrief
from eventcenter.reports.catalogue_names import categories
from eventcenter.reports.context import Report
from eventcenter.reports.debrief import decoration
from eventcenter.reports.journal_data import group, load_entries
from eventcenter.reports.journal_section import journal_section
from eventcenter.reports.page import build_pdf

RECORDS = 22_600  # big_event.py mixes in measures, requests …: over 20,000 are entries
ENTRIES = 20_000
JOURNAL_RATIO = 4.0
DEBRIEF_RATIO = 3.0
MEMORY_LIMIT_MB = 500


def naive_journal(entries: list[JournalEntry], path: Path) -> None:
    """The baseline: every cell a Paragraph, all rows in one LongTable."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from eventcenter.reports import styles
    from eventcenter.reports.text import markup

    cell = styles.styles()["cell"]
    rows = [[Paragraph("Tid", cell), Paragraph("Loggförare · var", cell),
             Paragraph("Loggpost", cell)]]
    for e in entries:
        where = " · ".join(v for v in (e.operator, e.category, e.place, e.unit) if v)
        rows.append([Paragraph(markup(str(e.occurred_at)), cell), Paragraph(markup(where), cell),
                     Paragraph(markup(e.text or "sekretessbelagd post"), cell)])
    table = LongTable(rows, colWidths=[50, 118, styles.FRAME_WIDTH - 168], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.RULE)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])


def journal_only(event: EventFile, path: Path) -> int:
    """The journal section as the debrief lays it out, alone in a PDF; returns pages."""
    report = Report(event)
    entries = load_entries(event, public=False)
    story = journal_section(report, group(entries), categories(event), 0)
    return build_pdf(path, story, decoration(report, _NoPrint, "Journal"), "Journal")


class _NoPrint:
    value = "-" * 16


def event_path(records: int) -> Path:
    subprocess.run([sys.executable, str(BENCH / "big_event.py"), "--records", str(records)],
                   check=True, stdout=subprocess.DEVNULL)
    sys.path.insert(0, str(BENCH))
    from big_event import cache_path

    return cache_path(records)


def run(records: int, figures: Figures) -> None:
    from big_event import PASSPHRASE

    event = EventFile.open(event_path(records))
    event.unlock(PASSPHRASE)
    entries = load_entries(event, public=False)
    figures.note(f"{len(entries):,} journal entries from {records:,} records")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        with stopwatch() as debrief:
            result = build_debrief(event, out / "debrief.pdf")
        debrief_mb = max_rss_mb()
        with stopwatch() as journal:
            pages = journal_only(event, out / "journal.pdf")
        with stopwatch() as naive:
            naive_journal(entries, out / "naive.pdf")
    event.close()
    figures.note(f"debrief {result.pages} pages, journal section {pages} pages")
    base = naive()
    figures.add("naive LongTable of Paragraphs", f"{base:.1f} s")
    judged = len(entries) >= ENTRIES  # the naive table grows faster than linearly: small
    # runs (--quick) are a smoke test; the targets hold for the 20,000 entries
    figures.add("journal section", f"{journal():.1f} s", f"{base:.1f} s naive",
                f"<= 1/{JOURNAL_RATIO:.0f} naive",
                journal() * JOURNAL_RATIO <= base if judged else None)
    figures.add("journal section / naive", f"1/{base / journal():.1f}")
    figures.add("whole debrief", f"{debrief():.1f} s", f"{base:.1f} s naive",
                f"<= 1/{DEBRIEF_RATIO:.0f} naive",
                debrief() * DEBRIEF_RATIO <= base if judged else None)
    figures.add("whole debrief / naive", f"1/{base / debrief():.1f}")
    if debrief_mb is not None:
        figures.add("peak memory after the debrief", f"{debrief_mb:.0f} MB", "",
                    f"< {MEMORY_LIMIT_MB} MB", debrief_mb < MEMORY_LIMIT_MB)
        figures.add("peak memory after the naive table too", f"{max_rss_mb():.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=RECORDS)
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("--quick", action="store_true", help="2,000 records: a smoke run")
    args = parser.parse_args()
    if args.quick:
        args.records = 2_000
    source = data_dir() / "incident-texts.jsonl"
    if not source.exists():
        print(f"skipped: {source} is absent (the shared data folder ../shared/data holds the "
              "incident texts the event is made of)")
        return 0
    figures = Figures(f"Debrief of a Valborg night of {args.records:,} records (issue 6)")
    run(args.records, figures)
    figures.print()
    figures.save(args.json)
    return 1 if figures.missed else 0


if __name__ == "__main__":
    sys.exit(main())
