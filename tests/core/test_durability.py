"""A line reported as saved survives the process being killed at any moment: a child logs in
a loop, printing each id only after `write` has returned, and is killed with SIGKILL at random
moments, many times over; every id it printed is in the file and the file verifies."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from tests.factories import make_event
from tests.raw_files import REPO, child_env

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on Windows")

LOGGER = r"""
import sys
from eventcenter.event_file import EventFile

path, round_no = sys.argv[1], sys.argv[2]
event = EventFile.open(path)
print("ready", flush=True)
sys.stdin.readline()  # "go"
n = 0
while True:
    changes = event.journal.log(f"Omgång {round_no} rad {n} åäö", operator="Anna",
                                confidential=n % 3 == 0)
    print(changes.id, flush=True)
    n += 1
"""

ROUNDS = 15


def reported_ids(output: str) -> list[str]:
    """Whole lines of 32 hex digits: a line cut short by the kill was never reported."""
    lines = output.split("\n")[:-1]  # the last piece has no newline: not a whole line
    return [line for line in lines if len(line) == 32 and set(line) <= set("0123456789abcdef")]


def test_every_reported_line_survives_sigkill(tmp_path):
    make_event(tmp_path).close()
    path = tmp_path / "valborg.event"
    laptop = tmp_path / "barnets-dator"
    rng = random.Random(20270430)
    reported: list[str] = []

    def start(round_no: int) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-c", LOGGER, str(path), str(round_no)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                env=child_env(laptop), cwd=REPO)

    waiting = start(0)
    for round_no in range(ROUNDS):
        child = waiting
        # The next child starts up meanwhile (imports take longer than the writing), and has
        # the file open when this one is killed, as the window would.
        waiting = start(round_no + 1) if round_no + 1 < ROUNDS else None
        assert child.stdout.readline() == b"ready\n"
        child.stdin.write(b"go\n")
        child.stdin.flush()
        # Sleeping is the point here: the kill must land at a random moment of real writing.
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
        child.stdin.close()
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        reported.extend(reported_ids(rest.decode("utf-8")))

    assert len(reported) > ROUNDS  # the child really wrote between the kills
    with EventFile.open(path, Device("e" * 32, "Granskare")) as event:
        assert not verify(event)
        stored = {r.id for r in event.records() if r.kind == "entry.logged"}
        assert set(reported) <= stored
        # At most one line per round was saved but killed before its id was printed.
        assert len(stored) - len(reported) <= ROUNDS
        entries = {e.id for e in event.entries.page()}
        assert stored == entries
