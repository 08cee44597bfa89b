"""Schema migrations: every numbered migration has a test here, run against a real file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.store import migrate
from eventcenter.store.schema import SCHEMA_VERSION, metadata
from tests.factories import PASSPHRASE, make_event

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
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == before + 7

def test_migration_0003(tmp_path):
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
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == before + 2
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
