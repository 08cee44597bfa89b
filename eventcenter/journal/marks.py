"""Entries marked confidential afterwards: the one rule for "is this entry confidential".

An entry is confidential when it was logged so (its texts sealed at birth), or when its
family (the entry and every correction of it, and of those) is marked confidential now: a
coordinator appended `entry.marked_confidential` for the family's first entry, and no later
`entry.unmarked_confidential` lifted it. Marks and lifts fold like the working state's
fields: the later clock (hybrid clock, then device id) wins, so any arrival order gives the
same answer. At a past moment T the marks and lifts that occurred by T decide.

The projection keeps the answer for now in `entries.confidential`, and keeps the words of a
confidential entry out of the full-text index; a marked entry's original record cannot
change, so its texts stay in the clear in the records (and in its row, which the journal's
queries never show without the passphrase). `entry_marks` holds every mark and lift, so a
past moment is answered by one small query (`Flips`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from eventcenter.kinds import Kind
from eventcenter.store import sql
from eventcenter.store.records import Record

MARKED = Kind.ENTRY_MARKED_CONFIDENTIAL
LIFTED = Kind.ENTRY_UNMARKED_CONFIDENTIAL
KINDS = (MARKED, LIFTED)
_ALL_MARKS = "SELECT entry, marked, occurred_at FROM entry_marks ORDER BY entry, hlc, device_id"
_LATEST = ("SELECT marked FROM entry_marks WHERE entry = :entry "
           "ORDER BY hlc DESC, device_id DESC LIMIT 1")


def marked_now(conn: Any, root: str) -> bool:
    """Whether the family of `root` is marked confidential now (the latest mark or lift)."""
    return bool(sql.scalar(conn, _LATEST, {"entry": root}))


def any_marks(conn: Any) -> bool:
    return sql.first(conn, "SELECT 1 FROM entry_marks LIMIT 1") is not None


def _latest(conn: Any, moment: int | None = None) -> dict[str, bool]:
    """Family root → marked, by the latest mark or lift (that occurred by `moment`)."""
    found: dict[str, bool] = {}
    for entry, marked, occurred_at in sql.run(conn, _ALL_MARKS):
        if moment is None or occurred_at <= moment:
            found[entry] = bool(marked)
    return found


def root_of(conn: Any, entry_id: str, pending: dict[str, str | None] | None = None) -> str:
    """The family's first entry: follow `corrects` up. `pending` holds rows of this batch
    not inserted yet (id → what it corrects)."""
    pending = pending or {}
    seen = {entry_id}
    current = entry_id
    while True:
        if current in pending:
            parent = pending[current]
        else:
            parent = sql.scalar(conn, "SELECT corrects FROM entries WHERE id = ?", (current,))
        if parent is None or parent in seen:
            return current
        seen.add(parent)
        current = parent


def family(conn: Any, root: str) -> list[str]:
    """The ids of an entry and of every correction of it (and of those)."""
    return sql.column(conn, "WITH RECURSIVE fam(id) AS (SELECT :root UNION SELECT e.id FROM "
                      "entries e JOIN fam ON e.corrects = fam.id) SELECT id FROM fam",
                      {"root": root})


# -- the projection -----------------------------------------------------------------------

def confidential_rows(conn: Any, rows: list[dict]) -> None:
    """New journal rows (in order) that were not logged confidential are confidential when
    their family is marked now; a correction arriving after the mark is one of the family.
    Each row's family is looked up by its root (an indexed look-up), and a file without marks
    costs one: this runs at every line logged."""
    if not any_marks(conn):
        return
    pending = {row["id"]: row.get("corrects") for row in rows}
    for row in rows:
        if row["confidential"]:
            continue
        root = row["id"] if row.get("corrects") is None else root_of(conn, row["id"], pending)
        if marked_now(conn, root):
            row["confidential"] = 1


def apply_mark(conn: Any, record: Record, reindex) -> None:
    """Add a mark or lift; when it changes whether the family is marked now, set each
    member's `confidential` (those logged confidential stay so) and take its words out of
    the full-text index or put them back (`reindex(conn, rows, add)`)."""
    root = record.payload["entry"]
    before = marked_now(conn, root)
    sql.run(
        conn, "INSERT INTO entry_marks (record, entry, marked, occurred_at, hlc, device_id) "
        "VALUES (:record, :entry, :marked, :occurred_at, :hlc, :device_id)",
        {"record": record.id, "entry": root, "marked": int(record.kind == MARKED),
         "occurred_at": record.occurred_at, "hlc": record.hlc, "device_id": record.device_id})
    after = marked_now(conn, root)
    if before == after:
        return
    members = family(conn, root)
    rows = _rows(conn, members)
    changed = [r for r in rows if r["sealed"] is None and bool(r["confidential"]) != after]
    if not changed:
        return
    sql.run_many(conn, "UPDATE entries SET confidential = ? WHERE id = ?",
                 [(int(after), r["id"]) for r in changed])
    reindex(conn, changed, not after)


def _rows(conn: Any, ids: list[str]) -> list[dict]:
    names = ", ".join(f":i{i}" for i in range(len(ids)))
    return sql.dicts(conn, f"SELECT * FROM entries WHERE id IN ({names})",
                     {f"i{i}": v for i, v in enumerate(ids)})


# -- past moments ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Flips:
    """Entries whose confidentiality at a past moment differs from now: `shown` were not
    confidential then (marked since), `hidden` were (their mark lifted since). Entries
    logged confidential are in neither: they always were."""

    shown: frozenset[str] = frozenset()
    hidden: frozenset[str] = frozenset()

    @property
    def all(self) -> frozenset[str]:
        return self.shown | self.hidden

    def confidential(self, entry_id: str, now: bool) -> bool:
        """Whether an entry confidential `now` (or not) was so at the moment."""
        if entry_id in self.shown:
            return False
        return True if entry_id in self.hidden else now


NONE = Flips()


def flips_at(conn: Any, moment: int | None) -> Flips:
    """The entries whose confidentiality at `moment` (UTC microseconds) differs from now;
    none for now (None)."""
    if moment is None or not any_marks(conn):
        return NONE
    now, then = _latest(conn), _latest(conn, moment)
    shown: set[str] = set()
    hidden: set[str] = set()
    for root, marked in now.items():
        if then.get(root, False) == marked:
            continue
        members = [r["id"] for r in _rows(conn, family(conn, root)) if r["sealed"] is None]
        (shown if marked else hidden).update(members)
    return Flips(frozenset(shown), frozenset(hidden))


def in_list(ids: Iterable[str], params: dict, prefix: str) -> str:
    """`(:p0, :p1, …)` for an SQL IN, its values put in `params`."""
    names = []
    for i, value in enumerate(sorted(ids)):
        params[f"{prefix}{i}"] = value
        names.append(f":{prefix}{i}")
    return f"({', '.join(names) or 'NULL'})"
