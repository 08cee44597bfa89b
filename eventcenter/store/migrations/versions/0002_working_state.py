"""The working state: measures, requests, units' status and place, contacts, the state of
every object after each of its records (history and past states), the stretches of time in
which an object's past state must be folded afresh, and rule clashes.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATEMENTS = [
    # A record may not be replaced either (INSERT OR REPLACE deletes without the trigger).
    """CREATE TRIGGER records_no_replace BEFORE INSERT ON records
        WHEN EXISTS (SELECT 1 FROM records WHERE id = NEW.id
                     OR (device_id = NEW.device_id AND seq = NEW.seq))
        BEGIN SELECT RAISE(ABORT, 'records are append-only'); END""",
    # Catalogue codes added on two laptops: the earliest clock wins, so they carry it.
    "ALTER TABLE categories ADD COLUMN hlc TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE organisations ADD COLUMN hlc TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE unit_types ADD COLUMN hlc TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact_functions ADD COLUMN hlc TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE measure_types ADD COLUMN hlc TEXT NOT NULL DEFAULT ''",
    # Searching confidential text with the passphrase reads only these rows, newest first.
    "CREATE INDEX entries_confidential ON entries (occurred_at, id, sealed) "
    "WHERE confidential = 1",
    "ALTER TABLE units ADD COLUMN contact TEXT",
    "ALTER TABLE units ADD COLUMN status TEXT",
    "ALTER TABLE units ADD COLUMN place TEXT",
    "ALTER TABLE units ADD COLUMN moved_at INTEGER",
    "ALTER TABLE units ADD COLUMN updated_at INTEGER",
    "CREATE INDEX units_status ON units (status, place)",
    """CREATE TABLE measures (
        id TEXT PRIMARY KEY, title TEXT, sealed TEXT, type TEXT, category TEXT, place TEXT,
        priority INTEGER, notes TEXT, confidential INTEGER NOT NULL DEFAULT 0, request TEXT,
        entry TEXT, status TEXT NOT NULL, opened_at INTEGER NOT NULL, opened_by TEXT,
        updated_at INTEGER NOT NULL, closed_at INTEGER, hlc TEXT NOT NULL)""",
    "CREATE INDEX measures_status ON measures (status, opened_at)",
    "CREATE INDEX measures_request ON measures (request)",
    """CREATE TABLE measure_units (
        measure TEXT NOT NULL, callsign TEXT NOT NULL, PRIMARY KEY (measure, callsign))""",
    "CREATE INDEX measure_units_callsign ON measure_units (callsign)",
    """CREATE TABLE requests (
        id TEXT PRIMARY KEY, text TEXT, sealed TEXT, party TEXT,
        confidential INTEGER NOT NULL DEFAULT 0, received_at INTEGER NOT NULL,
        received_by TEXT, acknowledged_at INTEGER, acknowledged_by TEXT, answered_at INTEGER,
        declined_at INTEGER, decline_reason TEXT, closed_at INTEGER, status TEXT NOT NULL,
        measure TEXT, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL)""",
    "CREATE INDEX requests_status ON requests (status, received_at)",
    """CREATE TABLE contacts (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, folded TEXT NOT NULL, function TEXT,
        organisation TEXT, phone TEXT, rakel TEXT, on_duty TEXT, updated_at INTEGER NOT NULL,
        hlc TEXT NOT NULL)""",
    "CREATE INDEX contacts_folded ON contacts (folded)",
    """CREATE TABLE state_objects (
        type TEXT NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL, last_hlc TEXT NOT NULL,
        last_device TEXT NOT NULL, max_occurred INTEGER NOT NULL, PRIMARY KEY (type, key))""",
    """CREATE TABLE state_log (
        type TEXT NOT NULL, key TEXT NOT NULL, hlc TEXT NOT NULL, device_id TEXT NOT NULL,
        record_id TEXT NOT NULL, occurred_at INTEGER NOT NULL, valid_from INTEGER NOT NULL,
        valid_to INTEGER NOT NULL, state TEXT NOT NULL,
        PRIMARY KEY (type, key, hlc, device_id))""",
    "CREATE INDEX state_log_valid ON state_log (type, valid_from, valid_to)",
    "CREATE INDEX state_log_until ON state_log (type, key, valid_to)",
    """CREATE TABLE state_gaps (
        type TEXT NOT NULL, key TEXT NOT NULL, gap_from INTEGER NOT NULL,
        gap_to INTEGER NOT NULL, PRIMARY KEY (type, key, gap_from))""",
    "CREATE INDEX state_gaps_at ON state_gaps (type, gap_from, gap_to)",
    """CREATE TABLE clashes (
        type TEXT NOT NULL, key TEXT NOT NULL, ordinal INTEGER NOT NULL, rule TEXT NOT NULL,
        subject TEXT NOT NULL, records TEXT NOT NULL, standing TEXT NOT NULL,
        PRIMARY KEY (type, key, ordinal))""",
    "PRAGMA user_version = 2",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
