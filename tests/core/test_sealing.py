"""Confidential text is sealed before it is stored: a marker word typed into a confidential
entry, decision or correction lies nowhere in the bytes of the event file, its WAL or a backup;
with the passphrase it is shown, without it the entry is a sealed row with no text."""

from __future__ import annotations

import secrets
from datetime import timedelta

from eventcenter.backups import backup_now
from eventcenter.device import Device
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE
from tests.raw_files import contains, raw, sidecars


def marker(kind: str) -> str:
    """A word that occurs nowhere else: mixed case, so its lower-cased index form differs."""
    return f"{kind}Zq{secrets.token_hex(6).upper()}"


def write_secrets(event: EventFile) -> dict[str, str]:
    """Confidential text in every sealed field of every kind; returns field → marker."""
    words = {name: marker(name) for name in (
        "Text", "Reporter", "Late", "Line", "Decision", "Basis", "Reason", "Affected",
        "DecisionLate", "Fix", "FixReason")}
    now = now_utc()
    secret = event.journal.log(
        f"Flicka 14 år {words['Text']} hämtad", operator="Anna", reporter=words["Reporter"],
        occurred_at=now - timedelta(minutes=30), late_reason=words["Late"], confidential=True,
        category="barn", now=now).id
    event.journal.log_line(f"#ber !Resecentrum {words['Line']} 13 år", operator="Anna",
                           confidential=True)
    event.journal.decide(words["Decision"], decided_by="Socialjouren", operator="Anna",
                         basis=words["Basis"], reason=words["Reason"],
                         affected=words["Affected"], confidential=True,
                         occurred_at=now - timedelta(minutes=20),
                         late_reason=words["DecisionLate"], now=now)
    # The correction does not say it is confidential: it is, because what it corrects is.
    event.journal.correct(secret[:10], f"Flicka 15 år {words['Fix']}",
                          reason=words["FixReason"], operator="Bo")
    return words


def test_sealed_words_are_in_no_byte_of_the_file_its_wal_or_a_backup(event, tmp_path):
    public = marker("Public")
    with raw(event.path) as reader:
        reader.execute("SELECT count(*) FROM records").fetchone()  # holds the WAL open
        words = write_secrets(event)
        event.journal.log(f"Klotter {public} på Dombron", operator="Anna")
        files = sidecars(event.path)
        assert "wal" in files
        # Before the checkpoint: the public word is in the WAL only; the sealed ones nowhere.
        assert contains(files["wal"], public) and not contains(files["main"], public)
        for name, path in files.items():
            for field, word in words.items():
                assert not contains(path, word), f"{field} in the clear in {name}"
        copy = backup_now(event, tmp_path / "kopior")
    event.close()
    assert contains(event.path, public)  # after the checkpoint: in the file itself
    assert contains(copy, public)
    for path in (event.path, copy):
        for field, word in words.items():
            assert not contains(path, word), f"{field} in the clear in {path.name}"
    for leftover in sidecars(event.path).values():
        for word in words.values():
            assert not contains(leftover, word)


def test_the_passphrase_is_not_in_the_file(event):
    write_secrets(event)
    event.close()
    assert not contains(event.path, PASSPHRASE)


def test_with_the_passphrase_every_sealed_field_is_shown(unlocked):
    words = write_secrets(unlocked)
    shown = unlocked.read.journal.page()
    assert all(e.confidential and not e.sealed for e in shown)
    fields = " ".join(str(v) for e in shown for v in e.to_json().values())
    fields += " ".join(str(e.correction_reason) for e in shown)
    for field, word in words.items():
        assert word in fields, field
    decision = next(e for e in shown if e.kind == "decision")
    assert (decision.text, decision.basis, decision.late_reason) == (
        words["Decision"], words["Basis"], words["DecisionLate"])
    assert decision.decided_by == "Socialjouren"


def test_without_the_passphrase_a_sealed_entry_has_no_text(event):
    write_secrets(event)
    shown = event.read.journal.page()
    assert len(shown) == 4
    for entry in shown:
        assert entry.sealed and entry.confidential
        assert entry.text is None
        assert None is entry.reporter is entry.late_reason is entry.basis is entry.reason
        assert entry.affected is None and entry.correction_reason is None
        assert entry.operator in ("Anna", "Bo") and entry.occurred_at
        assert entry.to_json()["text"] is None
    assert {e.category for e in shown} >= {"barn", "ber"}


def test_locking_again_hides_the_text(unlocked):
    words = write_secrets(unlocked)
    assert any(words["Text"] in (e.text or "") for e in unlocked.read.journal.page())
    unlocked.lock()
    assert all(e.text is None for e in unlocked.read.journal.page())


def test_a_laptop_without_the_passphrase_writes_what_a_coordinator_can_read(event):
    liaison = Device("c" * 32, "Sambandsdator", role="liaison")
    with EventFile.open(event.path, liaison) as theirs:
        entry_id = theirs.journal.log("Polisen begär FA till Resecentrum: fem minderåriga",
                                      operator="Kim", confidential=True).id
        assert theirs.read.journal.get(entry_id).text is None
    event.unlock(PASSPHRASE)
    assert event.read.journal.get(entry_id).text == (
        "Polisen begär FA till Resecentrum: fem minderåriga")
    assert not verify(event)
