"""Marking an entry confidential afterwards (issue 11, point 5).

A line logged without --confidential that should have been is marked by a record
(`entry.marked_confidential`); from then on the entry and its corrections show exactly like
twins logged confidential from the start, the full-text index drops their words, and a past
moment shows them as they were then. The mark is lifted only by another record with a
reason. Bad input changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.journal.queries import JournalEntry, JournalFilter
from tests.core.laptops import (
    at,
    count_records,
    digest,
    file_until,
    rebuilt_digest,
    receive,
    records_of,
    two_laptops,
    unlocked_like,
)
from tests.factories import PASSPHRASE
from tests.raw_files import contains

# Words of the twins; a word of each field, found nowhere else.
WORDS = {"text": "Ljusblåtröja", "reporter": "Mammakalle", "late": "Radiostörningx",
         "fix": "Femtonårig", "fix_reason": "Felåldern", "decision": "Hämtasavsocial",
         "basis": "Underlagsord", "reason": "Skälsord", "affected": "Berördaord"}
LEFT_OUT = ("id", "occurred_at", "recorded_at", "corrects", "corrected_by")


def log_twins(event: EventFile, confidential: bool, tag: str) -> dict[str, str]:
    """An entry (late, with a reporter), its correction and a decision, all logged at
    injected times, confidential from the start or not; returns their ids."""
    j = event.journal
    entry = j.log(f"Flicka 14 år i {WORDS['text']}{tag}", operator="Anna", category="ber",
                  place="Resecentrum", unit="TV3", channel="RAKEL",
                  reporter=f"{WORDS['reporter']}{tag}", occurred_at=at(-20),
                  late_reason=f"{WORDS['late']}{tag}", confidential=confidential,
                  now=at(0)).id
    fix = j.correct(entry, f"{WORDS['fix']}{tag} flicka", reason=f"{WORDS['fix_reason']}{tag}",
                    operator="Bo", now=at(1)).id
    decision = j.decide(f"{WORDS['decision']}{tag}", decided_by="Socialjouren",
                        operator="Anna", basis=f"{WORDS['basis']}{tag}",
                        reason=f"{WORDS['reason']}{tag}", affected=f"{WORDS['affected']}{tag}",
                        confidential=confidential, now=at(2)).id
    return {"entry": entry, "fix": fix, "decision": decision}


def shape(entry: JournalEntry) -> dict:
    """What the entry shows, leaving out what tells one twin from the other."""
    shown = {k: v for k, v in entry.to_json().items() if k not in LEFT_OUT}
    for key, value in shown.items():
        if isinstance(value, str):
            shown[key] = value.replace("BORN", "").replace("MARKED", "")
    return {**shown, "sealed": entry.sealed}


def by_id(event: EventFile, flt: JournalFilter | None = None) -> dict[str, JournalEntry]:
    return {e.id: e for e in event.read.journal.page(flt or JournalFilter())}


@pytest.fixture
def twins(event):
    born = log_twins(event, True, "BORN")
    marked = log_twins(event, False, "MARKED")
    event.journal.mark_confidential(marked["entry"], reason="Uppgifter om ett barn",
                                    operator="Anna", now=at(5))
    return event, born, marked


def test_a_marked_entry_and_its_correction_show_exactly_like_twins_sealed_at_birth(twins):
    event, born, marked = twins
    shown = by_id(event)
    for kind in ("entry", "fix"):
        assert shape(shown[marked[kind]]) == shape(shown[born[kind]]), kind
        assert shown[marked[kind]].sealed and shown[marked[kind]].text is None
    assert shown[marked["decision"]].text == f"{WORDS['decision']}MARKED"  # not marked
    event.unlock(PASSPHRASE)
    opened = by_id(event)
    for kind in ("entry", "fix"):
        assert shape(opened[marked[kind]]) == shape(opened[born[kind]]), kind
    assert opened[marked["entry"]].reporter == f"{WORDS['reporter']}MARKED"


def test_a_marked_decision_shows_like_a_decision_sealed_at_birth(event):
    born = log_twins(event, True, "BORN")
    marked = log_twins(event, False, "MARKED")
    event.journal.mark_confidential(marked["decision"], reason="Rör ett barn", operator="Anna",
                                    now=at(5))
    shown = by_id(event)
    assert shape(shown[marked["decision"]]) == shape(shown[born["decision"]])
    assert shown[marked["decision"]].basis is None and shown[marked["decision"]].sealed


def test_the_index_drops_their_words_and_search_finds_them_only_with_the_passphrase(twins):
    event, born, marked = twins
    for word in (WORDS["text"], WORDS["reporter"], WORDS["late"], WORDS["fix"],
                 WORDS["fix_reason"]):
        assert event.read.journal.page(JournalFilter(query=f"{word}MARKED")) == []
        assert event.read.journal.count(JournalFilter(query=f"{word}MARKED")) == 0
        with event.reading() as conn:
            hits = conn.exec_driver_sql("SELECT count(*) FROM entries_fts WHERE entries_fts "
                                        "MATCH ?", (f'"{word.lower()}marked"',)).scalar()
        assert hits == 0, word
    event.unlock(PASSPHRASE)
    found = event.read.journal.page(JournalFilter(query=f"{WORDS['text']}MARKED"))
    assert [e.id for e in found] == [marked["entry"]]
    assert event.read.journal.count(JournalFilter(query=f"{WORDS['fix']}MARKED")) == 1


def test_filters_count_a_marked_entry_as_confidential(twins):
    event, born, marked = twins
    hidden = {e.id for e in event.read.journal.page(JournalFilter(confidential=True))}
    public = {e.id for e in event.read.journal.page(JournalFilter(confidential=False))}
    assert {marked["entry"], marked["fix"], born["entry"], born["fix"]} <= hidden
    assert marked["decision"] in public and not hidden & public


def test_a_correction_made_after_the_mark_is_sealed_at_birth(twins, tmp_path):
    event, born, marked = twins
    later = event.journal.correct(marked["fix"], "EfterMärketOrd text", reason="OrsakEfter",
                                  operator="Bo", now=at(6)).id
    entry = event.read.journal.get(later)
    assert entry.sealed and entry.confidential and entry.text is None
    event.close()
    assert not contains(event.path, "EfterMärketOrd") and not contains(event.path, "OrsakEfter")


def test_the_reason_of_a_mark_is_sealed(twins):
    event, born, marked = twins
    event.close()
    assert not contains(event.path, "Uppgifter om ett barn")


def test_a_past_moment_shows_the_entry_as_it_was_then(twins, tmp_path):
    """Before the mark: as logged, found by its words, counted as not confidential; after
    it: sealed. Each moment equals a file holding only the records up to it."""
    event, born, marked = twins
    before, after = at(4), at(5)
    then = by_id(event, JournalFilter(until=before))
    assert then[marked["entry"]].text == f"Flicka 14 år i {WORDS['text']}MARKED"
    assert not then[marked["entry"]].confidential and not then[marked["fix"]].sealed
    assert by_id(event, JournalFilter(until=after))[marked["entry"]].sealed
    query = JournalFilter(query=f"{WORDS['fix']}MARKED", until=before)
    assert [e.id for e in event.read.journal.page(query)] == [marked["fix"]]
    assert event.read.journal.count(query) == 1
    public_then = JournalFilter(confidential=False, until=before)
    assert marked["entry"] in by_id(event, public_then)
    assert event.read.journal.count(public_then) == len(by_id(event, public_then))
    for moment in (before, after):
        copy = file_until(event, moment, tmp_path / f"{moment:%H%M%S}.event")
        for flt in (JournalFilter(until=moment), JournalFilter(until=moment, confidential=True),
                    JournalFilter(query=f"{WORDS['text']}MARKED", until=moment)):
            assert event.read.journal.page(flt) == copy.read.journal.page(flt)
            assert event.read.journal.count(flt) == copy.read.journal.count(flt)
        copy.close()


def test_lifting_the_mark_shows_the_entry_again_and_keeps_the_past(twins, tmp_path):
    event, born, marked = twins
    during = event.journal.correct(marked["entry"], "UnderMärketOrd", reason="Rättad",
                                   operator="Bo", now=at(7)).id
    event.journal.unmark_confidential(marked["fix"], reason="Inga personuppgifter ändå",
                                      operator="Anna", now=at(10))
    now = by_id(event)
    assert now[marked["entry"]].text == f"Flicka 14 år i {WORDS['text']}MARKED"
    assert not now[marked["fix"]].confidential
    assert now[during].sealed  # written while marked: sealed at birth, and stays so
    query = JournalFilter(query=f"{WORDS['text']}MARKED")
    assert [e.id for e in event.read.journal.page(query)] == [marked["entry"]]
    while_marked = JournalFilter(until=at(8))
    assert by_id(event, while_marked)[marked["entry"]].sealed
    assert event.read.journal.page(JournalFilter(query=f"{WORDS['text']}MARKED",
                                                 until=at(8))) == []
    assert not by_id(event, JournalFilter(until=at(4)))[marked["entry"]].sealed
    copy = file_until(event, at(8), tmp_path / "under.event")
    assert copy.read.journal.page(while_marked) == event.read.journal.page(while_marked)
    copy.close()
    assert not verify(event)


@pytest.mark.parametrize("opened", [False, True], ids=["locked", "with the passphrase"])
def test_every_past_view_equals_a_file_of_the_records_up_to_it(twins, tmp_path, opened):
    """Before the mark, while marked, and after the lift: pages and counts, with every
    confidentiality filter and a search for a word of each text, are what a file holding
    only the records up to that moment shows."""
    event, born, marked = twins
    event.journal.correct(marked["fix"], "UnderMärketOrd", reason="Rättad", operator="Bo",
                          now=at(7))
    event.journal.unmark_confidential(marked["entry"], reason="Fel", operator="Anna",
                                      now=at(10))
    if opened:
        event.unlock(PASSPHRASE)
    queries = [None, f"{WORDS['text']}MARKED", f"{WORDS['fix']}MARKED", "UnderMärketOrd",
               f"{WORDS['reporter']}BORN", "flicka"]
    for minutes in (4, 6, 8, 11):
        copy = file_until(event, at(minutes), tmp_path / f"{minutes}.event")
        if opened:
            unlocked_like(event, copy)
        for query in queries:
            for confidential in (None, True, False):
                flt = JournalFilter(until=at(minutes), query=query, confidential=confidential)
                assert event.read.journal.page(flt) == copy.read.journal.page(flt), \
                    (minutes, query, confidential)
                assert event.read.journal.count(flt) == copy.read.journal.count(flt)
        copy.close()


def test_a_mark_after_a_lift_marks_again(twins):
    event, born, marked = twins
    event.journal.unmark_confidential(marked["entry"], reason="Fel", operator="Anna",
                                      now=at(10))
    event.journal.mark_confidential(marked["entry"], reason="Ändå", operator="Anna",
                                    now=at(12))
    assert by_id(event)[marked["entry"]].sealed
    assert not by_id(event, JournalFilter(until=at(11)))[marked["entry"]].sealed
    assert by_id(event, JournalFilter(until=at(6)))[marked["entry"]].sealed
    assert not verify(event)


def test_the_projections_equal_a_rebuild_and_verify_is_sound(twins):
    event, born, marked = twins
    event.journal.unmark_confidential(marked["entry"], reason="Fel", operator="Anna",
                                      now=at(10))
    assert digest(event) == rebuilt_digest(event)
    assert not verify(event)


def test_a_mark_and_a_lift_made_on_two_laptops_agree_whatever_order_they_arrive_in(tmp_path):
    a, b = two_laptops(tmp_path)
    entry = a.journal.log("Pojke 12 år DelatOrd", operator="Anna", now=at(0)).id
    receive(b, records_of(a))
    a.journal.mark_confidential(entry, reason="Barn", operator="Anna", now=at(5))
    b.journal.mark_confidential(entry, reason="Barn", operator="Bo", now=at(6))
    b.journal.unmark_confidential(entry, reason="Ingen fara", operator="Bo", now=at(7))
    receive(a, list(reversed(records_of(b))))
    receive(b, records_of(a))
    for laptop in (a, b):
        assert not laptop.read.journal.get(entry).sealed  # the lift is the latest
        assert digest(laptop) == rebuilt_digest(laptop)
    assert digest(a) == digest(b)
    a.close()
    b.close()


def test_a_correction_made_on_a_laptop_that_did_not_know_of_the_mark_is_hidden_too(tmp_path):
    """Laptop B corrects the entry in the clear while A marks it; after they exchange
    records both hide the correction, and their projections equal a rebuild."""
    a, b = two_laptops(tmp_path)
    entry = a.journal.log("Pojke 12 år DelatOrd", operator="Anna", now=at(0)).id
    receive(b, records_of(a))
    a.journal.mark_confidential(entry, reason="Barn", operator="Anna", now=at(5))
    fix = b.journal.correct(entry, "Pojke 13 år RättatOrd", reason="Ålder", operator="Bo",
                            now=at(6)).id
    fix_of_fix = b.journal.correct(fix, "Pojke 14 år", reason="Ålder", operator="Bo",
                                   now=at(7)).id
    receive(a, records_of(b), at_once=True)
    receive(b, records_of(a))
    for laptop in (a, b):
        shown = by_id(laptop)
        assert all(shown[i].sealed for i in (entry, fix, fix_of_fix))
        assert laptop.read.journal.page(JournalFilter(query="RättatOrd")) == []
        assert digest(laptop) == rebuilt_digest(laptop)
    assert by_id(a, JournalFilter(until=at(6.5)))[fix].sealed  # the mark came first
    assert not by_id(a, JournalFilter(until=at(4)))[entry].sealed
    a.close()
    b.close()


# -- bad input: words, and nothing changed --------------------------------------------------

def _refused(event: EventFile, code: str, call) -> None:
    before = count_records(event)
    with pytest.raises(UserError) as caught:
        call()
    assert caught.value.code == code
    assert count_records(event) == before


def test_marking_an_entry_that_does_not_exist(event):
    _refused(event, "unknown_entry", lambda: event.journal.mark_confidential(
        "abcdef12", reason="Barn", operator="Anna"))


def test_marking_an_entry_logged_confidential_or_marked_already(twins):
    event, born, marked = twins
    for ref in (born["entry"], born["fix"], marked["entry"], marked["fix"][:8]):
        _refused(event, "already_confidential", lambda ref=ref: event.journal.mark_confidential(
            ref, reason="Barn", operator="Anna"))
    assert "redan sekretessbelagd" in str(UserError("already_confidential", id="x"))


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_a_mark_or_a_lift_without_a_reason(twins, reason):
    event, born, marked = twins
    _refused(event, "empty_reason", lambda: event.journal.unmark_confidential(
        marked["entry"], reason=reason, operator="Anna"))
    _refused(event, "empty_reason", lambda: event.journal.mark_confidential(
        marked["decision"], reason=reason, operator="Anna"))


def test_lifting_a_mark_from_an_entry_not_marked(twins):
    event, born, marked = twins
    for ref in (born["entry"], marked["decision"]):
        _refused(event, "not_marked_confidential", lambda ref=ref:
                 event.journal.unmark_confidential(ref, reason="Fel", operator="Anna"))


def test_the_locked_and_the_opened_reader_agree_with_one_another(twins, tmp_path):
    """Opened in memory with the key, the same file shows the marked text; locked, not."""
    event, born, marked = twins
    other = EventFile.open(event.path)
    unlocked_like(_unlocked(event), other)
    assert other.read.journal.get(marked["entry"]).text.startswith("Flicka 14 år")
    other.close()


def _unlocked(event: EventFile) -> EventFile:
    event.unlock(PASSPHRASE)
    return event


def test_the_mark_is_no_later_than_now(event):
    """A mark is never dated back: it records when it was made."""
    entry = event.journal.log("Rad", operator="Anna", now=at(0)).id
    event.journal.mark_confidential(entry, reason="Barn", operator="Anna", now=at(3))
    (mark,) = [r for r in records_of(event) if r.kind == "entry.marked_confidential"]
    assert mark.payload["entry"] == entry and "reason" not in mark.payload
    assert mark.occurred_at == mark.recorded_at
    assert abs(mark.occurred_at - int(at(3).timestamp() * 1e6)) < timedelta(seconds=1) / \
        timedelta(microseconds=1)
