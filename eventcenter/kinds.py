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
