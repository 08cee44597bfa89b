"""An event is a document: one SQLite file, created from a template, opened, closed.

`EventFile` is the one way in for the window, the command line and the tests: it owns the
file's connections, knows this laptop, appends records in short write transactions, keeps the
projections current in the same transaction, and tells listeners what changed.
"""

from __future__ import annotations

import base64
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from eventcenter import projections
from eventcenter.changes import Changes
from eventcenter.damage import (
    backup_param,
    check_event_file,
    damaged_file,
    database_errors,
    detail,
    integrity_errors,
    is_damage,
)
from eventcenter.device import Device, load_device
from eventcenter.errors import UserError
from eventcenter.journal.writing import Journal
from eventcenter.listeners import Listeners
from eventcenter.state.contacts import Contacts
from eventcenter.state.measures import Measures
from eventcenter.state.places import Places
from eventcenter.state.requests import Requests
from eventcenter.state.units import Units
from eventcenter.store import identity, migrate, open_files
from eventcenter.store.checkpoints import Checkpoints
from eventcenter.store.connections import Connections
from eventcenter.store.records import Draft, Record, append, iter_records
from eventcenter.store.sealing import EventKeys, Opener
from eventcenter.store.transaction import Writer, mark_write
from eventcenter.store.version import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from eventcenter.reading import Reading

Listener = Callable[[Changes], None]


