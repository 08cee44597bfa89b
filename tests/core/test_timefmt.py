"""Tests for eventcenter.timefmt: parsing typed times, storage form, local display."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcenter.timefmt import (
    STOCKHOLM,
    OnDuty,
    TimeParseError,
    format_duration,
    from_micros,
    hhmm_local,
    iso_local,
    now_utc,
    offset_minutes,
    parse_time,
    to_micros,
)

CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))


def local(*args: int, fold: int = 0) -> datetime:
    """A Stockholm wall time, as the tests' 'now'."""
    return datetime(*args, tzinfo=STOCKHOLM).replace(fold=fold)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- now_utc ------------------------------------------------------------------


def test_now_utc_is_aware_utc() -> None:
    now = now_utc()
    assert now.utcoffset() == timedelta(0)
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)


# --- parse_time: clock times ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23:50", datetime(2027, 4, 30, 23, 50, tzinfo=CEST)),  # before midnight: yesterday
        ("00:05", datetime(2027, 5, 1, 0, 5, tzinfo=CEST)),  # today
        ("00:10", datetime(2027, 5, 1, 0, 10, tzinfo=CEST)),  # exactly now is not future
        ("00:11", datetime(2027, 4, 30, 0, 11, tzinfo=CEST)),  # a minute ahead: yesterday
        ("0:05", datetime(2027, 5, 1, 0, 5, tzinfo=CEST)),
        ("7:30", datetime(2027, 4, 30, 7, 30, tzinfo=CEST)),
        ("22:14:03", datetime(2027, 4, 30, 22, 14, 3, tzinfo=CEST)),
        ("22.14", datetime(2027, 4, 30, 22, 14, tzinfo=CEST)),
        ("22.14.03", datetime(2027, 4, 30, 22, 14, 3, tzinfo=CEST)),
        ("  23:50  ", datetime(2027, 4, 30, 23, 50, tzinfo=CEST)),
    ],
)
def test_clock_time_is_latest_not_in_future(text: str, expected: datetime) -> None:
    now = local(2027, 5, 1, 0, 10)
    result = parse_time(text, now)
    assert result == expected
    assert result.utcoffset() == expected.utcoffset()
    assert result <= now


def test_clock_time_with_seconds_compares_to_the_second() -> None:
    now = local(2027, 4, 30, 22, 14, 30)
    assert parse_time("22:14:30", now).day == 30
    assert parse_time("22:14:31", now).day == 29


def test_clock_time_returns_fixed_offset_not_zone() -> None:
    result = parse_time("12:00", local(2027, 4, 30, 13, 0))
    assert result.tzinfo == CEST
    assert not isinstance(result.tzinfo, type(STOCKHOLM))


def test_clock_time_in_winter_gets_winter_offset() -> None:
    result = parse_time("12:00", local(2027, 1, 15, 13, 0))
    assert result == datetime(2027, 1, 15, 12, 0, tzinfo=CET)
    assert offset_minutes(result) == 60


def test_clock_time_uses_stockholm_date_not_utc_date() -> None:
    # 22:30 UTC on 30 April is already 00:30 on 1 May in Stockholm.
    now = utc(2027, 4, 30, 22, 30)
    assert parse_time("00:20", now) == datetime(2027, 5, 1, 0, 20, tzinfo=CEST)


def test_now_in_any_offset_is_accepted() -> None:
    now = datetime(2027, 4, 30, 17, 10, tzinfo=timezone(timedelta(hours=-5)))
    assert parse_time("00:05", now) == datetime(2027, 5, 1, 0, 5, tzinfo=CEST)


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError) as info:
        parse_time("12:00", datetime(2027, 4, 30, 12, 0))
    assert not isinstance(info.value, TimeParseError)


def test_default_now_is_the_real_clock() -> None:
    result = parse_time("00:00")
    assert timedelta(0) <= now_utc() - result < timedelta(days=1)


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
)
def test_clock_time_property(now_naive: datetime, hour: int, minute: int) -> None:
    """Not in the future, under a day old, shows the typed wall time (or is a gap)."""
    now = now_naive.replace(tzinfo=UTC)
    try:
        result = parse_time(f"{hour:02d}:{minute:02d}", now)
    except TimeParseError as exc:
        assert exc.reason == "nonexistent"
        return
    assert result <= now
    assert now - result < timedelta(hours=25)
    shown = result.astimezone(STOCKHOLM)
    assert (shown.hour, shown.minute, shown.second) == (hour, minute, 0)
    assert result.utcoffset() == shown.utcoffset()


