"""Contacts (kontakter): a person or function to reach, with function, organisation, phone,
RAKEL talk group and hours on duty (which may pass midnight). A contact's id is the id of the
record that added it.

The function and the organisation are free text; where they name one of the event's contact
functions or organisations (by code or name) the catalogue's code is stored, so contacts
group with the template's.

Record kinds and payloads:
    contact.added   name, function, organisation, phone, rakel, on_duty
    contact.edited  contact (its id), and the fields changed (None clears one)
"""

from __future__ import annotations

from datetime import datetime
from sqlite3 import Connection
from typing import Any

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.kinds import Kind
from eventcenter.lookup import resolve_contact
from eventcenter.state.ops import (
    KEEP,
    StateOps,
    check_line,
    check_on_duty,
    check_phone,
    compact,
)
from eventcenter.store import sql
from eventcenter.swedish import fold


def _catalogue_code(conn: Any, table: str, text: str) -> str:
    key = fold(text)
    for code, name in sql.rows(conn, f"SELECT code, name FROM {table}"):
        if key in (fold(code), fold(name)):
            return code
    return text


def _fields(name, function, organisation, phone, rakel, on_duty) -> dict:
    """The checked fields that were given (KEEP: not given)."""
    raw = {"name": name, "function": function, "organisation": organisation,
           "phone": phone, "rakel": rakel, "on_duty": on_duty}
    given = {k: v for k, v in raw.items() if v is not KEEP}
    checks = {"name": lambda v: check_line(v, "empty_name"),
              "function": lambda v: check_line(v, "empty_function"),
              "organisation": lambda v: check_line(v, "empty_organisation"),
              "phone": check_phone,
              "rakel": lambda v: check_line(v, "empty_text", required=False),
              "on_duty": check_on_duty}
    return {k: checks[k](v) for k, v in given.items()}


def normalised(conn: Connection, fields: dict) -> dict:
    """Function and organisation as the catalogue's codes, however they were typed; the
    contact import writes through here too."""
    if fields.get("function"):
        fields["function"] = _catalogue_code(conn, "contact_functions", fields["function"])
    if fields.get("organisation"):
        fields["organisation"] = _catalogue_code(conn, "organisations",
                                                 fields["organisation"])
    return fields


class Contacts(StateOps):
    """Writing the contact directory of one open event file (`event.contacts`)."""

    def add(self, name: str, *, function: str, organisation: str, operator: str | None,
            phone: str | None = None, rakel: str | None = None,
            on_duty: str | None = None, occurred_at: datetime | None = None,
            now: datetime | None = None, contact_id: str | None = None) -> Changes:
        """Add a contact; `changes.id` is its id."""
        fields = _fields(name, function, organisation, phone, rakel, on_duty)
        return self._write(Kind.CONTACT_ADDED, operator,
                           lambda conn: compact(normalised(conn, dict(fields))),
                           occurred_at=occurred_at, now=now, record_id=contact_id)

    def edit(self, ref: str, *, operator: str | None, name=KEEP, function=KEEP,
             organisation=KEEP, phone=KEEP, rakel=KEEP, on_duty=KEEP,
             occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Change a contact; an option left out keeps its value, None clears it (name,
        function and organisation cannot be cleared)."""
        fields = _fields(name, function, organisation, phone, rakel, on_duty)
        if not fields:
            raise UserError("nothing_to_change")

        def make(conn: Connection) -> dict:
            return {"contact": resolve_contact(conn, ref), **normalised(conn, dict(fields))}

        return self._write(Kind.CONTACT_EDITED, operator, make, occurred_at=occurred_at, now=now)
