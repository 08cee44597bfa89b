"""The command line end to end: whole commands, each a process of its own, timed side by side
with what Python itself costs to start.

    python bench/bench_cli.py [--quick] [--runs N] [--also OTHER_CHECKOUT]

Measured, in turn within each round so that all of them see the same load:
`python -c pass` and `python -c "import sqlalchemy"` (the baselines), `eventcenter log FILE
"…"` and `eventcenter show FILE journal` on a new Valborg event (run as `python -m
eventcenter.cli` with this checkout first on the path), and once more `log` under
`-X importtime`, whose top-level imports give the time spent importing. Wall-clock time from
start to exit, and the CPU time of the child (user + system), which another process on the
machine disturbs less. Median and (min–max) of the runs; the load average before and after.
`--also` times `log` of another checkout too (say, `git archive main` unpacked somewhere), in
the same rounds: a before and after measured on the same load.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import ROOT, Figures

LOG_LIMIT_S = 0.15  # issue 12: `eventcenter log FILE "…"` end to end
CLI = [sys.executable, "-m", "eventcenter.cli"]
ALSO = 'the other checkout\'s log FILE "…"'


def child_env(config: Path, root: Path = ROOT) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", "EVENTCENTER_OPERATOR",
                        "PYTHONSTARTUP")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    env["EVENTCENTER_CONFIG_DIR"] = str(config)
    return env


def timed(command: list[str], env: dict[str, str], root: Path = ROOT) -> tuple[float, float, str]:
    """Wall-clock seconds, CPU seconds of the child (started in `root`), and its stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=root)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stderr


def import_seconds(importtime: str) -> float:
    """The imports of the program itself: `-X importtime`'s top-level entries after `site`
    (Python's own start-up, which `python -c pass` pays too)."""
    total, after_site = 0, False
    for line in importtime.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _self, cumulative, name = line.split("|")
        if not cumulative.strip().isdigit():
            continue
        if name == " site":
            after_site = True
        elif after_site and name.startswith(" ") and not name.startswith("  "):
            total += int(cumulative)
    return total / 1e6


def commands(event: Path) -> dict[str, list[str]]:
    line = ["log", str(event), "Fem berusade ungdomar vid Resecentrum", "--operator", "Anna"]
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        'python -c "import sqlalchemy"': [sys.executable, "-c", "import sqlalchemy"],
        'eventcenter log FILE "…"': [*CLI, *line],
        "eventcenter show FILE journal": [*CLI, "show", str(event), "journal"],
        "importtime": [sys.executable, "-X", "importtime", "-m", "eventcenter.cli", *line],
    }


def spread(values: list[float], unit: float = 1000) -> str:
    return (f"{statistics.median(values) * unit:.0f} ms "
            f"({min(values) * unit:.0f}–{max(values) * unit:.0f})")


def load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def run(runs: int, figures: Figures, also: Path | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = child_env(Path(folder) / "laptop")
        event = Path(folder) / "valborg.event"
        subprocess.run([*CLI, "new", str(event), "--template", "valborg", "--name", "Bench",
                        "--operator", "Anna"], check=True, capture_output=True, cwd=ROOT,
                       env={**env, "EVENTCENTER_CONFIDENTIAL_PASSPHRASE": "fyra ord för bänken"})
        todo = {name: (command, env, ROOT) for name, command in commands(event).items()}
        if also:
            todo[ALSO] = (todo['eventcenter log FILE "…"'][0],
                          child_env(Path(folder) / "laptop", also.resolve()), also.resolve())
        wall: dict[str, list[float]] = {name: [] for name in todo}
        cpu: dict[str, list[float]] = {name: [] for name in todo}
        imports: list[float] = []
        for command, its_env, root in todo.values():  # a warm-up each: disk cache, .pyc
            timed(command, its_env, root)
        figures.note(f"load average (1, 5, 15 min) before: {load()} on {os.cpu_count()} cores")
        for _ in range(runs):
            for name, (command, its_env, root) in todo.items():
                seconds, used, stderr = timed(command, its_env, root)
                wall[name].append(seconds)
                cpu[name].append(used)
                if name == "importtime":
                    imports.append(import_seconds(stderr))
        report(wall, cpu, imports, figures)
        figures.note(f"{runs} runs of each, in turn; median (min–max); wall clock from start "
                     "to exit, CPU = user + system time of the child")


def report(wall: dict[str, list[float]], cpu: dict[str, list[float]], imports: list[float],
           figures: Figures) -> None:
    base = statistics.median(wall["python -c pass"])
    for name in ("python -c pass", 'python -c "import sqlalchemy"'):
        figures.add(name, spread(wall[name]), f"CPU {spread(cpu[name])}")
    name = 'eventcenter log FILE "…"'
    figures.add(name, spread(wall[name]), f"CPU {spread(cpu[name])}; "
                f"python -c pass {base * 1000:.0f} ms",
                f"< {LOG_LIMIT_S * 1000:.0f} ms", statistics.median(wall[name]) < LOG_LIMIT_S)
    figures.add("log: of which imports (-X importtime)", spread(imports))
    name = "eventcenter show FILE journal"
    figures.add(name, spread(wall[name]), f"CPU {spread(cpu[name])}")
    if ALSO in wall:
        figures.add(ALSO, spread(wall[ALSO]), f"CPU {spread(cpu[ALSO])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs of each: a smoke run")
    parser.add_argument("--runs", type=int, help="runs of each command (default 15)")
    parser.add_argument("--also", type=Path, metavar="OTHER_CHECKOUT",
                        help="time the log of another checkout beside (before and after)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 15)
    figures = Figures(f"bench_cli: whole commands, {runs} runs each")
    print(figures.title, flush=True)
    run(runs, figures, args.also)
    figures.note(f"load average (1, 5, 15 min) after: {load()}")
    figures.print()
    figures.save(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
