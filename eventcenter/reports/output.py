"""Writing a report file: all or nothing, with a clear message when it cannot be written.

A report is written to a temporary file beside the target and moved into place at the end,
so a failed or cancelled export never leaves half a PDF under the name someone will open. A
write refused on the way (a full disk) is said in words, and a name that is not a file (a
device such as /dev/full, a named pipe) is refused rather than replaced by the report.
The temporary file is created like any new file (mode 0666 less the umask, so typically
0644): the report keeps the permissions a user expects of a file saved from a program. A
report that may hold confidential text (the full versions) is created for its owner alone.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from eventcenter.errors import UserError
from eventcenter.messages import _
from eventcenter.store.open_files import in_use


def os_error_reason(error: OSError) -> str:
    """Why a file could not be written, in words of the user's language where they are known."""
    known = {
        errno.EACCES: _("no permission to write there"),
        errno.EPERM: _("no permission to write there"),
        errno.ENOENT: _("the folder does not exist"),
        errno.ENOTDIR: _("the folder does not exist"),
        errno.EROFS: _("the medium is read-only"),
        errno.ENOSPC: _("the disk is full"),
        getattr(errno, "EDQUOT", errno.ENOSPC): _("the disk is full"),
        errno.EFBIG: _("the file is too large for that disk"),
        errno.ENAMETOOLONG: _("the name is too long"),
        errno.EISDIR: _("that is a folder"),
        errno.EBADF: _("standard output is closed"),
    }
    return known.get(error.errno or 0, error.strerror or str(error))


def unwritable(path: Path, error: OSError) -> UserError:
    return UserError("export_unwritable", path=str(path), detail=os_error_reason(error))


def _create_beside(path: Path, private: bool = False) -> Path:
    """A new, empty, uniquely named file in the target's folder, created with mode 0666 so the
    umask (or the folder's default ACL) decides its permissions; on Windows the mode only
    means "not read-only"."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        candidate = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
        try:
            handle = os.open(candidate, flags, 0o600 if private else 0o666)
        except FileExistsError:
            continue
        os.close(handle)
        return candidate
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(path.parent))


@contextmanager
def output_file(path: Path | str, private: bool = False) -> Iterator[Path]:
    """A temporary path to write to; on success it becomes `path`, otherwise it goes.
    `private`: readable by its owner only, for reports that may hold confidential text."""
    path = Path(path)
    if in_use(path):  # replacing the open event file (or its WAL) would lose the night
        raise UserError("file_in_use", path=str(path))
    if path.is_dir():
        raise unwritable(path, IsADirectoryError(errno.EISDIR, "is a directory"))
    if path.exists() and not path.is_file():
        raise UserError("export_unwritable", path=str(path),
                        detail=_("that is not a regular file"))
    try:
        temporary = _create_beside(path, private)
    except OSError as error:
        raise unwritable(path, error) from None
    try:
        try:
            yield temporary
        except OSError as error:
            if error.filename not in (None, str(temporary)):
                raise  # not the report's own write: reading a font, say
            raise unwritable(path, error) from None
        try:
            os.replace(temporary, path)
        except OSError as error:  # e.g. the old PDF is open in a viewer on Windows
            raise unwritable(path, error) from None
    finally:
        with suppress(OSError):
            temporary.unlink()
