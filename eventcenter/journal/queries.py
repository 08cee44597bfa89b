"""Reading the journal: pages of entries, filters, full-text search, the state at a moment.

Sorting, filtering and paging happen in SQL; a caller gets only the rows it shows. Sealed
fields are opened in memory when this process holds the passphrase, and searched there too.
An entry marked confidential afterwards is shown exactly as one sealed at birth (`_shown`),
and at a past moment as it was then (`marks.Flips`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from eventcenter.history import HistoryEntry
from eventcenter.journal import marks
from eventcenter.journal.history import entry_history
from eventcenter.journal.projection import KIND_OF, KINDS, search_body
from eventcenter.kinds import SEALED
from eventcenter.lookup import resolve_entry
from eventcenter.store.document import Document
from eventcenter.store.sealing import UNREADABLE
from eventcenter.swedish import fold, fts_query
from eventcenter.timefmt import iso_local, to_micros

SEARCH_SCAN_LIMIT = 20_000  # confidential entries opened in memory for one search
MANY_HITS = 1_000  # a search with more hits than this walks an index in the page's order
_FTS_HITS = "SELECT rowid FROM entries_fts WHERE entries_fts MATCH :match"


@dataclass(frozen=True)
class JournalFilter:
    """What a journal view shows. None means: no restriction."""

    query: str | None = None
    since: datetime | None = None
    until: datetime | None = None  # also the moment of a past state (--at)
    category: str | None = None
    unit: str | None = None
    place: str | None = None
    operator: str | None = None
    confidential: bool | None = None
    kinds: tuple[str, ...] = ()
    newest_first: bool = True


@dataclass(frozen=True)
class JournalEntry:
    id: str
    kind: str
    text: str | None
    occurred_at: int
    recorded_at: int
    occurred_offset: int
    operator: str
    device: str
    device_name: str
    category: str | None
    place: str | None
    unit: str | None
    channel: str | None
    reporter: str | None
    confidential: bool
    corrects: str | None
    corrected_by: tuple[str, ...]
    late_reason: str | None
    correction_reason: str | None = None
    decided_by: str | None = None
    mandate: str | None = None
    basis: str | None = None
    reason: str | None = None
    affected: str | None = None
    measure: str | None = None
    request: str | None = None
    sealed: bool = False  # confidential and not opened in this process
    # Sealed fields the passphrase could not open (damaged, or sealed to another key): the
    # fields of its kind (`kinds.SEALED`), which are sealed together; None in the values.
    unreadable: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in _JSON_KEYS}
        data["occurred_at"] = iso_local(self.occurred_at)
        data["recorded_at"] = iso_local(self.recorded_at)
        data["corrected_by"] = list(self.corrected_by)
        if self.kind == "decision":
            data.update({k: getattr(self, k) for k in _DECISION_KEYS})
        if self.kind == "correction":
            data["correction_reason"] = self.correction_reason
        if self.unreadable:
            data["unreadable"] = list(self.unreadable)
        return data


_JSON_KEYS = ("id", "kind", "text", "occurred_at", "recorded_at", "operator", "device",
              "device_name", "category", "place", "unit", "channel", "reporter",
              "confidential", "corrects", "corrected_by", "late_reason", "measure", "request")
_DECISION_KEYS = ("decided_by", "mandate", "basis", "reason", "affected")
# The typed texts a confidential entry hides, by the row's kind: what is sealed at birth.
_TYPED = {row_kind: SEALED[kind] for kind, row_kind in KINDS.items()}
_COLUMNS = ("id, kind, text, sealed, occurred_at, recorded_at, occurred_offset, operator, "
            "device_id, device_name, category, place, unit, channel, reporter, confidential, "
            "corrects, late_reason, correction_reason, decided_by, mandate, basis, reason, "
            "affected, measure, request, hlc")


def _where(flt: JournalFilter, params: dict, flips: marks.Flips = marks.NONE) -> list[str]:
    clauses = []
    simple = {"category": flt.category, "unit": flt.unit, "place": flt.place}
    for column, value in simple.items():
        if value:
            clauses.append(f"e.{column} = :{column}")
            params[column] = value
    if flt.operator:
        clauses.append("sv_fold(e.operator) = :operator")
        params["operator"] = fold(flt.operator)
    if flt.since:
        clauses.append("e.occurred_at >= :since")
        params["since"] = to_micros(flt.since)
    if flt.until:
        clauses.append("e.occurred_at <= :until")
        params["until"] = to_micros(flt.until)
    if flt.confidential is not None and flips.all:  # confidential then, not now, or the reverse
        clauses.append(f"(CASE WHEN e.id IN {marks.in_list(flips.all, params, 'flip')} "
                       f"THEN 1 - e.confidential ELSE e.confidential END) = "
                       f"{int(flt.confidential)}")
    elif flt.confidential is not None:  # a literal, so the partial index on it can be used
        clauses.append(f"e.confidential = {int(flt.confidential)}")
    if flt.kinds:
        names = ", ".join(f":kind{i}" for i in range(len(flt.kinds)))
        clauses.append(f"e.kind IN ({names})")
        params.update({f"kind{i}": k for i, k in enumerate(flt.kinds)})
    return clauses


def _select(flt: JournalFilter, params: dict, columns: str, many_hits: bool = False,
            flips: marks.Flips = marks.NONE, extra: tuple[str, ...] = ()) -> str:
    """`flips`: entries whose confidentiality at the filter's moment differs from now; their
    words in the index are not matched when they were confidential then (`unmatched`)."""
    clauses = [*_where(flt, params, flips), *extra]
    match = fts_query(flt.query) if flt.query else None
    if flt.query and match:
        params["match"] = match
        # Few hits: each is looked up by its row number, then sorted. Many hits: the unary +
        # keeps SQLite from that (it would fetch and sort every hit to show 50); it walks an
        # index in the page's order instead and stops when the page is full.
        row_number = "+e.n" if many_hits else "e.n"
        clauses.append(f"{row_number} IN ({_FTS_HITS})")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return f"SELECT {columns} FROM entries e {where}"


def _many_hits(conn: Connection, flt: JournalFilter) -> bool:
    match = fts_query(flt.query) if flt.query else None
    if not match:
        return False
    probe = f"SELECT count(*) FROM ({_FTS_HITS} LIMIT {MANY_HITS})"
    return conn.execute(text(probe), {"match": match}).scalar_one() >= MANY_HITS


def _query_only(flt: JournalFilter) -> bool:
    """A search with no other restriction: the full-text index alone can count its hits
    (every row in it is an entry's)."""
    return bool(flt.query and fts_query(flt.query)) and \
        replace(flt, query=None, newest_first=True) == JournalFilter()


def _order(flt: JournalFilter) -> str:
    direction = "DESC" if flt.newest_first else "ASC"
    return f" ORDER BY e.occurred_at {direction}, e.hlc {direction}"


class JournalQueries:
    """Read access to the journal of one open event file."""

    def __init__(self, event: Document) -> None:
        self.event = event

    def history(self, ref: str) -> list[HistoryEntry]:
        """Every record of one entry: logged, corrected, marked confidential and lifted."""
        return entry_history(self.event, ref)

    def count(self, flt: JournalFilter = JournalFilter()) -> int:
        params: dict = {}
        with self.event.reading() as conn:
            flips = self._flips(conn, flt)
            sql = _select(flt, params, "count(*)", flips=flips, extra=self._unmatched(flt, flips,
                                                                                      params))
            if _query_only(flt):
                sql = f"SELECT count(*) FROM ({_FTS_HITS})"
            total = conn.execute(text(sql), params).scalar_one()
            return total + len(self._extra_matches(conn, flt, flips)) if flt.query else total

    def page(self, flt: JournalFilter = JournalFilter(), offset: int = 0,
             limit: int | None = None) -> list[JournalEntry]:
        """One page of entries in the filter's order; None as limit means all."""
        with self.event.reading() as conn:
            flips = self._flips(conn, flt)
            in_memory = bool(flt.query) and (self.event.unlocked or bool(flips.shown))
            # Merged in memory with the matches the index cannot find: the first
            # offset + limit rows in SQL's order are all that can reach the page.
            params: dict = {"limit": -1 if limit is None else offset + limit, "offset": 0} \
                if in_memory else {"limit": -1 if limit is None else limit, "offset": offset}
            extra = self._unmatched(flt, flips, params)
            sql = _select(flt, params, _COLUMNS, _many_hits(conn, flt), flips, extra) + \
                _order(flt) + " LIMIT :limit OFFSET :offset"
            rows = conn.execute(text(sql), params).all()
            if in_memory:
                need = None if limit is None else offset + limit
                rows = _merge(rows, self._extra_matches(conn, flt, flips, rows, need), flt)
                rows = rows[offset:] if limit is None else rows[offset:offset + limit]
            return self._entries(conn, rows, flt.until, flips)

    def get(self, ref: str) -> JournalEntry:
        with self.event.reading() as conn:
            entry_id, _ = resolve_entry(conn, ref)
            row = conn.execute(text(f"SELECT {_COLUMNS} FROM entries e WHERE id = :id"),
                               {"id": entry_id}).one()
            return self._entries(conn, [row], None)[0]

    def _flips(self, conn: Connection, flt: JournalFilter) -> marks.Flips:
        return marks.flips_at(conn, to_micros(flt.until) if flt.until else None)

    def _unmatched(self, flt: JournalFilter, flips: marks.Flips, params: dict
                   ) -> tuple[str, ...]:
        """Entries whose words are in the index but were confidential at the moment (their
        mark lifted since) are not found by words without the passphrase."""
        if not (flt.query and flips.hidden) or self.event.unlocked:
            return ()
        return (f"e.id NOT IN {marks.in_list(flips.hidden, params, 'unmatched')}",)

    def _extra_matches(self, conn: Connection, flt: JournalFilter, flips: marks.Flips,
                       page_rows: list = (), need: int | None = None) -> list:
        """Entries the full-text index cannot find, whose text matches the query: those
        confidential now, whose text this process can open (passphrase holders), and those
        marked confidential since the moment shown. Only ids and sealed text are read, in
        the page's order by time, through the partial index on confidential entries; the
        text of entries marked afterwards (few) by id; whole rows for the matches alone.
        For a page (`need`: its last row's place) the reading stops where no entry can reach
        the page: past the `need`-th of the index's rows (`page_rows`) or of its own hits."""
        words = [fold(w) for w in (flt.query or "").split()]
        unlocked = self.event.unlocked
        if not words or not (unlocked or flips.shown) or \
                (flt.confidential is False and not flips.all):
            return []
        params: dict = {}
        extra = ["e.confidential = 1"]
        if not unlocked:
            extra.append(f"e.id IN {marks.in_list(flips.shown, params, 'shown')}")
        newest = "DESC" if flt.newest_first else "ASC"  # by time alone: the index's order
        if need and len(page_rows) >= need:  # the page is full of the index's rows up to here
            extra.append(f"e.occurred_at {'>=' if flt.newest_first else '<='} :bound")
            params["bound"] = page_rows[need - 1].occurred_at
        sql = (_select(replace(flt, query=None), params, "e.id, e.sealed, e.occurred_at",
                       flips=flips, extra=tuple(extra))
               + f" ORDER BY e.occurred_at {newest} LIMIT {SEARCH_SCAN_LIMIT}")
        hits, in_rows = self._scan(conn.execute(text(sql), params), words, need)
        hits += [row.id for row in _rows_by_id(conn, in_rows)
                 if _found(words, [search_body(row._mapping)])]
        return _rows_by_id(conn, hits)

    def _scan(self, rows, words: list[str], need: int | None) -> tuple[list, list]:
        """The ids of sealed entries whose text matches, and of those whose text is in their
        row (marked afterwards), in the order read; stops when `need` hits are found and
        the time moves past the last of them (rows of one time may come in any order)."""
        hits: list[str] = []
        in_rows: list[str] = []
        last = None
        for entry_id, sealed, occurred_at in rows:
            if need and len(hits) >= need and occurred_at != last:
                break
            if not sealed:  # marked afterwards: its text is in its row
                in_rows.append(entry_id)
            elif _found(words, (self.event.unseal(sealed) or {}).values()):
                hits.append(entry_id)
                last = occurred_at
        return hits, in_rows

    def _entries(self, conn: Connection, rows: list, until: datetime | None,
                 flips: marks.Flips = marks.NONE) -> list:
        corrected = _corrected_by(conn, [r.id for r in rows], until)
        return [self._entry(row, corrected.get(row.id, ()), flips) for row in rows]

    def _entry(self, row: Any, corrected_by: tuple[str, ...],
               flips: marks.Flips = marks.NONE) -> JournalEntry:
        values = dict(row._mapping)
        values.pop("hlc")
        sealed = values.pop("sealed")
        opened = self.event.unseal(sealed) if sealed else None
        if opened:
            values.update(opened)
        values["device"] = values.pop("device_id")
        values["confidential"] = flips.confidential(values["id"], bool(values["confidential"]))
        unreadable = SEALED[KIND_OF[values["kind"]]] if opened is UNREADABLE else ()
        hidden = _shown(values, bool(sealed), self.event.unlocked)
        return JournalEntry(**values, corrected_by=corrected_by,
                            sealed=(bool(sealed) and opened is None) or hidden,
                            unreadable=unreadable)


def _shown(values: dict, sealed_at_birth: bool, unlocked: bool) -> bool:
    """The one rule for showing a confidential entry: without the passphrase its typed texts
    are hidden. Sealed at birth, they are not in its row; marked confidential afterwards,
    they are, and are taken out here (the same fields). Whether any were hidden."""
    if not values["confidential"] or sealed_at_birth or unlocked:
        return False
    values.update(dict.fromkeys(_TYPED[values["kind"]]))
    return True


def _found(words: list[str], texts) -> bool:
    haystack = fold(" ".join(str(v) for v in texts if v))
    return all(w in haystack for w in words)


def _rows_by_id(conn: Connection, ids: list[str]) -> list:
    rows = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        names = ", ".join(f":i{i}" for i in range(len(chunk)))
        sql = f"SELECT {_COLUMNS} FROM entries e WHERE e.id IN ({names})"
        rows.extend(conn.execute(text(sql), {f"i{i}": v for i, v in enumerate(chunk)}))
    return rows


def _merge(rows: list, extra: list, flt: JournalFilter) -> list:
    """In the order of `_order` (the clock breaks ties of time), whichever way a row came."""
    merged = {r.id: r for r in [*rows, *extra]}
    return sorted(merged.values(), key=lambda r: (r.occurred_at, r.hlc),
                  reverse=flt.newest_first)


def _corrected_by(conn: Connection, ids: list[str], until: datetime | None) -> dict:
    if not ids:
        return {}
    found: dict[str, list[str]] = {}
    bounded = " AND occurred_at <= :until" if until else ""
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        names = ", ".join(f":i{i}" for i in range(len(chunk)))
        params = {f"i{i}": v for i, v in enumerate(chunk)}
        if until:
            params["until"] = to_micros(until)
        sql = f"SELECT corrects, id FROM entries WHERE corrects IN ({names}){bounded} ORDER BY hlc"
        for corrects, entry_id in conn.execute(text(sql), params):
            found.setdefault(corrects, []).append(entry_id)
    return {k: tuple(v) for k, v in found.items()}
