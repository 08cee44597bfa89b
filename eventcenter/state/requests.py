"""Requests (begäran) from another party, usually the police's inner command staff through
the liaison officer: received, acknowledged, answered with a measure or declined with a
reason, closed. Answering or declining an unacknowledged request acknowledges it too.
Waiting and response times are derived from the records' times, never typed.

A request's id is the id of the record that received it. A confidential request's text,
who it is from, its decline reason and closing comment are sealed (`kinds.SEALED`).

Record kinds and payloads (the request's id is `request` in all but the first):
    request.received      text, from, confidential
    request.acknowledged  request
    request.answered      request, measure
    request.declined      request, reason
    request.closed        request, comment
"""

from __future__ import annotations

from datetime import datetime
from sqlite3 import Connection
from typing import Any, NamedTuple

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.kinds import Kind
from eventcenter.lookup import resolve_measure, resolve_request
from eventcenter.state.ops import StateOps, check_line, compact
from eventcenter.store import sql
from eventcenter.timefmt import iso_local
from eventcenter.validation import check_text


class _Current(NamedTuple):
    status: str
    confidential: int
    acknowledged_at: int | None
    acknowledged_by: str | None


def _current(conn: Any, request_id: str) -> _Current:
    return _Current(*sql.first(conn, "SELECT status, confidential, acknowledged_at, "
                               "acknowledged_by FROM requests WHERE id = ?", (request_id,)))


def _open_request(conn: Connection, ref: str):
    request_id = resolve_request(conn, ref)
    current = _current(conn, request_id)
    if current.status == "closed":
        raise UserError("request_closed")
    return request_id, current


def _not_answered(current) -> None:
    if current.status in ("answered", "declined"):
        raise UserError("already_answered", status=current.status)


class Requests(StateOps):
    """Writing the requests of one open event file (`event.requests`)."""

    def receive(self, text: str, *, party: str, operator: str | None,
                confidential: bool = False, occurred_at: datetime | None = None,
                now: datetime | None = None, request_id: str | None = None) -> Changes:
        """A request received from `party` (`--from`); `changes.id` is its id."""
        check_text(text)
        party = check_line(party, "empty_party")

        def make(conn: Connection) -> dict:
            payload = compact({"text": text, "from": party, "confidential": confidential})
            return self._sealed_if(confidential, payload, Kind.REQUEST_RECEIVED)

        return self._write(Kind.REQUEST_RECEIVED, operator, make, occurred_at=occurred_at,
                           now=now, record_id=request_id)

    def acknowledge(self, ref: str, *, operator: str | None,
                    occurred_at: datetime | None = None, now: datetime | None = None
                    ) -> Changes:
        """Say the request has been seen; a second acknowledgement is refused."""
        def make(conn: Connection) -> dict:
            request_id, current = _open_request(conn, ref)
            if current.acknowledged_at is not None:
                raise UserError("already_acknowledged", by=current.acknowledged_by,
                                time=iso_local(current.acknowledged_at))
            return {"request": request_id}

        return self._write(Kind.REQUEST_ACKNOWLEDGED, operator, make, occurred_at=occurred_at,
                           now=now)

    def answer(self, ref: str, *, measure: str, operator: str | None,
               occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Answer the request with a measure (acknowledging it if nobody had)."""
        def make(conn: Connection) -> dict:
            request_id, current = _open_request(conn, ref)
            _not_answered(current)
            return {"request": request_id, "measure": resolve_measure(conn, measure)}

        return self._write(Kind.REQUEST_ANSWERED, operator, make, occurred_at=occurred_at,
                           now=now)

    def decline(self, ref: str, *, reason: str, operator: str | None,
                occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Decline the request with a reason (acknowledging it if nobody had)."""
        check_text(reason, code="empty_reason")

        def make(conn: Connection) -> dict:
            request_id, current = _open_request(conn, ref)
            _not_answered(current)
            payload = {"request": request_id, "reason": reason}
            return self._sealed_if(current.confidential, payload, Kind.REQUEST_DECLINED)

        return self._write(Kind.REQUEST_DECLINED, operator, make, occurred_at=occurred_at,
                           now=now)

    def close(self, ref: str, *, operator: str | None, comment: str | None = None,
              occurred_at: datetime | None = None, now: datetime | None = None) -> Changes:
        """Close the request: nothing more is to be done about it."""
        check_text(comment, required=False)

        def make(conn: Connection) -> dict:
            request_id, current = _open_request(conn, ref)
            payload = compact({"request": request_id, "comment": comment})
            return self._sealed_if(current.confidential, payload, Kind.REQUEST_CLOSED)

        return self._write(Kind.REQUEST_CLOSED, operator, make, occurred_at=occurred_at,
                           now=now)
