"""The tables of the event file as SQLAlchemy Core objects, for queries and bulk writes.

The tables themselves are created by the numbered migrations in `migrations/versions/`, which
are frozen; a test checks that a migrated file has exactly the columns declared here.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Integer, MetaData, Table, Text

from eventcenter.store.version import SCHEMA_VERSION  # noqa: F401  (named here as before)

metadata = MetaData()

meta = Table("meta", metadata, Column("key", Text, primary_key=True), Column("value", Text))

records = Table(
    "records", metadata,
    Column("id", Text, primary_key=True),
    Column("device_id", Text), Column("device_name", Text), Column("seq", Integer),
    Column("hlc", Text), Column("occurred_at", Integer), Column("occurred_offset", Integer),
    Column("recorded_at", Integer), Column("operator", Text), Column("kind", Text),
    Column("payload", Text), Column("prev_hash", Text), Column("hash", Text),
)

entries = Table(
    "entries", metadata,
    Column("n", Integer, primary_key=True),
    Column("id", Text), Column("kind", Text), Column("text", Text), Column("sealed", Text),
    Column("occurred_at", Integer), Column("occurred_offset", Integer),
    Column("recorded_at", Integer), Column("operator", Text), Column("device_id", Text),
    Column("device_name", Text), Column("category", Text), Column("place", Text),
    Column("unit", Text), Column("channel", Text), Column("reporter", Text),
    Column("confidential", Integer), Column("corrects", Text), Column("late_reason", Text),
    Column("correction_reason", Text), Column("decided_by", Text), Column("mandate", Text),
    Column("basis", Text), Column("reason", Text), Column("affected", Text),
    Column("measure", Text), Column("request", Text), Column("hlc", Text),
)

places = Table(
    "places", metadata,
    Column("name", Text, primary_key=True), Column("folded", Text), Column("kind", Text),
    Column("lat", Float), Column("lon", Float), Column("hlc", Text),
)

categories = Table(
    "categories", metadata,
    Column("code", Text, primary_key=True), Column("folded", Text), Column("name", Text),
    Column("hlc", Text),  # schema 2
)

organisations = Table(
    "organisations", metadata, Column("code", Text, primary_key=True), Column("name", Text),
    Column("hlc", Text),  # schema 2
)

unit_types = Table(
    "unit_types", metadata,
    Column("code", Text, primary_key=True), Column("name", Text), Column("organisation", Text),
    Column("hlc", Text),  # schema 2
)

units = Table(
    "units", metadata,
    Column("callsign", Text, primary_key=True), Column("folded", Text),
    Column("organisation", Text), Column("type", Text), Column("size", Integer),
    Column("on_duty", Text), Column("hlc", Text),
    # schema 2: the unit's working state (see state_projection.py)
    Column("contact", Text), Column("status", Text), Column("place", Text),
    Column("moved_at", Integer), Column("updated_at", Integer),
)

contact_functions = Table(
    "contact_functions", metadata,
    Column("code", Text, primary_key=True), Column("name", Text), Column("organisation", Text),
    Column("hlc", Text),  # schema 2
)

measure_types = Table(
    "measure_types", metadata, Column("code", Text, primary_key=True), Column("name", Text),
    Column("hlc", Text),  # schema 2
)

schedule = Table(
    "schedule", metadata,
    Column("id", Text, primary_key=True), Column("at", Integer), Column("title", Text),
    Column("place", Text),
)

# -- schema 2: the working state (measures, requests, units, contacts, places) ----------------
# Typed tables of the current state, for SQL filtering, sorting and look-ups; the state of
# every object as JSON, current (`state_objects`) and after each of its records (`state_log`,
# which is also its history and serves past states, with `state_gaps`; see past_state.py);
# and the rule clashes sync brought in.

measures = Table(
    "measures", metadata,
    Column("id", Text, primary_key=True), Column("title", Text), Column("sealed", Text),
    Column("type", Text), Column("category", Text), Column("place", Text),
    Column("priority", Integer), Column("notes", Text), Column("confidential", Integer),
    Column("request", Text), Column("entry", Text), Column("status", Text),
    Column("opened_at", Integer), Column("opened_by", Text), Column("updated_at", Integer),
    Column("closed_at", Integer), Column("hlc", Text),
)

measure_units = Table(
    "measure_units", metadata,
    Column("measure", Text, primary_key=True), Column("callsign", Text, primary_key=True),
)

requests = Table(
    "requests", metadata,
    Column("id", Text, primary_key=True), Column("text", Text), Column("sealed", Text),
    Column("party", Text), Column("confidential", Integer), Column("received_at", Integer),
    Column("received_by", Text), Column("acknowledged_at", Integer),
    Column("acknowledged_by", Text), Column("answered_at", Integer),
    Column("declined_at", Integer), Column("decline_reason", Text), Column("closed_at", Integer),
    Column("status", Text), Column("measure", Text), Column("updated_at", Integer),
    Column("hlc", Text),
)

contacts = Table(
    "contacts", metadata,
    Column("id", Text, primary_key=True), Column("name", Text), Column("folded", Text),
    Column("function", Text), Column("organisation", Text), Column("phone", Text),
    Column("rakel", Text), Column("on_duty", Text), Column("updated_at", Integer),
    Column("hlc", Text),
)

state_objects = Table(
    "state_objects", metadata,
    Column("type", Text, primary_key=True), Column("key", Text, primary_key=True),
    Column("state", Text), Column("last_hlc", Text), Column("last_device", Text),
    Column("max_occurred", Integer),
)

state_log = Table(
    "state_log", metadata,
    Column("type", Text, primary_key=True), Column("key", Text, primary_key=True),
    Column("hlc", Text, primary_key=True), Column("device_id", Text, primary_key=True),
    Column("record_id", Text), Column("occurred_at", Integer), Column("valid_from", Integer),
    Column("valid_to", Integer), Column("state", Text),
)

state_gaps = Table(
    "state_gaps", metadata,
    Column("type", Text, primary_key=True), Column("key", Text, primary_key=True),
    Column("gap_from", Integer, primary_key=True), Column("gap_to", Integer),
)

clashes = Table(
    "clashes", metadata,
    Column("type", Text, primary_key=True), Column("key", Text, primary_key=True),
    Column("ordinal", Integer, primary_key=True), Column("rule", Text),
    Column("subject", Text), Column("records", Text), Column("standing", Text),
)

# -- schema 3: entries marked confidential afterwards, and the marks lifted (journal/marks.py)

entry_marks = Table(
    "entry_marks", metadata,
    Column("record", Text, primary_key=True), Column("entry", Text), Column("marked", Integer),
    Column("occurred_at", Integer), Column("hlc", Text), Column("device_id", Text),
)

# Tables that are derived from the records and emptied by a rebuild (the FTS index too).
PROJECTION_TABLES = (entries, places, categories, organisations, unit_types, units,
                     contact_functions, measure_types, schedule, measures, measure_units,
                     requests, contacts, state_objects, state_log, state_gaps, clashes,
                     entry_marks)
