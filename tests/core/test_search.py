"""Search in Swedish: å ä ö are letters of their own, the last word is a prefix, every filter
narrows, anything typed is a valid query, and sealed text is found only with the passphrase."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from eventcenter.catalogue import reading as catalogue
from eventcenter.journal.queries import JournalFilter
from eventcenter.store.records import Draft
from eventcenter.swedish import sort_key
from eventcenter.timefmt import now_utc
from tests.factories import PASSPHRASE


def found(event, query=None, **filters) -> list[str]:
    """Texts of the entries found, oldest first."""
    flt = JournalFilter(query=query, newest_first=False, **filters)
    entries = event.read.journal.page(flt)
    assert event.read.journal.count(flt) == len(entries)
    return [e.text for e in entries]


@pytest.fixture
def night(event):
    """A few entries at known times, by known people, with known references."""
    now = now_utc()
    log = event.journal.log
    log("Jag har en fråga om bussen", operator="Anna", now=now - timedelta(hours=3),
        occurred_at=now - timedelta(hours=3))
    log("Långt hår, blå jacka", operator="Åsa", category="barn", place="Stora torget",
        now=now - timedelta(hours=2), occurred_at=now - timedelta(hours=2))
    log("Fem berusade ungdomar", operator="Anna", category="ber", unit="TV3",
        place="Resecentrum", now=now - timedelta(hours=1), occurred_at=now - timedelta(hours=1))
    log("Beslag av öl i parken", operator="Bo", category="ord", unit="TV1", now=now)
    log("Olycka på Nybron", operator="Bo", category="trafik", place="Nybron", now=now)
    log("Ring gata-park-natur om toaletterna, TV3: klart", operator="Åsa", category="renh",
        now=now)
    event.journal.decide("Stäng parken", decided_by="Eva Berusningsexpert", basis="Berusning",
                         operator="Anna", now=now)
    return event, now


def test_å_ä_ö_are_letters_of_their_own(night):
    event, _ = night
    assert found(event, "hår") == ["Långt hår, blå jacka"]
    assert found(event, "har") == ["Jag har en fråga om bussen"]
    assert found(event, "HÅR") == ["Långt hår, blå jacka"]
    assert found(event, "öl") == ["Beslag av öl i parken"]
    assert found(event, "ol") == ["Olycka på Nybron"]
    assert found(event, "fraga") == []
    assert found(event, "fråga") == ["Jag har en fråga om bussen"]


def test_the_last_word_is_a_prefix(night):
    event, _ = night
    assert found(event, "berus") == ["Fem berusade ungdomar", "Stäng parken"]
    assert found(event, "fem berus") == ["Fem berusade ungdomar"]
    assert found(event, "ber fem") == []  # only the last word is a prefix
    assert found(event, "toalett") == ["Ring gata-park-natur om toaletterna, TV3: klart"]
    assert found(event, "b") == ["Jag har en fråga om bussen", "Långt hår, blå jacka",
                                 "Fem berusade ungdomar", "Beslag av öl i parken",
                                 "Stäng parken"]


def test_decisions_are_searched_by_who_decided_and_why(night):
    event, _ = night
    assert found(event, "expert") == []
    assert found(event, "Berusningsexpert") == ["Stäng parken"]


@pytest.mark.parametrize("filters, expected", [
    ({"category": "ber"}, ["Fem berusade ungdomar"]),
    ({"unit": "TV3"}, ["Fem berusade ungdomar"]),
    ({"place": "Nybron"}, ["Olycka på Nybron"]),
    ({"operator": "anna"}, ["Jag har en fråga om bussen", "Fem berusade ungdomar",
                            "Stäng parken"]),
    ({"operator": "ÅSA"}, ["Långt hår, blå jacka",
                           "Ring gata-park-natur om toaletterna, TV3: klart"]),
    ({"operator": "Bo", "category": "trafik"}, ["Olycka på Nybron"]),
    ({"kinds": ("decision",)}, ["Stäng parken"]),
])
def test_filters(night, filters, expected):
    event, _ = night
    assert found(event, **filters) == expected


def test_time_range(night):
    event, now = night
    window = {"since": now - timedelta(hours=2, minutes=30),
              "until": now - timedelta(minutes=30)}
    assert found(event, **window) == ["Långt hår, blå jacka", "Fem berusade ungdomar"]
    assert found(event, "fem", **window) == ["Fem berusade ungdomar"]
    assert found(event, "ol", **window) == []
    assert found(event, until=now - timedelta(hours=2, minutes=30)) == [
        "Jag har en fråga om bussen"]


def test_filters_combine_with_the_query(night):
    event, _ = night
    assert found(event, "parken", operator="Bo") == ["Beslag av öl i parken"]
    assert found(event, "parken", category="ber") == []


HOSTILE = ["gata-park-natur", "TV3:", "AND", "OR", "NOT", "NEAR", '"', "(", ")", "*", "^",
           "-", ":", "body:x", "NEAR(a b)", "a OR", "AND AND", '"unterminated', "''", "()",
           "\x00", "fråga\x00om", "{a b}", "a + b", "🔥", "هار", "\ud800", "   ", "",
           "x" * 2000, "berus*", "-berus", "^berus", "NOT berus", "a AND (b OR"]


@pytest.mark.parametrize("query", HOSTILE)
def test_whatever_is_typed_is_a_valid_query(night, query):
    event, _ = night
    for opened in (False, True):
        if opened:
            event.unlock(PASSPHRASE)
        event.read.journal.page(JournalFilter(query=query))
        event.read.journal.count(JournalFilter(query=query))
        event.read.journal.page(JournalFilter(query=query, category="ber", operator="Anna"))


def test_hostile_words_are_searched_as_words(night):
    event, _ = night
    ring = ["Ring gata-park-natur om toaletterna, TV3: klart"]
    assert found(event, "gata-park-natur") == ring
    assert found(event, "TV3:") == ring
    assert found(event, "AND") == []
    assert found(event, "berus*") == ["Fem berusade ungdomar", "Stäng parken"]


def test_confidential_text_is_found_only_with_the_passphrase(night):
    event, _ = night
    event.journal.log("Flicka Lisa Andersson hämtad av mamma", operator="Anna", category="barn",
                      confidential=True)
    assert found(event, "Andersson") == []
    assert found(event, "Anders") == []
    assert found(event, confidential=True) == [None]
    event.unlock(PASSPHRASE)
    assert found(event, "Andersson") == ["Flicka Lisa Andersson hämtad av mamma"]
    assert found(event, "lisa andersson") == ["Flicka Lisa Andersson hämtad av mamma"]
    assert found(event, "Andersson", category="barn") == ["Flicka Lisa Andersson hämtad av mamma"]
    assert found(event, "Andersson", category="ber") == []
    assert found(event, "Andersson", confidential=False) == []
    assert found(event, "hår") == ["Långt hår, blå jacka"]


def test_the_search_index_never_holds_sealed_words(night):
    event, _ = night
    event.journal.log("Flicka Lisa Andersson hämtad av mamma", operator="Anna",
                      confidential=True)
    with event.reading() as conn:
        hits = conn.execute(text("SELECT count(*) FROM entries_fts WHERE entries_fts "
                                 "MATCH '\"andersson\"'")).scalar_one()
        assert hits == 0
        assert conn.execute(text("SELECT count(*) FROM entries_fts WHERE entries_fts "
                                 "MATCH '\"ungdomar\"'")).scalar_one() == 1


def test_places_sort_in_swedish_order(event):
    added = ["Ödegärdet", "Zorns torg", "Ängen", "Åkern", "östra ågatan", "Aaltos plan",
             "Ekonomikumparken 2", "Ubbo"]
    event.write([Draft("place.added", {"name": n, "kind": "park"}, "Anna") for n in added])
    names = [p["name"] for p in catalogue.places(event)]
    tail = names[names.index("Zorns torg"):]
    assert tail == ["Zorns torg", "Åkern", "Ängen", "Ödegärdet", "östra ågatan"]
    assert names.index("Aaltos plan") < names.index("Akademiska sjukhuset (huvudentrén)")
    assert names.index("Ubbo") < names.index("Universitetshuset") < names.index("Västra Ågatan")
    assert names.index("Ekonomikumparken") < names.index("Ekonomikumparken 2")


def test_categories_and_units_sort_in_swedish_order(event):
    names = [c["name"] for c in catalogue.categories(event)]
    assert names[-1] == "övrigt"
    assert names.index("trängsel") < names.index("övrigt")
    assert names == sorted(names, key=sort_key)
    assert catalogue.callsigns(event)[:4] == ["AMB1", "FA1", "FA2", "GPN1"]
