"""Undo of the working state's actions (compensating records), what needs attention, and a
unit's positions."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from eventcenter.errors import UserError
from eventcenter.state.needs_attention import concerns, overview
from eventcenter.state.positions import unit_positions
from eventcenter.timefmt import now_utc
from eventcenter.undo import actions
from eventcenter.undo import actions as undo
from tests.factories import make_event


@pytest.fixture
def event(tmp_path):
    made = make_event(tmp_path)
    yield made
    made.close()


def test_a_status_change_is_taken_back_by_a_new_record(event):
    measure = event.measures.open("Städning vid Svandammen", operator="Anna",
                                  status="ongoing").id
    event.measures.set_status(measure, "done", operator="Anna")
    before = len(event.records())
    changes = undo.undo_last(event, "Anna")
    assert changes.touches("measures") and len(event.records()) == before + 1
    assert event.read.state.measure(measure).status == "ongoing"
    kinds = [h.kind for h in event.read.state.history(measure)]
    assert kinds == ["measure.opened", "measure.status_changed", "measure.status_changed"]
    # the next undo goes one step further back: the measure opened is cancelled
    undo.undo_last(event, "Anna")
    assert event.read.state.measure(measure).status == "cancelled"


def test_reopening_and_assigning_are_taken_back(event):
    measure = event.measures.open("Eftersök", operator="Anna", status="ongoing").id
    event.measures.set_status(measure, "done", operator="Anna")
    event.measures.reopen(measure, reason="Barnet saknas igen", operator="Anna")
    undo.undo_last(event, "Anna")
    assert event.read.state.measure(measure).status == "done"
    other = event.measures.open("Avspärrning", operator="Bo").id
    event.measures.assign(other, "TV3", operator="Bo")
    undo.undo_last(event, "Bo")
    assert event.read.state.measure(other).units == ()


def test_a_move_goes_back_to_where_the_unit_was(event):
    event.units.move("TV3", operator="Anna", status="en-route", place="Resecentrum")
    event.units.move("TV3", operator="Anna", status="on-site", place="Stora torget")
    undo.undo_last(event, "Anna")
    unit = event.read.state.unit("TV3")
    assert (unit.status, unit.place) == ("en-route", "Resecentrum")
    undo.undo_last(event, "Anna")
    unit = event.read.state.unit("TV3")
    assert (unit.status, unit.place) == ("available", None)
    assert [p.status for p in unit_positions(event, "TV3")] == [
        "available", "en-route", "on-site", "en-route", "available"]


def test_an_action_overtaken_by_another_is_refused(event):
    event.units.move("FA1", operator="Anna", status="on-site", place="Resecentrum")
    event.units.move("FA1", operator="Bo", status="break", place="Stora torget")
    target = undo.last_action(event, "Anna")
    with pytest.raises(UserError) as caught:
        undo.undo(event, target, "Anna")
    assert caught.value.code == "undo_overtaken"
    assert str(caught.value).startswith("Din senaste åtgärd har ändrats")


def test_a_request_received_is_closed_and_an_acknowledgement_cannot_be_undone(event):
    request = event.requests.receive("Skicka FA till Resecentrum", party="Polisen",
                                     operator="Eva").id
    undo.undo_last(event, "Eva")
    assert event.read.state.request(request).status == "closed"
    second = event.requests.receive("Trängsel på Nybron", party="Polisen", operator="Eva").id
    event.requests.acknowledge(second, operator="Eva")
    target = undo.last_action(event, "Eva")
    assert target.kind == "request.acknowledged" and not target.supported
    with pytest.raises(UserError) as caught:
        undo.undo(event, target, "Eva")
    assert caught.value.code == "cannot_undo"


def test_a_contact_edit_gets_its_old_values_back(event):
    contact = event.contacts.add("Lena Berg", function="Socialjour", organisation="soc",
                                 operator="Anna", phone="018-727 50 50").id
    event.contacts.edit(contact, phone="070-000 00 00", rakel="UPP SOC 1", operator="Anna")
    undo.undo_last(event, "Anna")
    restored = event.read.state.contact(contact)
    assert (restored.phone, restored.rakel) == ("018-727 50 50", None)


def test_what_needs_attention(event):
    now = now_utc()
    event.requests.receive("Gammal begäran", party="Polisen", operator="Eva",
                           occurred_at=now - timedelta(minutes=12), now=now)
    event.requests.receive("Ny begäran", party="Polisen", operator="Eva", now=now)
    event.measures.open("Bortglömd insats", operator="Anna", status="ongoing",
                        occurred_at=now - timedelta(minutes=45), now=now)
    found = concerns(event, now=now)
    assert [(c.code, c.level, c.title) for c in found] == [
        ("unacknowledged_request", "alert", "Gammal begäran"),
        ("stale_measure", "warn", "Bortglömd insats"),
        ("unacknowledged_request", "warn", "Ny begäran")]
    counts = overview(event, now=now)
    assert (counts.open_measures, counts.pending_requests, counts.stale_measures) == (1, 2, 1)
    # at a moment before any of it, nothing
    assert concerns(event, at=now - timedelta(hours=2)) == []


def test_the_undo_check_runs_inside_the_write_transaction(event, monkeypatch):
    """What an undoer checks is what the write finds: it runs while the write lock is held,
    so no other writer can change the measure between the check and the write."""
    measure = event.measures.open("Vakter till Dombron", operator="Anna").id
    event.measures.set_status(measure, "ongoing", operator="Anna")
    real = actions.UNDOERS["measure.status_changed"]
    lock: list[str] = []

    def checking(ev, target, operator):
        with closing(sqlite3.connect(ev.path, timeout=0, isolation_level=None)) as other:
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                lock.append("free")
            except sqlite3.OperationalError:
                lock.append("held")
        return real(ev, target, operator)

    monkeypatch.setitem(actions.UNDOERS, "measure.status_changed", checking)
    actions.undo_last(event, "Anna")
    assert lock == ["held"]
    assert event.read.state.measure(measure).status == "planned"
