"""The event's identity is in its records: `event.created` carries what `meta` holds, every
laptop's chain starts from the event's id, and `verify` compares `meta` (a cache) with the
records: a swapped key, a swapped wrapped private key or a record moved in from another
event is named, and a file whose `meta` disagrees is refused for writing."""

from __future__ import annotations

import base64
import json
import os
import shutil

import pytest

from eventcenter import projections
from eventcenter.device import Device
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.messages import describe_problem, speaking
from eventcenter.store.identity import genesis
from eventcenter.store.records import GENESIS, Draft, Record, chain_hash
from eventcenter.store.schema import records
from eventcenter.store.sealing import EventKeys, Opener, seal
from tests.core.laptops import _empty_file
from tests.factories import PASSPHRASE, make_event
from tests.raw_files import raw, state

LAPTOP_B = Device("b" * 32, "laptop B", "Bo")
# Every key of `meta` that says who the event is (all but the mark each write leaves).
IDENTITY_KEYS = ("event_id", "name", "template", "date", "exercise", "stale_measure_minutes",
                 "public_key", "wrapped_private_key")


def problems(event: EventFile) -> list[tuple[str, dict]]:
    return verify(event).items


def set_meta(event: EventFile, key: str, value: str) -> None:
    with raw(event.path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))


def meta_of(event: EventFile) -> dict[str, str]:
    with raw(event.path) as conn:
        return dict(conn.execute("SELECT key, value FROM meta WHERE key != 'write_mark'"))


def another_public_key() -> str:
    return base64.b64encode(os.urandom(32)).decode("ascii")


def another_wrapped_key(event: EventFile) -> str:
    """The wrapped private key with other bytes in its ciphertext, as one made for another
    key pair would be."""
    blob = json.loads(event.meta("wrapped_private_key"))
    blob["key"] = base64.b64encode(os.urandom(48)).decode("ascii")
    return json.dumps(blob, sort_keys=True)


def first_records(event: EventFile) -> dict[str, object]:
    """Each laptop's first record."""
    return {r.device_id: r for r in event.records() if r.seq == 1}


# -- verify compares meta with the records -----------------------------------------------


def test_a_swapped_public_key_is_caught_by_verify(event):
    set_meta(event, "public_key", another_public_key())
    assert ("identity_mismatch", {"key": "public_key"}) in problems(event)


def test_a_swapped_wrapped_private_key_is_caught_by_verify(event):
    set_meta(event, "wrapped_private_key", another_wrapped_key(event))
    assert ("identity_mismatch", {"key": "wrapped_private_key"}) in problems(event)


@pytest.mark.parametrize("key, value", [("event_id", "f" * 32), ("name", "Kulturnatten 2027"),
                                        ("template", "blank"), ("date", "2027-09-18"),
                                        ("exercise", "1"), ("stale_measure_minutes", "90")])
def test_every_identity_key_of_meta_is_compared(event, key, value):
    set_meta(event, key, value)
    assert ("identity_mismatch", {"key": key}) in problems(event)


def test_a_meta_key_deleted_is_a_mismatch(event):
    with raw(event.path) as conn:
        conn.execute("DELETE FROM meta WHERE key = 'stale_measure_minutes'")
    assert ("identity_mismatch", {"key": "stale_measure_minutes"}) in problems(event)


def test_the_mismatch_is_said_in_swedish_words():
    with speaking("sv"):
        said = describe_problem("identity_mismatch", {"key": "public_key"})
    assert "publika nyckel" in said and "meta" in said


# -- event.created carries the identity ---------------------------------------------------


def test_a_new_events_created_record_carries_everything_meta_holds(event):
    created = next(r for r in event.records() if r.kind == "event.created")
    payload = created.payload
    meta = meta_of(event)
    assert set(IDENTITY_KEYS) <= set(payload)
    assert {k: payload[k] for k in ("event_id", "name", "template", "date", "public_key")} == \
        {k: meta[k] for k in ("event_id", "name", "template", "date", "public_key")}
    assert payload["exercise"] is False and meta["exercise"] == "0"
    assert payload["stale_measure_minutes"] == int(meta["stale_measure_minutes"]) == 20
    wrapped = payload["wrapped_private_key"]
    assert wrapped == json.loads(meta["wrapped_private_key"])
    assert {"kdf", "n", "r", "p", "salt", "nonce", "key"} <= set(wrapped)


def test_the_keys_in_the_record_open_confidential_text(unlocked):
    """The record alone is enough: a laptop that gets only the records (from a bundle or a
    server) can seal to the public key and open with the passphrase."""
    created = next(r for r in unlocked.records() if r.kind == "event.created")
    keys = EventKeys(base64.b64decode(created.payload["public_key"]),
                     json.dumps(created.payload["wrapped_private_key"], sort_keys=True))
    assert Opener(keys, PASSPHRASE).open(seal(keys.public_key, {"text": "Lisa"})) == \
        {"text": "Lisa"}


# -- every chain starts from the event's id ------------------------------------------------


