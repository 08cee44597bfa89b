"""The one clock of the core: every "now" is read here.

Tests, the demo and the screenshot tool set the clock (`set_to`) instead of patching a
function in the modules that imported it by name, which any move of a module broke.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime


def _system() -> datetime:
    return datetime.now(UTC)


_source: Callable[[], datetime] = _system


def now() -> datetime:
    """The current instant as an aware UTC datetime."""
    return _source()


@contextmanager
def set_to(source: Callable[[], datetime] | datetime) -> Iterator[None]:
    """Read the time from `source` (a function, or one fixed moment) inside the block."""
    global _source
    previous = _source
    _source = source if callable(source) else (lambda: source)
    try:
        yield
    finally:
        _source = previous
