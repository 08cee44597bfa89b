"""A sealed field that cannot be opened (issue 11): damaged, or sealed to another event's key.
With the passphrase every read goes on: the field is unreadable (named in `unreadable`, its
value None) and everything else, the other entries and fields included, is read as ever.
`verify` names each such field by its entry or object id and field."""

from __future__ import annotations

import base64
import os

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.journal.queries import JournalFilter
from eventcenter.kinds import SEALED, Kind
from eventcenter.messages import describe_problem
from eventcenter.store.records import Draft
from eventcenter.store.sealing import seal, seal_apart, seal_together

GARBAGE = base64.b64encode(os.urandom(80)).decode("ascii")  # base64, but no sealed field


def another_key() -> bytes:
    """The public key of another event: what it seals, this event's passphrase cannot open."""
    return X25519PrivateKey.generate().public_key().public_bytes_raw()


def write_unreadable(event: EventFile) -> dict[str, str]:
    """Through the core's own write path: an entry sealed to another key, a decision whose
    blob is garbage, a measure whose title is sealed to another key (its notes to this
    event's), a request whose sender is not even base64; and one readable entry."""
    ids = {"readable": event.journal.log("Läsbar hemlighet", operator="Anna",
                                         confidential=True).id}
    entry = seal_together(another_key(), {"text": "Annan nyckel", "confidential": True},
                          SEALED[Kind.ENTRY_LOGGED])
    decision = {"text": None, "confidential": True, "sealed": GARBAGE}
    measure = seal_apart(another_key(), {"title": "Annan nyckel", "confidential": True,
                                         "status": "ongoing"}, ("title",))
    measure["sealed"]["notes"] = seal(event.public_key, {"notes": "Läsbara anteckningar"})
    request = seal_apart(event.public_key, {"text": "Läsbar begäran", "confidential": True},
                         ("text",))
    request["sealed"]["from"] = "inte base64 alls!"
    drafts = [Draft(Kind.ENTRY_LOGGED, entry, "Anna"),
              Draft(Kind.DECISION_LOGGED, {k: v for k, v in decision.items() if v}, "Anna"),
              Draft(Kind.MEASURE_OPENED, measure, "Anna"),
              Draft(Kind.REQUEST_RECEIVED, request, "Eva")]
    ids["entry"], ids["decision"], ids["measure"], ids["request"] = event.write(drafts).ids
    return ids


@pytest.fixture
def broken(unlocked):
    ids = write_unreadable(unlocked)
    return unlocked, ids


def test_the_journal_reads_on_and_names_what_cannot_be_opened(broken):
    event, ids = broken
    shown = {e.id: e for e in event.read.journal.page()}
    assert shown[ids["readable"]].text == "Läsbar hemlighet"
    assert shown[ids["readable"]].unreadable == ()
    for key in ("entry", "decision"):
        entry = shown[ids[key]]
        assert entry.text is None and not entry.sealed
        kind = Kind.ENTRY_LOGGED if key == "entry" else Kind.DECISION_LOGGED
        assert entry.unreadable == SEALED[kind]
        assert entry.to_json()["unreadable"] == list(SEALED[kind])
    assert "unreadable" not in shown[ids["readable"]].to_json()
    assert event.read.journal.get(ids["entry"][:8]).unreadable


def test_a_search_with_the_passphrase_passes_over_what_cannot_be_opened(broken):
    event, ids = broken
    assert [e.id for e in event.read.journal.page(JournalFilter(query="läsbar"))] == [
        ids["readable"]]
    assert event.read.journal.count(JournalFilter(query="annan")) == 0
    confidential = event.read.journal.page(JournalFilter(confidential=True))
    assert {e.id for e in confidential if e.unreadable} == {ids["entry"], ids["decision"]}


