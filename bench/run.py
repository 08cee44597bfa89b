"""Run every benchmark (`bench/bench_*.py`) and soak (`bench/soak_*.py`), each in a process
of its own, and print one summary table of their figures (Markdown, as in the README).

    python bench/run.py                  # all of them, full size
    python bench/run.py --quick          # a smoke run: small sizes, a few minutes at most
    python bench/run.py logging big_event  # only bench_logging.py and bench_big_event.py
    python bench/run.py soak_kills       # only the soak of 1,000 kills (--quick: 100)

Each script also runs alone (`python bench/bench_logging.py`). A script takes `--json PATH`
(where it writes its figures for this summary) and should take `--quick`; in a quick run, a
script without `--quick` is skipped and said so. The exit status is 1 when a script failed,
and with `--strict` also when a target was missed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def scripts(names: list[str]) -> list[Path]:
    found = sorted(BENCH.glob("bench_*.py")) + sorted(BENCH.glob("soak_*.py"))
    if not names:
        return found
    wanted = {n.removeprefix("bench_").removesuffix(".py") for n in names}
    unknown = wanted - {p.stem.removeprefix("bench_") for p in found}
    if unknown:
        raise SystemExit(f"no such benchmark: {', '.join(sorted(unknown))}")
    return [p for p in found if p.stem.removeprefix("bench_") in wanted]


def run_one(script: Path, quick: bool, results: Path) -> tuple[int, dict | None]:
    command = [sys.executable, str(script), "--json", str(results)]
    if quick:
        if '"--quick"' not in script.read_text(encoding="utf-8"):
            print(f"== {script.name}: skipped (it has no --quick mode)\n", flush=True)
            return 0, None
        command.append("--quick")
    print(f"== {script.name}", flush=True)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    status = subprocess.run(command, cwd=BENCH.parent, env=env).returncode
    if status != 0:
        print(f"== {script.name} failed (exit status {status})", flush=True)
    figures = json.loads(results.read_text(encoding="utf-8")) if results.exists() else None
    return status, figures


def summary(collected: list[tuple[str, dict]]) -> str:
    lines = ["| benchmark | figure | measured | baseline (same run) | target | |",
             "| --- | --- | --- | --- | --- | --- |"]
    for name, figures in collected:
        for row in figures["rows"]:
            met = {True: "ok", False: "missed", None: ""}[row["met"]]
            lines.append(f"| {name} | {row['name']} | {row['value']} | {row['baseline']} | "
                         f"{row['target']} | {met} |")
    notes = [f"- {name}: {text}" for name, figures in collected for text in figures["notes"]]
    return "\n".join(lines + ([""] + notes if notes else []))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    failed, missed, collected = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for script in scripts(args.names):
            results = Path(folder) / f"{script.stem}.json"
            status, figures = run_one(script, args.quick, results)
            if status != 0:
                failed.append(script.name)
            if figures:
                name = script.stem.removeprefix("bench_")
                collected.append((name, figures))
                missed += [f"{name}: {r['name']}" for r in figures["rows"] if r["met"] is False]
    print("\n" + summary(collected) + "\n")
    if missed:
        print("missed targets:\n  " + "\n  ".join(missed))
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed or (args.strict and missed) else 0


if __name__ == "__main__":
    raise SystemExit(main())