def test_the_first_record_of_every_chain_links_to_the_event(event, tmp_path):
    event.journal.log("Från den här datorn", operator="Anna")
    with EventFile.open(event.path, LAPTOP_B) as other:
        other.journal.log("Från dator B", operator="Bo")
    starts = {r.prev_hash for r in first_records(event).values()}
    assert len(first_records(event)) == 3  # the creator, this laptop and laptop B
    assert starts == {genesis(event.event_id)}
    (tmp_path / "annat").mkdir()
    with make_event(tmp_path / "annat", name="Kulturnatten 2027") as elsewhere:
        assert elsewhere.event_id != event.event_id
        assert {r.prev_hash for r in first_records(elsewhere).values()} == \
            {genesis(elsewhere.event_id)}
    assert genesis(event.event_id) != genesis(elsewhere.event_id) != GENESIS
    assert not problems(event)


def moved_in(event: EventFile, tmp_path) -> None:
    """Laptop B's records of another event, moved into this file with its projections
    rebuilt: every table agrees with the records, only the chain tells."""
    other_folder = tmp_path / "annat"
    other_folder.mkdir()
    make_event(other_folder).close()
    with EventFile.open(other_folder / "valborg.event", LAPTOP_B) as other:
        other.journal.log("Skrivet i ett annat evenemang", operator="Bo")
    with raw(event.path) as conn:
        conn.execute("ATTACH DATABASE ? AS other", (str(other_folder / "valborg.event"),))
        conn.execute("INSERT INTO records SELECT * FROM other.records WHERE device_id = ?",
                     (LAPTOP_B.id,))
        conn.execute("DETACH DATABASE other")
    with event.writing() as conn:
        projections.rebuild(conn)


def test_a_record_moved_from_another_event_is_caught(event, tmp_path):
    moved_in(event, tmp_path)
    moved = next(r for r in event.records() if r.device_id == LAPTOP_B.id)
    assert ("chain_other_event", {"device": "laptop B", "id": moved.id}) in problems(event)


def test_a_chain_from_the_old_constant_is_another_events_in_a_new_file(event):
    """A file made with the identity in its records has no chain from before it: a first
    record linked to the old constant was not written for this event."""
    creator = first_records(event)
    mine = next(iter(creator.values()))
    forged = Record(**{**mine.__dict__, "id": "9" * 32, "device_id": "9" * 32,
                       "device_name": "gammal dator", "kind": "category.added",
                       "payload": {"code": "gml", "name": "Gammal"}, "prev_hash": GENESIS,
                       "hash": ""})
    forged = Record(**{**forged.__dict__, "hash": chain_hash(GENESIS, forged.canonical())})
    with event.writing() as conn:
        conn.execute(records.insert(), [forged.row()])
        projections.rebuild(conn)
    assert ("chain_other_event", {"device": "gammal dator", "id": "9" * 32}) in \
        problems(event)


# -- a file whose meta disagrees is refused for writing -------------------------------------


def test_a_file_whose_meta_disagrees_is_refused_for_writing(event):
    set_meta(event, "public_key", another_public_key())
    before = state(event.path), meta_of(event)
    with EventFile.open(event.path) as opened:
        with pytest.raises(UserError) as caught:
            opened.journal.log("Sekretess", operator="Anna", confidential=True)
        assert caught.value.code == "identity_mismatch"
        assert caught.value.params["key"] == "public_key"
        assert opened.read.state.unit("TV3").callsign == "TV3"  # reading goes on
    assert (state(event.path), meta_of(event)) == before


def test_the_refusal_is_said_in_swedish_words(event):
    set_meta(event, "wrapped_private_key", another_wrapped_key(event))
    with EventFile.open(event.path) as opened, pytest.raises(UserError) as caught:
        opened.units.move("TV3", status="on-site", place="Resecentrum", operator="Anna")
    with speaking("sv"):
        said = str(caught.value)
    assert "lösenfrasskyddade privata nyckel" in said and "Inget sparades" in said
    assert "eventcenter verify" in said


def test_a_second_identity_record_that_differs_is_a_clash(event):
    """Two records that give the event different keys: verify names the clash, and the
    file is refused for writing (its meta agrees with one of them only)."""
    created = next(r for r in event.records() if r.kind == "event.created")
    forged = {**created.payload, "public_key": another_public_key()}
    event.write([Draft("event.identity", forged, "Mallory")])
    found = problems(event)
    assert ("identity_clash", {"key": "public_key", "device": event.device.name,
                               "seq": 1}) in found
    assert ("identity_mismatch", {"key": "public_key"}) in found
    with EventFile.open(event.path) as opened, pytest.raises(UserError) as caught:
        opened.journal.log("Rad", operator="Anna")
    assert caught.value.code == "identity_mismatch"


def test_a_file_without_an_identity_record_is_refused(event, tmp_path):
    """Records copied without the one that says whose they are."""
    path = tmp_path / "utan.event"
    shutil.copy(_empty_file(), path)
    with raw(path) as conn:
        conn.execute("ATTACH DATABASE ? AS source", (str(event.path),))
        conn.execute("INSERT INTO meta SELECT * FROM source.meta")
        conn.execute("INSERT INTO records SELECT * FROM source.records "
                     "WHERE kind != 'event.created'")
    with EventFile.open(path) as copy:
        assert ("identity_missing", {}) in problems(copy)
        with pytest.raises(UserError) as caught:
            copy.journal.log("Rad", operator="Anna")
        assert caught.value.code == "identity_mismatch"