# --- parse_time: DST nights ---------------------------------------------------
# 2026-03-29: 02:00 CET -> 03:00 CEST (01:00 UTC). 2026-10-25: 03:00 CEST -> 02:00 CET
# (01:00 UTC), so 02:00-02:59 happens twice.


def test_spring_forward_gap_raises_once_clocks_passed_it() -> None:
    with pytest.raises(TimeParseError) as info:
        parse_time("02:30", local(2026, 3, 29, 3, 10))
    assert info.value.reason == "nonexistent"
    assert info.value.text == "02:30"


def test_spring_forward_gap_before_the_jump_means_yesterday() -> None:
    result = parse_time("02:30", local(2026, 3, 29, 1, 50))
    assert result == datetime(2026, 3, 28, 2, 30, tzinfo=CET)


def test_spring_forward_gap_yesterday_raises() -> None:
    with pytest.raises(TimeParseError):
        parse_time("02:30", local(2026, 3, 30, 1, 0))


def test_spring_forward_times_around_the_gap() -> None:
    now = local(2026, 3, 29, 3, 10)
    assert parse_time("01:59", now) == datetime(2026, 3, 29, 1, 59, tzinfo=CET)
    assert parse_time("03:00", now) == datetime(2026, 3, 29, 3, 0, tzinfo=CEST)
    assert parse_time("03:05", now).utcoffset() == timedelta(hours=2)
    assert to_micros(parse_time("03:00", now)) - to_micros(parse_time("01:59", now)) == 60e6


def test_spring_forward_night_crossing_midnight() -> None:
    now = local(2026, 3, 29, 4, 0)
    assert parse_time("23:30", now) == datetime(2026, 3, 28, 23, 30, tzinfo=CET)


def test_fall_back_ambiguous_after_second_pass_is_winter_time() -> None:
    now = utc(2026, 10, 25, 1, 40)  # 02:40 CET, second time round
    result = parse_time("02:30", now)
    assert result == utc(2026, 10, 25, 1, 30)
    assert result.utcoffset() == timedelta(hours=1)


def test_fall_back_ambiguous_during_first_pass_is_summer_time() -> None:
    now = utc(2026, 10, 25, 0, 40)  # 02:40 CEST, first time round
    result = parse_time("02:30", now)
    assert result == utc(2026, 10, 25, 0, 30)
    assert result.utcoffset() == timedelta(hours=2)


def test_fall_back_ambiguous_between_passes_is_summer_time() -> None:
    now = utc(2026, 10, 25, 1, 20)  # 02:20 CET: 02:30 CEST passed, 02:30 CET not yet
    result = parse_time("02:30", now)
    assert result == utc(2026, 10, 25, 0, 30)
    assert offset_minutes(result) == 120


def test_fall_back_unambiguous_times() -> None:
    now = local(2026, 10, 25, 4, 0)
    assert parse_time("01:30", now).utcoffset() == timedelta(hours=2)
    assert parse_time("03:30", now).utcoffset() == timedelta(hours=1)
    assert parse_time("23:00", now) == datetime(2026, 10, 24, 23, 0, tzinfo=CEST)


# --- parse_time: ISO 8601 -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_offset"),
    [
        ("2027-04-30T22:14:03+02:00", 120),
        ("2027-04-30T20:14:03Z", 0),
        ("2027-04-30T20:14:03z", 0),
        ("2027-04-30T15:14:03-05:00", -300),
        ("2027-04-30T16:44:03-03:30", -210),
        ("2027-04-30T22:14:03+0200", 120),
        ("2027-04-30 22:14:03+02:00", 120),
        ("2027-04-30T22:14:03", 120),  # no offset: Swedish local time
        ("2027-04-30 22:14:03", 120),
    ],
)
def test_iso_keeps_the_offset_it_was_entered_in(text: str, expected_offset: int) -> None:
    result = parse_time(text, utc(2030, 1, 1))
    assert result == utc(2027, 4, 30, 20, 14, 3)
    assert offset_minutes(result) == expected_offset


