"""Soak: a thousand kills of processes working on one event file, and what was lost (nothing).

Writers of the API and of the command line, `new`, `backup` and `verify` beside them, and
real `python -m eventcenter.cli log` processes are killed with SIGKILL at random moments, all
at once on one file (the machinery of `tests/killing.py`, which the test suite runs with about
130 kills). Afterwards it prints, per kind, how often it was killed and how much work it
reported, then what was lost: ids printed but not stored, problems `verify` finds, events
under their final name that are not whole, backups that do not verify, and temporary or
partial files left once the next `new` and `backup` have run. POSIX only.

    python bench/soak_kills.py [--kills N] [--seed S] [--quick] [--json PATH]
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from pathlib import Path

from figures import Figures

from tests.killing import KINDS, check, prepare, run_kills

SHARES = {"api": 0.30, "cli": 0.30, "new": 0.10, "backup": 0.10, "verify": 0.12,
          "cli-process": 0.08}


def split(total: int) -> dict[str, int]:
    """The kills per kind, in the shares above, adding up to `total`."""
    kills = {kind: int(total * SHARES[kind]) for kind in KINDS}
    kills["api"] += total - sum(kills.values())
    return kills


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000, help="kills in all (default 1000)")
    parser.add_argument("--seed", type=int, default=20270430)
    parser.add_argument("--quick", action="store_true", help="100 kills: a smoke run")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    if not hasattr(signal, "SIGKILL"):
        print("soak_kills needs SIGKILL and fork (Linux or macOS)")
        return 0
    kills = split(100 if args.quick else args.kills)
    figures = Figures(f"soak_kills: {sum(kills.values()):,} kills at random moments")
    with tempfile.TemporaryDirectory(prefix="soak-kills-") as folder:
        place = prepare(Path(folder))
        start = time.perf_counter()
        tally = run_kills(place, kills, args.seed)
        killing = time.perf_counter() - start
        found = check(place, tally)
        checking = time.perf_counter() - start - killing
    for kind in KINDS:
        figures.add(f"{kind}: kills / work reported", f"{tally.kills[kind]} / "
                    f"{tally.work[kind]}", target=f"{kills[kind]} kills",
                    met=tally.kills[kind] == kills[kind])
    figures.add("ids printed / stored in the file", f"{len(set(tally.ids)):,} / "
                f"{found.stored:,}")
    figures.add("ids printed but not stored (lost)", str(len(found.lost)), target="0",
                met=not found.lost)
    figures.add("problems verify finds", str(len(found.problems)), target="0",
                met=not found.problems)
    figures.add("events made / half-made under their name", f"{found.events_made} / "
                f"{len(found.half_made)}", target="0 half-made", met=not found.half_made)
    figures.add("backups kept (all verify)", str(found.backups_kept))
    figures.add("temporary or partial files left", str(len(found.left_over)), target="0",
                met=not found.left_over)
    figures.add("errors the children reported", str(len(tally.errors)), target="0",
                met=not tally.errors)
    figures.add("verify on the live file: sound / runs", f"{tally.verdicts.count(0)} / "
                f"{len(tally.verdicts)}", met=set(tally.verdicts) <= {0})
    figures.add("time: kills / check", f"{killing:.0f} s / {checking:.0f} s")
    for what, items in (("lost", found.lost), ("problem", found.problems),
                        ("half-made", found.half_made), ("left over", found.left_over),
                        ("error", tally.errors)):
        for item in items[:10]:
            figures.note(f"{what}: {item}")
    figures.note_load()
    figures.print()
    figures.save(args.json)
    return 1 if figures.missed else 0


if __name__ == "__main__":
    sys.exit(main())
