"""Two or three laptops, each on its own copy of one event, work offline on every kind of
object (also on those another laptop made, once it has them), with changes dated back and
clocks that differ, and now and then pass some of their records to another laptop: all of
them, a random half, shuffled or backwards, one by one or in one batch. Records therefore
arrive out of clock order, and the working state takes its re-fold path and keeps gaps.

After a full exchange every laptop holds the same records and must show the same thing:
the same fingerprint and projections, each equal to a rebuild, a file that verifies, and at
any past moment the state of a file that holds only the records up to that moment. Along
the way, a laptop holding only part of the others' records must also equal its own rebuild
and its own file cut at a moment."""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, suppress
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.integrity import fingerprint, verify
from tests.core.laptops import (
    LAPTOP_A,
    LAPTOP_B,
    LAPTOP_C,
    at,
    digest,
    file_until,
    rebuilt_digest,
    receive,
    records_of,
    two_laptops,
    unlocked_like,
)
from tests.core.state_strategies import (
    JOURNAL_STEPS,
    MADE_KINDS,
    OFFLINE_STEPS,
    STATE_STEPS,
    apply_step,
    new_made,
    timed,
)
from tests.factories import PASSPHRASE

DEVICES = (LAPTOP_A, LAPTOP_B, LAPTOP_C)
OPERATORS = ("Anna", "Bo", "Cecilia")
ORDERS = ("replay", "reversed", "shuffled", "half")
_TABLES = {"measure": "measures", "request": "requests", "contact": "contacts",
           "entry": "entries"}

laptop = st.integers(min_value=0, max_value=2)
work = st.tuples(st.just("work"), laptop, timed(st.one_of(*STATE_STEPS, *JOURNAL_STEPS,
                                                          *OFFLINE_STEPS)))
send = st.tuples(st.just("send"), laptop, laptop, st.sampled_from(ORDERS), st.booleans(),
                 st.integers(min_value=0, max_value=2**16))
# Minutes after BASE (-90: before the template's records), on a record's minute or between.
moments = st.tuples(st.one_of(st.integers(min_value=-35, max_value=65), st.just(-90)),
                    st.sampled_from([0, 30]))
check = st.tuples(st.just("check"), laptop, moments)
# Six in ten actions are work, three a sending, one a check (one_of would weigh them evenly).
actions = st.lists(st.tuples(st.integers(min_value=0, max_value=9), work, send, check)
                   .map(lambda a: a[1] if a[0] < 6 else a[2] if a[0] < 9 else a[3]),
                   min_size=20, max_size=60)
skews = st.lists(st.sampled_from([0, 0, -4, 3]), min_size=3, max_size=3)
AFTER_ALL = at(120)  # later than every record: the state then is the current state


def arranged(records: list, order: str, rng: random.Random) -> list:
    """Records in the order they are to arrive; "half": a random half of them, shuffled."""
    records = list(records)
    if order == "reversed":
        records.reverse()
    elif order == "shuffled":
        rng.shuffle(records)
    elif order == "half":
        records = [r for r in records if rng.random() < 0.5]
        rng.shuffle(records)
    return records


def known(event: EventFile) -> dict[str, set[str]]:
    """The ids of the measures, requests, contacts and entries this laptop holds."""
    with event.reading() as conn:
        return {kind: set(conn.execute(text(f"SELECT id FROM {table}")).scalars())
                for kind, table in _TABLES.items()}


def do_work(event: EventFile, index: int, made: dict, step: tuple, minutes: int, back: int,
            skew: int) -> None:
    """One step on one laptop, picking among the objects made anywhere that it holds; its
    clock runs `skew` minutes off."""
    name, *args = step
    when = {"operator": OPERATORS[index], "now": at(minutes + skew)}
    if back:
        when["occurred_at"] = at(minutes + skew - back)
    have = known(event)
    mine = {kind: [i for i in made[kind] if i in have[kind]] for kind in MADE_KINDS}
    before = {kind: len(ids) for kind, ids in mine.items()}
    with suppress(UserError):  # a refused step writes nothing; the run goes on
        apply_step(event, name, args, mine, when)
    for kind in MADE_KINDS:
        made[kind].extend(mine[kind][before[kind]:])


def moment_of(minutes: int, seconds: int):
    return at(minutes) + timedelta(seconds=seconds)


def past_state_matches(event: EventFile, moment, path: Path) -> dict:
    """The laptop's state at `moment` equals that of a file holding only its records up to
    then; returns that state."""
    with file_until(event, moment, path) as cut:
        unlocked_like(event, cut)
        expected = cut.read.state.snapshot(now=moment).to_json()
    assert event.read.state.snapshot(moment).to_json() == expected
    return expected


