"""Laptops that worked without knowing of each other: the same records give the same state
whatever order they arrive in; concurrent edits resolve by the later clock (device id breaks
a tie) and both stay in the history; rules that could not be enforced offline are clashes."""

from __future__ import annotations

from eventcenter.integrity import fingerprint, verify
from tests.core.laptops import (
    LAPTOP_A,
    LAPTOP_B,
    at,
    digest,
    exchange,
    laptops,
    receive,
    records_of,
    two_laptops,
)


def same(a, b, moment=None):
    """Both laptops hold the same records and show the same state."""
    assert fingerprint(a).value == fingerprint(b).value
    assert digest(a) == digest(b)
    now = moment or at(100)
    assert a.read.state.snapshot(now=now).to_json() == b.read.state.snapshot(now=now).to_json()
    assert not verify(a) and not verify(b)


def sync(a, b):
    exchange(a, b)
    exchange(b, a)


def test_two_edits_of_one_field_the_later_clock_wins_in_both_orders(tmp_path):
    a, b = two_laptops(tmp_path)
    measure = a.measures.open("Avspärrning", place="Dombron", operator="Anna", now=at(0)).id
    sync(a, b)
    a.measures.edit(measure, place="Islandsbron", operator="Anna", now=at(10))
    b.measures.edit(measure, place="Nybron", priority=1, operator="Bo", now=at(11))
    exchange(a, b)  # b gets a's edit after its own later one: it arrives out of order
    exchange(b, a)  # a gets b's edit after its own earlier one: in order
    same(a, b)
    for laptop in (a, b):
        got = laptop.read.state.measure(measure)
        assert (got.place, got.priority) == ("Nybron", 1)
        places = [h.change.get("place") for h in laptop.read.state.history(measure)]
        assert places == ["Dombron", "Islandsbron", "Nybron"]
    a.close()
    b.close()


def test_a_tie_of_clocks_is_broken_by_the_device_id(tmp_path):
    a, b = two_laptops(tmp_path)
    sync(a, b)
    a.units.edit("TV3", size=5, operator="Anna", now=at(10))
    b.units.edit("TV3", size=7, operator="Bo", now=at(10))
    assert records_of(a)[-1].hlc == records_of(b)[-1].hlc
    sync(a, b)
    same(a, b)
    assert LAPTOP_B.id > LAPTOP_A.id and a.read.state.unit("TV3").size == 7


def test_fields_resolve_one_by_one(tmp_path):
    a, b = two_laptops(tmp_path)
    a.units.move("TV3", status="on-site", place="Dombron", operator="Anna", now=at(10))
    b.units.move("TV3", place="Resecentrum", operator="Bo", now=at(11))
    sync(a, b)
    same(a, b)
    unit = a.read.state.unit("TV3")
    assert (unit.status, unit.place) == ("on-site", "Resecentrum")
    assert len(a.read.state.history("TV3")) == 3


def test_a_call_sign_added_on_two_laptops_offline_is_a_clash(tmp_path):
    a, b = two_laptops(tmp_path)
    first = a.units.add("TV9", organisation="tv", size=2, operator="Anna", now=at(10)).id
    second = b.units.add("tv9", organisation="nv", size=4, operator="Bo", now=at(11)).id
    b.units.move("tv9", status="on-site", place="Dombron", operator="Bo", now=at(12))
    assert a.read.state.clashes() == [] and b.read.state.clashes() == []
    sync(a, b)
    same(a, b)
    for laptop in (a, b):
        unit = laptop.read.state.unit("TV9")
        assert (unit.callsign, unit.organisation, unit.size) == ("TV9", "tv", 2)
        assert (unit.status, unit.place) == ("on-site", "Dombron")
        [clash] = laptop.read.state.clashes()
        assert (clash.rule, clash.type, clash.subject) == ("duplicate_callsign", "unit", "TV9")
        assert (clash.records, clash.standing) == ((first, second), first)
        assert clash.to_json()["object"] == "TV9"
        kinds = [h.kind for h in laptop.read.state.history("TV9")]
        assert kinds == ["unit.added", "unit.added", "unit.moved"]


def test_a_request_acknowledged_on_two_laptops_is_a_clash(tmp_path):
    a, b = two_laptops(tmp_path)
    request = a.requests.receive("Skicka FA", party="Polisen", operator="Anna", now=at(0)).id
    sync(a, b)
    first = a.requests.acknowledge(request, operator="Anna", now=at(5)).id
    second = b.requests.acknowledge(request, operator="Bo", now=at(6)).id
    sync(a, b)
    same(a, b)
    got = a.read.state.request(request)
    assert (got.acknowledged_by, got.acknowledge_seconds) == ("Anna", 300)
    [clash] = a.read.state.clashes()
    assert (clash.rule, clash.records, clash.standing) == (
        "double_acknowledgement", (first, second), first)


