"""Measures: opening, the life cycle, units, edits, links, confidentiality, ages."""

from __future__ import annotations

import pytest

from eventcenter.errors import UserError
from eventcenter.integrity import verify
from tests.core.laptops import at, count_records
from tests.factories import PASSPHRASE
from tests.raw_files import contains

OP = "Anna"


def open_measure(event, title="Fem berusade ungdomar", minutes=0, **options):
    return event.measures.open(title, operator=OP, now=at(minutes), **options).id


def refused(event, code, call, *args, **kwargs):
    """The call raises a UserError with this code and writes nothing."""
    before = count_records(event)
    with pytest.raises(UserError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value
    assert count_records(event) == before
    return caught.value


def test_open_resolves_names_and_returns_the_measure_id(event):
    changes = event.measures.open(
        "Fem berusade ungdomar", operator=OP, type="Omhändertagande av berusad ungdom",
        category="berusning", place="resecentrum", priority=1, units=["tv3", "FA1", "TV3"],
        notes="FA1 på väg", now=at(0))
    assert changes.touches("measures")
    measure = event.read.state.measure(changes.id)
    assert (measure.id, measure.title, measure.type, measure.category, measure.place) == (
        changes.id, "Fem berusade ungdomar", "omhändertagande", "ber", "Resecentrum")
    assert (measure.priority, measure.units, measure.status) == (1, ("FA1", "TV3"), "planned")
    assert (measure.notes, measure.opened_by, measure.confidential) == ("FA1 på väg", OP, False)
    assert not verify(event)


def test_the_json_of_a_measure_has_the_public_keys(event):
    measure_id = open_measure(event, place="Dombron", units=["TV3"])
    data = event.read.state.measure(measure_id).to_json()
    assert {"id", "title", "type", "status", "category", "place", "priority", "units",
            "confidential", "request", "entry", "opened_at", "updated_at"} <= set(data)
    assert data["units"] == ["TV3"] and data["opened_at"].endswith(("+02:00", "+01:00"))


def test_a_measure_may_open_as_ongoing(event):
    measure_id = open_measure(event, status="ongoing")
    assert event.read.state.measure(measure_id).status == "ongoing"
    refused(event, "unknown_status", event.measures.open, "X", operator=OP, status="done")


@pytest.mark.parametrize("path", [
    ["ongoing", "done"], ["ongoing", "cancelled"], ["done"], ["cancelled"]])
def test_the_life_cycle_allows(event, path):
    measure_id = open_measure(event)
    for minutes, status in enumerate(path, start=1):
        event.measures.set_status(measure_id, status, operator=OP, now=at(minutes))
    measure = event.read.state.measure(measure_id, now=at(10))
    assert measure.status == path[-1] and not measure.is_open
    assert measure.closed_at is not None


@pytest.mark.parametrize(("path", "wanted", "code"), [
    (["ongoing"], "planned", "bad_transition"),
    (["done"], "planned", "bad_transition"),
    (["cancelled"], "done", "bad_transition"),
    (["done"], "ongoing", "reopen_needed"),
    (["ongoing"], "ongoing", "same_status"),
    ([], "finished", "unknown_status"),
])
def test_the_life_cycle_refuses(event, path, wanted, code):
    measure_id = open_measure(event)
    for status in path:
        event.measures.set_status(measure_id, status, operator=OP)
    refused(event, code, event.measures.set_status, measure_id, wanted, operator=OP)


def test_reopening_needs_a_reason_and_a_closed_measure(event):
    measure_id = open_measure(event)
    refused(event, "not_closed", event.measures.reopen, measure_id, reason="x", operator=OP)
    event.measures.set_status(measure_id, "done", operator=OP)
    for reason in ("", "   ", None):
        refused(event, "reopen_reason_needed", event.measures.reopen, measure_id,
                reason=reason, operator=OP)
    event.measures.reopen(measure_id, reason="Nytt larm från TV3", operator=OP)
    measure = event.read.state.measure(measure_id)
    assert measure.status == "ongoing" and measure.closed_at is None
    reopened = event.read.state.history(measure_id)[-1]
    assert reopened.kind == "measure.reopened"
    assert reopened.change == {"from": "done", "reason": "Nytt larm från TV3"}


def test_each_change_carries_time_operator_and_comment(event):
    measure_id = open_measure(event)
    event.measures.set_status(measure_id, "ongoing", operator="Bo", comment="TV3 på plats",
                              now=at(5))
    history = event.read.state.history(measure_id)
    assert [h.kind for h in history] == ["measure.opened", "measure.status_changed"]
    assert history[1].operator == "Bo" and history[1].at == at(5).timestamp() * 1e6
    assert history[1].change == {"status": "ongoing", "from": "planned",
                                 "comment": "TV3 på plats"}
    assert history[1].to_json()["device_name"] == event.device.name


def test_assign_and_unassign_units(event):
    measure_id = open_measure(event)
    event.measures.assign(measure_id, "tv3", operator=OP)
    event.measures.assign(measure_id, "FA1", operator=OP)
    refused(event, "already_assigned", event.measures.assign, measure_id, "TV3", operator=OP)
    event.measures.unassign(measure_id, "TV3", operator=OP)
    refused(event, "not_assigned", event.measures.unassign, measure_id, "TV3", operator=OP)
    assert event.read.state.measure(measure_id).units == ("FA1",)
    error = refused(event, "unknown_unit", event.measures.assign, measure_id, "TV33",
                    operator=OP)
    assert "TV3" in error.params["suggestions"]


def test_edit_changes_only_what_is_given_and_clears_with_none(event):
    measure_id = open_measure(event, place="Dombron", priority=2, category="ber")
    event.measures.edit(measure_id, operator=OP, title="Sex berusade ungdomar",
                        place="Islandsbron", category=None, now=at(3))
    measure = event.read.state.measure(measure_id)
    assert (measure.title, measure.place, measure.category, measure.priority) == (
        "Sex berusade ungdomar", "Islandsbron", None, 2)
    refused(event, "nothing_to_change", event.measures.edit, measure_id, operator=OP)
    refused(event, "empty_title", event.measures.edit, measure_id, operator=OP, title=" ")
    refused(event, "bad_priority", event.measures.edit, measure_id, operator=OP, priority=4)
    error = refused(event, "unknown_place", event.measures.edit, measure_id, operator=OP,
                    place="Islandsbro")
    assert "Islandsbron" in error.params["suggestions"]


@pytest.mark.parametrize(("options", "code"), [
    ({"priority": 0}, "bad_priority"), ({"priority": "hög"}, "bad_priority"),
    ({"type": "omhänder"}, "unknown_measure_type"), ({"category": "xyz"}, "unknown_category"),
    ({"place": "Resecentrun"}, "unknown_place"), ({"units": ["TV99"]}, "unknown_unit"),
    ({"from_entry": "abcd", "from_request": "abcd"}, "two_sources"),
    ({"from_entry": "ffffffff"}, "unknown_entry"), ({"from_request": "fff"}, "bad_id"),
])
def test_bad_input_when_opening_writes_nothing(event, options, code):
    refused(event, code, event.measures.open, "Titel", operator=OP, **options)


def test_bad_title_and_operator(event):
    refused(event, "empty_title", event.measures.open, "  ", operator=OP)
    refused(event, "control_characters", event.measures.open, "a\x07b", operator=OP)
    refused(event, "empty_operator", event.measures.open, "Titel", operator="")


def test_ids_are_accepted_by_a_unique_prefix(event):
    measure_id = open_measure(event)
    event.measures.set_status(measure_id[:4].upper(), "ongoing", operator=OP)
    assert event.read.state.measure(measure_id[:6]).status == "ongoing"
    refused(event, "bad_id", event.measures.set_status, measure_id[:3], "done", operator=OP)
    refused(event, "bad_id", event.measures.set_status, "zzzz", "done", operator=OP)
    refused(event, "unknown_measure", event.measures.set_status, "f" * 32, "done", operator=OP)


def test_an_ambiguous_prefix_is_refused(event):
    first = event.measures.open("A", operator=OP, measure_id="abcd" + "1" * 28).id
    event.measures.open("B", operator=OP, measure_id="abcd" + "2" * 28)
    refused(event, "ambiguous_prefix", event.measures.set_status, "abcd", "done", operator=OP)
    event.measures.set_status("abcd1", "done", operator=OP)
    assert event.read.state.measure(first).status == "done"


def test_opened_from_an_entry_or_a_request_links_them(event):
    entry = event.journal.log("Fem berusade vid Resecentrum", operator=OP).id
    from_entry = open_measure(event, from_entry=entry[:6])
    request = event.requests.receive("Skicka FA", party="Polisen", operator=OP).id
    from_request = open_measure(event, from_request=request[:6])
    assert event.read.state.measure(from_entry).entry == entry
    assert event.read.state.measure(from_request).request == request
    assert event.read.state.request(request).status == "pending"  # answering is its own step


def test_age_and_time_since_the_last_update(event):
    measure_id = open_measure(event, minutes=0)
    event.measures.set_status(measure_id, "ongoing", operator=OP, now=at(12))
    measure = event.read.state.open_measures(now=at(30))[0]
    assert (measure.age_seconds, measure.since_update_seconds) == (30 * 60, 18 * 60)
    assert measure.to_json()["since_update_seconds"] == 18 * 60


def test_open_measures_leave_out_done_and_cancelled(event):
    ids = [open_measure(event, title=f"Insats {n}", minutes=n) for n in range(4)]
    event.measures.set_status(ids[1], "done", operator=OP)
    event.measures.set_status(ids[2], "cancelled", operator=OP)
    assert [m.id for m in event.read.state.open_measures()] == [ids[0], ids[3]]
    assert [m.id for m in event.read.state.measures()] == ids


def test_a_confidential_measure_is_sealed_everywhere(event, tmp_path):
    marker = "Zebrakatt"
    measure_id = open_measure(event, title=f"Flicka 12 år, {marker}", notes=f"{marker} jacka",
                              confidential=True, place="Dombron")
    event.measures.set_status(measure_id, "ongoing", operator=OP, comment=f"{marker} hittad")
    event.measures.edit(measure_id, operator=OP, notes=f"{marker} blå jacka")
    event.measures.set_status(measure_id, "done", operator=OP)
    event.measures.reopen(measure_id, reason=f"{marker} sprang igen", operator=OP)
    locked = event.read.state.measure(measure_id)
    assert (locked.title, locked.notes, locked.sealed, locked.place) == (
        None, None, True, "Dombron")
    assert all("comment" not in h.change and "reason" not in h.change
               for h in event.read.state.history(measure_id))
    event.close()
    for name in ("valborg.event", "valborg.event-wal"):
        path = tmp_path / name
        assert not path.exists() or not contains(path, marker)
    from eventcenter.event_file import EventFile

    with EventFile.open(tmp_path / "valborg.event") as reopened:
        reopened.unlock(PASSPHRASE)
        opened = reopened.read.state.measure(measure_id)
        assert (opened.title, opened.notes) == (f"Flicka 12 år, {marker}", f"{marker} blå jacka")
        assert not opened.sealed
        changes = [h.change for h in reopened.read.state.history(measure_id)]
        assert changes[1]["comment"] == f"{marker} hittad"
        assert changes[-1]["reason"] == f"{marker} sprang igen"


def test_a_measure_opened_from_a_confidential_entry_is_confidential(event):
    entry = event.journal.log("Flicka 12 år saknas", operator=OP, confidential=True).id
    measure_id = open_measure(event, title="Eftersök", from_entry=entry)
    measure = event.read.state.measure(measure_id)
    assert measure.confidential and measure.title is None


def test_markup_is_stored_as_typed(event):
    measure_id = open_measure(event, title="<b>Brand</b> &amp; rök")
    assert event.read.state.measure(measure_id).title == "<b>Brand</b> &amp; rök"
