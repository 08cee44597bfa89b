"""Backups: a consistent copy (what is committed, WAL included) that opens and verifies; the
newest few kept; an unwritable folder is a clear error."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest

from eventcenter.backups import backup_now, backups_of, default_backup_dir
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import fingerprint, verify
from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE
from tests.raw_files import raw, sidecars


def test_a_backup_opens_verifies_and_holds_every_committed_record(event, tmp_path):
    event.journal.log("Brand i papperskorg", operator="Anna")
    event.journal.log("Lisa 14 år", operator="Anna", confidential=True)
    with raw(event.path) as reader:
        reader.execute("SELECT 1 FROM meta").fetchone()  # keeps the last commit in the WAL
        last = event.journal.log("Sista raden, bara i WAL:en", operator="Anna").id
        assert "wal" in sidecars(event.path)
        copy = backup_now(event, tmp_path / "kopior")
    assert copy.parent == tmp_path / "kopior" and copy.suffix == ".event"
    assert set(sidecars(copy)) == {"main"}
    with EventFile.open(copy) as restored:
        assert fingerprint(restored) == fingerprint(event)
        assert not verify(restored)
        assert restored.read.journal.get(last).text == "Sista raden, bara i WAL:en"
        restored.unlock(PASSPHRASE)
        assert "Lisa 14 år" in [e.text for e in restored.read.journal.page()]


def test_a_backup_names_no_partial_file(event, tmp_path):
    backup_now(event, tmp_path / "kopior")
    assert not list((tmp_path / "kopior").glob("*.partial"))


def test_the_newest_backups_are_kept(event, tmp_path):
    folder = tmp_path / "kopior"
    start = now_utc()
    made = [backup_now(event, folder, keep=3, now=start + timedelta(minutes=5 * n))
            for n in range(5)]
    assert backups_of(folder, event.path) == made[-3:]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in made[-3:])


def test_pruning_leaves_other_files_alone(event, tmp_path):
    folder = tmp_path / "kopior"
    folder.mkdir()
    (folder / "anteckningar.txt").write_text("behåll mig", encoding="utf-8")
    (folder / "kulturnatten-20260101-120000.event").write_bytes(b"annat evenemang")
    start = now_utc()
    for n in range(3):
        backup_now(event, folder, keep=1, now=start + timedelta(minutes=n))
    assert len(backups_of(folder, event.path)) == 1
    assert (folder / "anteckningar.txt").exists()
    assert (folder / "kulturnatten-20260101-120000.event").exists()


def test_by_default_backups_go_beside_the_event_file(event):
    copy = backup_now(event)
    assert copy.parent == default_backup_dir(event.path) == event.path.parent / "valborg-backups"


def test_a_backup_into_a_folder_named_with_å_ä_ö(event, tmp_path):
    copy = backup_now(event, tmp_path / "säkerhetskopior åäö")
    with EventFile.open(copy) as restored:
        assert not verify(restored)


@pytest.mark.parametrize("where", ["a file", "under a file"])
def test_an_unwritable_folder_is_a_clear_error(event, tmp_path, where):
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("x", encoding="utf-8")
    target = blocker if where == "a file" else blocker / "kopior"
    before = fingerprint(event)
    with pytest.raises(UserError) as caught:
        backup_now(event, target)
    assert caught.value.code == "backup_failed"
    assert str(target) in str(caught.value)
    assert fingerprint(event) == before
    assert blocker.read_text(encoding="utf-8") == "x"


def test_partial_files_that_killed_backups_left_are_pruned(event, tmp_path):
    """A backup killed while writing leaves NAME-STAMP.event.PID-RANDOM.partial; the next
    backup's pruning removes those whose process is gone and any older than some minutes,
    never one another process is writing now, nor another event's."""
    folder = tmp_path / "kopior"
    folder.mkdir()
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    gone, running = finished.pid, os.getppid()  # the process that started the tests runs on
    stem = event.path.stem
    killed = folder / f"{stem}-20270430-221500.event.{gone}-0a1b2c3d.partial"
    old = folder / f"{stem}-20270430-200000.event.partial"  # as earlier versions named it
    old_running = folder / f"{stem}-20270430-200500.event.{running}-00ff00ff.partial"
    busy = folder / f"{stem}-20270430-221501.event.{running}-4e5f6a7b.partial"
    other_event = folder / f"kulturnatten-20270430-221500.event.{gone}-0a1b2c3d.partial"
    journal = killed.with_name(killed.name + "-journal")  # VACUUM INTO writes with one
    for partial in (killed, journal, old, old_running, busy, other_event):
        partial.write_bytes(b"halv")
    an_hour_ago = time.time() - 3600
    for partial in (old, old_running):
        os.utime(partial, (an_hour_ago, an_hour_ago))
    backup_now(event, folder)
    assert not old.exists() and not old_running.exists()
    if os.name != "nt":  # Windows has no harmless way to ask for a process: age alone counts
        assert not killed.exists() and not journal.exists()
    assert busy.exists() and other_event.exists()
    assert len(backups_of(folder, event.path)) == 1