def check_partial(event: EventFile, moment, path: Path) -> None:
    """A laptop holding part of what the others did: its projections equal a rebuild, its
    state at `moment` that of its own file cut there, and after every record its state at
    a moment the current one."""
    assert digest(event) == rebuilt_digest(event)
    past_state_matches(event, moment, path)
    assert event.read.state.snapshot(AFTER_ALL).to_json() == \
        event.read.state.snapshot(now=AFTER_ALL).to_json()


@pytest.fixture(scope="module")
def key(pristine, tmp_path_factory) -> Iterator[EventFile]:
    """A copy of the event unlocked once, whose key opens every copy's confidential fields."""
    path = tmp_path_factory.mktemp("key") / "valborg.event"
    shutil.copy(pristine, path)
    with EventFile.open(path) as event:
        event.unlock(PASSPHRASE)
        yield event


@settings(max_examples=25, deadline=None)
@given(count=st.integers(min_value=2, max_value=3), skew=skews, script=actions,
       final=st.lists(st.tuples(st.sampled_from(ORDERS[:3]), st.booleans()), min_size=3,
                      max_size=3),
       seed=st.integers(min_value=0, max_value=2**16),
       cuts=st.lists(moments, min_size=1, max_size=3))
def test_any_arrival_order_gives_the_same_state_now_and_at_past_moments(
        pristine, key, count, skew, script, final, seed, cuts):
    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        folder = Path(folder)
        laptops = []
        for device in DEVICES[:count]:
            shutil.copy(pristine, folder / f"{device.name}.event")
            laptops.append(stack.enter_context(
                EventFile.open(folder / f"{device.name}.event", device)))
        unlocked_like(key, *laptops)
        made = new_made()
        for n, (action, *args) in enumerate(script):
            if action == "work":
                index, (step, minutes, back) = args[0] % count, args[1]
                do_work(laptops[index], index, made, step, minutes, back, skew[index])
            elif action == "send":
                src, dst, order, at_once, rng_seed = args
                src, dst = src % count, dst % count
                if src != dst:
                    records = arranged(records_of(laptops[src]), order,
                                       random.Random(rng_seed))
                    receive(laptops[dst], records, at_once=at_once)
            else:
                check_partial(laptops[args[0] % count], moment_of(*args[1]),
                              folder / f"check{n}.event")

        # The full exchange: every laptop gets what it lacks, in an order of its own.
        everything = {r.id: r for event in laptops for r in records_of(event)}
        replay = sorted(everything.values(), key=lambda r: (r.hlc, r.device_id))
        rng = random.Random(seed)
        for event, (order, at_once) in zip(laptops, final, strict=False):
            receive(event, arranged(replay, order, rng), at_once=at_once)

        first = laptops[0]
        prints = {fingerprint(event) for event in laptops}
        assert len(prints) == 1 and prints.pop().records == len(everything)
        digests = [digest(event) for event in laptops]
        assert all(d == digests[0] for d in digests)
        assert digests[0] == rebuilt_digest(first)
        for event in laptops:
            assert not verify(event)
        current = [event.read.state.snapshot(now=AFTER_ALL).to_json() for event in laptops]
        assert all(c == current[0] for c in current)
        assert first.read.state.snapshot(AFTER_ALL).to_json() == current[0]
        for n, (minutes, seconds) in enumerate(cuts):
            moment = moment_of(minutes, seconds)
            expected = past_state_matches(first, moment, folder / f"cut{n}.event")
            for event in laptops[1:]:
                assert event.read.state.snapshot(moment).to_json() == expected


def test_records_of_one_object_that_arrive_together_before_what_is_held_are_all_folded(
        tmp_path):
    """The re-fold path with a batch: three changes of one unit arrive in one batch, all
    older than the change the laptop made itself, and in reverse order."""
    a, b = two_laptops(tmp_path)
    a.units.move("TV3", status="on-site", operator="Anna", now=at(1))
    a.units.move("TV3", place="Dombron", operator="Anna", now=at(2), occurred_at=at(-5))
    a.units.edit("TV3", size=5, operator="Anna", now=at(3))
    b.units.move("TV3", status="break", operator="Bo", now=at(10))
    assert receive(b, records_of(a)[::-1], at_once=True) == 3
    receive(a, records_of(b))
    assert digest(a) == digest(b) == rebuilt_digest(b)
    unit = b.read.state.unit("TV3")
    assert (unit.status, unit.place, unit.size) == ("break", "Dombron", 5)
    assert len(b.read.state.history("TV3")) == 5
    for n, moment in enumerate((at(-5), at(1) + timedelta(seconds=30), at(3))):
        with file_until(b, moment, tmp_path / f"cut{n}.event") as cut:
            expected = cut.read.state.snapshot(now=moment).to_json()
        assert b.read.state.snapshot(moment).to_json() == expected
    a.close()
    b.close()
