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
from eventcenter.new_event.create import create_event
from tests.core.laptops import LAPTOP_A, LAPTOP_B, at, digest, file_until, rebuilt_digest
from tests.core.state_strategies import OFFLINE_STEPS, STATE_STEPS, apply_step, new_made, timed
from tests.factories import PASSPHRASE

steps = st.one_of(
    *STATE_STEPS,
    st.tuples(st.just("laptop"), st.integers(min_value=0, max_value=1)),
    *OFFLINE_STEPS,
)
LAPTOPS = (LAPTOP_A, LAPTOP_B)


def run(event: EventFile, ops: list) -> None:
    made = new_made()
    for (step, *args), minutes, back in ops:
        when = {"operator": "Anna", "now": at(minutes)}
        if back:
            when["occurred_at"] = at(minutes - back)
        if step == "laptop":
            event.device = LAPTOPS[args[0]]
            continue
        with suppress(UserError):  # a refused step writes nothing; the run goes on
            apply_step(event, step, args, made, when)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "valborg.event"
    create_event(path, "valborg", "Valborg 2027", PASSPHRASE, operator="Anna",
                 device=Device("0" * 32, "Skapare")).close()
    return path


@settings(max_examples=20, deadline=None)
@given(ops=st.lists(timed(steps), min_size=1, max_size=25),
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
                    expected = cut.read.state.snapshot(now=moment).to_json()
                assert event.read.state.snapshot(moment).to_json() == expected
