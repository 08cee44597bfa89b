"""Event templates: the places, units, categories and schedule a new event starts from.

Why JSON files under ``resources/templates``: the people who run Valborg and Kulturnatten
adjust places, call signs and timings from year to year, and they should not need a
programmer for it. Because the files are edited by hand, every file is checked completely
when it is loaded, and a mistake is reported with the file and the exact spot
(``units[3].organisation``), before a single record of a new event is written from it.

No cache: the files are small, and reading them afresh means an edited template is picked
up without a restart and nobody can change a template another caller is holding.
"""

from __future__ import annotations

import datetime
import json
import pathlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from eventcenter.errors import UserError
from eventcenter.swedish import fold

__all__ = [
    "PLACE_KINDS",
    "TEMPLATE_NAMES",
    "BrokenTemplate",
    "Template",
    "UnknownTemplate",
    "load_template",
    "load_template_file",
    "templates_dir",
]

TEMPLATE_NAMES = ("valborg", "kulturnatten", "blank")
PLACE_KINDS = ("park", "bro", "torg", "transport", "byggnad", "vatten", "gata", "område")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Each list section and the keys every one of its items must have (no more, no fewer).
_SECTIONS: dict[str, tuple[str, ...]] = {
    "places": ("name", "kind", "lat", "lon"),
    "organisations": ("code", "name"),
    "unit_types": ("code", "name", "organisation"),
    "units": ("callsign", "organisation", "type", "size", "on_duty"),
    "categories": ("code", "name"),
    "contact_functions": ("code", "name", "organisation"),
    "measure_types": ("code", "name"),
    "schedule": ("at", "title", "place"),
}
_HEADER = ("template", "title", "default_date", "stale_measure_minutes")
_TOP_KEYS = (*_HEADER, *_SECTIONS, "channels")
_HHMM = r"(?:[01]\d|2[0-3]):[0-5]\d"
_TIME_RE = re.compile(_HHMM, re.ASCII)
_ON_DUTY_RE = re.compile(f"{_HHMM}-{_HHMM}", re.ASCII)
_NTH = (1, 2, 3, 4, -1)

Record = dict[str, Any]


class UnknownTemplate(UserError, ValueError):
    """A template name that is not one of ours, e.g. a typo on the command line.

    A `UserError` so the command line and the window show it in the user's language
    (code ``unknown_template``); a `ValueError` because the name is a bad value.
    """

    def __init__(self, name: str, known: Iterable[str] = TEMPLATE_NAMES) -> None:
        known = tuple(known)
        super().__init__("unknown_template", name=name, known=", ".join(known))
        self.name = name
        self.known = known


class BrokenTemplate(ValueError):
    """A template file that cannot be used; says which file, where in it, and what is wrong.

    The message is for whoever edits the file (an administrator, in English like the
    file's keys), so it is not a translated `UserError`.
    """

    def __init__(self, source: str, where: str, problem: str) -> None:
        super().__init__(f"{source}: {where}: {problem}")
        self.source = source
        self.where = where
        self.problem = problem


