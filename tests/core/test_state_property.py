"""Random operations across measures, requests, units, contacts and places, on two laptops,
with changes dated back and records as if from a laptop that was offline (clashes): the
projections always equal a rebuild, and the state at any past moment equals the state of a
file that holds only the records up to that moment."""

from __future__ import annotations

import shutil
import tempfile
from contextlib import suppress
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcenter.device import Device
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import verify
from eventcenter.new_event import create_event
from eventcenter.records import Draft
from tests.core.laptops import LAPTOP_A, LAPTOP_B, at, digest, file_until, rebuilt_digest
from tests.factories import PASSPHRASE

indexes = st.integers(min_value=0, max_value=5)
units = st.sampled_from(["TV3", "FA1", "TV9", "tv9", "NV1"])
place_names = st.sampled_from([None, "Resecentrum", "Dombron", "Vaksala torg"])
steps = st.one_of(
    st.tuples(st.just("open"), st.sampled_from(["Avspärrning", "Lisa 14 år"]), place_names,
              st.lists(units, max_size=2), st.booleans(), st.sampled_from(["planned",
                                                                           "ongoing"])),
    st.tuples(st.just("status"), indexes, st.sampled_from(["ongoing", "done", "cancelled",
                                                           "planned"])),
    st.tuples(st.just("reopen"), indexes),
    st.tuples(st.just("assign"), indexes, units),
    st.tuples(st.just("unassign"), indexes, units),
    st.tuples(st.just("edit"), indexes, place_names, st.sampled_from([None, 1, 3])),
    st.tuples(st.just("receive"), st.booleans()),
    st.tuples(st.just("ack"), indexes),
    st.tuples(st.just("answer"), indexes, indexes),
    st.tuples(st.just("decline"), indexes),
    st.tuples(st.just("close"), indexes),
    st.tuples(st.just("unit_add"), units, st.sampled_from(["tv", "nv"])),
    st.tuples(st.just("move"), units, st.sampled_from([None, "on-site", "break"]),
              place_names),
    st.tuples(st.just("unit_edit"), units, st.integers(min_value=1, max_value=6)),
    st.tuples(st.just("contact_add"), st.sampled_from(["Åsa", "Bo"]),
              st.sampled_from([None, "22:00-02:00"])),
    st.tuples(st.just("contact_edit"), indexes, st.sampled_from(["070-1", "112"])),
    st.tuples(st.just("place_add"), st.sampled_from(["Vaksala torg", "Ängen"])),
    st.tuples(st.just("place_edit"), st.sampled_from(["Dombron", "Vaksala torg"]),
              st.sampled_from([None, "bro", "park"])),
    st.tuples(st.just("laptop"), st.integers(min_value=0, max_value=1)),
    # As if from a laptop that was offline: records no local check has seen.
    st.tuples(st.just("offline_unit"), units),
    st.tuples(st.just("offline_ack"), indexes),
    st.tuples(st.just("offline_status"), indexes, st.sampled_from(["done", "cancelled"])),
)
timed = st.tuples(steps, st.integers(min_value=0, max_value=60),
                  st.sampled_from([0, 0, 0, 0, 7, 25]))
LAPTOPS = (LAPTOP_A, LAPTOP_B)


def pick(items: list[str], index: int) -> str:
    return items[index % len(items)] if items else "ffff"


def run(event: EventFile, ops: list) -> None:
    made: dict[str, list[str]] = {"measure": [], "request": [], "contact": []}
    for (step, *args), minutes, back in ops:
        when = {"operator": "Anna", "now": at(minutes)}
        if back:
            when["occurred_at"] = at(minutes - back)
        with suppress(UserError):  # a refused step writes nothing; the run goes on
            _step(event, step, args, made, when)


def _step(event, step, args, made, when) -> None:  # one branch per operation
    m, r, c = (lambda i, k=k: pick(made[k], i) for k in ("measure", "request", "contact"))
    if step == "open":
        title, place, assigned, secret, status = args
        made["measure"].append(event.measures.open(
            title, place=place, units=assigned, confidential=secret, status=status,
            **when).id)
    elif step == "status":
        event.measures.set_status(m(args[0]), args[1], **when)
    elif step == "reopen":
        event.measures.reopen(m(args[0]), reason="nytt larm", **when)
    elif step in ("assign", "unassign"):
        getattr(event.measures, step)(m(args[0]), args[1], **when)
    elif step == "edit":
        event.measures.edit(m(args[0]), place=args[1], priority=args[2], **when)
    elif step == "receive":
        made["request"].append(event.requests.receive(
            "Skicka FA", party="Polisen", confidential=args[0], **when).id)
    elif step == "ack":
        event.requests.acknowledge(r(args[0]), **when)
    elif step == "answer":
        event.requests.answer(r(args[0]), measure=m(args[1]), **when)
    elif step == "decline":
        event.requests.decline(r(args[0]), reason="inga resurser", **when)
    elif step == "close":
        event.requests.close(r(args[0]), **when)
    elif step == "unit_add":
        event.units.add(args[0], organisation=args[1], **when)
    elif step == "move":
        event.units.move(args[0], status=args[1], place=args[2], **when)
    elif step == "unit_edit":
        event.units.edit(args[0], size=args[1], **when)
    elif step == "contact_add":
        made["contact"].append(event.contacts.add(
            args[0], function="samordnare", organisation="kommunen", on_duty=args[1],
            **when).id)
    elif step == "contact_edit":
        event.contacts.edit(c(args[0]), phone=args[1], **when)
    elif step == "place_add":
        event.places.add(args[0], **when)
    elif step == "place_edit":
        event.places.edit(args[0], kind=args[1], **when)
    elif step == "laptop":
        event.device = LAPTOPS[args[0]]
    elif step.startswith("offline_"):
        if step == "offline_unit":
            kind, payload = "unit.added", {"callsign": args[0], "organisation": "nv"}
        elif step == "offline_ack":
            kind, payload = "request.acknowledged", {"request": r(args[0])}
        else:
            kind, payload = "measure.status_changed", {"measure": m(args[0]),
                                                      "status": args[1], "from": "planned"}
        event.write([Draft(kind, payload, "Bo", when.get("occurred_at"))], when["now"])


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "valborg.event"
    create_event(path, "valborg", "Valborg 2027", PASSPHRASE, operator="Anna",
                 device=Device("0" * 32, "Skapare")).close()
    return path


@settings(max_examples=20, deadline=None)
@given(ops=st.lists(timed, min_size=1, max_size=25),
       cuts=st.lists(st.integers(min_value=-30, max_value=65), min_size=1, max_size=2))
def test_rebuild_and_past_states_after_any_operations(pristine, ops, cuts):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "valborg.event"
        shutil.copy(pristine, path)
        with EventFile.open(path, LAPTOP_A) as event:
            run(event, ops)
            assert digest(event) == rebuilt_digest(event)
            assert not verify(event)
            event.unlock(PASSPHRASE)
            for n, minutes in enumerate(cuts):
                moment = at(minutes) + timedelta(seconds=30)
                with file_until(event, moment, Path(folder) / f"cut{n}.event") as cut:
                    cut.unlock(PASSPHRASE)
                    expected = cut.state.snapshot(now=moment).to_json()
                assert event.state.snapshot(moment).to_json() == expected
