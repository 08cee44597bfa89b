"""Consistent copies of an open event file, made while people keep writing.

A copy is made with VACUUM INTO (never a file copy, which can catch a half-written page or
miss the WAL), first to a temporary name and then renamed, so a folder never holds a partial
backup. The newest few are kept.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.messages import _
from eventcenter.store.engine import vacuum_into
from eventcenter.timefmt import STOCKHOLM, now_utc

KEEP = 12
INTERVAL_SECONDS = 300


def default_backup_dir(event_path: Path) -> Path:
    """A folder beside the event file, named after it."""
    return event_path.with_name(f"{event_path.stem}-backups")


def backup_now(event: EventFile, directory: Path | None = None, keep: int = KEEP,
               now: datetime | None = None) -> Path:
    """Write one consistent copy into the folder and prune the oldest beyond `keep`."""
    directory = Path(directory) if directory else default_backup_dir(event.path)
    stamp = (now or now_utc()).astimezone(STOCKHOLM).strftime("%Y%m%d-%H%M%S")
    target = directory / f"{event.path.stem}-{stamp}{event.path.suffix}"
    partial = target.with_name(target.name + ".partial")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        if partial.exists():
            partial.unlink()
        vacuum_into(event.engine, partial)
        os.replace(partial, target)
    except Exception as error:  # OSError or the database's own error: both are the user's
        raise UserError("backup_failed", path=str(directory), detail=str(error)) from None
    prune(directory, event.path, keep)
    return target


def backups_of(directory: Path, event_path: Path) -> list[Path]:
    """The backups of one event in a folder, oldest first."""
    pattern = f"{event_path.stem}-????????-??????{event_path.suffix}"
    return sorted(Path(directory).glob(pattern))


def prune(directory: Path, event_path: Path, keep: int = KEEP) -> None:
    for old in backups_of(directory, event_path)[:-keep]:
        old.unlink(missing_ok=True)


# -- naming the latest backup when a file is damaged ---------------------------------------


def latest_backup(event_path: Path, directory: Path | None = None) -> Path | None:
    """The newest backup of the event in the folder (the one beside it by default)."""
    directory = Path(directory) if directory else default_backup_dir(Path(event_path))
    found = backups_of(directory, Path(event_path))
    return found[-1] if found else None


def backup_advice(event_path: Path) -> str:
    """One sentence for words about damage: where the latest backup is, or that none is."""
    latest = latest_backup(event_path)
    if latest is not None:
        return _("The latest backup is {path}.").format(path=latest)
    return _("No backup of it was found in {folder}.").format(
        folder=default_backup_dir(Path(event_path)))
