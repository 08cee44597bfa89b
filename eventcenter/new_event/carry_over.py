"""New from old: the units, contacts, places and measure types of an earlier event (last
year's Valborg), for a new event's starting catalogue. Nothing of its journal, measures or
requests comes along, and units start the night available, at no place.

The earlier file is only read (a read-only connection; it is not migrated or changed), and
read through its records, which every schema version keeps alike: each unit, contact and
place is folded from its records exactly as the working state does, so last year's edits
count. Where the old event and the template name the same place, unit or measure type, the
old event's version is taken; the template's others stay. Organisations and unit types that
the old units use and the template lacks come along too.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from eventcenter.catalogue.templates import Template
from eventcenter.errors import UserError
from eventcenter.kinds import Kind
from eventcenter.state.fold import fold, object_of
from eventcenter.store.records import Draft, Record
from eventcenter.swedish import fold as fold_name

_KINDS = (Kind.UNIT_ADDED, Kind.UNIT_MOVED, Kind.UNIT_EDITED, Kind.PLACE_ADDED, Kind.PLACE_EDITED,
          Kind.CONTACT_ADDED, Kind.CONTACT_EDITED, Kind.MEASURE_TYPE_ADDED, Kind.ORGANISATION_ADDED,
          Kind.UNIT_TYPE_ADDED)
_UNIT_KEYS = ("callsign", "organisation", "type", "size", "on_duty")
_CONTACT_KEYS = ("name", "function", "organisation", "phone", "rakel", "on_duty")


@dataclass(frozen=True)
class Carried:
    """What an earlier event hands on to a new one."""

    units: tuple[dict, ...]
    places: tuple[dict, ...]
    contacts: tuple[dict, ...]
    measure_types: tuple[dict, ...]
    organisations: tuple[dict, ...]
    unit_types: tuple[dict, ...]

    def merged(self, template: Template) -> Template:
        """The template with the old event's catalogue laid over it."""
        return replace(
            template,
            places=_overlay(template.places, self.places, "name"),
            units=_overlay(template.units, self.units, "callsign"),
            measure_types=_overlay(template.measure_types, self.measure_types, "code"),
            organisations=_missing(template.organisations, self.organisations),
            unit_types=_missing(template.unit_types, self.unit_types))

    def contact_drafts(self, operator: str) -> list[Draft]:
        return [Draft(Kind.CONTACT_ADDED, dict(contact), operator) for contact in self.contacts]


def _overlay(base: tuple[dict, ...], old: tuple[dict, ...], key: str) -> tuple[dict, ...]:
    replaced = {fold_name(item[key]) for item in old}
    kept = [item for item in base if fold_name(item[key]) not in replaced]
    return (*kept, *old)


def _missing(base: tuple[dict, ...], old: tuple[dict, ...]) -> tuple[dict, ...]:
    known = {item["code"] for item in base}
    return (*base, *(item for item in old if item["code"] not in known))


def read_earlier_event(path: Path) -> Carried:
    """Read an earlier event file; a missing, foreign, damaged or newer file is a UserError
    (raised before anything of the new event exists)."""
    from eventcenter.event_file import check_event_file

    path = Path(path)
    check_event_file(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            records = _records(conn)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as error:
        raise UserError("corrupt_file", path=str(path), detail=str(error)) from None
    return _carried(records)


def _records(conn: sqlite3.Connection) -> list[Record]:
    names = ", ".join("?" for _ in _KINDS)
    cursor = conn.execute(f"SELECT * FROM records WHERE kind IN ({names}) "
                          "ORDER BY hlc, device_id", _KINDS)
    columns = [c[0] for c in cursor.description]
    found = []
    for row in cursor:
        values = dict(zip(columns, row, strict=True))
        values["payload"] = json.loads(values["payload"])
        found.append(Record(**values))
    return found


def _carried(records: list[Record]) -> Carried:
    objects: dict[tuple[str, str], list[Record]] = {}
    simple: dict[str, dict[str, dict]] = {"measure_type": {}, "organisation": {},
                                          "unit_type": {}}
    for record in records:
        obj = object_of(record)
        if obj is not None:
            objects.setdefault(obj, []).append(record)
            continue
        catalogue = simple[record.kind.split(".")[0]]
        catalogue.setdefault(record.payload["code"], dict(record.payload))
    states = {obj: fold(obj[0], recs)[-1] for obj, recs in objects.items()}
    final = {t: [s for (k, _), s in states.items() if k == t and s["exists"]]
             for t in ("unit", "place", "contact")}
    units = tuple({**{k: s[k] for k in _UNIT_KEYS},
                   **({"contact": s["contact"]} if s["contact"] else {})}
                  for s in final["unit"])
    places = tuple({k: s[k] for k in ("name", "kind", "lat", "lon")} for s in final["place"])
    contacts = tuple({k: s[k] for k in _CONTACT_KEYS if s[k] is not None}
                     for s in final["contact"])
    return Carried(units, places, contacts, tuple(simple["measure_type"].values()),
                   tuple(simple["organisation"].values()), tuple(simple["unit_type"].values()))