class _Problem(Exception):
    """Raised by the checks below; `load_template_file` adds the file name to it."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, problem)
        self.where = where
        self.problem = problem


@dataclass(frozen=True)
class Template:
    """One loaded, checked template; fields mirror the JSON keys, lists become tuples.

    Items are plain dicts with the JSON keys (``place["name"]``, ``unit["callsign"]``) so
    they can be handed to workers or written into records without conversion.
    """

    template: str
    title: str
    default_date: Record | None
    stale_measure_minutes: int
    places: tuple[Record, ...]
    organisations: tuple[Record, ...]
    unit_types: tuple[Record, ...]
    units: tuple[Record, ...]
    categories: tuple[Record, ...]
    contact_functions: tuple[Record, ...]
    measure_types: tuple[Record, ...]
    channels: tuple[str, ...]
    schedule: tuple[Record, ...]

    def event_date(
        self, year: int | None = None, today: datetime.date | None = None
    ) -> datetime.date:
        """The date a new event from this template is proposed for.

        With ``year``: the date in that year. Without: the next occurrence on or after
        ``today``, so a Valborg event made in May is proposed for next year. A template
        without a default date (blank) proposes today (the same day of ``year``).
        ``today`` is injected by tests; it defaults to the system date.
        """
        today = today or datetime.date.today()
        if year is not None:
            return _date_in_year(self.default_date, year, today)
        this_year = _date_in_year(self.default_date, today.year, today)
        if this_year >= today:
            return this_year
        return _date_in_year(self.default_date, today.year + 1, today)


def templates_dir() -> pathlib.Path:
    """The folder with the shipped templates, found from this file so any working dir works."""
    return pathlib.Path(__file__).resolve().parents[2] / "resources" / "templates"


def load_template(name: str) -> Template:
    """Load and check one shipped template by name (case and surrounding spaces ignored)."""
    key = name.strip().casefold()
    if key not in TEMPLATE_NAMES:
        raise UnknownTemplate(name, TEMPLATE_NAMES)
    path = templates_dir() / f"{key}.json"
    template = load_template_file(path)
    if template.template != key:
        raise BrokenTemplate(str(path), "template", f"says {template.template!r}, expected {key!r}")
    return template


def load_template_file(path: str | pathlib.Path) -> Template:
    """Load and check a template from any path; raise `BrokenTemplate` on any mistake.

    Public for tests and for administrators trying out an edited copy before shipping it.
    """
    path = pathlib.Path(path)
    try:
        # utf-8-sig: Windows Notepad may save the file with a byte order mark.
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BrokenTemplate(str(path), f"byte {exc.start}", "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise BrokenTemplate(str(path), where, f"not valid JSON ({exc.msg})") from None
    try:
        return _build(data)
    except _Problem as problem:
        raise BrokenTemplate(str(path), problem.where, problem.problem) from None


# --- building and checking ---------------------------------------------------------------


def _build(data: Any) -> Template:
    """Check the whole document, then turn it into a `Template`."""
    _check_keys(data, _TOP_KEYS, "top level")
    sections = {key: _items(data[key], key, fields) for key, fields in _SECTIONS.items()}
    _check_header(data)
    _check_places(sections["places"])
    _check_organisations(sections)
    _check_units(sections)
    _check_catalogues(sections)
    channels = _check_channels(data["channels"])
    _check_schedule(sections["schedule"], sections["places"])
    return Template(
        template=data["template"],
        title=data["title"],
        default_date=data["default_date"],
        stale_measure_minutes=data["stale_measure_minutes"],
        channels=channels,
        **sections,
    )


def _check_keys(value: Any, expected: tuple[str, ...], where: str) -> None:
    """An object with exactly the expected keys: a misspelt key must not pass silently."""
    if not isinstance(value, dict):
        raise _Problem(where, f"expected an object, found {_kind(value)}")
    missing = [key for key in expected if key not in value]
    if missing:
        raise _Problem(where, f"missing key {missing[0]!r}")
    unknown = [key for key in value if key not in expected]
    if unknown:
        raise _Problem(where, f"unknown key {unknown[0]!r} (allowed: {', '.join(expected)})")


def _items(value: Any, section: str, fields: tuple[str, ...]) -> tuple[Record, ...]:
    """A list of objects with the section's keys, copied so the caller's data stays apart."""
    if not isinstance(value, list):
        raise _Problem(section, f"expected a list, found {_kind(value)}")
    for index, item in enumerate(value):
        _check_keys(item, fields, f"{section}[{index}]")
    return tuple(dict(item) for item in value)


def _check_header(data: Record) -> None:
    _code(data["template"], "template", lowercase=True)
    _text(data["title"], "title")
    _positive_int(data["stale_measure_minutes"], "stale_measure_minutes")
    _check_default_date(data["default_date"])


def _check_default_date(rule: Any) -> None:
    """Either null (today), a fixed day, or the nth weekday of a month (-1 = last)."""
    if rule is None:
        return
    fixed = isinstance(rule, dict) and "day" in rule
    _check_keys(rule, ("month", "day") if fixed else ("month", "weekday", "nth"), "default_date")
    month = _int_in(rule["month"], "default_date.month", range(1, 13))
    if fixed:
        try:  # a non-leap year, so 29 February is refused: it would fail most years
            datetime.date(2023, month, _int_in(rule["day"], "default_date.day", range(1, 32)))
        except ValueError:
            raise _Problem("default_date.day", f"month {month} has no day {rule['day']}") from None
        return
    if rule["weekday"] not in WEEKDAYS:
        raise _Problem("default_date.weekday", f"{rule['weekday']!r} is not one of {WEEKDAYS}")
    _int_in(rule["nth"], "default_date.nth", _NTH)


def _check_places(places: tuple[Record, ...]) -> None:
    for index, place in enumerate(places):
        where = f"places[{index}]"
        _text(place["name"], f"{where}.name")
        if place["kind"] not in PLACE_KINDS:
            kinds = ", ".join(PLACE_KINDS)
            raise _Problem(f"{where}.kind", f"{place['kind']!r} is not one of {kinds}")
        _check_coordinates(place, where)
    _unique(places, "places", "name")


def _check_coordinates(place: Record, where: str) -> None:
    """Coordinates are optional, but a place has both or neither."""
    lat, lon = place["lat"], place["lon"]
    if lat is None and lon is None:
        return
    _number(lat, f"{where}.lat", -90.0, 90.0)
    _number(lon, f"{where}.lon", -180.0, 180.0)


def _check_organisations(sections: dict[str, tuple[Record, ...]]) -> None:
    """Organisations, and everything that names one (unit types, contact functions)."""
    _codes_and_names(sections["organisations"], "organisations")
    known = {item["code"] for item in sections["organisations"]}
    for section in ("unit_types", "contact_functions"):
        _codes_and_names(sections[section], section)
        _references(sections[section], section, "organisation", known)


def _check_units(sections: dict[str, tuple[Record, ...]]) -> None:
    """Call signs are typed in quick entry, so they must be unique and free of spaces."""
    units = sections["units"]
    type_org = {item["code"]: item["organisation"] for item in sections["unit_types"]}
    _references(units, "units", "organisation", {o["code"] for o in sections["organisations"]})
    _references(units, "units", "type", set(type_org))
    for index, unit in enumerate(units):
        where = f"units[{index}]"
        _code(unit["callsign"], f"{where}.callsign")
        if unit["organisation"] != type_org[unit["type"]]:
            expected = type_org[unit["type"]]
            raise _Problem(
                f"{where}.organisation",
                f"{unit['organisation']!r} but unit type {unit['type']!r} belongs to {expected!r}",
            )
        _positive_int(unit["size"], f"{where}.size")
        if not isinstance(unit["on_duty"], str) or not _ON_DUTY_RE.fullmatch(unit["on_duty"]):
            raise _Problem(f"{where}.on_duty", f"expected HH:MM-HH:MM, found {unit['on_duty']!r}")
    _unique(units, "units", "callsign")


def _check_catalogues(sections: dict[str, tuple[Record, ...]]) -> None:
    """Category codes are typed in quick entry: lowercase and without spaces."""
    _codes_and_names(sections["categories"], "categories", lowercase=True)
    _codes_and_names(sections["measure_types"], "measure_types")


def _check_channels(channels: Any) -> tuple[str, ...]:
    if not isinstance(channels, list):
        raise _Problem("channels", f"expected a list, found {_kind(channels)}")
    for index, channel in enumerate(channels):
        _text(channel, f"channels[{index}]")
    _unique(tuple({"name": channel} for channel in channels), "channels", "name")
    return tuple(channels)


def _check_schedule(schedule: tuple[Record, ...], places: tuple[Record, ...]) -> None:
    """Times are clock times of the event day; a time after midnight belongs to the night."""
    known = {fold(place["name"]) for place in places}
    for index, item in enumerate(schedule):
        where = f"schedule[{index}]"
        if not isinstance(item["at"], str) or not _TIME_RE.fullmatch(item["at"]):
            raise _Problem(f"{where}.at", f"expected HH:MM, found {item['at']!r}")
        _text(item["title"], f"{where}.title")
        place = item["place"]
        if place is not None and (not isinstance(place, str) or fold(place) not in known):
            raise _Problem(f"{where}.place", f"{place!r} is not one of the template's places")


# --- small value checks ------------------------------------------------------------------


def _codes_and_names(items: tuple[Record, ...], section: str, lowercase: bool = False) -> None:
    for index, item in enumerate(items):
        _code(item["code"], f"{section}[{index}].code", lowercase=lowercase)
        _text(item["name"], f"{section}[{index}].name")
    _unique(items, section, "code")


def _unique(items: tuple[Record, ...], section: str, field: str) -> None:
    """Unique as people type them: case, Unicode form and surrounding spaces do not count."""
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        key = fold(item[field])
        if key in seen:
            other = f"{section}[{seen[key]}]"
            raise _Problem(f"{section}[{index}].{field}", f"{item[field]!r} repeats {other}")
        seen[key] = index


def _references(items: tuple[Record, ...], section: str, field: str, known: set[str]) -> None:
    for index, item in enumerate(items):
        if not isinstance(item[field], str) or item[field] not in known:
            choices = ", ".join(sorted(known)) or "none defined"
            problem = f"unknown {field} {item[field]!r}; known: {choices}"
            raise _Problem(f"{section}[{index}].{field}", problem)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Problem(where, f"expected non-empty text, found {_kind(value)}")
    return value


def _code(value: Any, where: str, lowercase: bool = False) -> str:
    """A short code someone types: no whitespace, and lowercase where quick entry needs it."""
    _text(value, where)
    if any(char.isspace() for char in value):
        raise _Problem(where, f"{value!r} contains a space")
    if lowercase and value != value.lower():
        raise _Problem(where, f"{value!r} must be lowercase")
    return value


def _positive_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _Problem(where, f"expected a whole number of at least 1, found {value!r}")
    return value


def _int_in(value: Any, where: str, allowed: range | tuple[int, ...]) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        shown = f"{allowed.start}..{allowed.stop - 1}" if isinstance(allowed, range) else allowed
        raise _Problem(where, f"expected a whole number in {shown}, found {value!r}")
    return value


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise _Problem(where, f"expected a number from {low:g} to {high:g}, found {value!r}")
    return float(value)


def _kind(value: Any) -> str:
    """How a wrong value is named in a message: its JSON type, and short values in full."""
    names: dict[type, str] = {dict: "an object", list: "a list", str: "text", bool: "true/false"}
    if value is None:
        return "null"
    if isinstance(value, dict | list):
        return names[type(value)]
    return f"{names.get(type(value), 'a number')} {value!r}"


# --- dates -------------------------------------------------------------------------------


def _date_in_year(rule: Record | None, year: int, today: datetime.date) -> datetime.date:
    if rule is None:
        return _same_day(today, year)
    if "day" in rule:
        return datetime.date(year, rule["month"], rule["day"])
    return _nth_weekday(year, rule["month"], WEEKDAYS.index(rule["weekday"]), rule["nth"])


def _same_day(today: datetime.date, year: int) -> datetime.date:
    """Today's month and day in ``year``; 29 February becomes the 28th in other years."""
    try:
        return today.replace(year=year)
    except ValueError:
        return today.replace(year=year, day=28)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> datetime.date:
    """E.g. the 2nd Saturday of September; ``nth == -1`` is the last one of the month."""
    if nth == -1:
        following = datetime.date(year + month // 12, month % 12 + 1, 1)
        last = following - datetime.timedelta(days=1)
        return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def default_event_name(name: str, today: datetime.date | None = None) -> str:
    """"Valborg 2027": the template's title and the year of its next occurrence (in
    November, next Valborg is next year's)."""
    template = load_template(name)
    return f"{template.title} {template.event_date(today=today).year}"
