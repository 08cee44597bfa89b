"""The event's identity in its records: a file made before gets one `event.identity` record
made from its `meta` (id, name, template, date, exercise flag, thresholds, public key and
wrapped private key), and a small index finds the records that say who the event is.

Copies of one file migrated on several laptops must make equal records (a sync takes equal
records for one), so nothing of this laptop, this moment or chance goes into it: it is the
only record of the event's own chain (device id: the event's id, sequence 1, starting from
the event's genesis), its id is derived from the event's id, and its times and clock are those
of the event's `event.created` record (or of its earliest record). Copies whose `meta`
differed make records with the same id and different hashes: each file alone verifies, and
the clash shows where their records meet (an intake finds a record it holds arriving with
another hash; within one file `verify` names an identity record that differs from the first,
`identity_clash`). The chains the file already holds keep starting from the old constant
(see `store/identity.py`).

Revision ID: 0003
Revises: 0002
"""

import hashlib

from alembic import op
from sqlalchemy import Connection

from eventcenter.store.identity import genesis, payload_from_meta
from eventcenter.store.records import Record, chain_hash

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DEVICE_NAME = "Evenemanget"
KIND = "event.identity"  # written as it is stored: a migration does not change later
OPERATOR = "system"
_ID_DOMAIN = b"eventcenter event.identity\x00"
_NO_RECORD = ("0" * 21, 0, 0, 0)  # hlc, occurred_at, occurred_offset, recorded_at

STATEMENTS = [
    "CREATE INDEX records_identity ON records (kind) "
    "WHERE kind IN ('event.created', 'event.identity')",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
    conn = op.get_bind()
    meta = dict(conn.exec_driver_sql("SELECT key, value FROM meta").all())
    if "event_id" in meta:  # a new file is being made: its identity goes in event.created
        record = identity_record(conn, meta)
        conn.exec_driver_sql(
            "INSERT INTO records (id, device_id, device_name, seq, hlc, occurred_at, "
            "occurred_offset, recorded_at, operator, kind, payload, prev_hash, hash) "
            "VALUES (:id, :device_id, :device_name, :seq, :hlc, :occurred_at, "
            ":occurred_offset, :recorded_at, :operator, :kind, :payload, :prev_hash, :hash)",
            record.row())
    op.execute("PRAGMA user_version = 3")


def identity_record(conn: Connection, meta: dict[str, str]) -> Record:
    """The event's identity record, made from `meta` and the file's first record alone."""
    event_id = meta["event_id"]
    hlc, occurred_at, offset, recorded_at = _moment(conn)
    record_id = hashlib.sha256(_ID_DOMAIN + event_id.encode("utf-8")).hexdigest()[:32]
    start = genesis(event_id)
    unhashed = Record(record_id, event_id, DEVICE_NAME, 1, hlc, occurred_at, offset,
                      recorded_at, OPERATOR, KIND, payload_from_meta(meta), start, "")
    return Record(**{**unhashed.__dict__, "hash": chain_hash(start, unhashed.canonical())})


def _moment(conn: Connection) -> tuple[str, int, int, int]:
    """The clock and times of the event's creation: equal in every copy of the file."""
    for where in ("WHERE kind = 'event.created'", ""):
        row = conn.exec_driver_sql(
            "SELECT hlc, occurred_at, occurred_offset, recorded_at FROM records "
            f"{where} ORDER BY hlc, device_id LIMIT 1").first()
        if row is not None:
            return tuple(row)
    return _NO_RECORD
