"""Places: the template's and those a coordinator adds or edits."""

from __future__ import annotations

import pytest

from eventcenter.errors import UserError
from eventcenter.integrity import verify
from tests.core.laptops import count_records

OP = "Anna"


def refused(event, code, call, *args, **kwargs):
    before = count_records(event)
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value
    assert count_records(event) == before
    return caught.value


def test_the_template_places_are_there(event):
    places = {p.name: p for p in event.read.state.places()}
    assert {"Resecentrum", "Stora torget", "Dombron", "Islandsbron"} <= set(places)
    assert places["Resecentrum"].to_json() == {"name": "Resecentrum", "kind": "transport",
                                               "lat": 59.8586, "lon": 17.6454}


def test_add_and_edit_a_place(event):
    changes = event.places.add("Vaksala torg", kind="Torg", lat="59.8589", lon="17.6395",
                               operator=OP)
    assert changes.touches("places")
    event.places.edit("vaksala torg", lat=59.859, lon=17.64, operator=OP)
    event.places.edit("Vaksala torg", kind="område", operator=OP)
    place = {p.name: p for p in event.read.state.places()}["Vaksala torg"]
    assert (place.kind, place.lat, place.lon) == ("område", 59.859, 17.64)
    assert len(event.read.state.history("Vaksala torg")) == 3
    assert not verify(event)


def test_a_new_place_is_known_to_quick_entry_and_measures(event):
    event.places.add("Vaksala torg", operator=OP)
    entry = event.journal.log_line("!vaksala_torg Trängsel", operator=OP).id
    assert event.read.journal.get(entry).place == "Vaksala torg"
    measure = event.measures.open("Avspärrning", place="vaksala torg", operator=OP).id
    assert event.read.state.measure(measure).place == "Vaksala torg"


@pytest.mark.parametrize(("name", "options", "code"), [
    ("resecentrum", {}, "duplicate_place"),
    ("", {}, "empty_name"),
    ("Ny", {"lat": 59.8}, "coordinates_incomplete"),
    ("Ny", {"lat": 95, "lon": 17}, "bad_coordinates"),
    ("Ny", {"lat": "norr", "lon": 17}, "bad_coordinates"),
    ("Ny", {"kind": "grotta"}, "unknown_place_kind"),
])
def test_bad_places_are_refused(event, name, options, code):
    refused(event, code, event.places.add, name, operator=OP, **options)


def test_editing_an_unknown_place_suggests_names(event):
    error = refused(event, "unknown_place", event.places.edit, "Domkyrkan2", kind="byggnad",
                    operator=OP)
    assert error.params["suggestions"]
    refused(event, "nothing_to_change", event.places.edit, "Dombron", operator=OP)
