"""The state at a past moment: made of the records whose occurred-at is at or before it,
and equal to the state of a file that holds only those records."""

from __future__ import annotations

from datetime import timedelta

from eventcenter.journal.queries import JournalFilter
from tests.core.laptops import BASE, at, exchange, file_until, laptops, receive, records_of

OP = "Anna"


def equal_to_a_file_cut_at(event, moment, tmp_path, name="cut.event"):
    """The past state at `moment` equals the current state of a file holding only the
    records up to it (derived durations measured to the same moment)."""
    with file_until(event, moment, tmp_path / name) as cut:
        expected = cut.read.state.snapshot(now=moment).to_json()
    assert event.read.state.snapshot(moment).to_json() == expected
    return expected


def test_a_measure_through_the_night(event, tmp_path):
    measure = event.measures.open("Avspärrning", place="Dombron", operator=OP, now=at(0)).id
    event.measures.set_status(measure, "ongoing", operator=OP, now=at(10))
    event.measures.assign(measure, "TV3", operator=OP, now=at(15))
    event.measures.set_status(measure, "done", operator=OP, now=at(20))
    assert event.read.state.measures(at=at(-1)) == []
    statuses = [(m.status, m.units) for t in (0, 12, 17, 25)
                for m in event.read.state.measures(at=at(t))]
    assert statuses == [("planned", ()), ("ongoing", ()), ("ongoing", ("TV3",)),
                        ("done", ("TV3",))]
    [early] = event.read.state.open_measures(at=at(12))
    assert (early.age_seconds, early.since_update_seconds) == (720, 120)
    assert event.read.state.open_measures(at=at(25)) == []
    for minutes in (-1, 0, 12, 17, 25):
        equal_to_a_file_cut_at(event, at(minutes), tmp_path, f"cut{minutes}.event")


def test_units_requests_contacts_and_places_at_a_moment(event, tmp_path):
    event.units.move("TV3", status="en-route", place="Stora torget", operator=OP, now=at(1))
    event.units.move("TV3", status="on-site", place="Resecentrum", operator=OP, now=at(9))
    request = event.requests.receive("Skicka FA", party="Polisen", operator=OP, now=at(2)).id
    event.requests.acknowledge(request, operator=OP, now=at(6))
    event.contacts.add("Bo Berg", function="samordnare", organisation="kommunen",
                       on_duty="00:00-00:00", operator=OP, now=at(4))
    event.places.add("Vaksala torg", operator=OP, now=at(3))
    tv3 = {t: event.read.state.unit("TV3") if t is None else
           [u for u in event.read.state.units(at=at(t)) if u.callsign == "TV3"][0]
           for t in (0, 5, None)}
    assert [(u.status, u.place) for u in tv3.values()] == [
        ("available", None), ("en-route", "Stora torget"), ("on-site", "Resecentrum")]
    [pending] = event.read.state.pending_requests(at=at(5))
    assert (pending.status, pending.waiting_seconds) == ("pending", 180)
    assert event.read.state.requests(at=at(7))[0].status == "acknowledged"
    assert event.read.state.contacts(at=at(3)) == []
    assert [c.name for c in event.read.state.contacts(at=at(5), on_duty=True)] == ["Bo Berg"]
    assert "Vaksala torg" not in {p.name for p in event.read.state.places(at=at(2))}
    assert "Vaksala torg" in {p.name for p in event.read.state.places(at=at(3))}
    for minutes in (0, 3, 5, 7, 20):
        equal_to_a_file_cut_at(event, at(minutes), tmp_path, f"cut{minutes}.event")


def test_changes_dated_back_are_placed_at_their_time(event, tmp_path):
    """A record written later but dated earlier (its object no longer rises with the clock)
    counts from its occurred-at, as in a file that holds only the records up to then."""
    measure = event.measures.open("Brand i papperskorg", operator=OP, now=at(0)).id
    event.measures.set_status(measure, "ongoing", operator=OP, now=at(10))
    event.measures.edit(measure, place="Stora torget", operator=OP, now=at(30),
                        occurred_at=at(5))
    event.units.move("TV4", status="on-site", operator=OP, now=at(20))
    event.units.move("TV4", place="Dombron", operator=OP, now=at(40), occurred_at=at(15))
    assert [m.place for m in event.read.state.measures(at=at(7))] == ["Stora torget"]
    assert [m.status for m in event.read.state.measures(at=at(7))] == ["planned"]
    tv4 = [u for u in event.read.state.units(at=at(17)) if u.callsign == "TV4"][0]
    assert (tv4.status, tv4.place) == ("available", "Dombron")
    for minutes in (3, 7, 12, 17, 25, 35, 45):
        equal_to_a_file_cut_at(event, at(minutes), tmp_path, f"cut{minutes}.event")


def test_clashes_at_a_moment(tmp_path):
    from tests.core.laptops import exchange, two_laptops

    a, b = two_laptops(tmp_path)
    a.units.add("TV9", organisation="tv", operator="Anna", now=at(10))
    b.units.add("TV9", organisation="tv", operator="Bo", now=at(20))
    exchange(b, a)
    assert a.read.state.clashes(at=at(15)) == []
    assert [c.rule for c in a.read.state.clashes(at=at(25))] == ["duplicate_callsign"]
    equal_to_a_file_cut_at(a, at(25), tmp_path)


def test_a_clash_about_a_request_is_listed_once_the_request_exists(tmp_path):
    """Two laptops whose clocks ran behind acknowledged a request: before the moment it was
    received (by the clocks) the records up to then are two acknowledgements of nothing.
    A clash is listed only for an object that exists, now and at every past moment alike;
    a file that got the two acknowledgements before the request itself lists it once the
    request arrives."""
    a, b, c = laptops(tmp_path, 3)
    request = a.requests.receive("Skicka FA", party="Polisen", operator="Anna",
                                 now=at(10)).id
    exchange(a, b)
    first = b.requests.acknowledge(request, operator="Bo", now=at(4)).id
    second = a.requests.acknowledge(request, operator="Anna", occurred_at=at(5),
                                    now=at(11)).id
    exchange(b, a)
    [clash] = a.read.state.clashes()
    assert (clash.rule, clash.key, clash.records) == (
        "double_acknowledgement", request, (first, second))
    assert a.read.state.clashes(at=at(6)) == []
    assert equal_to_a_file_cut_at(a, at(6), tmp_path, "cut6.event")["clashes"] == []
    assert [c.rule for c in a.read.state.clashes(at=at(12))] == ["double_acknowledgement"]
    equal_to_a_file_cut_at(a, at(12), tmp_path, "cut12.event")
    acks = [r for r in records_of(a) if r.id in (first, second)]
    receive(c, acks)
    assert c.read.state.clashes() == [] and c.read.state.requests() == []
    exchange(a, c)
    assert c.read.state.clashes() == a.read.state.clashes()


def test_the_journal_at_a_moment_still_works(event):
    event.journal.log("Tidig rad", operator=OP, now=at(0))
    event.journal.log("Sen rad", operator=OP, now=at(30))
    found = event.read.journal.page(JournalFilter(until=at(10)))
    assert "Sen rad" not in {e.text for e in found} and "Tidig rad" in {e.text for e in found}


def test_snapshot_json_names_its_moment(event):
    data = event.read.state.snapshot(BASE + timedelta(minutes=1)).to_json()
    assert set(data) == {"at", "measures", "requests", "units", "contacts", "places",
                         "clashes"}
