"""Parsing, storing and showing times the way the service center works with them.

Why this module exists: times are stored in UTC together with the offset they were
entered in, and always shown in Swedish local time (Europe/Stockholm), whatever the
laptop's own clock settings are. An operator types "23:50" for "ten minutes ago",
and a Valborg night crosses midnight and, some years, a change of clock; the rules
for turning such input into an exact instant live here and nowhere else.

Nothing here reads the system time zone: every local conversion goes through
``STOCKHOLM`` (on Windows the ``tzdata`` package supplies the zone data).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from eventcenter import clock

__all__ = [
    "STOCKHOLM",
    "OnDuty",
    "TimeParseError",
    "format_duration",
    "from_micros",
    "hhmm_local",
    "iso_local",
    "now_utc",
    "offset_minutes",
    "parse_time",
    "to_micros",
]

STOCKHOLM = ZoneInfo("Europe/Stockholm")

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# The times a person may give: a year inside the calendar's edges (see _storable).
_EARLIEST = datetime(2, 1, 1, tzinfo=UTC)
_LATEST = datetime(9998, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
_ONE_MICRO = timedelta(microseconds=1)

# "22:14", "7:05", "22:14:03"; also "22.14", the Swedish standard way of writing a time.
_CLOCK_RE = re.compile(r"(\d{1,2})([:.])(\d{2})(?:\2(\d{2}))?", re.ASCII)
# A full date and time; date-only input is refused on purpose (it names no instant).
_ISO_RE = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?)"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE | re.ASCII,
)
_ON_DUTY_RE = re.compile(r"(\d{1,2}):(\d{2})\s*[-\u2013]\s*(\d{1,2}):(\d{2})", re.ASCII)


class TimeParseError(ValueError):
    """Raised when typed text cannot be turned into a time.

    Why a ``reason`` code and not just a message: the core returns codes, the UI
    turns them into words in the user's language. Codes: ``"empty"``, ``"format"``,
    ``"range"`` (a field out of range, e.g. 25:00), ``"nonexistent"`` (a wall time
    skipped when the clocks go forward), ``"outside"`` (a real date and time, but in year 1
    or 9999, too near the calendar's edges to convert and calculate with).
    """

    def __init__(self, text: str, reason: str = "format") -> None:
        super().__init__(f"cannot read a time from {text!r} ({reason})")
        self.text = text
        self.reason = reason


def now_utc() -> datetime:
    """The current instant as an aware UTC datetime, from the core's one clock
    (`eventcenter.clock`, which tests and tools set)."""
    return clock.now()


def _require_aware(dt: datetime) -> None:
    """Refuse naive datetimes: guessing their zone is how times silently go wrong."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime not allowed: {dt!r}")


def _fixed(dt: datetime) -> datetime:
    """Same instant with a fixed offset, so the entered offset survives storage."""
    offset = dt.utcoffset()
    assert offset is not None
    return dt.astimezone(timezone(offset))


def _local_instances(day: date, wall: time) -> list[datetime]:
    """All UTC instants at which Stockholm clocks show ``wall`` on ``day``, in order.

    Two on the night the clocks go back, none in the gap when they go forward.
    """
    instances: list[datetime] = []
    for fold in (0, 1):
        guess = datetime.combine(day, wall, STOCKHOLM).replace(fold=fold)
        utc = guess.astimezone(UTC)
        shown = utc.astimezone(STOCKHOLM).replace(tzinfo=None, fold=0)
        if shown == guess.replace(tzinfo=None, fold=0) and utc not in instances:
            instances.append(utc)
    return sorted(instances)


def _pick_instance(text: str, day: date, wall: time, now: datetime) -> datetime | None:
    """The latest instance of ``wall`` on ``day`` not after ``now``, or None.

    A skipped wall time raises only once the clocks have jumped past it: at 01:30 on
    the spring-forward night, "02:30" today is still ahead, so yesterday's is meant.
    """
    instances = _local_instances(day, wall)
    if not instances:
        shown_now = now.astimezone(STOCKHOLM).replace(tzinfo=None)
        if shown_now >= datetime.combine(day, wall):
            raise TimeParseError(text, "nonexistent")
        return None
    past = [i for i in instances if i <= now]
    return _fixed(past[-1].astimezone(STOCKHOLM)) if past else None


def _parse_clock(text: str, match: re.Match[str], now: datetime) -> datetime:
    """HH:MM[:SS] means the latest such Swedish wall time that is not in the future."""
    hour, minute, second = (int(g) if g else 0 for g in match.group(1, 3, 4))
    if hour > 23 or minute > 59 or second > 59:
        raise TimeParseError(text, "range")
    wall = time(hour, minute, second)
    today = now.astimezone(STOCKHOLM).date()
    found = _pick_instance(text, today, wall, now)
    if found is None:
        found = _pick_instance(text, today - timedelta(days=1), wall, now)
    assert found is not None  # every instance of yesterday's wall time is before today
    return found


def _parse_iso(text: str, match: re.Match[str], now: datetime) -> datetime:
    """Full ISO date and time; without an offset it is Swedish local time.

    An ambiguous local time (clocks going back) resolves like HH:MM input: the latest
    instance not in the future, or the earlier one if both are in the future.
    """
    day_part, time_part, offset = match.groups()
    normalised = f"{day_part}T{time_part.replace(',', '.')}"
    if offset:
        normalised += "+00:00" if offset.upper() == "Z" else offset
    try:
        parsed = datetime.fromisoformat(normalised)
    except ValueError as exc:
        raise TimeParseError(text, "range") from exc
    if parsed.tzinfo is not None:
        return parsed
    instances = _local_instances(parsed.date(), parsed.time())
    if not instances:
        raise TimeParseError(text, "nonexistent")
    past = [i for i in instances if i <= now]
    chosen = past[-1] if past else instances[0]
    return _fixed(chosen.astimezone(STOCKHOLM))


