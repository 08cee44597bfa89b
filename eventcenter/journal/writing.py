"""Writing the journal: entries, decisions and corrections.

Nothing is ever struck from the record: a correction is a new entry, with a reason, that
points at the one it corrects. Confidential fields are sealed before they reach the record,
so no table, index or WAL page ever holds them in the clear.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.ids import new_id
from eventcenter.journal.quick_entry import QuickEntry, parse
from eventcenter.lookup import resolve_category, resolve_entry, resolve_place, resolve_unit
from eventcenter.store.records import Draft
from eventcenter.timefmt import now_utc
from eventcenter.validation import check_occurred, check_operator, check_text

CHANNELS = ("telefon", "RAKEL", "på plats", "e-post")
SEALED = {
    "entry.logged": ("text", "reporter", "late_reason"),
    "decision.logged": ("text", "basis", "reason", "affected", "late_reason"),
    "entry.corrected": ("text", "correction_reason"),
}


def check_channel(channel: str | None) -> str | None:
    if channel is None or not channel.strip():
        return None
    for known in CHANNELS:
        if known.casefold() == channel.strip().casefold():
            return known
    raise UserError("unknown_channel", name=channel, known=", ".join(CHANNELS))




class Journal:
    """The journal of one open event file."""

    def __init__(self, event: EventFile) -> None:
        self.event = event

    def _sealed(self, kind: str, payload: dict) -> dict:
        if not payload.get("confidential"):
            return payload
        secret = {f: payload.pop(f) for f in SEALED[kind] if payload.get(f) is not None}
        payload["sealed"] = self.event.seal(secret)
        return payload

    def _draft(self, kind: str, payload: dict, operator: str, occurred: datetime | None,
               record_id: str | None) -> Draft:
        payload = {k: v for k, v in payload.items() if v is not None and v is not False}
        return Draft(kind, self._sealed(kind, payload), operator, occurred, record_id or new_id())

    def _write(self, kind: str, payload: dict, operator: str, occurred: datetime | None,
               now: datetime | None, record_id: str | None) -> Changes:
        return self.event.write([self._draft(kind, payload, operator, occurred, record_id)], now)

    def log(self, text: str, *, operator: str | None, category: str | None = None,
            place: str | None = None, unit: str | None = None, channel: str | None = None,
            reporter: str | None = None, confidential: bool = False,
            occurred_at: datetime | None = None, late_reason: str | None = None,
            measure: str | None = None, request: str | None = None,
            now: datetime | None = None, entry_id: str | None = None,
            quick: bool = False) -> Changes:
        """Log one entry; names are resolved exactly against the catalogue. With `quick`,
        the text is a quick-entry line whose @unit #category !place are read first. The
        names are resolved in the write transaction itself: one transaction per line."""
        now = now or now_utc()
        operator = check_operator(operator)
        check_text(text)
        check_text(reporter, required=False, multiline=False)
        check_text(late_reason, required=False)
        check_occurred(occurred_at, now, late_reason)
        channel = check_channel(channel)

        def make(conn: Connection) -> list[Draft]:
            body, named = text, {"category": category, "place": place, "unit": unit}
            if quick:
                parsed = parse(conn, text)
                body = check_text(parsed.text)
                named = {k: v or getattr(parsed, k) for k, v in named.items()}
            payload = {
                "text": body, "channel": channel, "reporter": reporter,
                "category": named["category"] and resolve_category(conn, named["category"]),
                "place": named["place"] and resolve_place(conn, named["place"]),
                "unit": named["unit"] and resolve_unit(conn, named["unit"]),
                "confidential": confidential, "measure": measure, "request": request,
                "late_reason": _late_reason(occurred_at, now, late_reason),
            }
            return [self._draft("entry.logged", payload, operator, occurred_at, entry_id)]

        return self.event.write(make, now)

    def parse_line(self, line: str) -> QuickEntry:
        """What a quick-entry line would log (raises on an unknown reference)."""
        check_text(line)
        with self.event.reading() as conn:
            return parse(conn, line)

    def log_line(self, line: str, **options) -> Changes:
        """Quick entry: one line, with @unit #category !place, becomes an entry."""
        return self.log(line, quick=True, **options)

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
        return self._write("decision.logged", payload, operator, occurred_at, now, entry_id)

    def correct(self, ref: str, text: str, *, reason: str, operator: str | None,
                now: datetime | None = None, entry_id: str | None = None) -> Changes:
        """A new entry that corrects an earlier one, which stays, marked as corrected.
        The correction of a confidential entry is confidential."""
        operator = check_operator(operator)
        check_text(text)
        check_text(reason, code="empty_reason")

        def make(conn: Connection) -> list[Draft]:
            target, confidential = resolve_entry(conn, ref)
            payload = {"text": text, "corrects": target, "correction_reason": reason,
                       "confidential": confidential}
            return [self._draft("entry.corrected", payload, operator, None, entry_id)]

        return self.event.write(make, now)


def _late_reason(occurred: datetime | None, now: datetime, reason: str | None) -> str | None:
    if occurred is None or not reason or not reason.strip():
        return None
    return reason
