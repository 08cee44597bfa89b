"""Times as the reports print them: Swedish local time, dates spelled out in the language."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from babel.dates import format_date

from eventcenter.messages import language
from eventcenter.timefmt import STOCKHOLM, from_micros, hhmm_local


def local(value: datetime | int) -> datetime:
    moment = from_micros(value) if isinstance(value, int) else value
    return moment.astimezone(STOCKHOLM)


def clock(value: datetime | int) -> str:
    """22:14"""
    if isinstance(value, int):
        return _clock_of_minute(value // 60_000_000)
    return hhmm_local(value)


@lru_cache(maxsize=4096)
def _clock_of_minute(minute: int) -> str:
    return hhmm_local(minute * 60_000_000)


def stamp(value: datetime | int) -> str:
    """2027-04-30 22:14"""
    return local(value).strftime("%Y-%m-%d %H:%M")


def long_date(value: datetime | int | date) -> str:
    """fredag 30 april 2027 / Friday, April 30, 2027"""
    day = value if isinstance(value, date) and not isinstance(value, datetime) else \
        local(value).date()
    return format_date(day, format="full", locale=language())


def span(first: datetime | int, last: datetime | int) -> str:
    """2027-04-30 08:02 – 2027-05-01 03:55, or 2027-04-30 08:02 – 23:10 within one day."""
    a, b = local(first), local(last)
    end = b.strftime("%H:%M") if a.date() == b.date() else stamp(b)
    return f"{stamp(a)} – {end}"
