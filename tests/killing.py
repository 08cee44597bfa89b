"""Kill processes that work on one event file at random moments, then check that nothing
they reported was lost and nothing half-made is left. Used by `tests/core/test_durability.py`
(about a hundred kills) and `bench/soak_kills.py` (a thousand).

Kinds of work, each in a child that loops until it is killed with SIGKILL:

- `api`: an open `EventFile` logging lines; `cli`: the command line's `log`, one call after
  another (each opens the file, writes, closes); both report each id after it returned;
- `new` (a new event each round, in a folder of its own), `backup` and `verify` of the file
  the writers write, which report each event made, backup written and verdict;
- `cli-process`: `python -m eventcenter.cli log …` as a real process of its own, killed
  between its start and its end.

All but the last are forked from one zygote (`tests/kill_children.py`) that has imported the
program once, so a child starts in a millisecond and is at work when it is killed; a kind's
next child starts as soon as its last one is killed, beside the others, which keep working.
POSIX only (fork, SIGKILL).
"""

from __future__ import annotations

import json
import math
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tests.factories import PASSPHRASE
from tests.raw_files import REPO, child_env

NAME = "Valborg 2027"
FORKED = ("api", "cli", "new", "backup", "verify")
PROCESS = "cli-process"
KINDS = (*FORKED, PROCESS)
# When a child is killed: a quarter of them while they start (up to EARLY seconds in: the
# file being opened, the first round), the others at a random moment up to WORKING seconds
# after their first piece of work, which is a round or more of it, so the kill lands
# anywhere in a later round whatever the load on the machine. A real process, which reports
# only as it ends, is killed up to WORKING after it opened the file (seen in /proc on Linux).
# A child that reports nothing for STALLED seconds is killed anyway (and the check tells).
EARLY_SHARE, EARLY = 0.25, 0.1
WORKING = {"api": 0.15, "cli": 0.3, "verify": 0.8, PROCESS: 0.1}
# `new` and `backup` are killed up to WRITING seconds after a later round's file appeared.
WRITING = {"new": 0.15, "backup": 0.03}
STALLED = 30.0


@dataclass
class Place:
    """Where the killed processes work: the event file and the folders of new events and
    backups, all in one temporary folder."""

    root: Path

    @property
    def event(self) -> Path:
        return self.root / "evenemang" / "valborg.event"

    @property
    def new_events(self) -> Path:
        return self.root / "nya"

    @property
    def backups(self) -> Path:
        return self.root / "kopior"

    @property
    def laptop(self) -> Path:
        return self.root / "dator"


@dataclass
class Tally:
    """What the children reported, and how often each kind was killed."""

    kills: Counter = field(default_factory=Counter)
    work: Counter = field(default_factory=Counter)  # rounds of work reported, by kind
    first_work: dict[int, float] = field(default_factory=dict)  # by process id
    seconds: dict[str, float] = field(default_factory=dict)  # until a kind's last kill
    ids: list[str] = field(default_factory=list)
    made: list[str] = field(default_factory=list)
    backups: list[str] = field(default_factory=list)
    verdicts: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def take(self, pid: int, kind: str, words: list[str]) -> None:
        what, rest = words[0], " ".join(words[1:])
        if what in ("id", "made", "backup", "verified"):
            self.work[kind] += 1
            self.first_work.setdefault(pid, time.monotonic())
        if what == "id" and is_id(rest):
            self.ids.append(rest)
        elif what in ("made", "backup"):
            (self.made if what == "made" else self.backups).append(rest)
        elif what == "verified":
            self.verdicts.append(int(rest))
        elif what == "error":
            self.errors.append(json.loads(rest))


def is_id(text: str) -> bool:
    return len(text) == 32 and set(text) <= set("0123456789abcdef")


class Zygote:
    """The process that forks the children, and a thread reading what they all say."""

    def __init__(self, place: Place, tally: Tally) -> None:
        env = child_env(place.laptop, EVENTCENTER_CONFIDENTIAL_PASSPHRASE=PASSPHRASE)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.kill_children", NAME], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, env=env, cwd=REPO, text=True, encoding="utf-8")
        self.place, self.tally = place, tally
        self.started: queue.Queue[int] = queue.Queue()
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        assert self.started.get(timeout=60) == 0, "the zygote did not start"

    def _read(self) -> None:
        for line in self.process.stdout:
            if not line.endswith("\n"):  # cut short by a kill: never reported
                continue
            words = line.split()
            if words[1:] == ["zygote", "ready"]:
                self.started.put(0)
            elif len(words) == 4 and words[1:3] == ["zygote", "started"]:
                self.started.put(int(words[3]))
            elif len(words) >= 3:
                with self.lock:
                    self.tally.take(int(words[0]), words[1], words[2:])

    def fork(self, kind: str) -> int:
        folder = {"new": self.place.new_events, "backup": self.place.backups}.get(kind, "")
        self.process.stdin.write(f"{kind}\t{self.place.event}\t{folder}\n")
        self.process.stdin.flush()
        return self.started.get(timeout=60)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)
        self.reader.join(timeout=60)


