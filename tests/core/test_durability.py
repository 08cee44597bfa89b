"""A line reported as saved survives the process being killed at any moment, and nothing
killed leaves anything half-made. Writers of the API and of the command line, and `new`,
`backup` and `verify` running beside them, are killed with SIGKILL at random moments, over a
hundred times (`tests/killing.py`); then every id a writer printed is in the file, the file
verifies, every event `new` made is whole, every backup kept verifies, and once the next
`new` and `backup` have run no temporary or partial file is left. `bench/soak_kills.py`
does the same a thousand times."""

from __future__ import annotations

import signal

import pytest

from tests.killing import FORKED, check, prepare, run_kills

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on Windows")

KILLS = {"api": 40, "cli": 40, "new": 15, "backup": 15, "verify": 15, "cli-process": 8}


def test_nothing_reported_is_lost_and_nothing_half_made_is_left(tmp_path):
    place = prepare(tmp_path)
    tally = run_kills(place, KILLS, seed=20270430)
    assert dict(tally.kills) == KILLS and sum(KILLS.values()) >= 100
    assert tally.errors == []
    # The children really worked between the kills (most are killed after a first round).
    for kind in FORKED:
        assert tally.work[kind] >= KILLS[kind] // 2, kind
    assert set(tally.verdicts) == {0}  # verify never found a problem in the live file

    found = check(place, tally)
    assert found.lost == []
    assert found.problems == []
    assert found.half_made == []
    assert found.left_over == []
    # At most one line per killed writer was saved but killed before its id was printed.
    writers = KILLS["api"] + KILLS["cli"] + KILLS["cli-process"]
    assert found.stored - len(set(tally.ids)) <= writers
    assert found.events_made >= len(tally.made) + 1  # those reported, and the check's own
