"""Checking a template as it is loaded: every key, every reference, every value.

The templates are edited by hand before each season, so a mistake is reported with the exact
spot (``units[3].organisation``) before a single record of a new event is written from it.
`check` is the one entry; `Flaw` carries the spot and the words to `templates`, which adds
the file name.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from eventcenter.swedish import fold

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
NTH = (1, 2, 3, 4, -1)

Record = dict[str, Any]


class Flaw(Exception):
    """Raised by the checks below; `load_template_file` adds the file name to it."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, problem)
        self.where = where
        self.problem = problem


def check(data: Any) -> tuple[dict[str, tuple[Record, ...]], tuple[str, ...]]:
    """Check the whole document; its sections as tuples of items, and its channels."""
    _check_keys(data, _TOP_KEYS, "top level")
    sections = {key: _items(data[key], key, fields) for key, fields in _SECTIONS.items()}
    _check_header(data)
    _check_places(sections["places"])
    _check_organisations(sections)
    _check_units(sections)
    _check_catalogues(sections)
    channels = _check_channels(data["channels"])
    _check_schedule(sections["schedule"], sections["places"])
    return sections, channels


def _check_keys(value: Any, expected: tuple[str, ...], where: str) -> None:
    """An object with exactly the expected keys: a misspelt key must not pass silently."""
    if not isinstance(value, dict):
        raise Flaw(where, f"expected an object, found {_kind(value)}")
    missing = [key for key in expected if key not in value]
    if missing:
        raise Flaw(where, f"missing key {missing[0]!r}")
    unknown = [key for key in value if key not in expected]
    if unknown:
        raise Flaw(where, f"unknown key {unknown[0]!r} (allowed: {', '.join(expected)})")


def _items(value: Any, section: str, fields: tuple[str, ...]) -> tuple[Record, ...]:
    """A list of objects with the section's keys, copied so the caller's data stays apart."""
    if not isinstance(value, list):
        raise Flaw(section, f"expected a list, found {_kind(value)}")
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
            raise Flaw("default_date.day", f"month {month} has no day {rule['day']}") from None
        return
    if rule["weekday"] not in WEEKDAYS:
        raise Flaw("default_date.weekday", f"{rule['weekday']!r} is not one of {WEEKDAYS}")
    _int_in(rule["nth"], "default_date.nth", NTH)


def _check_places(places: tuple[Record, ...]) -> None:
    for index, place in enumerate(places):
        where = f"places[{index}]"
        _text(place["name"], f"{where}.name")
        if place["kind"] not in PLACE_KINDS:
            kinds = ", ".join(PLACE_KINDS)
            raise Flaw(f"{where}.kind", f"{place['kind']!r} is not one of {kinds}")
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
            raise Flaw(
                f"{where}.organisation",
                f"{unit['organisation']!r} but unit type {unit['type']!r} belongs to {expected!r}",
            )
        _positive_int(unit["size"], f"{where}.size")
        if not isinstance(unit["on_duty"], str) or not _ON_DUTY_RE.fullmatch(unit["on_duty"]):
            raise Flaw(f"{where}.on_duty", f"expected HH:MM-HH:MM, found {unit['on_duty']!r}")
    _unique(units, "units", "callsign")


def _check_catalogues(sections: dict[str, tuple[Record, ...]]) -> None:
    """Category codes are typed in quick entry: lowercase and without spaces."""
    _codes_and_names(sections["categories"], "categories", lowercase=True)
    _codes_and_names(sections["measure_types"], "measure_types")


def _check_channels(channels: Any) -> tuple[str, ...]:
    if not isinstance(channels, list):
        raise Flaw("channels", f"expected a list, found {_kind(channels)}")
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
            raise Flaw(f"{where}.at", f"expected HH:MM, found {item['at']!r}")
        _text(item["title"], f"{where}.title")
        place = item["place"]
        if place is not None and (not isinstance(place, str) or fold(place) not in known):
            raise Flaw(f"{where}.place", f"{place!r} is not one of the template's places")


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
            raise Flaw(f"{section}[{index}].{field}", f"{item[field]!r} repeats {other}")
        seen[key] = index


def _references(items: tuple[Record, ...], section: str, field: str, known: set[str]) -> None:
    for index, item in enumerate(items):
        if not isinstance(item[field], str) or item[field] not in known:
            choices = ", ".join(sorted(known)) or "none defined"
            problem = f"unknown {field} {item[field]!r}; known: {choices}"
            raise Flaw(f"{section}[{index}].{field}", problem)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Flaw(where, f"expected non-empty text, found {_kind(value)}")
    return value


def _code(value: Any, where: str, lowercase: bool = False) -> str:
    """A short code someone types: no whitespace, and lowercase where quick entry needs it."""
    _text(value, where)
    if any(char.isspace() for char in value):
        raise Flaw(where, f"{value!r} contains a space")
    if lowercase and value != value.lower():
        raise Flaw(where, f"{value!r} must be lowercase")
    return value


def _positive_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise Flaw(where, f"expected a whole number of at least 1, found {value!r}")
    return value


def _int_in(value: Any, where: str, allowed: range | tuple[int, ...]) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        shown = f"{allowed.start}..{allowed.stop - 1}" if isinstance(allowed, range) else allowed
        raise Flaw(where, f"expected a whole number in {shown}, found {value!r}")
    return value


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise Flaw(where, f"expected a number from {low:g} to {high:g}, found {value!r}")
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
