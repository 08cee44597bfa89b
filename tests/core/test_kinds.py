"""Every record kind in one registry (issue 10): what the event files hold and what the code
writes is a `Kind`, every kind but the event's own first record has its projection, and a
fold step writes only the fields its state's shape declares."""

from __future__ import annotations

import shutil
import typing
from pathlib import Path

import pytest

from eventcenter import projections
from eventcenter.demo.night import make_demo
from eventcenter.event_file import EventFile
from eventcenter.kinds import Kind
from eventcenter.state import fold, states
from eventcenter.store.records import iter_records

DATA = Path(__file__).resolve().parents[1] / "data"
# meta caches what they say (store/identity.py); no table shows them
NOT_PROJECTED = {Kind.EVENT_CREATED, Kind.EVENT_IDENTITY}
SHAPES = {"measure": states.MeasureState, "request": states.RequestState,
          "unit": states.UnitState, "contact": states.ContactState,
          "place": states.PlaceState}


@pytest.fixture(scope="module")
def demo_records(tmp_path_factory) -> list:
    path = make_demo(tmp_path_factory.mktemp("kinds") / "demo.event", entries=300)
    event = EventFile.open(path)
    try:
        with event.reading() as conn:
            return list(iter_records(conn))
    finally:
        event.close()


def test_every_kind_written_is_in_the_registry(demo_records, tmp_path):
    found = {r.kind for r in demo_records}
    for name in ("valborg-v1.event", "valborg-v2.event"):
        copy = tmp_path / name
        shutil.copyfile(DATA / name, copy)
        event = EventFile.open(copy)
        try:
            with event.reading() as conn:
                found |= {r.kind for r in iter_records(conn)}
        finally:
            event.close()
    assert found - {k.value for k in Kind} == set()
    assert {Kind.MEASURE_OPENED, Kind.REQUEST_DECLINED, Kind.DECISION_LOGGED} <= found


def test_every_kind_has_its_projection_and_no_handler_is_for_an_unknown_kind():
    handled = set(projections._HANDLERS)
    assert handled - set(Kind) == set()
    assert set(Kind) - handled == NOT_PROJECTED
    assert set(fold.KINDS) == {k for k in Kind if k.subject in SHAPES}


def test_a_fold_writes_only_the_fields_of_its_shape(demo_records):
    by_object: dict[tuple[str, str], list] = {}
    for record in demo_records:
        found = fold.object_of(record)
        if found is not None:
            by_object.setdefault(found, []).append(record)
    assert {t for t, _ in by_object} == set(SHAPES)
    for (obj_type, _), records in by_object.items():
        shape = set(typing.get_type_hints(SHAPES[obj_type]))
        for state in fold.fold(obj_type, records):
            assert set(state) == shape, obj_type


def test_a_kind_is_the_string_the_file_holds():
    assert Kind.MEASURE_OPENED == "measure.opened"
    assert {"measure.opened": 1}[Kind.MEASURE_OPENED] == 1
    assert Kind("unit.moved") is Kind.UNIT_MOVED
    assert Kind.UNIT_MOVED.subject == "unit"
