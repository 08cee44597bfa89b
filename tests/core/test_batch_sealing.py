"""Sealing under batch keys (issue 12): a process seals many fields with one random batch key,
itself sealed once to the event's public key, so that opening them costs one key agreement per
batch rather than per field. Fields sealed before (one key agreement each) still open and
still pass `verify`; a field of either format that cannot be opened still says so; a laptop
without the passphrase still writes what a coordinator reads."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from eventcenter import messages
from eventcenter.cli import main
from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.journal.queries import JournalFilter
from eventcenter.kinds import SEALED, Kind
from eventcenter.store import sealing
from eventcenter.store.records import Draft
from eventcenter.store.sealing import UNREADABLE, Opener, looks_sealed, seal, seal_single
from tests.factories import PASSPHRASE

DATA = Path(__file__).resolve().parent.parent / "data"


def another_key() -> bytes:
    return X25519PrivateKey.generate().public_key().public_bytes_raw()


def sealed_of(event: EventFile, entry_id: str) -> str:
    with event.reading() as conn:
        return conn.exec_driver_sql("SELECT sealed FROM entries WHERE id = ?",
                                    (entry_id,)).scalar_one()


def agreements(monkeypatch) -> list[bytes]:
    """Counts the key agreements openers make (one per field before, one per batch now)."""
    made: list[bytes] = []
    agreed = Opener._agreed

    def counting(self, ephemeral, info):
        made.append(ephemeral)
        return agreed(self, ephemeral, info)

    monkeypatch.setattr(Opener, "_agreed", counting)
    return made


def test_fields_sealed_in_one_process_share_a_batch_key_unwrapped_once(unlocked, monkeypatch):
    made = agreements(monkeypatch)
    ids = [unlocked.journal.log(f"Flicka {n} år hämtad", operator="Anna",
                                confidential=True).id for n in range(12, 17)]
    blobs = [sealed_of(unlocked, i) for i in ids]
    assert all(b.startswith("2.") for b in blobs)
    wrapped = {base64.b64decode(b[2:])[:92] for b in blobs}
    assert len(wrapped) == 1  # one batch key for the five, each field its own nonce
    assert len(set(blobs)) == 5
    texts = [e.text for e in unlocked.read.journal.page(JournalFilter(query="hämtad"))]
    assert texts == [f"Flicka {n} år hämtad" for n in range(16, 11, -1)]
    assert len(made) == 1


def test_a_process_draws_a_new_batch_key_after_its_uses(unlocked, monkeypatch):
    monkeypatch.setattr(sealing, "BATCH_USES", 2)
    monkeypatch.setattr(sealing, "_batches", {})
    blobs = [seal(unlocked.public_key, {"text": str(n)}) for n in range(5)]
    wrapped = [base64.b64decode(b[2:])[:92] for b in blobs]
    assert wrapped[0] == wrapped[1] != wrapped[2] == wrapped[3] != wrapped[4]
    assert [unlocked.unseal(b) for b in blobs] == [{"text": str(n)} for n in range(5)]


def test_a_file_sealed_before_opens_beside_new_fields_and_verifies(tmp_path):
    path = tmp_path / "valborg-v2.event"
    shutil.copy(DATA / "valborg-v2.event", path)
    with EventFile.open(path, Device("d" * 32, "Testdator")) as event:
        event.unlock(PASSPHRASE)
        old = [e for e in event.read.journal.page() if e.confidential]
        assert old and all(e.text and not e.unreadable for e in old)
        assert not any(sealed_of(event, e.id).startswith("2.") for e in old)
        new = event.journal.log("Ny sekretesspost Zebrafink", operator="Anna",
                                confidential=True).id
        assert sealed_of(event, new).startswith("2.")
        found = event.read.journal.page(JournalFilter(query=old[0].text.split()[-1]))
        assert old[0].id in [e.id for e in found]
        assert event.read.journal.get(new).text == "Ny sekretesspost Zebrafink"
        assert not verify(event)


def test_both_formats_open_and_neither_opens_with_another_key(unlocked):
    fields = {"text": "Hämtad av mamma", "reporter": "Fältassistent"}
    assert unlocked.unseal(seal(unlocked.public_key, fields)) == fields
    assert unlocked.unseal(seal_single(unlocked.public_key, fields)) == fields
    assert unlocked.unseal(seal(another_key(), fields)) is UNREADABLE
    assert unlocked.unseal(seal_single(another_key(), fields)) is UNREADABLE


@pytest.mark.parametrize("damage", ["key", "nonce", "text", "short", "prefix"])
def test_a_damaged_batch_field_cannot_be_opened(unlocked, damage):
    blob = seal(unlocked.public_key, {"text": "Hämtad av mamma"})
    data = bytearray(base64.b64decode(blob[2:]))
    where = {"key": 50, "nonce": 95, "text": len(data) - 20}
    if damage in where:
        data[where[damage]] ^= 0x01
    if damage == "short":
        data = data[:100]
    damaged = ("3." if damage == "prefix" else "2.") + base64.b64encode(bytes(data)).decode()
    assert unlocked.unseal(damaged) is UNREADABLE
    assert looks_sealed(damaged) == (damage in where)


def test_the_journal_says_a_batch_field_of_another_key_cannot_be_opened(unlocked, capsys):
    payload = sealing.seal_together(another_key(), {"text": "Annan nyckel",
                                                    "confidential": True},
                                    SEALED[Kind.ENTRY_LOGGED])
    assert payload["sealed"].startswith("2.")
    entry_id = unlocked.write([Draft(Kind.ENTRY_LOGGED, payload, "Anna")]).ids[0]
    assert unlocked.read.journal.get(entry_id).unreadable == ("text", "reporter", "late_reason")
    assert [code for code, _ in verify(unlocked).items] == ["sealed_unreadable"]
    unlocked.close()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("EVENTCENTER_CONFIDENTIAL_PASSPHRASE", PASSPHRASE)
        try:
            assert main(["search", str(unlocked.path), "nyckel"]) == 0
            assert main(["show", str(unlocked.path), "journal"]) == 0
        finally:
            messages.set_language(None)
    assert "kan inte öppnas" in capsys.readouterr().out


def test_the_liaison_seals_without_the_passphrase_and_a_coordinator_opens(event, monkeypatch):
    monkeypatch.setattr(sealing, "_batches", {})
    liaison = Device("c" * 32, "Sambandsdator", role="liaison")
    with EventFile.open(event.path, liaison) as theirs:
        assert not theirs.unlocked
        ids = [theirs.journal.log(f"Polisen begär FA {n}", operator="Kim",
                                  confidential=True).id for n in range(3)]
        assert all(theirs.read.journal.get(i).text is None for i in ids)
        assert all(sealed_of(theirs, i).startswith("2.") for i in ids)
    event.unlock(PASSPHRASE)
    assert [event.read.journal.get(i).text for i in ids] == [
        f"Polisen begär FA {n}" for n in range(3)]
    assert not verify(event)
