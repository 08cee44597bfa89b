"""`verify` works on a scratch copy that only its owner can read, and leaves nothing behind:
not when it ends, not when it is killed in the middle (the copy is unlinked as soon as it is
open), and a folder left by a killed run is swept by the next one."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventcenter import projections
from eventcenter.integrity import verify
from eventcenter.store.scratch import COPY_NAME, PREFIX, sweep
from tests.core.test_integrity import some_night
from tests.factories import fill
from tests.raw_files import REPO, child_env

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX unlink and SIGKILL")


def scratch_folders(root: Path) -> list[Path]:
    return sorted(root.glob(f"{PREFIX}*"))


@posix_only
def test_the_copy_is_owner_only_and_already_unlinked_while_verify_rebuilds(event, tmp_path,
                                                                             monkeypatch):
    some_night(event)
    root = tmp_path / "scratch"
    root.mkdir()
    seen = []
    real = projections.rebuild

    def looking(conn, *args, **kwargs):
        for folder in scratch_folders(root):
            seen.append((folder.name, stat.S_IMODE(folder.stat().st_mode),
                         sorted(p.name for p in folder.iterdir())))
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(projections, "rebuild", looking)
    assert not verify(event, scratch=root)
    assert len(seen) == 1
    name, mode, contents = seen[0]
    assert name.startswith(f"{PREFIX}{os.getpid()}-")
    assert mode == 0o700
    assert contents == []  # no copy, no journal: nothing to find, nothing left if killed
    assert list(root.iterdir()) == []


@posix_only
def test_the_sweep_removes_only_folders_of_processes_that_are_gone(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = tmp_path / f"{PREFIX}{gone.stdout.strip()}-abc"
    mine = tmp_path / f"{PREFIX}{os.getpid()}-abc"
    living = tmp_path / f"{PREFIX}{os.getppid()}-abc"
    other = tmp_path / "eventcenter-something-else"
    for folder in (dead, mine, living, other):
        folder.mkdir()
        (folder / COPY_NAME).write_bytes(b"SQLite format 3\x00")
    assert sweep(tmp_path) == [dead]
    assert sorted(tmp_path.iterdir()) == sorted([mine, living, other])


@pytest.fixture
def big(pristine, tmp_path) -> Path:
    path = tmp_path / "valborg.event"
    shutil.copy(pristine, path)
    fill(path, 10_000)
    return path


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc")
def test_a_verify_killed_mid_rebuild_leaves_no_copy_and_the_next_sweeps_its_folder(big,
                                                                                   tmp_path):
    root = tmp_path / "tmp"
    root.mkdir()
    env = child_env(tmp_path / "child-config", TMPDIR=str(root))
    child = subprocess.Popen([sys.executable, "-m", "eventcenter.cli", "verify", str(big)],
                             env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        folder = _wait_for_emptied_scratch(root, child)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert list(folder.iterdir()) == []  # the copy went with the process
    again = subprocess.run([sys.executable, "-m", "eventcenter.cli", "verify", str(big)],
                           env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stdout + again.stderr
    assert scratch_folders(root) == []


def _wait_for_emptied_scratch(root: Path, child: subprocess.Popen) -> Path:
    """The child's scratch folder once its copy is open and unlinked (the rebuild runs):
    the child holds a descriptor of the copy, which Linux shows as "(deleted)"."""
    fds = Path(f"/proc/{child.pid}/fd")
    while child.poll() is None:
        for folder in root.glob(f"{PREFIX}{child.pid}-*"):
            if f"{folder / COPY_NAME} (deleted)" in _targets(fds):
                return folder
        time.sleep(0.002)  # another process, no signal to wait on: the kill must land mid-verify
    pytest.fail(f"verify ended (status {child.returncode}) before its scratch was seen")


def _targets(fds: Path) -> set[str]:
    found = set()
    try:
        listed = list(fds.iterdir())
    except OSError:  # the process has just ended
        return found
    for fd in listed:
        with contextlib.suppress(OSError):  # closed meanwhile
            found.add(os.readlink(fd))
    return found
