"""Every kind of record the event file holds, in one registry.

A record's kind is stored as its string value (`"measure.opened"`), in the file, in bundles
and in history JSON: renaming a value is a file-format change, and a new kind is added here
first, so that a typo is an AttributeError at import and not a record no fold understands.
`Kind` is a `StrEnum`: its members are the strings themselves, equal to and hashed as what
the records hold.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    # the event and its catalogue
    EVENT_CREATED = "event.created"
    EVENT_IDENTITY = "event.identity"  # an older file's identity, made at its migration
    ORGANISATION_ADDED = "organisation.added"
    UNIT_TYPE_ADDED = "unit_type.added"
    CATEGORY_ADDED = "category.added"
    CONTACT_FUNCTION_ADDED = "contact_function.added"
    MEASURE_TYPE_ADDED = "measure_type.added"
    SCHEDULE_ADDED = "schedule.added"
    # the journal
    ENTRY_LOGGED = "entry.logged"
    DECISION_LOGGED = "decision.logged"
    ENTRY_CORRECTED = "entry.corrected"
    ENTRY_MARKED_CONFIDENTIAL = "entry.marked_confidential"
    ENTRY_UNMARKED_CONFIDENTIAL = "entry.unmarked_confidential"
    # measures (insatser)
    MEASURE_OPENED = "measure.opened"
    MEASURE_STATUS_CHANGED = "measure.status_changed"
    MEASURE_REOPENED = "measure.reopened"
    MEASURE_ASSIGNED = "measure.assigned"
    MEASURE_UNASSIGNED = "measure.unassigned"
    MEASURE_EDITED = "measure.edited"
    # requests from the inner command staff
    REQUEST_RECEIVED = "request.received"
    REQUEST_ACKNOWLEDGED = "request.acknowledged"
    REQUEST_ANSWERED = "request.answered"
    REQUEST_DECLINED = "request.declined"
    REQUEST_CLOSED = "request.closed"
    # field units, places and contacts
    UNIT_ADDED = "unit.added"
    UNIT_MOVED = "unit.moved"
    UNIT_EDITED = "unit.edited"
    PLACE_ADDED = "place.added"
    PLACE_EDITED = "place.edited"
    CONTACT_ADDED = "contact.added"
    CONTACT_EDITED = "contact.edited"

    @property
    def subject(self) -> str:
        """What the record is about, the part before the dot: `measure`, `entry`, `unit`…"""
        return self.value.split(".", 1)[0]


# What a confidential record of each kind seals: every field typed as text, and nothing
# else. What stays visible is what a kind does not name here: its kind, time, operator and
# laptop; for a journal entry its category, unit, place and channel; for a measure or a
# request its structured references (ids, category, place, unit call signs, type code,
# status, priority, times). A journal record's fields are sealed together in one blob
# (`payload["sealed"]`), a measure's or request's each on its own
# (`payload["sealed"][field]`), so that a later edit can replace one alone. The README's
# "Confidential text" section lists the same fields (a test holds it to this table).
SEALED: dict[Kind, tuple[str, ...]] = {
    Kind.ENTRY_LOGGED: ("text", "reporter", "late_reason"),
    Kind.DECISION_LOGGED: ("text", "decided_by", "mandate", "basis", "reason", "affected",
                           "late_reason"),
    Kind.ENTRY_CORRECTED: ("text", "correction_reason"),
    Kind.ENTRY_MARKED_CONFIDENTIAL: ("reason",),
    Kind.ENTRY_UNMARKED_CONFIDENTIAL: ("reason",),
    Kind.MEASURE_OPENED: ("title", "notes"),
    Kind.MEASURE_EDITED: ("title", "notes"),
    Kind.MEASURE_STATUS_CHANGED: ("comment",),
    Kind.MEASURE_REOPENED: ("reason",),
    Kind.REQUEST_RECEIVED: ("text", "from"),
    Kind.REQUEST_DECLINED: ("reason",),
    Kind.REQUEST_CLOSED: ("comment",),
}
