"""Units: call signs, organisations, hours on duty, status and place over the night."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventcenter.errors import UserError
from eventcenter.integrity import verify
from eventcenter.timefmt import STOCKHOLM
from tests.core.laptops import at, count_records

OP = "Anna"
VALBORG = datetime(2027, 4, 30, tzinfo=STOCKHOLM)


def refused(event, code, call, *args, **kwargs):
    before = count_records(event)
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value
    assert count_records(event) == before
    return caught.value


def test_the_template_units_start_available_at_no_place(event):
    units = {u.callsign: u for u in event.read.state.units()}
    assert {"TV3", "FA1", "RTJ1"} <= set(units)
    assert (units["TV3"].status, units["TV3"].place, units["TV3"].organisation) == (
        "available", None, "tv")
    assert set(units["TV3"].to_json()) >= {"callsign", "organisation", "size", "status",
                                          "place", "on_duty"}


def test_add_a_unit(event):
    changes = event.units.add("TV9", organisation="Trygghetsvakter", operator=OP, size="3",
                              on_duty="18:00 - 02:00", type="tv", contact="070-111 22 33")
    assert changes.touches("units") and changes.id
    unit = event.read.state.unit("tv9")
    assert (unit.callsign, unit.organisation, unit.size, unit.on_duty, unit.type,
            unit.contact) == ("TV9", "tv", 3, "18:00-02:00", "TV", "070-111 22 33")
    assert not verify(event)


@pytest.mark.parametrize(("callsign", "options", "code"), [
    ("tv3", {}, "duplicate_callsign"),
    ("TV 9", {}, "bad_callsign"),
    ("", {}, "bad_callsign"),
    ("X" * 21, {}, "bad_callsign"),
    ("TV9", {"organisation": "Trygghet"}, "unknown_organisation"),
    ("TV9", {"on_duty": "18-02"}, "bad_on_duty"),
    ("TV9", {"on_duty": "25:00-02:00"}, "bad_on_duty"),
    ("TV9", {"size": "två"}, "bad_size"),
    ("TV9", {"size": 0}, "bad_size"),
    ("TV9", {"type": "vakt"}, "unknown_unit_type"),
])
def test_bad_units_are_refused(event, callsign, options, code):
    options = {"organisation": "tv", **options}
    refused(event, code, event.units.add, callsign, operator=OP, **options)


def test_unknown_organisation_suggests_the_closest(event):
    error = refused(event, "unknown_organisation", event.units.add, "TV9", operator=OP,
                    organisation="trygghetsvakt")
    assert "Trygghetsvakter" in error.params["suggestions"]


def test_move_and_the_whole_position_history(event):
    event.units.move("TV3", status="en-route", place="Stora torget", operator=OP, now=at(1))
    event.units.move("tv3", status="on site", operator=OP, now=at(5))
    event.units.move("TV3", place="Resecentrum", operator="Bo", now=at(30))
    event.units.move("TV3", status="BREAK", place="", operator="Bo", now=at(45))
    unit = event.read.state.unit("TV3")
    assert (unit.status, unit.place, unit.moved_at) == ("break", None, int(
        at(45).timestamp() * 1_000_000))
    history = event.read.state.history("tv3")
    assert [h.kind for h in history] == ["unit.added"] + ["unit.moved"] * 4
    assert [h.change for h in history[1:]] == [
        {"status": "en-route", "place": "Stora torget"}, {"status": "on-site"},
        {"place": "Resecentrum"}, {"status": "break", "place": None}]
    moves = event.read.state.histories("unit")["tv3"]
    assert len(moves) == 5


def test_bad_moves_are_refused(event):
    refused(event, "nothing_to_change", event.units.move, "TV3", operator=OP)
    refused(event, "unknown_status", event.units.move, "TV3", status="busy", operator=OP)
    error = refused(event, "unknown_place", event.units.move, "TV3", place="Stortorget",
                    operator=OP)
    assert "Stora torget" in error.params["suggestions"]
    error = refused(event, "unknown_unit", event.units.move, "TV8", status="break",
                    operator=OP)
    assert error.params["suggestions"]


def test_edit_a_unit(event):
    event.units.edit("TV3", size=4, on_duty="20:00-04:00", operator=OP)
    event.units.edit("TV3", contact="RAKEL TV-3", operator=OP)
    unit = event.read.state.unit("TV3")
    assert (unit.size, unit.on_duty, unit.contact, unit.organisation) == (
        4, "20:00-04:00", "RAKEL TV-3", "tv")
    event.units.edit("TV3", contact=None, operator=OP)
    assert event.read.state.unit("TV3").contact is None
    refused(event, "nothing_to_change", event.units.edit, "TV3", operator=OP)
    refused(event, "bad_on_duty", event.units.edit, "TV3", on_duty="sent", operator=OP)


def test_units_by_status_and_place(event):
    event.units.move("TV3", status="on-site", place="Resecentrum", operator=OP)
    event.units.move("FA1", status="on-site", place="Resecentrum", operator=OP)
    event.units.move("TV4", status="break", operator=OP)
    by_status = event.read.state.units_by_status()
    assert list(by_status) == ["available", "en-route", "on-site", "break", "off-duty"]
    assert [u.callsign for u in by_status["on-site"]] == ["FA1", "TV3"]
    by_place = event.read.state.units_by_place()
    assert [u.callsign for u in by_place["Resecentrum"]] == ["FA1", "TV3"]
    assert list(by_place)[-1] is None


def test_units_on_duty_at_a_time_past_midnight(event):
    event.units.add("NV9", organisation="nv", on_duty="22:00-02:00", operator=OP)
    late = VALBORG.replace(hour=1, minute=30, day=1, month=5)
    evening = VALBORG.replace(hour=19)
    assert "NV9" in {u.callsign for u in event.read.state.units(on_duty=True, now=late)}
    assert "NV9" not in {u.callsign for u in event.read.state.units(on_duty=True, now=evening)}
    event.units.move("NV9", status="off-duty", operator=OP)
    assert "NV9" not in {u.callsign for u in event.read.state.units(on_duty=True, now=late)}


def test_a_unit_added_on_this_laptop_can_be_named_in_quick_entry(event):
    event.units.add("TV9", organisation="tv", operator=OP)
    entry = event.journal.log_line("@tv9 på plats vid Dombron", operator=OP).id
    assert event.read.journal.get(entry).unit == "TV9"