def test_a_measure_and_a_request_read_on_field_by_field(broken):
    event, ids = broken
    measure = event.read.state.measure(ids["measure"])
    assert (measure.title, measure.notes) == (None, "Läsbara anteckningar")
    assert measure.unreadable == ("title",) and not measure.sealed
    assert measure.to_json()["unreadable"] == ["title"]
    request = event.read.state.request(ids["request"])
    assert (request.text, request.from_party) == ("Läsbar begäran", None)
    assert request.unreadable == ("from",)
    assert request.to_json()["unreadable"] == ["from"]
    snapshot = event.read.state.snapshot()
    assert [m.unreadable for m in snapshot.measures] == [("title",)]


def test_the_history_names_the_fields_that_cannot_be_opened(broken):
    event, ids = broken
    [opened] = event.read.state.history(ids["measure"])
    assert opened.unreadable == ("title",)
    assert opened.change["notes"] == "Läsbara anteckningar"
    assert opened.change["title"] is None
    assert opened.to_json()["unreadable"] == ["title"]
    [received] = event.read.state.history(ids["request"])
    assert received.unreadable == ("from",) and received.change["text"] == "Läsbar begäran"


def test_without_the_passphrase_they_are_sealed_like_any_other(broken):
    event, ids = broken
    event.lock()
    entry = event.read.journal.get(ids["entry"])
    assert entry.sealed and entry.unreadable == ()
    assert event.read.state.measure(ids["measure"]).unreadable == ()


def test_verify_with_the_passphrase_names_each_field(broken):
    event, ids = broken
    found = [(code, params) for code, params in verify(event).items]
    unreadable = {(p["id"], p["fields"]) for code, p in found if code == "sealed_unreadable"}
    assert unreadable == {(ids["entry"], "text, reporter, late_reason"),
                          (ids["decision"], "text, decided_by, mandate, basis, reason, "
                                            "affected, late_reason"),
                          (ids["measure"], "title"), (ids["request"], "from")}
    assert {code for code, _ in found} == {"sealed_unreadable"}
    words = [describe_problem(code, params) for code, params in found]
    assert any(ids["measure"] in w and "title" in w and "kan inte öppnas" in w for w in words)


def test_verify_without_the_passphrase_names_what_is_no_sealed_field_at_all(broken):
    """A blob sealed to another key looks like any other without the private key; one
    that is not even base64 of the right length is damage anybody can see."""
    event, ids = broken
    event.lock()
    found = {(p["id"], p["fields"]) for code, p in verify(event).items
             if code == "sealed_unreadable"}
    assert found == {(ids["request"], "from")}


def test_verify_of_a_sound_file_with_the_passphrase_passes(unlocked):
    unlocked.journal.log("Hemlig", operator="Anna", confidential=True)
    unlocked.measures.open("Hemlig insats", operator="Anna", confidential=True, notes="N")
    assert not verify(unlocked)


def test_undoing_a_correction_of_text_that_cannot_be_opened_is_refused(broken):
    """Undo restores the text a correction replaced; one it cannot open it cannot restore,
    and says so rather than restoring nothing."""
    from eventcenter.errors import UserError
    from eventcenter.undo import actions

    event, ids = broken
    event.journal.correct(ids["entry"], "Rättad text", reason="oläslig", operator="Anna")
    with pytest.raises(UserError) as refused:
        actions.undo_last(event, "Anna")
    assert refused.value.code == "undo_unreadable"
    assert "kan inte öppnas" in str(refused.value)
    assert len(event.read.journal.get(ids["entry"]).corrected_by) == 1


def test_a_sealed_value_that_is_no_text_at_all_cannot_be_opened(unlocked):
    """A record brought from elsewhere may hold anything where a sealed field should be."""
    measure = {"title": None, "confidential": True, "sealed": {"title": ["ett", "fel"]}}
    measure_id = unlocked.write([Draft(Kind.MEASURE_OPENED, measure, "Anna")]).id
    assert unlocked.read.state.measure(measure_id).unreadable == ("title",)
    found = [p for code, p in verify(unlocked).items if code == "sealed_unreadable"]
    assert [(p["id"], p["fields"]) for p in found] == [(measure_id, "title")]
