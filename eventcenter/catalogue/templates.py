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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from eventcenter.catalogue.template_checks import (
    PLACE_KINDS,
    TEMPLATE_NAMES,
    WEEKDAYS,
    Flaw,
    Record,
    check,
)
from eventcenter.errors import UserError

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
    except Flaw as problem:
        raise BrokenTemplate(str(path), problem.where, problem.problem) from None


def _build(data: Any) -> Template:
    """Check the whole document (`template_checks`), then turn it into a `Template`."""
    sections, channels = check(data)
    return Template(
        template=data["template"],
        title=data["title"],
        default_date=data["default_date"],
        stale_measure_minutes=data["stale_measure_minutes"],
        channels=channels,
        **sections,
    )


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
