"""Writing a report file: all or nothing, with a clear message when it cannot be written.

A report is written to a temporary file beside the target and moved into place at the end,
so a failed or cancelled export never leaves half a PDF under the name someone will open.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from eventcenter.errors import UserError
from eventcenter.messages import _


def _reason(error: OSError) -> str:
    known = {
        errno.EACCES: _("no permission to write there"),
        errno.EPERM: _("no permission to write there"),
        errno.ENOENT: _("the folder does not exist"),
        errno.ENOTDIR: _("the folder does not exist"),
        errno.EROFS: _("the medium is read-only"),
        errno.ENOSPC: _("the disk is full"),
        errno.EISDIR: _("that is a folder"),
    }
    return known.get(error.errno or 0, error.strerror or str(error))


def unwritable(path: Path, error: OSError) -> UserError:
    return UserError("export_unwritable", path=str(path), detail=_reason(error))


@contextmanager
def output_file(path: Path | str) -> Iterator[Path]:
    """A temporary path to write to; on success it becomes `path`, otherwise it goes."""
    path = Path(path)
    if path.is_dir():
        raise unwritable(path, IsADirectoryError(errno.EISDIR, "is a directory"))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                        dir=path.parent)
    except OSError as error:
        raise unwritable(path, error) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        try:
            os.replace(temporary, path)
        except OSError as error:  # e.g. the old PDF is open in a viewer on Windows
            raise unwritable(path, error) from None
    finally:
        with suppress(OSError):
            temporary.unlink()
