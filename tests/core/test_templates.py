"""Event templates: the shipped files load and hold what a night needs; mistakes are named."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest

from eventcenter.catalogue.templates import (
    TEMPLATE_NAMES,
    BrokenTemplate,
    Template,
    UnknownTemplate,
    load_template,
    load_template_file,
    templates_dir,
)

VALBORG_PLACES = (
    "Resecentrum",
    "Stora torget",
    "Carolina Rediviva",
    "Slottsbacken",
    "Uppsala slott",
    "Stadsträdgården",
    "Ekonomikumparken",
    "Fyrisån",
    "Forsränningen start (Eddaspången)",
    "Forsränningen mål (Islandsfallet)",
    "Kvarnfallet",
    "Dombron",
    "Nybron",
    "Islandsbron",
    "Svandammen",
    "Gamla torget",
    "Domkyrkan",
    "Universitetshuset",
    "Engelska parken",
    "Studenternas",
    "Akademiska sjukhuset (huvudentrén)",
    "Busshållplatser vid Centralstationen",
)
UPPSALA_LAT = (59.80, 59.90)
UPPSALA_LON = (17.55, 17.75)
TYPEABLE_CODE = re.compile(r"[a-z0-9åäö_-]+")


def _valborg_data() -> dict[str, Any]:
    return json.loads((templates_dir() / "valborg.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: Any, name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_template_loads_and_names_itself(name: str) -> None:
    template = load_template(name)
    assert isinstance(template, Template)
    assert template.template == name
    assert template.title
    assert template.categories, "quick entry needs categories even in the blank template"
    assert template.channels


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_template_files_are_utf8_and_pretty_printed(name: str) -> None:
    text = (templates_dir() / f"{name}.json").read_bytes().decode("utf-8")
    assert text.count("\n") > 10
    assert "\\u00" not in text, "å ä ö are written as themselves, not escaped"


def test_load_template_ignores_case_and_spaces() -> None:
    assert load_template(" Valborg ").template == "valborg"


def test_valborg_has_the_central_places_inside_uppsala() -> None:
    template = load_template("valborg")
    names = {place["name"] for place in template.places}
    assert set(VALBORG_PLACES) <= names
    assert 20 <= len(template.places) <= 30


@pytest.mark.parametrize("name", ["valborg", "kulturnatten"])
def test_coordinates_lie_in_uppsala(name: str) -> None:
    for place in load_template(name).places:
        assert UPPSALA_LAT[0] <= place["lat"] <= UPPSALA_LAT[1], place["name"]
        assert UPPSALA_LON[0] <= place["lon"] <= UPPSALA_LON[1], place["name"]


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_category_codes_are_unique_and_typeable(name: str) -> None:
    codes = [category["code"] for category in load_template(name).categories]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert TYPEABLE_CODE.fullmatch(code), code


def test_valborg_units_and_schedule() -> None:
    template = load_template("valborg")
    callsigns = {unit["callsign"] for unit in template.units}
    assert {"TV1", "TV4", "FA1", "FA2", "RTJ1", "GPN1", "GPN2", "NV1", "NV2"} <= callsigns
    type_codes = {unit_type["code"] for unit_type in template.unit_types}
    assert {"TV", "FA", "RTJ", "GPN", "NV", "POL", "AMB"} <= type_codes
    cap_ceremony = [item for item in template.schedule if item["place"] == "Carolina Rediviva"]
    assert [item["at"] for item in cap_ceremony] == ["15:00"]
    assert template.stale_measure_minutes == 20


def test_blank_template_is_empty_but_usable() -> None:
    template = load_template("blank")
    assert template.places == template.units == template.schedule == ()
    assert template.default_date is None


def test_unknown_template_names_the_known_ones() -> None:
    with pytest.raises(UnknownTemplate) as caught:
        load_template("midsommar")
    assert isinstance(caught.value, ValueError)
    assert caught.value.name == "midsommar"
    assert caught.value.known == TEMPLATE_NAMES
    assert "midsommar" in str(caught.value)


def test_an_intact_copy_loads_from_any_path(tmp_path: Path) -> None:
    template = load_template_file(_write(tmp_path, _valborg_data(), "copy.json"))
    assert template == load_template("valborg")


def test_a_copy_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "notepad.json"
    path.write_text(json.dumps(_valborg_data(), ensure_ascii=False), encoding="utf-8-sig")
    assert load_template_file(path).title == "Valborg"


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


BROKEN = [
    (("title",), "", "title: expected non-empty text"),
    (("stale_measure_minutes",), 0, "stale_measure_minutes: expected a whole number"),
    (("places", 2, "name"), "RESECENTRUM", "places[2].name: 'RESECENTRUM' repeats places[0]"),
    (("places", 1, "kind"), "plats", "places[1].kind: 'plats' is not one of"),
    (("places", 3, "lat"), "59.85", "places[3].lat: expected a number"),
    (("categories", 1, "code"), "ord", "categories[1].code: 'ord' repeats categories[0]"),
    (("categories", 0, "code"), "bort barn", "categories[0].code: 'bort barn' contains a space"),
    (("categories", 0, "code"), "Ord", "categories[0].code: 'Ord' must be lowercase"),
    (("units", 1, "callsign"), "tv1", "units[1].callsign: 'tv1' repeats units[0]"),
    (
        ("units", 0, "organisation"),
        "vakter",
        "organisation: unknown organisation 'vakter'; known: amb",
    ),
    (("units", 0, "type"), "XX", "units[0].type: unknown type 'XX'"),
    (("units", 0, "on_duty"), "14-03", "units[0].on_duty: expected HH:MM-HH:MM"),
    (("contact_functions", 0, "organisation"), "x", "contact_functions[0].organisation"),
    (("schedule", 1, "at"), "25:00", "schedule[1].at: expected HH:MM, found '25:00'"),
    (("schedule", 1, "place"), "Gränby", "schedule[1].place: 'Gränby' is not one of"),
    (("default_date", "day"), 31, "default_date.day: month 4 has no day 31"),
    (("places", 0, "altitude"), 12, "places[0]: unknown key 'altitude'"),
]


@pytest.mark.parametrize(("path", "value", "message"), BROKEN)
def test_a_broken_template_says_where_and_what(
    tmp_path: Path, path: tuple[Any, ...], value: Any, message: str
) -> None:
    data = _valborg_data()
    _set(data, path, value)
    file = _write(tmp_path, data)
    with pytest.raises(BrokenTemplate) as caught:
        load_template_file(file)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).startswith(f"{file}: ")
    assert message in str(caught.value)


def test_a_missing_key_is_named(tmp_path: Path) -> None:
    data = _valborg_data()
    del data["channels"]
    with pytest.raises(BrokenTemplate, match="top level: missing key 'channels'"):
        load_template_file(_write(tmp_path, data))


def test_invalid_json_gives_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "template": "valborg",\n  "title": "Valborg"\n  "places": []\n}\n')
    with pytest.raises(BrokenTemplate, match=r"line 4 column 3: not valid JSON"):
        load_template_file(path)


def test_valborg_date() -> None:
    valborg = load_template("valborg")
    assert valborg.event_date(2027) == datetime.date(2027, 4, 30)
    assert valborg.event_date(today=datetime.date(2026, 4, 30)) == datetime.date(2026, 4, 30)
    assert valborg.event_date(today=datetime.date(2026, 5, 1)) == datetime.date(2027, 4, 30)


def test_kulturnatten_is_the_second_saturday_of_september() -> None:
    kulturnatten = load_template("kulturnatten")
    assert kulturnatten.event_date(2026) == datetime.date(2026, 9, 12)
    assert kulturnatten.event_date(2025) == datetime.date(2025, 9, 13)
    next_one = kulturnatten.event_date(today=datetime.date(2026, 9, 13))
    assert next_one == datetime.date(2027, 9, 11)
    assert next_one.weekday() == 5


def test_blank_proposes_today() -> None:
    today = datetime.date(2028, 2, 29)
    blank = load_template("blank")
    assert blank.event_date(today=today) == today
    assert blank.event_date(2027, today=today) == datetime.date(2027, 2, 28)


def test_last_weekday_rule(tmp_path: Path) -> None:
    data = _valborg_data()
    data["default_date"] = {"month": 5, "weekday": "friday", "nth": -1}
    template = load_template_file(_write(tmp_path, data))
    assert template.event_date(2026) == datetime.date(2026, 5, 29)
    assert template.event_date(2027) == datetime.date(2027, 5, 28)


def test_default_event_name_is_the_next_occurrence():
    from eventcenter.catalogue.templates import default_event_name

    assert default_event_name("valborg", today=datetime.date(2026, 11, 24)) == "Valborg 2027"
    assert default_event_name("valborg", today=datetime.date(2027, 4, 1)) == "Valborg 2027"
