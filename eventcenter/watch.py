"""Noticing records that other processes wrote into an open event file.

SQLite tells one process nothing about another's commits. A `FileWatcher` keeps one
connection of its own open and asks it `PRAGMA data_version`, which changes when any other
connection has committed; only then does it look for records past the last one it saw (the
records table is append-only, so its rowid only grows). A poll that finds nothing new costs
one pragma. The window polls a few times a second from a worker thread.
"""

from __future__ import annotations

import threading

from eventcenter.changes import TOPICS, Changes
from eventcenter.event_file import EventFile

MAX_IDS = 5000  # more new records than this: report "everything changed"


class FileWatcher:
    """Watches one open event file; `poll` may be called from any one thread at a time."""

    def __init__(self, event: EventFile) -> None:
        self._raw = event.engine.raw_connection()
        self._lock = threading.Lock()
        self._version = self._data_version()
        self._last_rowid = self._max_rowid()

    def _data_version(self) -> int:
        return self._raw.driver_connection.execute("PRAGMA data_version").fetchone()[0]

    def _max_rowid(self) -> int:
        row = self._raw.driver_connection.execute("SELECT max(rowid) FROM records").fetchone()
        return row[0] or 0

    def poll(self) -> Changes | None:
        """What was appended since the last poll (by anyone), or None if nothing was."""
        with self._lock:
            version = self._data_version()
            if version == self._version:
                return None
            self._version = version
            conn = self._raw.driver_connection
            rows = conn.execute("SELECT rowid, id, kind FROM records WHERE rowid > ? "
                                "ORDER BY rowid LIMIT ?",
                                (self._last_rowid, MAX_IDS + 1)).fetchall()
            if not rows:
                return None
            if len(rows) > MAX_IDS:
                self._last_rowid = self._max_rowid()
                return Changes.everything()
            self._last_rowid = rows[-1][0]
            topics = frozenset(TOPICS.get(kind.split(".")[0], "other") for _, _, kind in rows)
            return Changes(tuple(r[1] for r in rows), topics, external=True)

    def close(self) -> None:
        with self._lock:
            self._raw.close()