class EventFile:
    """One open event file."""

    def __init__(self, path: Path, device: Device | None = None, *,
                 background_checkpoints: bool = True) -> None:
        self.path = Path(path)
        self.device = device or load_device()
        # The write path, the checkpoints and the open-time reads run on `sqlite3` itself;
        # SQLAlchemy's engine is made when something first reads through it (`engine`).
        self.connections = Connections(self.path)
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        self._writer = Writer(self.connections)  # the write path's connection
        self.checkpoints = Checkpoints(self.connections, self._writer.lock,
                                       background_checkpoints)
        self._listeners = Listeners()
        self._opener: Opener | None = None
        self._meta: dict[str, str] = {}
        self.damaged: str | None = None  # what SQLite said when it found the file damaged
        # Why this file may not be written, found when it was opened (its `meta` disagrees
        # with the identity its records hold; see store/identity.py).
        self.write_refusal: UserError | None = None
        self.backup_folders: list[Path] = []  # where else this laptop keeps its backups
        open_files.opened(self, self.path)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, device: Device | None = None, *,
             upgrade: bool = True, background_checkpoints: bool = True) -> EventFile:
        """Open an existing event file, migrating it if it is of an older version (with
        `upgrade=False` a file of an older version is left as it is, for reading only: the
        fingerprint of a migration's backup). A file whose `meta` disagrees with the identity
        its records hold opens for reading and refuses every write (`write_refusal`)."""
        path = Path(path)
        check_event_file(path)
        event = cls(path, device, background_checkpoints=background_checkpoints)
        try:
            if upgrade and migrate.user_version(event.connections) != SCHEMA_VERSION:
                migrate.upgrade(event.engine, path, projections.rebuild)
            event.reload_meta()
            if migrate.user_version(event.connections) == SCHEMA_VERSION:
                event._check_identity()
        except database_errors() as error:
            event.close()
            raise event._storage_error(error) from None
        except BaseException:
            event.close()
            raise
        if "event_id" not in event._meta:
            event.close()
            raise UserError("not_an_event_file", path=str(path))
        return event

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine on the file, for the reading queries, the rebuild and the
        migrations: made (and SQLAlchemy imported) when first asked for."""
        with self._engine_lock:
            if self._engine is None:
                from eventcenter.store.engine import make_engine

                self._engine = make_engine(self.path)
            return self._engine

    def close(self) -> None:
        self._writer.close()
        self.checkpoints.close()
        with self._engine_lock:
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()
        self.connections.dispose()
        open_files.closed(self)

    def __enter__(self) -> EventFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def reload_meta(self) -> None:
        with self._driver_reading() as conn:
            self._meta = dict(conn.execute("SELECT key, value FROM meta"))

    def _check_identity(self) -> None:
        """`meta` is a cache of the identity records; when they disagree, nothing is written
        (the next confidential line would be sealed to whatever key `meta` holds)."""
        try:
            with self._driver_reading() as conn:
                found = identity.check(self._meta, identity.identity_records(conn))
        except sqlite3.DatabaseError:  # damage: noted by the reading, it stops every write
            return
        if found:
            params = found[0][1]
            self.write_refusal = UserError("identity_mismatch", path=str(self.path),
                                           key=params.get("key", "event_id"),
                                           latest_backup=backup_param(self.path))

    # -- identity ------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._meta.get("name", "")

    @property
    def event_id(self) -> str:
        return self._meta["event_id"]

    def meta(self, key: str, default: str | None = None) -> str | None:
        return self._meta.get(key, default)

    @property
    def keys(self) -> EventKeys:
        return EventKeys(base64.b64decode(self._meta["public_key"]),
                         self._meta["wrapped_private_key"])

    # -- the parts of the event: writing through one per part, reading through `read` ----

    @property
    def journal(self) -> Journal:
        """Writing the journal: entries, decisions, corrections."""
        return Journal(self)

    @property
    def measures(self) -> Measures:
        return Measures(self)

    @property
    def requests(self) -> Requests:
        return Requests(self)

    @property
    def units(self) -> Units:
        return Units(self)

    @property
    def contacts(self) -> Contacts:
        return Contacts(self)

    @property
    def places(self) -> Places:
        return Places(self)

    @property
    def read(self) -> Reading:
        """Reading: `read.journal` (pages, counts, search) and `read.state` (the working
        state now or at any past moment)."""
        from eventcenter.journal.queries import JournalQueries
        from eventcenter.reading import Reading
        from eventcenter.state.queries import WorkingState

        return Reading(JournalQueries(self), WorkingState(self))

    # -- confidentiality -----------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Open confidential fields in this process (raises wrong_passphrase)."""
        self._opener = Opener(self.keys, passphrase)

    def lock(self) -> None:
        self._opener = None

    @property
    def unlocked(self) -> bool:
        return self._opener is not None

    @property
    def public_key(self) -> bytes:
        return self.keys.public_key

    def unseal(self, sealed: str | None) -> Mapping[str, object] | None:
        """The sealed fields in the clear, None without the passphrase, `UNREADABLE` for a
        field the passphrase cannot open (damaged, or sealed to another key)."""
        if not sealed or self._opener is None:
            return None
        return self._opener.open(sealed)

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A short read transaction: one consistent snapshot, released as soon as possible.
        SQLite's errors pass through; one that says the file is damaged stops all writing."""
        with self.engine.connect() as conn:
            conn.info["write"] = False
            try:
                with conn.begin():
                    yield conn
            except database_errors() as error:
                self._note_damage(error)
                raise

    @contextmanager
    def _driver_reading(self) -> Iterator[sqlite3.Connection]:
        """`reading()` on a `sqlite3` connection of the file's own, for what opening the file
        reads (no SQLAlchemy for a line logged from the command line)."""
        pooled = self.connections.raw_connection()
        try:
            conn = pooled.driver_connection
            conn.execute("BEGIN")
            yield conn
        except sqlite3.DatabaseError as error:
            self._note_damage(error)
            raise
        finally:
            pooled.close()  # rolls the read transaction back

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction that takes the file's write lock at once (BEGIN IMMEDIATE).
        Refused, before anything, once the file is known to be damaged or its identity in
        doubt (`write_refusal`). Every write leaves
        the event's mark (see `store.probe`), so a WAL always says whose it is."""
        self._refuse_writes()
        with self.engine.connect() as conn:
            conn.info["write"] = True
            try:
                with conn.begin():
                    yield conn
                    mark_write(conn)
            except integrity_errors():
                raise
            except database_errors() as error:
                raise self._storage_error(error) from None
            finally:
                conn.info["write"] = False

    @contextmanager
    def _driver_writing(self) -> Iterator[sqlite3.Connection]:
        """`writing()` on the `sqlite3` connection itself, for the write path
        (`store.transaction`): the same refusals, lock, mark and words for errors."""
        self._refuse_writes()  # SQLite's errors in words, as SQLAlchemy's are in writing()
        try:
            with self._writer.transaction() as conn:
                yield conn
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as error:
            raise self._storage_error(error) from None

    def _refuse_writes(self) -> None:  # before anything is written
        if self.damaged is not None or self.write_refusal is not None:
            raise self.write_refusal if self.damaged is None else self.damage_error()

    # -- damage --------------------------------------------------------------------------

    def _note_damage(self, error: BaseException) -> None:
        if is_damage(error) and self.damaged is None:
            self.damaged = detail(error)

    def damage_error(self) -> UserError:
        """The words for a damaged file, naming the latest backup."""
        return damaged_file(self.path, self.damaged or "", *self.backup_folders)

    def quick_check(self) -> list[str]:
        """SQLite's quick check: what it found wrong (empty when the file is sound). It reads
        the whole file, so it runs on a worker after the first page is shown and never on
        the write path. Anything found stops all writing, as a damaged page met by any
        statement does."""
        try:
            with self.reading() as conn:
                found = [line for (line,) in conn.exec_driver_sql("PRAGMA quick_check")]
        except database_errors() as error:
            if not is_damage(error):
                raise
            return [detail(error)]
        if found == ["ok"]:
            return []
        if self.damaged is None:
            self.damaged = found[0]
        return found

    def _storage_error(self, error: BaseException) -> UserError:
        self._note_damage(error)
        if self.damaged is not None:
            return self.damage_error()
        what = detail(error)
        lowered = what.lower()
        if "readonly" in lowered or "read-only" in lowered:
            return UserError("read_only", path=str(self.path))
        if isinstance(getattr(error, "orig", error), sqlite3.OperationalError):
            return UserError("disk_error", detail=what)
        return UserError("corrupt_file", path=str(self.path), detail=what)

    def write(self, drafts: Iterable[Draft] | Callable[[sqlite3.Connection], Iterable[Draft]],
              now: datetime | None = None) -> Changes:
        """Append records and apply them to the projections in one committed transaction;
        when this returns, the records are on disk. `drafts` may be a function of the write
        transaction's connection that checks the state and makes them: the check and the
        write are then atomic (a UserError it raises rolls back, nothing is written)."""
        with self._driver_writing() as conn:
            if callable(drafts):
                drafts = drafts(conn)
            made = append(conn, self.device, drafts, now)
            projections.apply(conn, made)
        self.checkpoints.committed()
        return self._committed(made)

    def _committed(self, made: list[Record]) -> Changes:
        """What every way in shares after its commit: the records are on disk, listeners
        hear of them. (Records taken in from other laptops will come through here too.)"""
        changes = Changes.of(made)
        if made:
            self.notify(changes)
        return changes

    def records(self) -> list[Record]:
        """Every record in replay order (for tests and rescue work: a big event is large)."""
        with self.reading() as conn:
            return list(iter_records(conn))

    # -- listeners -----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Hear about every write made through this process (`listeners.Listeners`: a bound
        method is held weakly; one that raises never fails the write)."""
        self._listeners.add(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def notify(self, changes: Changes) -> None:
        self._listeners.notify(changes)

