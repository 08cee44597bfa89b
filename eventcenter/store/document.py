"""What an operation needs of an open event file: the small Protocol that `EventFile` meets.

The journal's writing, the working state's changes, undo and the queries depend on this and
not on `EventFile`, so the file composes them without an import cycle and a test can hand
them something smaller.

There is one way in for records: `write`, which appends drafts as this laptop (hash chain,
clock, sequence) and applies them to the projections in the same transaction, then tells the
listeners. A function handed to `write` gets the write transaction's `sqlite3.Connection`
(not SQLAlchemy's: the write path speaks plain SQL, `store.sql`); `reading` gives a
SQLAlchemy connection, for the queries of the window and the reports. Records taken in
from other laptops (sync) will be a second door beside it that shares `append`'s checks, the
same write transaction (`store.transaction`), the same projections and the same listeners
(`EventFile._committed`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from eventcenter.changes import Changes
from eventcenter.device import Device
from eventcenter.store.records import Draft

if TYPE_CHECKING:
    from sqlalchemy import Connection

Drafts = Iterable[Draft] | Callable[[sqlite3.Connection], Iterable[Draft]]


class Document(Protocol):
    """An open event file, as operations and queries see it."""

    path: Path
    device: Device

    @property
    def public_key(self) -> bytes:
        """The key confidential fields are sealed with."""
        ...

    @property
    def unlocked(self) -> bool:
        """Whether this process holds the passphrase and can open sealed fields."""
        ...

    def meta(self, key: str, default: str | None = None) -> str | None: ...

    def reading(self) -> AbstractContextManager[Connection]:
        """A short read transaction: one consistent snapshot."""
        ...

    def write(self, drafts: Drafts, now: datetime | None = None) -> Changes:
        """Append and apply in one committed write transaction. `drafts` may be a function
        of the write transaction's `sqlite3` connection: the check it makes and the write
        are then one atomic step (a UserError it raises rolls back, nothing is written)."""
        ...

    def unseal(self, sealed: str | None) -> Mapping[str, object] | None:
        """Sealed fields in the clear, None without the passphrase, `sealing.UNREADABLE`
        for a field the passphrase cannot open."""
        ...
