"""The timeline's time axis picks a tick step for any span, from an hour to a season: a
standing log kept for months must print too (a span over twelve weeks once raised
StopIteration)."""

from __future__ import annotations

import pytest

from eventcenter.reports.figures import HOUR
from eventcenter.reports.timeline import tick_step

WEEK = 168 * HOUR


@pytest.mark.parametrize("hours", [0, 0.5, 11, 13, 30, 200, 2015, 2017, 24 * 365, 24 * 3650])
def test_there_are_at_most_twelve_ticks_for_any_span(hours):
    step = tick_step(hours * HOUR)
    assert step >= HOUR
    assert hours * HOUR / step <= 12


def test_a_night_gets_hourly_ticks_and_a_season_whole_weeks():
    assert tick_step(10 * HOUR) == HOUR
    assert tick_step(20 * WEEK) % WEEK == 0
