"""Can every sealed field be opened? Checked by `verify` on its scratch copy.

A sealed field that cannot be opened (damaged, or sealed to another event's key) is shown as
unreadable wherever it is read; `verify` names each by the entry or object it belongs to and
its fields. With the passphrase every sealed field is opened and tried. Without it only what
can be told without the private key is checked (base64 text long enough to be a sealed
field), so a field sealed to another key passes until someone verifies with the passphrase.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping

from sqlalchemy import Connection

from eventcenter.kinds import SEALED, Kind
from eventcenter.store.problems import Problems
from eventcenter.store.sealing import UNREADABLE, looks_sealed

Unseal = Callable[[str], Mapping[str, object] | None]
_JOURNAL = (Kind.ENTRY_LOGGED, Kind.DECISION_LOGGED, Kind.ENTRY_CORRECTED)


def check_sealed(conn: Connection, unseal: Unseal | None, problems: Problems) -> None:
    """Add `sealed_unreadable` (subject, id, fields, record) for each sealed blob that cannot
    be opened; `unseal` is the open event's, or None without the passphrase."""
    for record_id, kind, subject, object_id, fields, blob in _sealed_blobs(conn):
        if looks_sealed(blob) and (unseal is None or unseal(blob) is not UNREADABLE):
            continue
        problems.add("sealed_unreadable", subject=subject, id=object_id,
                     fields=", ".join(fields), record=record_id, kind=kind)


def _sealed_blobs(conn: Connection) -> Iterator[tuple]:
    """(record id, kind, subject, object id, fields, blob) of every sealed blob; a journal
    record's fields are sealed together, a measure's or request's one by one."""
    names = ", ".join(f"'{kind}'" for kind in SEALED)
    rows = conn.exec_driver_sql(
        f"SELECT id, kind, payload FROM records WHERE kind IN ({names}) "
        "AND instr(payload, '\"sealed\":') > 0 ORDER BY device_id, seq")
    for record_id, kind, text in rows:
        try:
            payload = json.loads(text)
        except (TypeError, ValueError):
            continue  # a record that cannot be read at all is reported by the chain check
        sealed = payload.get("sealed") if isinstance(payload, dict) else None
        if sealed is None:
            continue
        kind = Kind(kind)
        subject = kind.subject
        if kind in _JOURNAL:
            yield record_id, kind.value, subject, record_id, SEALED[kind], sealed
            continue
        object_id = payload.get(subject) or record_id
        for field, blob in (sealed.items() if isinstance(sealed, dict) else [("?", sealed)]):
            yield record_id, kind.value, subject, object_id, (field,), blob