class RealProcess:
    """`python -m eventcenter.cli log …` in a process of its own."""

    def __init__(self, place: Place, n: int) -> None:
        self.event = str(place.event)
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "eventcenter.cli", "log", str(place.event),
             f"Process {n} åäö", "--operator", "Cia"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(place.laptop),
            cwd=REPO)
        self.pid = self.popen.pid

    def at_work(self) -> bool | None:
        """Whether it has the event file or its WAL open (None where that cannot be seen):
        read from /proc on Linux, by the links' names, so its imports are past."""
        folder = f"/proc/{self.pid}/fd"
        if not os.path.isdir(folder):
            return None if sys.platform != "linux" else False
        with suppress(OSError):
            for fd in os.listdir(folder):
                with suppress(OSError):
                    if os.readlink(f"{folder}/{fd}").startswith(self.event):
                        return True
        return False

    def finish(self, tally: Tally) -> None:
        out, err = self.popen.communicate(timeout=60)
        if self.popen.returncode not in (0, -signal.SIGKILL):
            tally.errors.append(err.decode("utf-8", "replace"))
        lines = out.decode("utf-8").split("\n")[:-1]  # a last piece without newline: cut
        saved = [line for line in lines if is_id(line)]
        tally.ids.extend(saved)
        tally.work[PROCESS] += len(saved)


@dataclass
class Life:
    """One child, from its start to its kill: `early` lives are killed while they start,
    the others a `fraction` of WORKING after their first piece of work."""

    kind: str
    pid: int
    began: float
    early: bool
    fraction: float
    real: RealProcess | None = None
    due: float | None = None


def run_kills(place: Place, kills: dict[str, int], seed: int) -> Tally:
    """Kill each kind of child `kills[kind]` times at random moments, all kinds at once, and
    return what they reported. The event file must exist."""
    rngs = {kind: random.Random(f"{seed}-{kind}") for kind in KINDS}
    tally = Tally()
    zygote = Zygote(place, tally)
    lives: dict[str, Life] = {}
    started = time.monotonic()

    def begin(kind: str) -> Life:
        rng = rngs[kind]
        real = RealProcess(place, len(tally.ids)) if kind == PROCESS else None
        pid = real.pid if real else zygote.fork(kind)
        life = Life(kind, pid, time.monotonic(), rng.random() < EARLY_SHARE, rng.random(), real)
        if life.early and not real:
            life.due = life.began + life.fraction * EARLY
        return life

    try:
        while any(tally.kills[kind] < kills.get(kind, 0) for kind in KINDS):
            for kind in KINDS:
                if tally.kills[kind] >= kills.get(kind, 0):
                    continue
                life = lives.get(kind)
                if life is None:
                    lives[kind] = begin(kind)
                elif life.real and life.real.popen.poll() is not None:  # done before it
                    life.real.finish(tally)
                    del lives[kind]
                elif _due(life, tally, place) <= time.monotonic():
                    kill(life.pid)
                    if life.real:
                        life.real.finish(tally)
                    tally.kills[kind] += 1
                    tally.seconds[kind] = time.monotonic() - started
                    del lives[kind]
            time.sleep(0.002)  # the kills land at random moments of real work
    finally:
        for life in lives.values():
            kill(life.pid)
            if life.real:
                life.real.finish(tally)
        zygote.close()
    return tally


def _due(life: Life, tally: Tally, place: Place) -> float:
    """When to kill this child (infinity while that is not known yet)."""
    if life.due is None:
        life.due = _kill_time(life, tally, place)
    return math.inf if life.due is None else life.due


def _kill_time(life: Life, tally: Tally, place: Place) -> float | None:
    now = time.monotonic()
    if life.real:
        at_work = life.real.at_work()
        if at_work is None:  # no /proc: most of a run is its imports
            return life.began + 0.5 + 1.5 * life.fraction
        return now + life.fraction * WORKING[PROCESS] if at_work else None
    first = tally.first_work.get(life.pid)
    if first is None:
        return now if now - life.began > STALLED else None  # the check will tell
    if life.kind not in WRITING:
        return first + life.fraction * WORKING[life.kind]
    if _writing(life, tally, place) or now - first > STALLED:
        return now + life.fraction * WRITING[life.kind]
    return None


