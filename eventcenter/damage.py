"""A damaged event file: which of SQLite's errors say so, and the words that tell people.

SQLite reports damage as SQLITE_CORRUPT or SQLITE_NOTADB from whichever statement first
touches a damaged page (the primary code is the low byte of the extended one). From then on
an open `EventFile` writes nothing more: a write on top of a damaged page can spread the
damage, and the latest backup is what to work on from. The words name the file, what SQLite
said and that backup, so the command line, `verify` and the window all say the same.

Before a file is opened for work it is looked at through SQLite alone (`check_event_file`):
missing, not an event file, damaged, of a newer version, or with another event's WAL beside it.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from eventcenter.backups import latest_backup
from eventcenter.errors import UserError
from eventcenter.store import probe
from eventcenter.store.version import SCHEMA_VERSION

SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind an error (SQLAlchemy's or sqlite3's), if any."""
    code = getattr(getattr(error, "orig", error), "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_damage(error: BaseException) -> bool:
    """Whether SQLite said the file is damaged (not, say, that a disk is full); stored text
    that is not UTF-8 is damage too (the driver says so, not SQLite)."""
    return (sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)
            or "Could not decode to UTF-8" in detail(error))


def detail(error: BaseException) -> str:
    return str(getattr(error, "orig", error))


def backup_param(path: Path, *folders: Path) -> str | None:
    """The `latest_backup` parameter of an error: the newest backup's path, or None."""
    found = latest_backup(Path(path), *folders)
    return None if found is None else str(found)


def damaged_file(path: Path, what: str, *folders: Path) -> UserError:
    """`file_damaged`: the file, what SQLite said, and the latest backup (in the folder
    beside the file or in `folders`)."""
    return UserError("file_damaged", path=str(path), detail=what,
                     latest_backup=backup_param(path, *folders))


def database_errors() -> tuple[type[Exception], ...]:
    """SQLite's errors as `sqlite3` raises them, and as SQLAlchemy does once it is loaded
    (until then none of its can be raised: the command line's plain line never loads it)."""
    loaded = sys.modules.get("sqlalchemy.exc")
    if loaded is None:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, loaded.DatabaseError)


def integrity_errors() -> tuple[type[Exception], ...]:
    loaded = sys.modules.get("sqlalchemy.exc")
    if loaded is None:
        return (sqlite3.IntegrityError,)
    return (sqlite3.IntegrityError, loaded.IntegrityError)


def check_event_file(path: Path) -> None:
    """Refuse a missing file, one that is not an event file, a damaged one, one of a newer
    version, or one beside which lies another event's WAL; reading it only, through SQLite
    only (`store.probe`), before anything (even the switch to WAL) could change it."""
    path = Path(path)
    if not path.exists():
        raise UserError("file_missing", path=str(path))
    if path.is_dir():
        raise UserError("not_an_event_file", path=str(path))
    whole = _look_or_refuse(path)
    if whole.version == 0 or not {"meta", "records"} <= whole.tables:
        raise UserError("not_an_event_file", path=str(path))
    if whole.version > SCHEMA_VERSION:
        raise UserError("newer_version", path=str(path), found=whole.version,
                        known=SCHEMA_VERSION)
    _refuse_a_foreign_wal(path, whole)


def _look_or_refuse(path: Path) -> probe.Look:
    """SQLite cannot tell a file that never was a database from one whose first page is
    damaged (both are SQLITE_NOTADB): a backup of it, or a WAL beside it, says it was ours."""
    try:
        return probe.look(path)
    except sqlite3.DatabaseError as error:
        if sqlite_code(error) == SQLITE_NOTADB and not _was_an_event(path):
            raise UserError("not_an_event_file", path=str(path)) from None
        if is_damage(error):
            _refuse_a_foreign_wal(path, _lenient_look(path))
            raise damaged_file(path, str(error)) from None
        raise UserError("corrupt_file", path=str(path), detail=str(error)) from None


def _lenient_look(path: Path) -> probe.Look | None:
    try:
        return probe.look(path, lenient=True) if probe.wal_of(path).exists() else None
    except sqlite3.DatabaseError:
        return None


def _was_an_event(path: Path) -> bool:
    return latest_backup(path) is not None or probe.wal_of(path).exists()


def _refuse_a_foreign_wal(path: Path, whole: probe.Look | None) -> None:
    """Only a positively different event id refuses: a main file that cannot be read alone
    (a page torn while another process checkpoints) or that has no id yet is no verdict."""
    wal = probe.wal_of(path)
    if whole is None or not wal.exists():
        return
    try:
        alone = probe.look(path, main_only=True)
    except sqlite3.DatabaseError:
        return
    if alone.event_id is None or not whole.events or whole.events == {alone.event_id}:
        return
    other = whole.name if whole.event_id != alone.event_id else None
    raise UserError("foreign_wal", path=str(path), wal=str(wal),
                    other=other or sorted(whole.events - {alone.event_id})[0],
                    latest_backup=backup_param(path))
