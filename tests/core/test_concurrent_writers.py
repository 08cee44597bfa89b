"""Several processes write one event file at once: SQLite serialises them, nothing is lost,
and every laptop's sequence numbers and hash chain stay gapless, even when two processes are
the same laptop."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from eventcenter.device import Device, load_device
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.store.identity import genesis
from tests.factories import make_event
from tests.raw_files import REPO, child_env

WRITER = r"""
import sys
from eventcenter.event_file import EventFile

path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
event = EventFile.open(path)
print("ready", flush=True)
sys.stdin.readline()  # everyone starts together
for n in range(count):
    if n % 10 == 9:
        changes = event.journal.decide(f"{name} beslut {n}", decided_by=name, operator=name)
    else:
        changes = event.journal.log(f"{name} rad {n}", operator=name, confidential=n % 7 == 0)
    print(changes.id, flush=True)
event.close()
"""

LINES = 50


def run_together(path: Path, laptops: list[tuple[str, Path]]) -> dict[str, list[str]]:
    """Start one writer per (name, settings folder), let them go at once, collect their ids."""
    children = {name: subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), name, str(LINES)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(folder), cwd=REPO)
        for name, folder in laptops}
    for child in children.values():
        assert child.stdout.readline() == b"ready\n"
    for child in children.values():
        child.stdin.write(b"go\n")
        child.stdin.flush()
    ids = {}
    for name, child in children.items():
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err.decode("utf-8", "replace")
        ids[name] = out.decode("ascii").split()
    return ids


def assert_chains_gapless(event: EventFile) -> None:
    by_device: dict[str, list] = {}
    for record in event.records():
        by_device.setdefault(record.device_id, []).append(record)
    for chain in by_device.values():
        chain.sort(key=lambda r: r.seq)
        assert [r.seq for r in chain] == list(range(1, len(chain) + 1))
        start = genesis(event.event_id)
        assert [r.prev_hash for r in chain] == [start] + [r.hash for r in chain[:-1]]


def test_four_laptops_writing_at_once_lose_nothing(tmp_path):
    make_event(tmp_path).close()
    path = tmp_path / "valborg.event"
    laptops = [(f"Dator{n}", tmp_path / f"dator-{n}") for n in range(4)]
    ids = run_together(path, laptops)
    with EventFile.open(path, Device("e" * 32, "Granskare")) as event:
        assert not verify(event)
        assert_chains_gapless(event)
        shown = {e.id: e.operator for e in event.read.journal.page()}
        for name, written in ids.items():
            assert len(written) == LINES
            assert {shown[i] for i in written} == {name}
        assert len(shown) == 4 * LINES
        devices = {r.device_id for r in event.records() if r.kind != "event.created"}
        assert len(devices) == 5  # the creator and the four writers


def test_two_processes_of_one_laptop_keep_one_gapless_chain(tmp_path, monkeypatch):
    make_event(tmp_path).close()
    path = tmp_path / "valborg.event"
    shared = tmp_path / "delad-dator"
    monkeypatch.setenv("EVENTCENTER_CONFIG_DIR", str(shared))
    laptop = load_device()  # the laptop exists before both processes start
    ids = run_together(path, [("Fönstret", shared), ("Kommandoraden", shared)])
    with EventFile.open(path, Device("e" * 32, "Granskare")) as event:
        assert not verify(event)
        assert_chains_gapless(event)
        theirs = sorted((r for r in event.records() if r.device_id == laptop.id),
                        key=lambda r: r.seq)
        assert [r.seq for r in theirs] == list(range(1, 2 * LINES + 1))
        assert {r.id for r in theirs} == set(ids["Fönstret"]) | set(ids["Kommandoraden"])
