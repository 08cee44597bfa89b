"""What the operations on the working state share: one write per change, made and checked
inside the write transaction (so a rule checked is a rule kept, even with several processes
writing the file), sealing, and the checks on typed values.

Every operation returns `Changes`; `changes.id` is the id of the record it made, which for
an opening record (a measure opened, a request received, a contact added) is the new
object's id.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from sqlite3 import Connection

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.ids import new_id
from eventcenter.kinds import SEALED, Kind
from eventcenter.store.document import Document
from eventcenter.store.records import Draft
from eventcenter.store.sealing import seal_apart
from eventcenter.timefmt import OnDuty, TimeParseError, iso_local, now_utc
from eventcenter.validation import FUTURE_SLACK, check_operator, check_text

KEEP = object()  # an edit option that was not given: the field keeps its value
_PHONE = re.compile(r"\+?[0-9 ()/\-]{3,30}")


class StateOps:
    """Base of the write side of measures, requests, units, contacts and places."""

    def __init__(self, event: Document) -> None:
        self.event = event

    def _write(self, kind: str, operator: str | None,
               make: Callable[[Connection], dict], *, occurred_at: datetime | None = None,
               now: datetime | None = None, record_id: str | None = None) -> Changes:
        """Check the operator and the time, then write one record whose payload `make`
        builds (and checks) inside the write transaction."""
        operator = check_operator(operator)
        now = now or now_utc()
        check_moment(occurred_at, now)
        record_id = record_id or new_id()

        def drafts(conn: Connection) -> list[Draft]:
            return [Draft(kind, make(conn), operator, occurred_at, record_id)]

        return self.event.write(drafts, now)

    def _sealed_if(self, confidential: bool, payload: dict, kind: Kind) -> dict:
        """A confidential object's payload with its typed texts (`kinds.SEALED`) sealed,
        each on its own."""
        if not confidential:
            return payload
        return seal_apart(self.event.public_key, payload, SEALED[kind])


def compact(payload: dict) -> dict:
    """A payload without the options that were not given (None or False)."""
    return {k: v for k, v in payload.items() if v is not None and v is not False}


def check_moment(occurred: datetime | None, now: datetime) -> None:
    """A change may be dated back (it is then shown at that time) but not ahead."""
    if occurred is not None and occurred - now > FUTURE_SLACK:
        raise UserError("future_time", time=iso_local(occurred))


def check_line(text: str | None, code: str, required: bool = True) -> str | None:
    """One line of text, stripped; None when not given and not required."""
    checked = check_text(text, required=required, code=code, multiline=False)
    return checked.strip() if checked else None


def check_on_duty(text: str | None) -> str | None:
    """Hours on duty as `HH:MM-HH:MM` (may pass midnight), or None when not given."""
    if text is None or not text.strip():
        return None
    try:
        return str(OnDuty.parse(text))
    except TimeParseError:
        raise UserError("bad_on_duty", text=text) from None


def check_phone(text: str | None) -> str | None:
    checked = check_line(text, "bad_phone", required=False)
    if checked is not None and not _PHONE.fullmatch(checked):
        raise UserError("bad_phone", text=text)
    return checked


def choose(word: str, known: tuple[str, ...], code: str = "unknown_status") -> str:
    """One of a fixed set of words, case and `_`/space for `-` forgiven."""
    key = (word or "").strip().lower().replace("_", "-").replace(" ", "-")
    if key in known:
        return key
    raise UserError(code, name=word, known=", ".join(known))
