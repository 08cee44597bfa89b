"""Looking at event files from outside the core: raw SQLite, bytes on disk, child processes.

Tests use these to check what the core did without trusting the core's own reading of it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing, contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@contextmanager
def raw(path: Path):
    """A plain sqlite3 connection in autocommit mode, closed afterwards."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        yield conn


def state(path: Path) -> tuple[int, str]:
    """(number of records, hash over the record hashes in sorted order), read raw."""
    with raw(path) as conn:
        hashes = [h for (h,) in conn.execute("SELECT hash FROM records ORDER BY hash")]
    digest = hashlib.sha256(b"".join(bytes.fromhex(h) for h in hashes)).hexdigest()
    return len(hashes), digest


def sidecars(path: Path) -> dict[str, Path]:
    """The file and its WAL and shared-memory files, where they exist."""
    found = {"main": path}
    for suffix in ("-wal", "-shm"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            found[suffix.lstrip("-")] = candidate
    return found


def contains(path: Path, word: str) -> bool:
    """Whether the word's UTF-8 bytes (as typed, or lower-cased as a search index keeps
    words) lie anywhere in the file."""
    data = path.read_bytes()
    return any(form.encode("utf-8") in data for form in {word, word.lower(), word.casefold()})


def child_env(config_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a child process that is its own laptop (its own settings folder)."""
    env = dict(os.environ)
    env["EVENTCENTER_CONFIG_DIR"] = str(config_dir)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", None)
    env.update(extra)
    return env


def run_cli(args: list[str], config_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """`eventcenter ARGS` in a real child process."""
    return subprocess.run([sys.executable, "-m", "eventcenter.cli", *map(str, args)],
                          env=child_env(config_dir, **env), capture_output=True, text=True,
                          encoding="utf-8", timeout=60, cwd=REPO)