def test_answered_on_one_laptop_and_declined_on_another(tmp_path):
    a, b = two_laptops(tmp_path)
    request = a.requests.receive("Skicka FA", party="Polisen", operator="Anna", now=at(0)).id
    measure = a.measures.open("FA till Resecentrum", operator="Anna", now=at(1)).id
    sync(a, b)
    a.requests.answer(request, measure=measure, operator="Anna", now=at(5))
    declined = b.requests.decline(request, reason="Polisen löser det", operator="Bo",
                                  now=at(6)).id
    sync(a, b)
    same(a, b)
    got = a.read.state.request(request)
    assert (got.status, got.measure, got.decline_reason) == (
        "declined", None, "Polisen löser det")
    assert [(c.rule, c.standing) for c in a.read.state.clashes()] == [("double_response", declined)]


def test_two_status_changes_from_the_same_status_are_a_clash(tmp_path):
    a, b = two_laptops(tmp_path)
    measure = a.measures.open("Brand", status="ongoing", operator="Anna", now=at(0)).id
    sync(a, b)
    a.measures.set_status(measure, "done", operator="Anna", now=at(5))
    cancelled = b.measures.set_status(measure, "cancelled", operator="Bo", now=at(6)).id
    sync(a, b)
    same(a, b)
    assert a.read.state.measure(measure).status == "cancelled"
    [clash] = a.read.state.clashes()
    assert (clash.rule, clash.type, clash.standing) == ("concurrent_status", "measure",
                                                        cancelled)
    statuses = [h.change.get("status") for h in a.read.state.history(measure)]
    assert statuses == ["ongoing", "done", "cancelled"]


def test_a_place_added_on_two_laptops_is_a_clash(tmp_path):
    a, b = two_laptops(tmp_path)
    a.places.add("Vaksala torg", kind="torg", operator="Anna", now=at(1))
    b.places.add("vaksala torg", kind="park", lat=59.86, lon=17.65, operator="Bo", now=at(2))
    sync(a, b)
    same(a, b)
    place = [p for p in a.read.state.places() if p.name == "Vaksala torg"][0]
    assert (place.kind, place.lat) == ("torg", None)
    assert [c.rule for c in a.read.state.clashes()] == ["duplicate_place"]


def test_records_arriving_before_what_they_refer_to(tmp_path):
    """A third laptop hears of a change before it hears of the measure it changes."""
    a, b, c = laptops(tmp_path, 3)
    measure = a.measures.open("Städning", operator="Anna", now=at(0)).id
    exchange(a, b)
    b.measures.set_status(measure, "ongoing", operator="Bo", now=at(3))
    b.measures.assign(measure, "GPN2", operator="Bo", now=at(4))
    b_only = [r for r in records_of(b) if r.device_id == LAPTOP_B.id]
    receive(c, list(reversed(b_only)))
    assert c.read.state.measures() == []  # nothing to show until the opening arrives
    exchange(a, c)
    sync(a, b)
    same(a, c)
    same(b, c)
    got = c.read.state.measure(measure)
    assert (got.status, got.units, got.title) == ("ongoing", ("GPN2",), "Städning")


def test_any_order_of_arrival_gives_the_same_state(tmp_path):
    a, b, c = laptops(tmp_path, 3)
    measure = a.measures.open("Avspärrning", operator="Anna", now=at(0)).id
    request = a.requests.receive("Stäng bron", party="Polisen", operator="Anna", now=at(1)).id
    sync(a, b)
    a.measures.set_status(measure, "ongoing", operator="Anna", now=at(2))
    b.measures.edit(measure, title="Avspärrning av Islandsbron", operator="Bo", now=at(3))
    b.requests.answer(request, measure=measure, operator="Bo", now=at(4))
    a.units.add("TV9", organisation="tv", operator="Anna", now=at(5))
    b.units.add("TV9", organisation="tv", size=3, operator="Bo", now=at(6))
    a.contacts.add("Bo Berg", function="samordnare", organisation="kommunen",
                   operator="Anna", now=at(7))
    new = [r for r in records_of(a) + records_of(b) if r.device_id != c.device.id]
    unique = list({r.id: r for r in new}.values())
    receive(c, sorted(unique, key=lambda r: r.id))  # an arbitrary order
    sync(a, b)
    same(a, c)
    same(b, c)
