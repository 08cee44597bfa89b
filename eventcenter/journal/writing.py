"""Writing the journal: entries, decisions and corrections.

Nothing is ever struck from the record: a correction is a new entry, with a reason, that
points at the one it corrects. Confidential fields are sealed before they reach the record,
so no table, index or WAL page ever holds them in the clear.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from sqlite3 import Connection

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.ids import new_id
from eventcenter.journal import marks
from eventcenter.journal.channels import CHANNELS
from eventcenter.journal.quick_entry import QuickEntry, parse
from eventcenter.kinds import SEALED, Kind
from eventcenter.lookup import resolve_category, resolve_entry, resolve_place, resolve_unit
from eventcenter.store.document import Document
from eventcenter.store.records import Draft
from eventcenter.store.sealing import seal_together
from eventcenter.timefmt import now_utc
from eventcenter.validation import check_occurred, check_operator, check_text


def check_channel(channel: str | None) -> str | None:
    if channel is None or not channel.strip():
        return None
    for known in CHANNELS:
        if known.casefold() == channel.strip().casefold():
            return known
    raise UserError("unknown_channel", name=channel, known=", ".join(CHANNELS))




@dataclass(frozen=True)
class EntryOptions:
    """What a logged line may carry besides its text and names (all optional)."""

    channel: str | None = None
    reporter: str | None = None
    confidential: bool = False
    occurred_at: datetime | None = None
    late_reason: str | None = None
    measure: str | None = None
    request: str | None = None
    now: datetime | None = None
    entry_id: str | None = None


Parts = Callable[[Connection], tuple[str, dict[str, str | None]]]


class Marking:
    """Marking an entry confidential afterwards, and lifting the mark (`event.journal`):
    records that make the entry and its corrections show and print as if sealed at birth
    from then on (`marks.py`). Its original record cannot change, so its text stays in the
    clear in the file. Any laptop can mark (the reason is sealed with the public key); who
    may is for the window and the command line to ask `roles.may_mark_confidential`."""

    def __init__(self, event: Document) -> None:
        self.event = event

    def mark_confidential(self, ref: str, *, reason: str | None, operator: str | None,
                          now: datetime | None = None) -> Changes:
        """Refused for an entry that does not exist or is confidential already. `ref` may
        name the entry or any correction of it: the mark covers them all."""
        return self._mark(ref, reason, operator, now, marks.MARKED)

    def unmark_confidential(self, ref: str, *, reason: str | None, operator: str | None,
                            now: datetime | None = None) -> Changes:
        """Lift a mark: refused for an entry not marked afterwards (one logged confidential
        stays so)."""
        return self._mark(ref, reason, operator, now, marks.LIFTED)

    def _mark(self, ref: str, reason: str | None, operator: str | None,
              now: datetime | None, kind: str) -> Changes:
        operator = check_operator(operator)
        check_text(reason, code="empty_reason")

        def make(conn: Connection) -> list[Draft]:
            root = marks.root_of(conn, resolve_entry(conn, ref)[0])
            if kind == marks.MARKED and resolve_entry(conn, root)[1]:
                raise UserError("already_confidential", id=ref)
            if kind == marks.LIFTED and not marks.marked_now(conn, root):
                raise UserError("not_marked_confidential", id=ref)
            payload = seal_together(self.event.public_key, {"entry": root, "reason": reason},
                                    SEALED[kind])
            return [Draft(kind, payload, operator, None, new_id())]

        return self.event.write(make, now)


class Journal(Marking):
    """Writing the journal of one open event file (`event.journal`): entries, decisions,
    corrections, and (`Marking`) marking entries confidential afterwards."""

    def draft(self, kind: str, payload: dict, operator: str, occurred: datetime | None,
              record_id: str | None = None) -> Draft:
        """A journal record as logging makes it (names already resolved, options left out
        when not given, typed texts sealed when confidential), for a write of many."""
        payload = {k: v for k, v in payload.items() if v is not None and v is not False}
        if payload.get("confidential"):
            payload = seal_together(self.event.public_key, payload, SEALED[kind])
        return Draft(kind, payload, operator, occurred, record_id or new_id())

    def log(self, text: str, *, operator: str | None, category: str | None = None,
            place: str | None = None, unit: str | None = None, **options) -> Changes:
        """Log one entry as written, its names given apart (`EntryOptions` for the rest);
        names are resolved exactly against the catalogue, in the write transaction."""
        check_text(text)
        named = {"category": category, "place": place, "unit": unit}
        return self._log(lambda _conn: (text, named), operator, EntryOptions(**options))

    def log_line(self, line: str, *, operator: str | None, **options) -> Changes:
        """Quick entry: one line whose @unit #category !place are read first, inside the
        write transaction (`EntryOptions` for the rest)."""
        check_text(line)

        def parts(conn: Connection) -> tuple[str, dict[str, str | None]]:
            parsed = parse(conn, line)
            named = {"category": parsed.category, "place": parsed.place, "unit": parsed.unit}
            return check_text(parsed.text), named

        return self._log(parts, operator, EntryOptions(**options))

    def _log(self, parts: Parts, operator: str | None, o: EntryOptions) -> Changes:
        now = o.now or now_utc()
        operator = check_operator(operator)
        check_text(o.reporter, required=False, multiline=False)
        check_text(o.late_reason, required=False)
        check_occurred(o.occurred_at, now, o.late_reason)
        channel = check_channel(o.channel)

        def make(conn: Connection) -> list[Draft]:
            body, named = parts(conn)
            payload = {
                "text": body, "channel": channel, "reporter": o.reporter,
                "category": named["category"] and resolve_category(conn, named["category"]),
                "place": named["place"] and resolve_place(conn, named["place"]),
                "unit": named["unit"] and resolve_unit(conn, named["unit"]),
                "confidential": o.confidential, "measure": o.measure, "request": o.request,
                "late_reason": _late_reason(o.occurred_at, now, o.late_reason),
            }
            return [self.draft(Kind.ENTRY_LOGGED, payload, operator, o.occurred_at, o.entry_id)]

        return self.event.write(make, now)

    def parse_line(self, line: str) -> QuickEntry:
        """What a quick-entry line would log (raises on an unknown reference)."""
        check_text(line)
        with self.event.reading() as conn:
            return parse(conn, line)

    def decide(self, decision: str, *, decided_by: str, operator: str | None,
               mandate: str | None = None, basis: str | None = None, reason: str | None = None,
               affected: str | None = None, confidential: bool = False,
               occurred_at: datetime | None = None, late_reason: str | None = None,
               now: datetime | None = None, entry_id: str | None = None) -> Changes:
        """Log a decision: what, who decided under what mandate, on what basis, why, who
        is affected."""
        now = now or now_utc()
        operator = check_operator(operator)
        check_text(decision)
        check_text(decided_by, code="empty_decider", multiline=False)
        for extra in (mandate, basis, reason, affected, late_reason):
            check_text(extra, required=False)
        check_occurred(occurred_at, now, late_reason)
        payload = {"text": decision, "decided_by": decided_by.strip(), "mandate": mandate,
                   "basis": basis, "reason": reason, "affected": affected,
                   "confidential": confidential,
                   "late_reason": _late_reason(occurred_at, now, late_reason)}
        draft = self.draft(Kind.DECISION_LOGGED, payload, operator, occurred_at, entry_id)
        return self.event.write([draft], now)

    def correct(self, ref: str, text: str, *, reason: str, operator: str | None,
                now: datetime | None = None, entry_id: str | None = None) -> Changes:
        """A new entry that corrects an earlier one, which stays, marked as corrected.
        The correction of a confidential entry is confidential."""
        operator = check_operator(operator)
        check_text(text)
        check_text(reason, code="empty_reason")

        def make(conn: Connection) -> list[Draft]:
            target, confidential = resolve_entry(conn, ref)
            return [self.correction(target, text, reason, operator, confidential, entry_id)]

        return self.event.write(make, now)

    def correction(self, target: str, text: str, reason: str, operator: str,
                   confidential: bool, entry_id: str | None = None,
                   undoes: str | None = None) -> Draft:
        """The draft of a correction (also what undo writes: `undoes` names the record it
        takes back and is never sealed)."""
        payload = {"text": text, "corrects": target, "correction_reason": reason,
                   "confidential": confidential}
        draft = self.draft(Kind.ENTRY_CORRECTED, payload, operator, None, entry_id)
        if undoes is not None:
            draft.payload["undoes"] = undoes
        return draft


def _late_reason(occurred: datetime | None, now: datetime, reason: str | None) -> str | None:
    if occurred is None or not reason or not reason.strip():
        return None
    return reason
