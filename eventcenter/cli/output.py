"""Standard output of the command line, and what happens when it cannot be written.

A script must know whether its change was saved. So a verb that changes something prints its
result only after the change is saved, through `saved()`: when that output cannot be written
(`> /dev/full`, a closed stdout) the change stays saved, the command says so on stderr and
exits 0, and a script that retries does not save it twice. A verb that only reads and cannot
write its output exits non-zero with words (`output_failed`). A reader that has gone
(`| head`) is not an error: the command ends quietly.

Standard output is guarded while a verb runs, so that its own failures are told apart from
every other OSError (a report's file, a backup's folder), which have words of their own.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from eventcenter.messages import _


class OutputFailed(Exception):
    """Standard output could not be written; `reason` says why in the user's language."""

    def __init__(self, error: OSError) -> None:
        # The reports' words for a file that cannot be written, loaded only when it failed.
        from eventcenter.reports.output import os_error_reason

        super().__init__(error)
        self.reason = os_error_reason(error)


class _Closed:
    """Standard output when the command was started without one (`>&-`)."""

    encoding = "utf-8"

    def write(self, _text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        """Nothing is ever waiting: every write has already failed."""


class _Guarded:
    """Standard output whose failures are OutputFailed; after `drop()` it swallows the rest."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.dropped = False

    def write(self, text: str) -> int:
        if self.dropped:
            return len(text)
        try:
            try:
                return self.inner.write(text)
            except UnicodeEncodeError:  # a file name that is not UTF-8, on a stream that
                return self.inner.write(_escaped(text))  # takes text only: shown escaped
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputFailed(error) from error

    def flush(self) -> None:
        if self.dropped:
            return
        try:
            self.inner.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputFailed(error) from error

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class _Escaping:
    """Standard error that shows bytes that are not UTF-8 escaped (argparse repeats what was
    typed), whatever its own error handler: Python's stderr does so, a test's may not."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        try:
            return self.inner.write(text)
        except UnicodeEncodeError:
            return self.inner.write(_escaped(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@contextmanager
def guarded() -> Iterator[None]:
    """Guard standard output for the block. File names are printed as the system has them
    (on Linux any bytes, which Python holds as lone surrogates), not refused; where output
    takes text only (a test's capture) they are shown escaped, as on stderr, which shows
    them escaped always."""
    inner = sys.stdout if sys.stdout is not None else _Closed()
    errors = getattr(inner, "errors", None) if inner is sys.__stdout__ else None
    if errors:
        with suppress(AttributeError, OSError, ValueError):
            inner.reconfigure(errors="surrogateescape")
    sys.stdout, kept_stderr = _Guarded(inner), sys.stderr
    if sys.stderr is not None:
        sys.stderr = _Escaping(sys.stderr)
    try:
        yield
    finally:
        sys.stdout = inner if not isinstance(inner, _Closed) else None
        sys.stderr = kept_stderr
        if errors:
            with suppress(AttributeError, OSError, ValueError):
                inner.reconfigure(errors=errors)


def _escaped(text: str) -> str:
    """Bytes that are not UTF-8 as \\xff, as a person can read and type them back."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def flush() -> None:
    """Write out what is still buffered, so a failure is seen while there is time to say so."""
    if sys.stdout is not None:
        sys.stdout.flush()


def drop() -> None:
    """Give up on standard output: what is still buffered is discarded, also by Python's own
    flush at exit (which would otherwise fail again and print a traceback of its own)."""
    if isinstance(sys.stdout, _Guarded):
        sys.stdout.dropped = True
        inner = sys.stdout.inner
    else:
        inner = sys.stdout
    if inner is not None and inner is sys.__stdout__:
        with suppress(OSError, ValueError):
            fd = inner.fileno()
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, fd)
            os.close(devnull)


def say(text: str) -> None:
    """One line on stderr; a stderr that cannot be written is left alone."""
    with suppress(OSError, ValueError):
        print(text, file=sys.stderr)


@contextmanager
def saved(what: str = "output") -> Iterator[None]:
    """Print the result of a change that is already saved. If it cannot be written the
    change stays saved: say so on stderr (for `what="id"`: that its id could not be written)
    and let the verb exit 0."""
    try:
        yield
        flush()
    except BrokenPipeError:  # the reader has gone (`| head`): it wanted no more
        drop()
    except OutputFailed as failed:
        drop()
        if what == "id":
            note = _("The change was saved, but its id could not be written ({reason}). Do "
                     "not run the command again.")
        else:
            note = _("It was done and saved, but what it printed could not be written "
                     "({reason}). Do not run the command again.")
        say(f"eventcenter: {note.format(reason=failed.reason)}")


def print_saved_id(record_id: str) -> None:
    """The id of the record a change just saved, for scripts."""
    with saved("id"):
        print(record_id)