def test_iso_without_seconds_and_with_fraction() -> None:
    now = utc(2030, 1, 1)
    assert parse_time("2027-04-30T22:14", now) == datetime(2027, 4, 30, 22, 14, tzinfo=CEST)
    result = parse_time("2027-04-30T22:14:03.250", now)
    assert result.microsecond == 250000
    assert parse_time("2027-04-30T22:14:03,5", now).microsecond == 500000


def test_iso_local_in_winter_gets_winter_offset() -> None:
    result = parse_time("2027-01-15 08:00", utc(2030, 1, 1))
    assert result.tzinfo == CET


def test_iso_may_be_in_the_future() -> None:
    result = parse_time("2030-04-30T20:00", utc(2027, 1, 1))
    assert result == datetime(2030, 4, 30, 20, 0, tzinfo=CEST)


def test_iso_in_spring_forward_gap_raises() -> None:
    with pytest.raises(TimeParseError) as info:
        parse_time("2026-03-29T02:30", utc(2027, 1, 1))
    assert info.value.reason == "nonexistent"


def test_iso_in_gap_with_offset_is_fine() -> None:
    assert parse_time("2026-03-29T02:30+01:00", utc(2027, 1, 1)) == utc(2026, 3, 29, 1, 30)


def test_iso_ambiguous_resolves_like_clock_time() -> None:
    text = "2026-10-25T02:30"
    assert parse_time(text, utc(2027, 1, 1)).utcoffset() == timedelta(hours=1)
    assert parse_time(text, utc(2026, 10, 25, 1, 20)).utcoffset() == timedelta(hours=2)
    assert parse_time(text, utc(2026, 1, 1)).utcoffset() == timedelta(hours=2)  # both future


@pytest.mark.parametrize(
    "text",
    [
        "25:00",
        "24:00",
        "12:60",
        "12:30:60",
        "abc",
        "",
        "   ",
        "2026-13-01T10:00",
        "2026-02-30T10:00",
        "2026-04-30T24:00",
        "2026-04-30",  # date only names no instant
        "2026-04-30T",
        "2026-04-30T10",
        "2026-04-30T10:00+25:00",
        "2026-04-30T10:00 +02:00",
        "1230",
        "12:3",
        "123:00",
        ":30",
        "12:",
        "12:30 pm",
        "22:14.03",  # mixed separators
        "idag 12:00",
        "-1:00",
        "１２:００",  # full-width digits: ASCII only
        "2026-W18-4T10:00",
        "20260430T1000",
    ],
)
def test_bad_input_raises_time_parse_error(text: str) -> None:
    with pytest.raises(TimeParseError) as info:
        parse_time(text, utc(2027, 1, 1))
    assert info.value.text == text
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "empty"), ("abc", "format"), ("25:00", "range"), ("2026-13-01T10:00", "range")],
)
def test_error_reason_codes(text: str, reason: str) -> None:
    with pytest.raises(TimeParseError) as info:
        parse_time(text, utc(2027, 1, 1))
    assert info.value.reason == reason


@pytest.mark.parametrize("text", ["0001-01-01T00:00", "0001-01-01 00:59",
                                  "0001-01-01T00:30+01:00", "9999-12-31T23:59Z",
                                  "9999-12-31T23:00-05:00", "0001-01-01T00:00Z",
                                  "0001-12-31T23:59Z", "9999-01-01T00:00Z"])
def test_a_time_the_calendar_cannot_hold_is_outside(text: str) -> None:
    """Year 1 and year 9999, where Swedish time or an hour before or after leaves the
    calendar: refused with a reason of their own, never an OverflowError."""
    with pytest.raises(TimeParseError) as info:
        parse_time(text, utc(2027, 1, 1))
    assert info.value.reason == "outside"


