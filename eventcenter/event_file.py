"""An event is a document: one SQLite file, created from a template, opened, closed.

`EventFile` is the one way in for the window, the command line and the tests: it owns the
engine, knows this laptop, appends records in short write transactions, keeps the projections
current in the same transaction, and tells listeners what changed.
"""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, exc, select

from eventcenter import projections
from eventcenter.changes import Changes
from eventcenter.device import Device, load_device
from eventcenter.errors import UserError
from eventcenter.records import Draft, Record, append, iter_records
from eventcenter.sealing import EventKeys, Opener, seal
from eventcenter.store import migrate
from eventcenter.store.engine import make_engine
from eventcenter.store.schema import SCHEMA_VERSION, meta

Listener = Callable[[Changes], None]
SQLITE_MAGIC = b"SQLite format 3\x00"


class EventFile:
    """One open event file."""

    def __init__(self, path: Path, device: Device | None = None) -> None:
        self.path = Path(path)
        self.device = device or load_device()
        self.engine = make_engine(self.path)
        self._listeners: list[Listener] = []
        self._opener: Opener | None = None
        self._meta: dict[str, str] = {}

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, device: Device | None = None) -> EventFile:
        """Open an existing event file, migrating it if it is of an older version."""
        path = Path(path)
        check_event_file(path)
        event = cls(path, device)
        try:
            migrate.upgrade(event.engine, path)
            event.reload_meta()
        except exc.DatabaseError as error:
            event.close()
            raise _storage_error(error, path) from None
        except BaseException:
            event.close()
            raise
        if "event_id" not in event._meta:
            event.close()
            raise UserError("not_an_event_file", path=str(path))
        return event

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> EventFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def reload_meta(self) -> None:
        with self.reading() as conn:
            self._meta = {row.key: row.value for row in conn.execute(select(meta))}

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

    # -- the parts of the event ---------------------------------------------------------

    @property
    def journal(self):
        """Writing the journal (`eventcenter.journal.Journal`)."""
        from eventcenter.journal import Journal

        return Journal(self)

    @property
    def entries(self):
        """Reading the journal (`eventcenter.journal_queries.JournalQueries`)."""
        from eventcenter.journal_queries import JournalQueries

        return JournalQueries(self)

    @property
    def measures(self):
        """Opening and changing measures (`eventcenter.measures.Measures`)."""
        from eventcenter.measures import Measures

        return Measures(self)

    @property
    def requests(self):
        """Receiving and answering requests (`eventcenter.requests.Requests`)."""
        from eventcenter.requests import Requests

        return Requests(self)

    @property
    def units(self):
        """Adding, moving and editing units (`eventcenter.units.Units`)."""
        from eventcenter.units import Units

        return Units(self)

    @property
    def contacts(self):
        """Adding and editing contacts (`eventcenter.contacts.Contacts`)."""
        from eventcenter.contacts import Contacts

        return Contacts(self)

    @property
    def places(self):
        """Adding and editing places (`eventcenter.places.Places`)."""
        from eventcenter.places import Places

        return Places(self)

    @property
    def state(self):
        """Reading the working state, now or at any past moment
        (`eventcenter.state_queries.WorkingState`)."""
        from eventcenter.state_queries import WorkingState

        return WorkingState(self)

    # -- confidentiality -----------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Open confidential fields in this process (raises wrong_passphrase)."""
        self._opener = Opener(self.keys, passphrase)

    def lock(self) -> None:
        self._opener = None

    @property
    def unlocked(self) -> bool:
        return self._opener is not None

    def seal(self, fields: dict) -> str:
        return seal(self.keys.public_key, fields)

    def unseal(self, sealed: str | None) -> dict | None:
        """The sealed fields in the clear, or None without the passphrase."""
        if not sealed or self._opener is None:
            return None
        return self._opener.open(sealed)

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A short read transaction: one consistent snapshot, released as soon as possible."""
        with self.engine.connect() as conn:
            conn.info["write"] = False
            with conn.begin():
                yield conn

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction that takes the file's write lock at once (BEGIN IMMEDIATE)."""
        with self.engine.connect() as conn:
            conn.info["write"] = True
            try:
                with conn.begin():
                    yield conn
            except exc.IntegrityError:
                raise
            except exc.DatabaseError as error:
                raise _storage_error(error, self.path) from None
            finally:
                conn.info["write"] = False

    def write(self, drafts: Iterable[Draft] | Callable[[Connection], Iterable[Draft]],
              now: datetime | None = None) -> Changes:
        """Append records and apply them to the projections in one committed transaction;
        when this returns, the records are on disk. `drafts` may be a function of the write
        transaction's connection that checks the state and makes them: the check and the
        write are then atomic (a UserError it raises rolls back, nothing is written)."""
        with self.writing() as conn:
            if callable(drafts):
                drafts = drafts(conn)
            made = append(conn, self.device, drafts, now)
            projections.apply(conn, made)
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
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def data_version(self, conn: Connection) -> int:
        return conn.exec_driver_sql("PRAGMA data_version").scalar_one()


def check_event_file(path: Path) -> None:
    """Refuse a missing file, one that is not an event file or one of a newer version,
    reading it only, before anything (even the switch to WAL) could change it."""
    if not path.exists():
        raise UserError("file_missing", path=str(path))
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise UserError("corrupt_file", path=str(path), detail=error.strerror) from None
    if head != SQLITE_MAGIC:
        raise UserError("not_an_event_file", path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise UserError("corrupt_file", path=str(path), detail=str(error)) from None
    if version == 0 or "meta" not in tables or "records" not in tables:
        raise UserError("not_an_event_file", path=str(path))
    if version > SCHEMA_VERSION:
        raise UserError("newer_version", path=str(path), found=version, known=SCHEMA_VERSION)


def _storage_error(error: exc.DatabaseError, path: Path) -> UserError:
    detail = str(getattr(error, "orig", error))
    lowered = detail.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return UserError("read_only", path=str(path))
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return UserError("corrupt_file", path=str(path), detail=detail)
    if isinstance(getattr(error, "orig", None), sqlite3.OperationalError):
        return UserError("disk_error", detail=detail)
    return UserError("corrupt_file", path=str(path), detail=detail)
