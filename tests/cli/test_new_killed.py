"""A `new` killed at any moment leaves no half event under the name asked for: the file is
made under a temporary name and renamed when complete, so a retry of the same command works,
and what a killed run left behind is never taken for an event and is cleaned up."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from eventcenter import messages
from eventcenter.catalogue.templates import load_template
from eventcenter.cli import main
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.new_event.create import starting_records
from tests.factories import PASSPHRASE
from tests.raw_files import REPO, child_env

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on Windows")

PASSPHRASE_ENV = "EVENTCENTER_CONFIDENTIAL_PASSPHRASE"
CHILDREN = 4
NAME = "Valborg 2027"


def new_argv(target: Path) -> list[str]:
    return ["new", str(target), "--template", "valborg", "--name", NAME, "--operator", "Anna"]


def start_new(target: Path, laptop: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "eventcenter.cli", *new_argv(target)],
                            env=child_env(laptop, **{PASSPHRASE_ENV: PASSPHRASE}),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)


def traces(target: Path) -> list[str]:
    """Every name in the folder a `new` of this target may have made (the file, a temporary
    file, their -wal, -shm and -journal)."""
    return [name for name in os.listdir(target.parent) if target.name in name]


def kill_while_writing(children: dict[Path, subprocess.Popen], rng: random.Random) -> None:
    """Each child is killed a random moment (up to 0.15 s) after its first file appeared,
    that is while it writes the event (the key derivation before it takes longer)."""
    due: dict[Path, float] = {}
    deadline = time.monotonic() + 60
    while len(due) < len(children) or any(c.poll() is None for c in children.values()):
        assert time.monotonic() < deadline, "the children never began writing"
        for target, child in children.items():
            if target not in due and (traces(target) or child.poll() is not None):
                due[target] = time.monotonic() + rng.uniform(0, 0.15)
            if target in due and time.monotonic() >= due[target] and child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
        time.sleep(0.001)  # polling the folder: the kill must land mid-write


def complete(path: Path, records: int) -> None:
    """The event under its final name is whole: its identity, every starting record, sound."""
    with EventFile.open(path) as event:
        assert event.name == NAME
        assert len(event.records()) == records
        assert not verify(event)


def test_a_killed_new_leaves_no_half_event_and_a_retry_works(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "evenemang"
    folder.mkdir()
    rng = random.Random(20270430)
    targets = [folder / f"valborg-{n}.event" for n in range(CHILDREN)]
    children = {t: start_new(t, tmp_path / f"dator-{n}") for n, t in enumerate(targets)}
    kill_while_writing(children, rng)
    for child in children.values():
        child.wait()
        child.stderr.close()
    records = len(starting_records(load_template("valborg"), NAME, date.today(), False, "Anna"))
    assert any(c.returncode == -signal.SIGKILL for c in children.values())

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("EVENTCENTER_CONFIG_DIR", str(tmp_path / "dator-igen"))
    for target in targets:
        if target.exists():  # killed after its rename: it must be whole
            complete(target, records)
            continue
        assert main(new_argv(target)) == 0, capsys.readouterr().err  # the retry
        complete(target, records)
    one_more = folder / "kulturnatten.event"
    assert main(new_argv(one_more)) == 0
    messages.set_language(None)
    # Only whole events carry the extension; what the killed runs left is gone.
    assert sorted(folder.glob("*.event")) == sorted([*targets, one_more])
    assert sorted(os.listdir(folder)) == sorted(p.name for p in [*targets, one_more])
