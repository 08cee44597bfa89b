"""Event files hold personal data (contacts' phone numbers): the files the program makes are
readable by their owner only, whatever the umask: the event file `new` makes, its WAL and
shared memory, backups and their folder, and the copy made before a migration. (On Windows
they rely on the per-user folder's permissions; these modes are POSIX.)"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from eventcenter import messages
from eventcenter.backups import backup_now, default_backup_dir
from eventcenter.cli import main
from eventcenter.event_file import EventFile
from tests.factories import PASSPHRASE, make_event
from tests.raw_files import sidecars

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")

DATA = Path(__file__).resolve().parent.parent / "data"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    """The common umask, which makes new files readable by everyone (0644)."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_a_new_event_its_wal_and_shared_memory_are_the_owners_alone(tmp_path):
    with make_event(tmp_path) as event:
        event.journal.log("Eva Berg, 070-123 45 67", operator="Anna")
        found = sidecars(event.path)
        assert set(found) == {"main", "wal", "shm"}
        assert {name: mode(path) for name, path in found.items()} == {
            "main": 0o600, "wal": 0o600, "shm": 0o600}


def test_new_on_the_command_line_makes_an_owner_only_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "valborg.event"
    assert main(["new", str(target), "--template", "valborg", "--name", "Valborg 2027",
                 "--operator", "Anna"]) == 0, capsys.readouterr().err
    messages.set_language(None)
    assert mode(target) == 0o600


def test_backups_and_the_folder_made_for_them_are_the_owners_alone(event):
    copy = backup_now(event)
    assert copy.parent == default_backup_dir(event.path)
    assert (mode(copy.parent), mode(copy)) == (0o700, 0o600)


def test_a_backup_in_a_folder_the_user_chose_is_the_owners_alone(event, tmp_path):
    chosen = tmp_path / "usb-minne"
    chosen.mkdir(mode=0o755)
    copy = backup_now(event, chosen)
    assert mode(copy) == 0o600
    assert mode(chosen) == 0o755  # the user's own folder keeps what the user gave it


def test_the_copy_made_before_a_migration_is_the_owners_alone(tmp_path):
    path = tmp_path / "valborg-v1.event"
    shutil.copy(DATA / path.name, path)
    os.chmod(path, 0o644)  # made by an older version, before files were the owner's alone
    with EventFile.open(path) as event:
        assert event.event_id
    [copy] = tmp_path.glob("valborg-v1.v1-backup*.event")
    assert mode(copy) == 0o600
