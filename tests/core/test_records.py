"""Records: append-only, gapless per-device chains, retries that cannot duplicate, a hybrid
logical clock that never runs back, and a fingerprint that depends on the set of records only."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import exc, text

from eventcenter import projections
from eventcenter.catalogue import reading as catalogue
from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.ids import new_id
from eventcenter.integrity import fingerprint, verify
from eventcenter.store.identity import genesis
from eventcenter.store.records import Draft, Record, chain_hash, next_hlc
from eventcenter.store.schema import records as records_table
from eventcenter.timefmt import now_utc, to_micros
from tests.factories import PASSPHRASE, make_event
from tests.raw_files import raw

LAPTOP_A = Device("a" * 32, "Laptop A")
LAPTOP_B = Device("b" * 32, "Laptop B")


def device_records(event: EventFile, device_id: str) -> list[Record]:
    return sorted((r for r in event.records() if r.device_id == device_id), key=lambda r: r.seq)


# -- append-only ------------------------------------------------------------------------------


def test_records_refuse_update_and_delete_through_the_core_connection(event):
    event.journal.log("Första raden", operator="Anna")
    before = fingerprint(event)
    with pytest.raises(exc.IntegrityError, match="append-only"), event.writing() as conn:
        conn.execute(text("UPDATE records SET payload = '{}' WHERE kind = 'entry.logged'"))
    with pytest.raises(exc.IntegrityError, match="append-only"), event.writing() as conn:
        conn.execute(text("DELETE FROM records WHERE kind = 'entry.logged'"))
    assert fingerprint(event) == before
    assert not verify(event)


def test_records_refuse_update_and_delete_from_any_sqlite_client(event):
    event.journal.log("Första raden", operator="Anna")
    count = len(event.records())
    with raw(event.path) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE records SET operator = 'Mallory' WHERE seq = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM records WHERE seq = (SELECT max(seq) FROM records)")
    assert len(event.records()) == count


def test_records_refuse_replacement_by_insert_or_replace(event):
    with raw(event.path) as conn:
        row = conn.execute("SELECT * FROM records WHERE seq = 2").fetchone()
        changed = (*row[:10], '{"edited":true}', *row[11:])
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"INSERT OR REPLACE INTO records VALUES ({', '.join('?' * 13)})",
                         changed)


def replace_payload(path, where: str, payload: str) -> int:
    """Swap one record's payload behind the triggers' back (as someone who drops them
    would); returns its seq."""
    with raw(path) as conn:
        conn.execute("DROP TRIGGER IF EXISTS records_no_replace")
        row = conn.execute(f"SELECT * FROM records WHERE {where} LIMIT 1").fetchone()
        conn.execute(f"INSERT OR REPLACE INTO records VALUES ({', '.join('?' * 13)})",
                     (*row[:10], payload, *row[11:]))
    return row[3]


def test_a_record_replaced_behind_the_triggers_is_still_caught_by_verify(event):
    event.journal.log("Brand i papperskorg", operator="Anna")
    seq = replace_payload(event.path, "kind = 'entry.logged'", '{"text":"Ingenting hände"}')
    found = verify(event).items
    assert ("record_altered", seq) in [(code, p.get("seq")) for code, p in found]


def test_a_payload_that_cannot_be_replayed_is_reported_not_raised(event):
    seq = replace_payload(event.path, "kind = 'organisation.added'", '{"edited":true}')
    codes = {code: params for code, params in verify(event).items}
    assert codes["record_altered"]["seq"] == seq
    assert "rebuild_failed" in codes


# -- sequence numbers and chains -----------------------------------------------------------


def test_each_device_numbers_its_records_without_gaps_and_chains_them(event):
    for n in range(3):
        event.journal.log(f"Rad {n}", operator="Anna")
    event.write([Draft("category.added", {"code": f"k{n}", "name": f"kat {n}"}, "Anna")
                 for n in range(3)])
    mine = device_records(event, event.device.id)
    assert [r.seq for r in mine] == list(range(1, len(mine) + 1))
    prev = genesis(event.event_id)
    for record in mine:
        assert record.prev_hash == prev
        assert record.hash == chain_hash(prev, record.canonical())
        prev = record.hash


def test_a_second_laptop_on_the_same_file_has_its_own_chain(event):
    event.journal.log("Från den här datorn", operator="Anna")
    with EventFile.open(event.path, LAPTOP_B) as other:
        other.journal.log("Från dator B", operator="Bo")
        other.journal.log("Igen från dator B", operator="Bo")
    event.journal.log("Tillbaka på den här datorn", operator="Anna")
    theirs = device_records(event, LAPTOP_B.id)
    assert [(r.seq, r.device_name) for r in theirs] == [(1, "Laptop B"), (2, "Laptop B")]
    assert theirs[0].prev_hash == genesis(event.event_id)
    assert theirs[1].prev_hash == theirs[0].hash
    mine = device_records(event, event.device.id)
    assert [r.seq for r in mine] == list(range(1, len(mine) + 1))
    assert not verify(event)


def test_the_device_id_belongs_to_the_laptop_not_to_the_file(event):
    with raw(event.path) as conn:
        stored = " ".join(f"{k}={v}" for k, v in conn.execute("SELECT key, value FROM meta"))
    assert event.device.id not in stored


# -- retries ----------------------------------------------------------------------------------


def test_a_retried_save_with_the_same_id_does_not_duplicate(event):
    entry_id = new_id()
    first = event.journal.log("Brand i papperskorg", operator="Anna", entry_id=entry_id)
    count = len(event.records())
    again = event.journal.log("Brand i papperskorg", operator="Anna", entry_id=entry_id)
    assert first.ids == (entry_id,)
    assert again.ids == ()
    assert len(event.records()) == count
    assert [e.id for e in event.read.journal.page()].count(entry_id) == 1


def test_a_retry_keeps_the_first_save(event):
    draft = Draft("entry.logged", {"text": "först"}, "Anna", id=new_id())
    event.write([draft])
    event.write([Draft("entry.logged", {"text": "sedan"}, "Anna", id=draft.id)])
    assert event.read.journal.get(draft.id).text == "först"
    seqs = [r.seq for r in device_records(event, event.device.id)]
    assert seqs == list(range(1, len(seqs) + 1))


# -- the hybrid logical clock -----------------------------------------------------------------


def test_hlc_increases_with_every_record_even_when_the_wall_clock_steps_back(event):
    now = now_utc()
    event.journal.log("Nu", operator="Anna", now=now)
    event.journal.log("Klockan ställdes en timme bakåt", operator="Anna",
                      now=now - timedelta(hours=1))
    event.journal.log("Samma ögonblick", operator="Anna", now=now - timedelta(hours=1))
    hlcs = [r.hlc for r in device_records(event, event.device.id)]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    assert all(len(h) == len(hlcs[0]) for h in hlcs)  # fixed width: text order is time order


def test_hlc_moves_past_a_later_clock_seen_from_another_laptop(event):
    ahead = now_utc() + timedelta(hours=2)
    with EventFile.open(event.path, LAPTOP_B) as other:
        other.journal.log("Dator B går två timmar före", operator="Bo", now=ahead)
    event.journal.log("Den här datorn", operator="Anna")
    theirs = device_records(event, LAPTOP_B.id)[-1]
    mine = device_records(event, event.device.id)[-1]
    assert mine.hlc > theirs.hlc


def test_next_hlc():
    wall = to_micros(now_utc())
    first = next_hlc(None, wall)
    assert first == f"{wall // 1000:015d}000000"
    assert next_hlc(first, wall) == f"{wall // 1000:015d}000001"
    assert next_hlc(first, wall - 5_000_000) == f"{wall // 1000:015d}000001"
    assert next_hlc(first, wall + 1000) == f"{wall // 1000 + 1:015d}000000"


# -- the fingerprint: the set of records, whatever order they came in --------------------------


def records_by_id(path) -> dict[str, Record]:
    with raw(path) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM records").fetchall()
    return {r["id"]: Record(**{**dict(r), "payload": json.loads(r["payload"])}) for r in rows}


def receive(event: EventFile, incoming: list[Record]) -> None:
    """Store records from another laptop in the order given and apply them, in one write
    transaction, as a sync will."""
    with event.writing() as conn:
        conn.execute(records_table.insert(), [r.row() for r in incoming])
        projections.apply(conn, incoming)


def digest(event: EventFile) -> dict[str, str]:
    with event.reading() as conn:
        return projections.digest(conn)


def two_laptops(tmp_path) -> tuple[EventFile, EventFile]:
    """One event, copied to two laptops that each log their own night."""
    make_event(tmp_path).close()
    path_a, path_b = tmp_path / "valborg.event", tmp_path / "valborg-b.event"
    shutil.copy(path_a, path_b)
    a, b = EventFile.open(path_a, LAPTOP_A), EventFile.open(path_b, LAPTOP_B)
    now = now_utc()
    first = a.journal.log_line("@TV3 #ber Resecentrum: fem berusade", operator="Anna").id
    a.journal.log("Lisa 14 år hämtad", operator="Anna", confidential=True)
    a.journal.correct(first, "fyra berusade", reason="fel antal", operator="Anna")
    b.journal.log("Trängsel på Islandsbron", operator="Bo", place="Islandsbron",
                  occurred_at=now - timedelta(minutes=40), late_reason="radion låg nere")
    b.journal.decide("Stäng inflödet", decided_by="Polisen", operator="Bo", mandate="PL 24")
    b.write([Draft("place.added", {"name": "Ödegärdet", "kind": "park"}, "Bo")])
    return a, b


def test_same_records_in_different_arrival_order_give_the_same_fingerprint_and_state(tmp_path):
    a, b = two_laptops(tmp_path)
    with a, b:
        assert fingerprint(a).value != fingerprint(b).value
        in_a, in_b = records_by_id(a.path), records_by_id(b.path)
        # A gets B's records newest first; B gets A's oldest first.
        receive(a, sorted((r for i, r in in_b.items() if i not in in_a), key=lambda r: r.hlc,
                          reverse=True))
        receive(b, sorted((r for i, r in in_a.items() if i not in in_b), key=lambda r: r.hlc))
        print_a, print_b = fingerprint(a), fingerprint(b)
        assert print_a == print_b
        assert print_a.records == len(in_a | in_b)
        assert {h.device_name for h in print_a.heads} >= {"Laptop A", "Laptop B"}
        assert digest(a) == digest(b)
        assert not verify(a) and not verify(b)
        for event in (a, b):
            event.unlock(PASSPHRASE)
        pages = [[e.to_json() for e in laptop.read.journal.page()] for laptop in (a, b)]
        assert pages[0] == pages[1]


def test_a_rebuild_after_records_arrived_out_of_order_changes_nothing(tmp_path):
    a, b = two_laptops(tmp_path)
    with a, b:
        in_a, in_b = records_by_id(a.path), records_by_id(b.path)
        receive(a, sorted((r for i, r in in_b.items() if i not in in_a), key=lambda r: r.hlc,
                          reverse=True))
        before = digest(a)
        with a.writing() as conn:
            projections.rebuild(conn)
        assert digest(a) == before


def test_different_sets_of_records_give_different_fingerprints(tmp_path):
    a, b = two_laptops(tmp_path)
    with a, b:
        assert fingerprint(a).value != fingerprint(b).value
        in_a, in_b = records_by_id(a.path), records_by_id(b.path)
        missing = sorted((r for i, r in in_a.items() if i not in in_b), key=lambda r: r.hlc)
        receive(b, missing[:-1])  # all but one
        assert fingerprint(b).records == len(in_a | in_b) - 1
        receive(b, missing[-1:])
        assert fingerprint(b).value != fingerprint(a).value  # A lacks B's records yet


def test_a_category_added_on_two_laptops_resolves_the_same_way_on_both(tmp_path):
    make_event(tmp_path).close()
    path_a, path_b = tmp_path / "valborg.event", tmp_path / "valborg-b.event"
    shutil.copy(path_a, path_b)
    with EventFile.open(path_a, LAPTOP_A) as a, EventFile.open(path_b, LAPTOP_B) as b:
        a.write([Draft("category.added", {"code": "nyk", "name": "från A"}, "Anna")])
        b.write([Draft("category.added", {"code": "nyk", "name": "från B"}, "Bo")])
        in_a, in_b = records_by_id(a.path), records_by_id(b.path)
        receive(a, [r for i, r in in_b.items() if i not in in_a])
        receive(b, [r for i, r in in_a.items() if i not in in_b])
        assert catalogue.categories(a) == catalogue.categories(b)
        assert not verify(b)
