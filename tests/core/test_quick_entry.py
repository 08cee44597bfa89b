"""Quick entry: one line becomes an entry; @unit #category !place are resolved exactly against
the event's catalogue, and a partial or unknown reference is reported, never guessed."""

from __future__ import annotations

import pytest

from eventcenter.errors import UserError


def parsed(event, line):
    entry = event.journal.parse_line(line)
    return entry.text, entry.unit, entry.category, entry.place


@pytest.mark.parametrize("line, expected", [
    ("@TV3 #ber !Resecentrum fem berusade ungdomar",
     ("fem berusade ungdomar", "TV3", "ber", "Resecentrum")),
    ("fem berusade @TV3 ungdomar #ber",
     ("fem berusade ungdomar", "TV3", "ber", None)),
    ("#berusning fem berusade", ("fem berusade", None, "ber", None)),
    ("#borttappat_barn Pojke 6 år", ("Pojke 6 år", None, "barn", None)),
    ('!"Stora torget" Trängsel vid scenen', ("Trängsel vid scenen", None, None, "Stora torget")),
    ("!stora_torget Trängsel vid scenen", ("Trängsel vid scenen", None, None, "Stora torget")),
    ("@TV3: på väg", ("på väg", "TV3", None, None)),
    ("Klotter, !Dombron.", ("Klotter,", None, None, "Dombron")),
])
def test_markers(event, line, expected):
    assert parsed(event, line) == expected


@pytest.mark.parametrize("line, expected", [
    ("@tv3 #BER !RESECENTRUM text", ("TV3", "ber", "Resecentrum")),
    ("#TRÄNG !STADSTRÄDGÅRDEN text", (None, "träng", "Stadsträdgården")),
    ("#Övrigt !västra_ågatan text", (None, "övr", "Västra Ågatan")),
    ("#ÖVR !VÄSTRA_ÅGATAN text", (None, "övr", "Västra Ågatan")),
    ("#SJUKVÅRD !uppsala_SLOTT text", (None, "sjuk", "Uppsala slott")),
])
def test_references_are_case_insensitive_for_å_ä_ö_too(event, line, expected):
    assert parsed(event, line)[1:] == expected


def test_names_typed_with_a_combining_ring_are_found(event):
    assert parsed(event, "!Stadstra\u0308dga\u030arden text")[3] == "Stadsträdgården"


@pytest.mark.parametrize("line, text", [
    ("##2 i kön", "#2 i kön"),
    ("@@TV3 nämndes", "@TV3 nämndes"),
    ("!!Viktigt: ring tillbaka", "!Viktigt: ring tillbaka"),
])
def test_doubled_markers_are_literal(event, line, text):
    assert parsed(event, line) == (text, None, None, None)


@pytest.mark.parametrize("line", [
    "Mejla anna.lind@uppsala.se om rapporten",
    "Skriv till fa1@uppsala.se#akut snarast",
    "Pris 100kr! Bra!",
    "Se ärende nr#4",
])
def test_markers_inside_words_stay_text(event, line):
    assert parsed(event, line) == (line, None, None, None)


def test_an_exact_place_name_in_the_text_is_recognised(event):
    assert parsed(event, "Resecentrum: fem berusade") == (
        "Resecentrum: fem berusade", None, None, "Resecentrum")
    assert parsed(event, "slagsmål på stora torget")[3] == "Stora torget"
    assert parsed(event, "Ligger i FYRISÅN nedanför")[3] == "Fyrisån"


def test_a_place_name_inside_a_longer_word_is_not_a_place(event):
    assert parsed(event, "Dombrons räcke skadat")[3] is None


def test_two_places_named_give_no_place_but_a_note(event):
    entry = event.journal.parse_line("Folk går från Dombron mot Islandsbron")
    assert entry.place is None
    assert set(entry.notes) == {"Dombron", "Islandsbron"}


def test_a_marked_place_wins_over_places_named_in_the_text(event):
    entry = event.journal.parse_line("!Nybron folk går från Dombron mot Islandsbron")
    assert entry.place == "Nybron"


@pytest.mark.parametrize("line, code, name, suggestion", [
    ("@TV text", "unknown_unit", "TV", "TV1"),
    ("@TV9 text", "unknown_unit", "TV9", "TV3"),
    ("!Dom text", "unknown_place", "Dom", "Dombron"),
    ("!Stora text", "unknown_place", "Stora", "Stora torget"),
    ('!"Stora torg" text', "unknown_place", "Stora torg", "Stora torget"),
    ("#berus text", "unknown_category", "berus", "berusning"),
    ("#trang text", "unknown_category", "trang", "träng"),
])
def test_a_partial_or_unknown_reference_is_refused_with_suggestions(event, line, code, name,
                                                                    suggestion):
    with pytest.raises(UserError) as caught:
        event.journal.parse_line(line)
    assert caught.value.code == code
    assert caught.value.params["name"] == name
    assert suggestion in caught.value.params["suggestions"]
    assert suggestion in str(caught.value)


def test_a_reference_with_nothing_close_has_no_suggestions(event):
    with pytest.raises(UserError) as caught:
        event.journal.parse_line("@XYZQW text")
    assert caught.value.params["suggestions"] == []


def test_two_units_in_one_line_are_refused(event):
    with pytest.raises(UserError) as caught:
        event.journal.parse_line("@TV3 @TV4 två enheter")
    assert caught.value.code == "ambiguous_reference"


def test_log_line_logs_what_was_parsed(event):
    entry_id = event.journal.log_line("@FA1 #ber !Resecentrum fem berusade, FA1 på väg",
                                      operator="Anna", channel="RAKEL").id
    entry = event.read.journal.get(entry_id)
    assert (entry.text, entry.unit, entry.category, entry.place, entry.channel) == (
        "fem berusade, FA1 på väg", "FA1", "ber", "Resecentrum", "RAKEL")


def test_a_refused_line_logs_nothing(event):
    before = len(event.records())
    with pytest.raises(UserError):
        event.journal.log_line("@TV99 fem berusade", operator="Anna")
    assert len(event.records()) == before


def test_a_line_of_markers_only_has_no_text(event):
    with pytest.raises(UserError) as caught:
        event.journal.log_line("@TV3 #ber", operator="Anna")
    assert caught.value.code == "empty_text"
