"""Schema migrations: every numbered migration has a test here, run against a real file."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import inspect

from eventcenter.cli import main
from eventcenter.device import Device
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.store import migrate
from eventcenter.store.identity import genesis, meta_from_payload
from eventcenter.store.schema import SCHEMA_VERSION, metadata
from tests.factories import PASSPHRASE, make_event
from tests.raw_files import state

DATA = Path(__file__).resolve().parent.parent / "data"


def copy_fixture(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(DATA / name, target)
    return target


def test_every_migration_has_a_test():
    tested = {name.removeprefix("test_migration_") for name in globals()
              if name.startswith("test_migration_")}
    missing = [rev for rev in migrate.revisions() if rev not in tested]
    assert not missing, f"migrations without a test_migration_<revision>: {missing}"


def test_head_is_the_schema_version():
    assert int(migrate.revisions()[-1]) == SCHEMA_VERSION


def test_migrated_file_has_the_declared_columns(tmp_path):
    event = make_event(tmp_path)
    found = inspect(event.engine)
    for table in metadata.sorted_tables:
        columns = {c["name"] for c in found.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
    event.close()


def test_migration_0001(tmp_path):
    """The first schema: records refuse UPDATE and DELETE from the start."""
    event = make_event(tmp_path)
    event.close()
    with sqlite3.connect(tmp_path / "valborg.event") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE records SET operator = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM records")



def test_migration_0002(tmp_path):
    """The working state: a schema-1 file keeps its journal and catalogue, its units and
    places are folded into the new tables from its records, and measures, requests, units,
    contacts and places work on it."""
    path = copy_fixture("valborg-v1.event", tmp_path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        before = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    with EventFile.open(path) as event:
        assert list(tmp_path.glob("valborg-v1.v1-backup*.event"))
        texts = {e.text for e in event.read.journal.page(newest_first_filter())}
        assert "Stäng inflödet till Islandsbron" in texts
        units = {u.callsign: u for u in event.read.state.units()}
        assert units["TV3"].status == "available" and units["TV3"].organisation == "tv"
        assert "Resecentrum" in {p.name for p in event.read.state.places()}
        measure = event.measures.open("Fem berusade ungdomar", operator="Bo",
                                      place="Resecentrum", units=["TV3"]).id
        event.measures.set_status(measure, "ongoing", operator="Bo")
        request = event.requests.receive("Skicka FA", party="Polisen", operator="Bo").id
        event.requests.answer(request, measure=measure, operator="Bo")
        event.units.move("TV3", status="on-site", place="Resecentrum", operator="Bo")
        event.contacts.add("Bo Berg", function="samordnare", organisation="kommunen",
                           operator="Bo")
        event.places.edit("Dombron", kind="bro", operator="Bo")
        assert [m.status for m in event.read.state.open_measures()] == ["ongoing"]
        assert event.read.state.requests()[0].status == "answered"
        assert event.read.state.unit("TV3").place == "Resecentrum"
        assert not verify(event)
    with sqlite3.connect(path) as conn:  # on through 0003: its identity record is one more
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == before + 7 + 1


def test_migration_0003(tmp_path, capsys):
    """The event's identity in its records: a schema-2 file kept by two laptops gets one
    `event.identity` record made from its meta, keeps its journal, working state and
    confidential text, verifies (its chains keep the old start), and its backup still gives
    the fingerprint it had; the migrated file's fingerprint changes."""
    path = copy_fixture("valborg-v2.event", tmp_path)
    old = state(path)
    assert old[0] == 118
    with EventFile.open(path, Device("d" * 32, "Ny dator")) as event:
        assert not verify(event)
        identity = [r for r in event.records() if r.kind == "event.identity"]
        assert [(r.device_id, r.seq, r.prev_hash, r.operator) for r in identity] == \
            [(event.event_id, 1, genesis(event.event_id), "system")]
        assert meta_from_payload(identity[0].payload) == stored_meta(path)
        event.unlock(PASSPHRASE)
        texts = {e.text for e in event.read.journal.page(newest_first_filter())}
        assert "Flicka 15 år omhändertagen, vårdnadshavare kontaktad" in texts
        assert "Omhändertagande enligt LVU" in texts
        sealed = [r for r in event.read.state.requests() if r.confidential]
        assert [r.text for r in sealed] == ["Skicka socialjouren till Slottsbacken: pojke 14 år"]
        event.journal.log("Ny rad efter migreringen", operator="Dan", confidential=True)
        assert not verify(event)
    assert user_version(path) == SCHEMA_VERSION
    new = state(path)
    assert new[0] == 118 + 1 + 1 and new[1] != old[1]
    backup = tmp_path / "valborg-v2.v2-backup.event"
    assert state(backup) == old
    assert main(["fingerprint", str(backup)]) == 0
    assert capsys.readouterr().out.strip() == old[1]
    assert user_version(backup) == 2 and state(backup) == old  # read, not migrated
    assert sorted(p.name for p in tmp_path.glob("*.event")) == \
        ["valborg-v2.event", "valborg-v2.v2-backup.event"]