@given(st.datetimes(), st.sampled_from(["", "Z", "+01:00", "-05:00", "+14:00", "-12:00"]))
def test_any_date_and_time_is_read_or_refused(moment: datetime, offset: str) -> None:
    """Every date and time of the calendar, in any offset: read, and then storable and
    showable with room to calculate (the day before, the hour after), or refused with a
    TimeParseError."""
    text = (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T"
            f"{moment.hour:02d}:{moment.minute:02d}{offset}")
    try:
        result = parse_time(text, utc(2027, 4, 30, 20))
    except TimeParseError:
        return
    assert from_micros(to_micros(result)) == result
    assert iso_local(result)
    assert iso_local(result - timedelta(days=300)) and iso_local(result + timedelta(days=300))


@given(st.text(max_size=40))
def test_parse_time_never_raises_anything_else(text: str) -> None:
    try:
        result = parse_time(text, utc(2027, 4, 30, 20))
    except TimeParseError:
        return
    assert result.utcoffset() is not None


# --- micros and offsets -------------------------------------------------------


def test_micros_round_trip_and_epoch() -> None:
    assert to_micros(utc(1970, 1, 1)) == 0
    assert to_micros(utc(1970, 1, 1, 0, 0, 1)) == 1_000_000
    assert to_micros(utc(1969, 12, 31, 23, 59, 59, 999999)) == -1
    assert from_micros(0) == utc(1970, 1, 1)
    assert from_micros(0).utcoffset() == timedelta(0)


def test_micros_is_the_instant_not_the_wall_time() -> None:
    a = datetime(2027, 4, 30, 22, 0, tzinfo=CEST)
    b = datetime(2027, 4, 30, 20, 0, tzinfo=UTC)
    assert to_micros(a) == to_micros(b)


@given(st.datetimes(timezones=st.just(UTC)))
def test_micros_round_trip_property(dt: datetime) -> None:
    assert from_micros(to_micros(dt)) == dt


def test_micros_plus_offset_restores_the_entered_time() -> None:
    entered = parse_time("2027-04-30T15:14:03-05:00", utc(2030, 1, 1))
    stored = (to_micros(entered), offset_minutes(entered))
    restored = from_micros(stored[0]).astimezone(timezone(timedelta(minutes=stored[1])))
    assert restored.isoformat() == "2027-04-30T15:14:03-05:00"


def test_naive_datetimes_are_refused() -> None:
    naive = datetime(2027, 4, 30, 22, 0)
    for func in (to_micros, offset_minutes, iso_local, hhmm_local):
        with pytest.raises(ValueError):
            func(naive)
    with pytest.raises(ValueError):
        OnDuty(0, 60).covers(naive)


def test_offset_minutes() -> None:
    assert offset_minutes(utc(2027, 1, 1)) == 0
    assert offset_minutes(local(2027, 4, 30, 12)) == 120
    assert offset_minutes(local(2027, 1, 30, 12)) == 60
    assert offset_minutes(datetime(2027, 1, 1, tzinfo=timezone(timedelta(hours=-3.5)))) == -210


# --- display ------------------------------------------------------------------


def test_iso_local_and_hhmm_local() -> None:
    dt = utc(2027, 4, 30, 20, 14, 3, 999999)
    assert iso_local(dt) == "2027-04-30T22:14:03+02:00"
    assert hhmm_local(dt) == "22:14"
    assert iso_local(to_micros(dt)) == "2027-04-30T22:14:03+02:00"
    assert hhmm_local(to_micros(dt)) == "22:14"


def test_display_is_stockholm_whatever_the_entered_offset() -> None:
    dt = datetime(2027, 4, 30, 15, 14, 3, tzinfo=timezone(timedelta(hours=-5)))
    assert iso_local(dt) == "2027-04-30T22:14:03+02:00"
    assert iso_local(utc(2027, 1, 15, 12)) == "2027-01-15T13:00:00+01:00"


def test_display_across_fall_back_shows_both_offsets() -> None:
    assert iso_local(utc(2026, 10, 25, 0, 30)) == "2026-10-25T02:30:00+02:00"
    assert iso_local(utc(2026, 10, 25, 1, 30)) == "2026-10-25T02:30:00+01:00"
    assert hhmm_local(utc(2026, 10, 25, 1, 30)) == "02:30"


def test_display_refuses_bool() -> None:
    with pytest.raises(TypeError):
        iso_local(True)


