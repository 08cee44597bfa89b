"""Consistent copies of an open event file, made while people keep writing.

A copy is made with VACUUM INTO (never a file copy, which can catch a half-written page or
miss the WAL), first to a temporary name and then renamed, so a folder never holds a partial
backup under a backup's name. The newest few are kept. The temporary name carries the process
id (`NAME-STAMP.event.PID-RANDOM.partial`), so pruning also removes what a killed backup
left: partials whose process is gone or that nobody has written for some minutes.
"""

from __future__ import annotations

import os
import re
import secrets
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Protocol

from eventcenter.errors import UserError
from eventcenter.store import files
from eventcenter.store.connections import Connections, vacuum_into
from eventcenter.timefmt import STOCKHOLM, now_utc

KEEP = 12
INTERVAL_SECONDS = 300


class Copied(Protocol):
    """What a backup needs of an open event file: where it lies and its connections (an
    `EventFile` is one)."""

    path: Path
    connections: Connections


def default_backup_dir(event_path: Path) -> Path:
    """A folder beside the event file, named after it."""
    return event_path.with_name(f"{event_path.stem}-backups")


def backup_now(event: Copied, directory: Path | None = None, keep: int = KEEP,
               now: datetime | None = None) -> Path:
    """Write one consistent copy into the folder and prune the oldest beyond `keep`."""
    directory = Path(directory) if directory else default_backup_dir(event.path)
    stamp = (now or now_utc()).astimezone(STOCKHOLM).strftime("%Y%m%d-%H%M%S")
    target = directory / f"{event.path.stem}-{stamp}{event.path.suffix}"
    partial = target.with_name(f"{target.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    try:
        files.private_folder(directory)
        vacuum_into(event.connections, partial)
        os.replace(partial, target)
    except Exception as error:  # OSError or the database's own error: both are the user's
        with suppress(OSError):
            files.remove_with_sidecars(partial)
        raise UserError("backup_failed", path=str(directory), detail=str(error)) from None
    prune(directory, event.path, keep)
    return target


def backups_of(directory: Path, event_path: Path) -> list[Path]:
    """The backups of one event in a folder, oldest first."""
    pattern = f"{event_path.stem}-????????-??????{event_path.suffix}"
    return sorted(Path(directory).glob(pattern))


def latest_backup(event_path: Path, *folders: Path) -> Path | None:
    """The newest backup of an event, beside it (`default_backup_dir`) or in the other
    folders given (a laptop's chosen backup folder): what the words about a damaged file
    point to. Names only are compared (the time is in the name); no file is opened."""
    event_path = Path(event_path)
    found = [backup for folder in (default_backup_dir(event_path), *folders)
             for backup in backups_of(folder, event_path)]
    return max(found, key=lambda backup: backup.name, default=None)


def prune(directory: Path, event_path: Path, keep: int = KEEP) -> None:
    """Remove the oldest backups beyond `keep`, and the partials killed backups left."""
    for old in backups_of(directory, event_path)[:-keep]:
        old.unlink(missing_ok=True)
    partial = re.compile(re.escape(event_path.stem) + r"-\d{8}-\d{6}"
                         + re.escape(event_path.suffix)
                         + r"(\.(?P<pid>\d+)-[0-9a-f]+)?\.partial(-journal)?")
    for stale in files.left_behind(Path(directory), partial):
        stale.unlink(missing_ok=True)
