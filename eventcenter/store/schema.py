"""The tables of the event file as SQLAlchemy Core objects, for queries and bulk writes.

The tables themselves are created by the numbered migrations in `migrations/versions/`, which
are frozen; a test checks that a migrated file has exactly the columns declared here.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Integer, MetaData, Table, Text

SCHEMA_VERSION = 1  # PRAGMA user_version of a file made by this version

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
)

organisations = Table(
    "organisations", metadata, Column("code", Text, primary_key=True), Column("name", Text),
)

unit_types = Table(
    "unit_types", metadata,
    Column("code", Text, primary_key=True), Column("name", Text), Column("organisation", Text),
)

units = Table(
    "units", metadata,
    Column("callsign", Text, primary_key=True), Column("folded", Text),
    Column("organisation", Text), Column("type", Text), Column("size", Integer),
    Column("on_duty", Text), Column("hlc", Text),
)

contact_functions = Table(
    "contact_functions", metadata,
    Column("code", Text, primary_key=True), Column("name", Text), Column("organisation", Text),
)

measure_types = Table(
    "measure_types", metadata, Column("code", Text, primary_key=True), Column("name", Text),
)

schedule = Table(
    "schedule", metadata,
    Column("id", Text, primary_key=True), Column("at", Integer), Column("title", Text),
    Column("place", Text),
)

# Tables that are derived from the records and emptied by a rebuild (the FTS index too).
PROJECTION_TABLES = (entries, places, categories, organisations, unit_types, units,
                     contact_functions, measure_types, schedule)