@given(
    st.datetimes(
        min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)
    )
)
def test_iso_local_parses_back(dt: datetime) -> None:
    text = iso_local(dt)
    assert parse_time(text) == dt.replace(microsecond=0)


# --- OnDuty -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "shown"),
    [
        ("18:00-04:00", 1080, 240, "18:00-04:00"),
        ("18:00–04:00", 1080, 240, "18:00-04:00"),  # en dash
        (" 8:30 - 16:00 ", 510, 960, "08:30-16:00"),
        ("00:00-23:59", 0, 1439, "00:00-23:59"),
        ("00:00-00:00", 0, 0, "00:00-00:00"),
        ("22:00-00:00", 1320, 0, "22:00-00:00"),
    ],
)
def test_on_duty_parse_and_str(text: str, start: int, end: int, shown: str) -> None:
    on_duty = OnDuty.parse(text)
    assert on_duty == OnDuty(start, end)
    assert str(on_duty) == shown
    assert OnDuty.parse(str(on_duty)) == on_duty


@pytest.mark.parametrize(
    "text",
    [
        "",
        "18:00",
        "18:00-",
        "24:00-04:00",
        "18:00-24:00",
        "18:60-04:00",
        "1800-0400",
        "18:00—04:00",  # em dash is not accepted
        "18:00 till 04:00",
        "abc",
        "18:00-04:00-06:00",
    ],
)
def test_on_duty_bad_input(text: str) -> None:
    with pytest.raises(TimeParseError) as info:
        OnDuty.parse(text)
    assert info.value.text == text


def test_on_duty_rejects_out_of_range_minutes() -> None:
    for bad in ((-1, 0), (0, 1440), (1.5, 0)):
        with pytest.raises(ValueError):
            OnDuty(*bad)  # type: ignore[arg-type]


def test_on_duty_is_frozen_and_hashable() -> None:
    on_duty = OnDuty(60, 120)
    with pytest.raises(AttributeError):
        on_duty.start = 0  # type: ignore[misc]
    assert len({on_duty, OnDuty(60, 120)}) == 1


def test_on_duty_across_midnight() -> None:
    night = OnDuty.parse("18:00-04:00")
    assert night.covers(local(2027, 4, 30, 23, 0))
    assert night.covers(local(2027, 5, 1, 2, 0))
    assert night.covers(local(2027, 4, 30, 18, 0))  # start inclusive
    assert not night.covers(local(2027, 5, 1, 4, 0))  # end exclusive
    assert not night.covers(local(2027, 5, 1, 5, 0))
    assert not night.covers(local(2027, 4, 30, 12, 0))


def test_on_duty_within_a_day() -> None:
    day = OnDuty.parse("08:00-16:00")
    assert day.covers(local(2027, 4, 30, 8, 0))
    assert day.covers(local(2027, 4, 30, 15, 59))
    assert not day.covers(local(2027, 4, 30, 16, 0))
    assert not day.covers(local(2027, 4, 30, 7, 59))


def test_on_duty_start_equals_end_is_all_day() -> None:
    always = OnDuty.parse("06:00-06:00")
    for hour in range(24):
        assert always.covers(local(2027, 4, 30, hour, 30))


def test_on_duty_uses_stockholm_time() -> None:
    night = OnDuty.parse("18:00-04:00")
    assert night.covers(utc(2027, 4, 30, 21, 0))  # 23:00 in Stockholm
    assert not night.covers(utc(2027, 4, 30, 2, 30))  # 04:30 in Stockholm
    assert night.covers(utc(2027, 1, 30, 2, 30))  # 03:30 in Stockholm in winter


# --- format_duration ----------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0, "0 s"),
        (45, "45 s"),
        (59.9, "59 s"),
        (60, "1 min"),
        (12 * 60 + 59, "12 min"),
        (3599, "59 min"),
        (3600, "1 h 00 min"),
        (3900, "1 h 05 min"),
        (26 * 3600 + 7 * 60, "26 h 07 min"),
        (-90, "-1 min"),
    ],
)
def test_format_duration(seconds: float, expected: str) -> None:
    assert format_duration(seconds) == expected


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_format_duration_refuses_non_finite(bad: float) -> None:
    with pytest.raises(ValueError):
        format_duration(bad)
