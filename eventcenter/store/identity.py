"""The event's identity: its id, name, template, date, exercise flag, thresholds and keys.

They live in the records, so they travel with them: in the `event.created` record of an event
made by this version, and, for a file made before (schema 2 and older), in the one
`event.identity` record its migration made from `meta`. The `meta` table is a cache of them
for quick reading: `verify` compares it with the identity records, and a file whose `meta`
disagrees with them is refused for writing (`event_file.EventFile.open`), since the next
confidential line would be sealed to whatever public key `meta` holds.

Every laptop's chain starts from the event: the previous hash of its first record is
`genesis(event_id)`, so a record verifies only in its own event. Chains begun before the
identity moved into the records start from the old constant `GENESIS`; they are accepted
only in a file whose identity came from a migration (`legacy_chains_allowed`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from eventcenter.kinds import Kind
from eventcenter.store import sql

# What `meta` held of the event when the identity moved into the records, in this order.
FIELDS = ("event_id", "name", "template", "date", "exercise", "stale_measure_minutes",
          "unacknowledged_request_minutes", "unanswered_request_minutes", "public_key",
          "wrapped_private_key")
_WHOLE_NUMBERS = frozenset({"stale_measure_minutes", "unacknowledged_request_minutes",
                            "unanswered_request_minutes"})
_GENESIS_DOMAIN = b"eventcenter chain genesis\x00"
# Uses the partial index records_identity (migration 0003): the same words, or a scan.
_IDENTITY_SQL = ("SELECT kind, payload, device_id, device_name, seq FROM records "
                 "WHERE kind IN ('event.created', 'event.identity') ORDER BY hlc, device_id")


def genesis(event_id: str) -> str:
    """The previous hash of the first record of every chain of this event."""
    return hashlib.sha256(_GENESIS_DOMAIN + event_id.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class IdentityRecord:
    """A record that says who the event is (what verify and the open check need of it)."""

    kind: str
    payload: dict
    device_id: str
    device_name: str
    seq: int


def payload_from_meta(meta: Mapping[str, str]) -> dict[str, Any]:
    """The identity as a record carries it, from `meta`'s text: the exercise flag a boolean,
    thresholds whole numbers, the wrapped private key an object (salt, KDF parameters, nonce,
    ciphertext). A value that is not of its kind is kept as the text it is."""
    return {key: _typed(key, meta[key]) for key in FIELDS if key in meta}


def _typed(key: str, value: str) -> Any:
    if key == "exercise" and value in ("0", "1"):
        return value == "1"
    if key in _WHOLE_NUMBERS and value.isascii() and value.isdigit():
        return int(value)
    if key == "wrapped_private_key":
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        return parsed if isinstance(parsed, dict) else value
    return value


def meta_from_payload(payload: Mapping[str, Any]) -> dict[str, str]:
    """`meta`'s text for an identity record's payload (the inverse of `payload_from_meta`)."""
    meta = {}
    for key in FIELDS:
        if key not in payload:
            continue
        value = payload[key]
        if isinstance(value, bool):
            meta[key] = "1" if value else "0"
        elif isinstance(value, dict):
            meta[key] = json.dumps(value, sort_keys=True)
        else:
            meta[key] = str(value)
    return meta


def differing(one: Mapping[str, Any], other: Mapping[str, Any]) -> list[str]:
    """The identity keys on which two payloads disagree (one missing counts)."""
    return [key for key in FIELDS if one.get(key) != other.get(key)]


def identity_records(conn: Any) -> list[IdentityRecord]:
    """The records that say who the event is, in replay order: every `event.identity`, and
    every `event.created` that carries the event's id (an older one carries only its name,
    template, date and flag). A payload that cannot be read is left to the chain check."""
    found = []
    for kind, payload, device_id, device_name, seq in sql.run(conn, _IDENTITY_SQL):
        try:
            parsed = json.loads(payload)
        except (TypeError, ValueError):
            continue
        if isinstance(parsed, dict) and (kind == Kind.EVENT_IDENTITY or "event_id" in parsed):
            found.append(IdentityRecord(kind, parsed, device_id, device_name, seq))
    return found


def check(meta: Mapping[str, str], records: list[IdentityRecord]) -> list[tuple[str, dict]]:
    """What is wrong with the event's identity, as verify's problems: no record holds it
    (`identity_missing`), `meta` says otherwise than a record (`identity_mismatch`, once per
    key), a later identity record says otherwise than the first (`identity_clash`)."""
    if not records:
        return [("identity_missing", {})]
    cached = payload_from_meta(meta)
    mismatched = {key for record in records for key in differing(cached, record.payload)}
    found = [("identity_mismatch", {"key": key}) for key in FIELDS if key in mismatched]
    first = records[0]
    for record in records[1:]:
        found += [("identity_clash", {"key": key, "device": record.device_name,
                                      "seq": record.seq})
                  for key in differing(first.payload, record.payload)]
    return found


def event_id(records: list[IdentityRecord], meta: Mapping[str, str]) -> str | None:
    """The event's id as its first identity record says it (`meta`'s when none does)."""
    for record in records:
        value = record.payload.get("event_id")
        if isinstance(value, str):
            return value
    return meta.get("event_id")


def legacy_chains_allowed(records: list[IdentityRecord]) -> bool:
    """A chain may start from the old constant only in a file made before the identity moved
    into the records: one whose identity a migration wrote (no `event.created` carries it)."""
    return bool(records) and all(record.kind == Kind.EVENT_IDENTITY for record in records)


def chain_start(conn: Any, drafts: Iterable[Any]) -> str:
    """The previous hash of a laptop's first record in this file: the genesis of the event
    the stored identity names, or, when the file is being made, the one its first records
    (`event.created`) name. Raises LookupError for a file that holds no identity at all
    (the open check refuses writing to one before it comes here)."""
    stored = event_id(identity_records(conn), {})
    if stored is None:
        stored = next((d.payload["event_id"] for d in drafts
                       if d.kind in (Kind.EVENT_CREATED, Kind.EVENT_IDENTITY)
                       and "event_id" in d.payload), None)
    if stored is None:
        raise LookupError("no record holds the event's identity")
    return genesis(stored)
