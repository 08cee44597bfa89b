"""The window's one sentence for a failure and its one clock format."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from eventcenter import clock
from eventcenter.errors import UserError
from ui import words


def test_a_user_error_speaks_for_itself(qapp):
    error = UserError("disk_error", detail="disk full")
    assert words.failure(error, "Not saved: %1") == str(error)
    assert "disk full" in str(error)


def test_any_other_failure_is_named_in_the_sentence_given(qapp):
    assert words.failure(OSError("no space left"), "Not saved: %1") == "Not saved: no space left"
    assert words.failure(RuntimeError(), "(%1)") == "(RuntimeError)"  # no words: its name


def test_the_clock_reads_the_cores_clock_in_stockholm(qapp):
    with clock.set_to(datetime(2027, 4, 30, 21, 40, 5, tzinfo=UTC)):
        assert words.clock_now() == "23:40:05"  # summer time
    assert re.fullmatch(r"\d\d:\d\d:\d\d", words.clock_now())
