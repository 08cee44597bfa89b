"""The first event file: records, meta and the journal's projections.

Revision ID: 0001
Revises:
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATEMENTS = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE records (
        id TEXT PRIMARY KEY, device_id TEXT NOT NULL, device_name TEXT NOT NULL,
        seq INTEGER NOT NULL, hlc TEXT NOT NULL, occurred_at INTEGER NOT NULL,
        occurred_offset INTEGER NOT NULL, recorded_at INTEGER NOT NULL,
        operator TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (device_id, seq))""",
    "CREATE INDEX records_hlc ON records (hlc, device_id)",
    "CREATE INDEX records_occurred ON records (occurred_at)",
    """CREATE TRIGGER records_no_update BEFORE UPDATE ON records
        BEGIN SELECT RAISE(ABORT, 'records are append-only'); END""",
    """CREATE TRIGGER records_no_delete BEFORE DELETE ON records
        BEGIN SELECT RAISE(ABORT, 'records are append-only'); END""",
    """CREATE TABLE entries (
        n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, text TEXT,
        sealed TEXT, occurred_at INTEGER NOT NULL, occurred_offset INTEGER NOT NULL,
        recorded_at INTEGER NOT NULL, operator TEXT NOT NULL, device_id TEXT NOT NULL,
        device_name TEXT NOT NULL, category TEXT, place TEXT, unit TEXT, channel TEXT,
        reporter TEXT, confidential INTEGER NOT NULL DEFAULT 0, corrects TEXT,
        late_reason TEXT, correction_reason TEXT, decided_by TEXT, mandate TEXT, basis TEXT,
        reason TEXT, affected TEXT, measure TEXT, request TEXT, hlc TEXT NOT NULL)""",
    "CREATE INDEX entries_occurred ON entries (occurred_at)",
    "CREATE INDEX entries_corrects ON entries (corrects)",
    "CREATE INDEX entries_category ON entries (category, occurred_at)",
    "CREATE INDEX entries_unit ON entries (unit, occurred_at)",
    "CREATE INDEX entries_place ON entries (place, occurred_at)",
    "CREATE INDEX entries_operator ON entries (operator, occurred_at)",
    """CREATE VIRTUAL TABLE entries_fts USING fts5(
        body, content='', tokenize="unicode61 remove_diacritics 0", prefix='2 3')""",
    """CREATE TABLE places (name TEXT PRIMARY KEY, folded TEXT NOT NULL, kind TEXT,
        lat REAL, lon REAL, hlc TEXT NOT NULL)""",
    "CREATE INDEX places_folded ON places (folded)",
    "CREATE TABLE categories (code TEXT PRIMARY KEY, folded TEXT NOT NULL, name TEXT NOT NULL)",
    "CREATE TABLE organisations (code TEXT PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE unit_types (code TEXT PRIMARY KEY, name TEXT NOT NULL, organisation TEXT)",
    """CREATE TABLE units (callsign TEXT PRIMARY KEY, folded TEXT NOT NULL, organisation TEXT,
        type TEXT, size INTEGER, on_duty TEXT, hlc TEXT NOT NULL)""",
    "CREATE INDEX units_folded ON units (folded)",
    """CREATE TABLE contact_functions (code TEXT PRIMARY KEY, name TEXT NOT NULL,
        organisation TEXT)""",
    "CREATE TABLE measure_types (code TEXT PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE schedule (id TEXT PRIMARY KEY, at INTEGER NOT NULL, title TEXT NOT NULL, "
    "place TEXT)",
    "PRAGMA user_version = 1",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
