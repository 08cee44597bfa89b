"""Entries marked confidential afterwards: each mark and each lifting of one, by the entry it
is about, so the journal knows which entries are confidential now and at any past moment.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE entry_marks (
        record TEXT PRIMARY KEY, entry TEXT NOT NULL, marked INTEGER NOT NULL,
        occurred_at INTEGER NOT NULL, hlc TEXT NOT NULL, device_id TEXT NOT NULL)""",
    "CREATE INDEX entry_marks_entry ON entry_marks (entry, hlc, device_id)",
    "PRAGMA user_version = 4",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
