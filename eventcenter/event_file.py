"""An event is a document: one SQLite file, created from a template, opened, closed.

`EventFile` is the one way in for the window, the command line and the tests: it owns the
engine, knows this laptop, appends records in short write transactions, keeps the projections
current in the same transaction, and tells listeners what changed.
"""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, exc, select

from eventcenter import projections
from eventcenter.backups import latest_backup
from eventcenter.changes import Changes
from eventcenter.damage import (
    SQLITE_NOTADB,
    backup_param,
    damaged_file,
    detail,
    is_damage,
    sqlite_code,
)
from eventcenter.device import Device, load_device
from eventcenter.errors import UserError
from eventcenter.journal.queries import JournalQueries
from eventcenter.journal.writing import Journal
from eventcenter.listeners import Listeners
from eventcenter.reading import Reading
from eventcenter.state.contacts import Contacts
from eventcenter.state.measures import Measures
from eventcenter.state.places import Places
from eventcenter.state.queries import WorkingState
from eventcenter.state.requests import Requests
from eventcenter.state.units import Units
from eventcenter.store import identity, migrate, open_files, probe
from eventcenter.store.checkpoints import Checkpoints
from eventcenter.store.engine import make_engine
from eventcenter.store.records import Draft, Record, append, iter_records
from eventcenter.store.schema import SCHEMA_VERSION, meta
from eventcenter.store.sealing import EventKeys, Opener
from eventcenter.store.transaction import Writer, mark_write

Listener = Callable[[Changes], None]
_DATABASE_ERRORS = (exc.DatabaseError, sqlite3.DatabaseError)


class EventFile:
    """One open event file."""

    def __init__(self, path: Path, device: Device | None = None, *,
                 background_checkpoints: bool = True) -> None:
        self.path = Path(path)
        self.device = device or load_device()
        self.engine = make_engine(self.path)
        self._writer = Writer(self.engine)  # the write path's connection
        self.checkpoints = Checkpoints(self.engine, self._writer.lock, background_checkpoints)
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
            if upgrade:
                migrate.upgrade(event.engine, path, projections.rebuild)
            event.reload_meta()
            if migrate.user_version(event.engine) == SCHEMA_VERSION:
                event._check_identity()
        except _DATABASE_ERRORS as error:
            event.close()
            raise event._storage_error(error) from None
        except BaseException:
            event.close()
            raise
        if "event_id" not in event._meta:
            event.close()
            raise UserError("not_an_event_file", path=str(path))
        return event

    def close(self) -> None:
        self._writer.close()
        self.checkpoints.close()
        self.engine.dispose()
        open_files.closed(self)

    def __enter__(self) -> EventFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def reload_meta(self) -> None:
        with self.reading() as conn:
            self._meta = {row.key: row.value for row in conn.execute(select(meta))}

    def _check_identity(self) -> None:
        """`meta` is a cache of the identity records; when they disagree, nothing is written
        (the next confidential line would be sealed to whatever key `meta` holds)."""
        try:
            with self.reading() as conn:
                found = identity.check(self._meta, identity.identity_records(conn))
        except _DATABASE_ERRORS:  # damage: noted by reading(), it stops every write
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
            except _DATABASE_ERRORS as error:
                self._note_damage(error)
                raise

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
            except (exc.IntegrityError, sqlite3.IntegrityError):
                raise
            except _DATABASE_ERRORS as error:
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
        except exc.DatabaseError as error:
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
