"""A damaged event file: which of SQLite's errors say so, and the words that tell people.

SQLite reports damage as SQLITE_CORRUPT or SQLITE_NOTADB from whichever statement first
touches a damaged page (the primary code is the low byte of the extended one). From then on
an open `EventFile` writes nothing more: a write on top of a damaged page can spread the
damage, and the latest backup is what to work on from. The words name the file, what SQLite
said and that backup, so the command line, `verify` and the window all say the same.
"""

from __future__ import annotations

from pathlib import Path

from eventcenter.backups import latest_backup
from eventcenter.errors import UserError

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