def parse_time(text: str, now: datetime | None = None) -> datetime:
    """Read a time an operator typed; return an aware datetime in the entered offset.

    Accepts ISO 8601 date-times (``T`` or a space; offset, ``Z`` or none = Swedish
    local time) and clock times ``HH:MM``, ``H:MM``, ``HH:MM:SS`` (also with ``.``),
    which mean the latest such Swedish local moment not after ``now``. ``now`` is
    injectable so tests never depend on the real clock.
    """
    if now is None:
        now = now_utc()
    _require_aware(now)
    stripped = text.strip()
    if not stripped:
        raise TimeParseError(text, "empty")
    try:
        if match := _CLOCK_RE.fullmatch(stripped):
            return _storable(_parse_clock(text, match, now))
        if match := _ISO_RE.fullmatch(stripped):
            return _storable(_parse_iso(text, match, now))
    except OverflowError:
        raise TimeParseError(text, "outside") from None
    raise TimeParseError(text, "format")


def _storable(dt: datetime) -> datetime:
    """``dt``, once it is known to lie a year inside the calendar's edges: every stored time
    is converted to UTC and to Swedish time, and reports and lists calculate with it (an hour
    before, the day after), none of which exists before year 1 or after year 9999. Raises
    OverflowError otherwise."""
    if not _EARLIEST <= dt.astimezone(UTC) <= _LATEST:
        raise OverflowError(f"{dt!r} lies too near the edge of the calendar")
    return dt


def to_micros(dt: datetime) -> int:
    """UTC microseconds since the epoch: exact integer storage, sortable in SQL."""
    _require_aware(dt)
    return (dt - _EPOCH) // _ONE_MICRO


def from_micros(us: int) -> datetime:
    """Inverse of ``to_micros``; aware UTC."""
    return _EPOCH + timedelta(microseconds=us)


def offset_minutes(dt: datetime) -> int:
    """The UTC offset ``dt`` carries, in minutes (stored beside the UTC instant)."""
    _require_aware(dt)
    offset = dt.utcoffset()
    assert offset is not None
    return offset // timedelta(minutes=1)


def _to_local(value: datetime | int) -> datetime:
    """Accept the two shapes times travel in (datetime, stored micros); give Stockholm."""
    if isinstance(value, bool):
        raise TypeError("a bool is not a time")
    if isinstance(value, int):
        value = from_micros(value)
    _require_aware(value)
    return value.astimezone(STOCKHOLM)


def iso_local(dt_or_micros: datetime | int) -> str:
    """ISO 8601 in Swedish local time, whole seconds: ``2027-04-30T22:14:03+02:00``."""
    local = _to_local(dt_or_micros).replace(microsecond=0)
    return local.isoformat(timespec="seconds")


def hhmm_local(dt_or_micros: datetime | int) -> str:
    """Swedish local clock time ``22:14`` for lists where the date is shown elsewhere."""
    return _to_local(dt_or_micros).strftime("%H:%M")


@dataclass(frozen=True)
class OnDuty:
    """A daily on-duty window in Swedish local time, e.g. ``18:00-04:00``.

    Minutes of day, start inclusive, end exclusive; a window may pass midnight;
    ``start == end`` means around the clock. "24:00" is not accepted: write
    ``00:00-00:00`` for all day, or end at ``00:00``.
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        for value in (self.start, self.end):
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1440:
                raise ValueError(f"minute of day out of range: {value!r}")

    @classmethod
    def parse(cls, text: str) -> OnDuty:
        """Read ``HH:MM-HH:MM`` (hyphen or en dash, spaces allowed around it)."""
        match = _ON_DUTY_RE.fullmatch(text.strip())
        if not match:
            raise TimeParseError(text, "empty" if not text.strip() else "format")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise TimeParseError(text, "range")
        return cls(h1 * 60 + m1, h2 * 60 + m2)

    def __str__(self) -> str:
        return f"{_hhmm(self.start)}-{_hhmm(self.end)}"

    def covers(self, dt: datetime) -> bool:
        """Whether Stockholm clocks at ``dt`` show a time inside the window."""
        _require_aware(dt)
        local = dt.astimezone(STOCKHOLM)
        minute = local.hour * 60 + local.minute
        if self.start == self.end:
            return True
        if self.start < self.end:
            return self.start <= minute < self.end
        return minute >= self.start or minute < self.end


def _hhmm(minute_of_day: int) -> str:
    return f"{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


def format_duration(seconds: float) -> str:
    """Compact, language-neutral duration: ``45 s``, ``12 min``, ``1 h 05 min``.

    Truncates rather than rounds, so "12 min" never overstates how long it has been.
    Negative durations get a leading minus sign.
    """
    if not math.isfinite(seconds):
        raise ValueError(f"not a finite duration: {seconds!r}")
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    if whole < 60:
        return f"{sign}{whole} s"
    hours, rest = divmod(whole, 3600)
    if hours == 0:
        return f"{sign}{rest // 60} min"
    return f"{sign}{hours} h {rest // 60:02d} min"
