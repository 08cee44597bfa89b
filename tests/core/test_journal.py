"""The journal: entries, decisions and corrections with all their fields; late entries;
text stored and shown exactly as typed."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcenter.ids import new_id
from eventcenter.journal.queries import JournalFilter
from eventcenter.timefmt import now_utc, to_micros


def test_an_entry_keeps_every_field(event):
    now = now_utc()
    measure, request = new_id(), new_id()
    changes = event.journal.log(
        "Fem berusade ungdomar", operator="Anna Lind", category="berusning", place="resecentrum",
        unit="tv3", channel="rakel", reporter="TV3 Kalle", measure=measure, request=request,
        now=now)
    assert changes.touches("journal") and len(changes.ids) == 1
    entry = event.read.journal.get(changes.id)
    assert (entry.kind, entry.text, entry.operator) == ("entry", "Fem berusade ungdomar",
                                                        "Anna Lind")
    assert (entry.category, entry.place, entry.unit) == ("ber", "Resecentrum", "TV3")
    assert (entry.channel, entry.reporter) == ("RAKEL", "TV3 Kalle")
    assert (entry.measure, entry.request) == (measure, request)
    assert entry.occurred_at == entry.recorded_at == to_micros(now)
    assert (entry.device, entry.device_name) == (event.device.id, event.device.name)
    assert not entry.confidential and not entry.sealed
    assert entry.corrects is None and entry.corrected_by == () and entry.late_reason is None


@pytest.mark.parametrize("typed, stored", [("telefon", "telefon"), ("RAKEL", "RAKEL"),
                                           ("På plats", "på plats"), ("E-POST", "e-post"),
                                           ("", None)])
def test_channels(event, typed, stored):
    entry_id = event.journal.log("Samtal", operator="Anna", channel=typed).id
    assert event.read.journal.get(entry_id).channel == stored


def test_a_decision_keeps_who_decided_under_what_mandate_and_why(event):
    entry_id = event.journal.decide(
        "Stäng inflödet till Islandsbron", decided_by="Polisinsatschef Eva Ek",
        mandate="PL 24 §", basis="Trängsel, 3 personer i vattnet", reason="Risk för ras",
        affected="Räddningstjänsten, GPN informerade", operator="Bo").id
    entry = event.read.journal.get(entry_id)
    assert entry.kind == "decision"
    assert entry.text == "Stäng inflödet till Islandsbron"
    assert (entry.decided_by, entry.mandate) == ("Polisinsatschef Eva Ek", "PL 24 §")
    assert (entry.basis, entry.reason) == ("Trängsel, 3 personer i vattnet", "Risk för ras")
    assert entry.affected == "Räddningstjänsten, GPN informerade"
    data = entry.to_json()
    assert data["kind"] == "decision" and data["decided_by"] == "Polisinsatschef Eva Ek"


def test_a_correction_points_at_the_entry_which_stays_and_is_marked(event):
    original = event.journal.log("Brand i papperskorg vid Dombron", operator="Anna").id
    first = event.journal.correct(original[:8], "Brand i papperskorg vid Nybron",
                                  reason="fel bro", operator="Bo").id
    second = event.journal.correct(original, "Brand i container vid Nybron",
                                   reason="det var en container", operator="Anna").id
    old = event.read.journal.get(original)
    assert old.text == "Brand i papperskorg vid Dombron"  # nothing is struck from the record
    assert old.corrected_by == (first, second)
    fix = event.read.journal.get(first)
    assert (fix.kind, fix.corrects, fix.correction_reason) == ("correction", original, "fel bro")
    assert fix.operator == "Bo"
    assert len(event.read.journal.page()) == 3


def test_a_correction_of_a_correction(event):
    original = event.journal.log("Tre personer", operator="Anna").id
    fix = event.journal.correct(original, "Fyra personer", reason="fel", operator="Anna").id
    fix2 = event.journal.correct(fix, "Fem personer", reason="fel igen", operator="Anna").id
    assert event.read.journal.get(fix).corrected_by == (fix2,)
    assert event.read.journal.get(original).corrected_by == (fix,)


def test_a_correction_of_a_confidential_entry_is_confidential(unlocked):
    secret = unlocked.journal.log("Lisa 14 år, hämtad av mamma", operator="Anna",
                                  confidential=True).id
    fix = unlocked.journal.correct(secret, "Lisa 15 år, hämtad av pappa", reason="fel uppgift",
                                   operator="Anna").id
    opened = unlocked.read.journal.get(fix)
    assert opened.confidential and opened.text == "Lisa 15 år, hämtad av pappa"
    assert opened.correction_reason == "fel uppgift"
    unlocked.lock()
    sealed = unlocked.read.journal.get(fix)
    assert sealed.confidential and sealed.sealed
    assert sealed.text is None and sealed.correction_reason is None
    assert sealed.corrects == secret


def test_a_confidential_entry_shows_time_operator_and_category_but_not_its_text(event):
    now = now_utc()
    entry_id = event.journal.log("Pojke 13 år omhändertagen", operator="Anna", category="ber",
                                 place="Resecentrum", reporter="FA1 Sara", confidential=True,
                                 now=now).id
    entry = event.read.journal.get(entry_id)
    assert entry.sealed and entry.confidential
    assert (entry.text, entry.reporter) == (None, None)
    assert (entry.operator, entry.category, entry.place) == ("Anna", "ber", "Resecentrum")
    assert entry.occurred_at == to_micros(now)
    assert entry.to_json()["text"] is None


def test_a_late_entry_carries_its_reason(event):
    now = now_utc()
    occurred = now - timedelta(minutes=45)
    entry_id = event.journal.log("Slagsmål vid Svandammen", operator="Anna", occurred_at=occurred,
                                 late_reason="RAKEL låg nere", now=now).id
    entry = event.read.journal.get(entry_id)
    assert entry.late_reason == "RAKEL låg nere"
    assert (entry.occurred_at, entry.recorded_at) == (to_micros(occurred), to_micros(now))


def test_a_late_decision_carries_its_reason(event):
    now = now_utc()
    entry_id = event.journal.decide("Utrym parken", decided_by="Eva", operator="Bo",
                                    occurred_at=now - timedelta(hours=2),
                                    late_reason="beslut fattat muntligt", now=now).id
    assert event.read.journal.get(entry_id).late_reason == "beslut fattat muntligt"


def test_an_entry_dated_back_keeps_the_offset_it_was_entered_in(event):
    from eventcenter.timefmt import STOCKHOLM

    local = (now_utc() - timedelta(minutes=5)).astimezone(STOCKHOLM)
    entry_id = event.journal.log("Lokal tid", operator="Anna", occurred_at=local).id
    entry = event.read.journal.get(entry_id)
    assert entry.occurred_offset == local.utcoffset() // timedelta(minutes=1)


MARKUP_AND_UNICODE = [
    "<b>Skadegörelse</b> &amp; klotter på Dombron",
    "<script>alert('x')</script> &lt;&gt; &#x27; %s {} {0} \\n",
    "Brand 🔥 vid brasan, familj 👨‍👩‍👧 saknar barn 🧒🏽",
    "مرحبا بالجميع — שלום ‏(RTL)‏ blandat med svenska",
    "Cafe\u0301 och A\u030angen skrivna med kombinerande tecken",  # not normalised
    "Zero\u200bwidth\u200djoiner och \ufeffBOM",
    "Rad ett\nRad två\tmed tabb",
    "  inledande och avslutande mellanrum  ",
    "'; DROP TABLE records; --",
]


@pytest.mark.parametrize("typed", MARKUP_AND_UNICODE)
def test_text_is_stored_and_shown_exactly_as_typed(unlocked, typed):
    plain = unlocked.journal.log(typed, operator="Anna", reporter="Åsa 🚓").id
    secret = unlocked.journal.log(typed, operator="Anna", confidential=True).id
    decision = unlocked.journal.decide(typed, decided_by=typed.strip().split("\n")[0][:40] or "x",
                                       basis=typed, operator="Anna").id
    assert unlocked.read.journal.get(plain).text == typed
    assert unlocked.read.journal.get(plain).reporter == "Åsa 🚓"
    assert unlocked.read.journal.get(secret).text == typed
    assert unlocked.read.journal.get(decision).basis == typed
    assert unlocked.read.journal.get(plain).to_json()["text"] == typed


def _storable(text: str) -> bool:
    return bool(text.strip()) and not any(
        unicodedata.category(c) in ("Cc", "Cs") and c not in "\n\t" for c in text)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(min_size=1, max_size=200).filter(_storable))
def test_any_storable_text_comes_back_unchanged(unlocked, typed):
    plain = unlocked.journal.log(typed, operator="Anna").id
    secret = unlocked.journal.log(typed, operator="Anna", confidential=True).id
    assert unlocked.read.journal.get(plain).text == typed
    assert unlocked.read.journal.get(secret).text == typed


def test_pages_are_in_time_order_and_at_a_moment_show_the_state_then(event):
    now = now_utc()
    early = event.journal.log("Tidigt", operator="Anna", occurred_at=now - timedelta(hours=3),
                              late_reason="efterregistrerat", now=now).id
    late = event.journal.log("Sent", operator="Anna", now=now).id
    fix = event.journal.correct(early, "Tidigt, rättat", reason="fel", operator="Anna",
                                now=now + timedelta(seconds=1)).id
    newest_first = [e.id for e in event.read.journal.page()]
    assert newest_first == [fix, late, early]
    assert [e.id for e in event.read.journal.page(JournalFilter(newest_first=False))] == [
        early, late, fix]
    then = event.read.journal.page(JournalFilter(until=now - timedelta(hours=1)))
    assert [e.id for e in then] == [early]
    assert then[0].corrected_by == ()  # the correction came later
    assert event.read.journal.count(JournalFilter(until=now)) == 2
    page = event.read.journal.page(offset=1, limit=1)
    assert [e.id for e in page] == [late]