def _writing(life: Life, tally: Tally, place: Place) -> bool:
    """Whether a later round of `new` or `backup` has begun writing its file (seen by the
    names in its folder, nothing is opened)."""
    if life.kind == "new":
        mine = f"ny-{life.pid}-"
        done = set(tally.made)
        return any(name.lstrip(".").startswith(mine) and name.lstrip(".") not in done
                   and not name.endswith((".event-wal", ".event-shm"))
                   for name in os.listdir(place.new_events))
    return any(f".{life.pid}-" in name and ".partial" in name
               for name in os.listdir(place.backups))


def kill(pid: int) -> None:
    with suppress(ProcessLookupError):  # it had died of an error, which it reported
        os.kill(pid, signal.SIGKILL)


@dataclass
class Findings:
    """What the check after the kills found; `lost` and the rest must stay empty."""

    stored: int = 0
    lost: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    half_made: list[str] = field(default_factory=list)
    left_over: list[str] = field(default_factory=list)
    events_made: int = 0
    backups_kept: int = 0


def check(place: Place, tally: Tally) -> Findings:
    """Every reported id stored, the file sound, every event under its final name whole, and
    nothing half-made left once the next `new` and `backup` have cleaned up."""
    from eventcenter.backups import backup_now
    from eventcenter.device import Device
    from eventcenter.event_file import EventFile
    from eventcenter.integrity import verify
    from eventcenter.messages import describe_problem
    from eventcenter.new_event.create import create_event

    found = Findings()
    auditor = Device("e" * 32, "Granskare")
    with EventFile.open(place.event, auditor) as event:
        found.problems += [describe_problem(c, p) for c, p in verify(event).items]
        stored = {r.id for r in event.records() if r.kind == "entry.logged"}
        found.stored = len(stored)
        found.lost = sorted(set(tally.ids) - stored)
        if stored != {e.id for e in event.read.journal.page()}:
            found.problems.append("the entries differ from the records")
        backup_now(event, place.backups)  # prunes what killed backups left
    create_event(place.new_events / "sist.event", "valborg", NAME, PASSPHRASE,
                 device=auditor).close()  # removes what killed runs of new left
    found.half_made += half_made_events(place.new_events, auditor)
    found.events_made = len(list(place.new_events.glob("*.event")))
    for copy in sorted(place.backups.glob("*.event")):
        with EventFile.open(copy, auditor) as restored:
            if verify(restored):
                found.half_made.append(copy.name)
        found.backups_kept += 1
    found.left_over = left_over(place)
    return found


def half_made_events(folder: Path, device) -> list[str]:
    """Events under a final name that are not whole: not sound, or missing starting records."""
    from eventcenter.catalogue.templates import load_template
    from eventcenter.event_file import EventFile
    from eventcenter.integrity import verify
    from eventcenter.new_event.create import starting_records

    whole = len(starting_records(load_template("valborg"), NAME, date.today(), False, "Anna"))
    bad = []
    for path in sorted(folder.glob("*.event")):
        try:
            with EventFile.open(path, device) as event:
                if verify(event) or len(event.records()) != whole or event.name != NAME:
                    bad.append(path.name)
        except Exception as error:  # a stub that is not an event file at all
            bad.append(f"{path.name}: {error}")
    return bad


def left_over(place: Place) -> list[str]:
    """Names that are neither an event, a backup nor a sidecar of the open event file."""
    allowed = {place.event.name, place.event.name + "-wal", place.event.name + "-shm"}
    names = [p.name for p in place.event.parent.iterdir() if p.name not in allowed]
    names += [p.name for p in place.new_events.iterdir() if p.suffix != ".event"]
    names += [p.name for p in place.backups.iterdir() if p.suffix != ".event"]
    return sorted(names)


def prepare(root: Path) -> Place:
    """A new event file and the (empty) folders of new events and backups."""
    from eventcenter.device import Device
    from eventcenter.new_event.create import create_event

    place = Place(root)
    for folder in (place.event.parent, place.new_events, place.backups):
        folder.mkdir(parents=True)
    create_event(place.event, "valborg", NAME, PASSPHRASE, operator="Anna",
                 device=Device("0" * 32, "Skaparens dator")).close()
    return place