def test_copies_migrated_on_two_laptops_make_equal_identity_records(tmp_path):
    """No laptop, moment or chance goes into the record: a sync will take the two for one."""
    made = []
    for n, laptop in enumerate((Device("d" * 32, "Dator D"), Device("e" * 32, "Dator E"))):
        folder = tmp_path / f"dator-{n}"
        folder.mkdir()
        path = copy_fixture("valborg-v2.event", folder)
        with EventFile.open(path, laptop) as event:
            event.journal.log(f"Rad från dator {n}", operator="Dan")
        made.append(identity_rows(path))
    assert len(made[0]) == 1 and made[0] == made[1]


def test_copies_with_a_differing_meta_make_clashing_identity_records(tmp_path):
    """Same record id, another hash: what an intake of records sees as a clash."""
    rows = []
    for n, name in enumerate(("Valborg 2026", "Valborg 2026 (ändrad)")):
        folder = tmp_path / f"kopia-{n}"
        folder.mkdir()
        path = copy_fixture("valborg-v2.event", folder)
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'name'", (name,))
        EventFile.open(path).close()
        rows.append(identity_rows(path)[0])
    assert rows[0]["id"] == rows[1]["id"] and rows[0]["hash"] != rows[1]["hash"]


def test_a_migrated_file_refuses_a_swapped_key_too(tmp_path):
    path = copy_fixture("valborg-v2.event", tmp_path)
    EventFile.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = 'b/v+OQ1e5IWNAJaCORwZscJ2QBZCyEB2/zdi3aw7+Rk=' "
                     "WHERE key = 'public_key'")
    with EventFile.open(path) as event:
        assert ("identity_mismatch", {"key": "public_key"}) in verify(event).items
        with pytest.raises(UserError) as caught:
            event.journal.log("Rad", operator="Dan")
        assert caught.value.code == "identity_mismatch"


def user_version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def stored_meta(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as conn:
        return dict(conn.execute("SELECT key, value FROM meta WHERE key != 'write_mark'"))


def identity_rows(path: Path) -> list[dict]:
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in
                conn.execute("SELECT * FROM records WHERE kind = 'event.identity'")]


def test_migration_0004(tmp_path):
    """Entries marked confidential afterwards: a schema-2 file (two laptops) migrates, keeps
    its records, verifies, and one of its entries can be marked and the mark lifted."""
    path = copy_fixture("valborg-v2.event", tmp_path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        before = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    with EventFile.open(path) as event:
        assert list(tmp_path.glob("valborg-v2.v2-backup*.event"))
        assert not verify(event)
        entry = next(e for e in event.read.journal.page(newest_first_filter())
                     if e.kind == "entry" and not e.confidential)
        event.journal.mark_confidential(entry.id, reason="Barn", operator="Bo")
        assert event.read.journal.get(entry.id).sealed
        assert not verify(event)
        event.journal.unmark_confidential(entry.id, reason="Fel", operator="Bo")
        assert not event.read.journal.get(entry.id).sealed
        assert not verify(event)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == before + 1 + 2
        assert conn.execute("SELECT count(*) FROM entry_marks").fetchone()[0] == 2


def test_schema_1_file_opens_with_its_journal(tmp_path):
    path = copy_fixture("valborg-v1.event", tmp_path)
    with EventFile.open(path) as event:
        texts = [e.text for e in event.read.journal.page(newest_first_filter())]
        assert "Stäng inflödet till Islandsbron" in texts
        assert "<b>Skadegörelse</b> &amp; klotter på Dombron" in texts
        assert not verify(event)
        event.unlock(PASSPHRASE)
        opened = [e.text for e in event.read.journal.page(newest_first_filter())]
        assert "Flicka 14 år, Lisa, hämtad av mamma" in opened


def test_newer_file_is_refused_and_unchanged(tmp_path):
    path = copy_fixture("valborg-v1.event", tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(UserError) as caught:
        EventFile.open(path)
    assert caught.value.code == "newer_version"
    assert path.read_bytes() == before


def newest_first_filter():
    from eventcenter.journal.queries import JournalFilter

    return JournalFilter()
