"""A new event file from a template: its identity, its key pair and its starting catalogue.

The identity (id, name, template, date, exercise flag, thresholds, the public key and the
passphrase-wrapped private key) is the payload of the first record, `event.created`, so it
travels with the records; the `meta` table gets a copy of it to read quickly
(`store/identity.py`). The starting catalogue (places, categories, units …) is written as
ordinary records, so it travels, shows in the history and can be changed like anything a
coordinator adds.
"""

from __future__ import annotations

import base64
import re
import uuid
from datetime import date, datetime, time
from pathlib import Path

from eventcenter import projections
from eventcenter.catalogue.templates import Template, load_template
from eventcenter.device import Device, load_device
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.kinds import Kind
from eventcenter.new_event.carry_over import read_earlier_event
from eventcenter.store import files, migrate
from eventcenter.store.identity import payload_from_meta
from eventcenter.store.records import Draft
from eventcenter.store.schema import meta
from eventcenter.store.sealing import EventKeys, new_event_keys
from eventcenter.timefmt import STOCKHOLM, to_micros

SYSTEM_OPERATOR = "system"
CREATING = "creating"
_CREATING_NAME = re.compile(rf"\..+\.{CREATING}-(?P<pid>\d+)-[0-9a-f]+(-wal|-shm|-journal)?")


def create_event(path: Path | str, template: str, name: str, passphrase: str, *,
                 operator: str | None = None, event_date: date | None = None,
                 exercise: bool = False, device: Device | None = None,
                 from_event: Path | str | None = None) -> EventFile:
    """Create the file and return it open, or raise a UserError and leave nothing behind.
    With `from_event`, the units, contacts, places and measure types of that earlier event
    come along (`carry_over.py`).

    The file is made owner-only under a temporary name in the same folder and renamed when
    complete and closed, so a killed `new` never leaves a half event under the name asked
    for, and a retry works; what killed runs left is removed here."""
    path = Path(path)
    chosen = load_template(template)  # UnknownTemplate is a UserError
    carried = read_earlier_event(Path(from_event)) if from_event else None
    if carried is not None:
        chosen = carried.merged(chosen)
    if not name.strip():
        raise UserError("empty_text")
    if path.exists():
        raise UserError("file_exists", path=str(path))
    day = event_date or chosen.event_date()
    device = device or load_device()
    identity = _identity(chosen, name.strip(), day, exercise, new_event_keys(passphrase))
    who = operator or device.operator or SYSTEM_OPERATOR
    drafts = starting_records(chosen, name.strip(), day, exercise, who, identity=identity)
    drafts += carried.contact_drafts(who) if carried else []
    remove_left_behind(path.parent)
    temporary = files.temporary_name(path, CREATING)
    try:
        _write_event(temporary, device, identity, drafts)
        files.move_into_place(temporary, path)
    except FileExistsError:
        files.remove_with_sidecars(temporary)
        raise UserError("file_exists", path=str(path)) from None
    except BaseException:
        files.remove_with_sidecars(temporary)
        raise
    event = EventFile(path, device)
    event.reload_meta()
    return event


def _identity(chosen: Template, name: str, day: date, exercise: bool,
              keys: EventKeys) -> dict[str, str]:
    """The event's id, name, date, thresholds and keys, as the file's meta table keeps them."""
    return {
        "event_id": uuid.uuid4().hex, "name": name, "template": chosen.template,
        "date": day.isoformat(), "exercise": "1" if exercise else "0",
        "stale_measure_minutes": str(chosen.stale_measure_minutes),
        "public_key": base64.b64encode(keys.public_key).decode("ascii"),
        "wrapped_private_key": keys.wrapped_private_key,
    }


def _write_event(path: Path, device: Device, identity: dict[str, str],
                 drafts: list[Draft]) -> None:
    """The whole event in one closed, owner-only file: schema, identity, starting records."""
    files.new_private_database(path)
    event = EventFile(path, device)
    try:
        migrate.upgrade(event.engine, path, projections.rebuild)
        with event.writing() as conn:
            conn.execute(meta.insert(), [{"key": k, "value": v} for k, v in identity.items()])
        event.reload_meta()
        event.write(drafts)
    finally:
        event.close()
    # Closing the last connection moves the WAL into the file and deletes it; a WAL left
    # would hold records the renamed file lacks.
    if any(Path(f"{path}{suffix}").exists() for suffix in files.SIDECARS):
        raise UserError("disk_error", detail=f"{path.name}: the write-ahead log stayed open")


def remove_left_behind(folder: Path) -> None:
    """Remove the temporary files of `new` runs in this folder that were killed."""
    for stale in files.left_behind(folder, _CREATING_NAME):
        stale.unlink(missing_ok=True)


def starting_records(template: Template, name: str, day: date, exercise: bool,
                     operator: str, *, identity: dict[str, str] | None = None) -> list[Draft]:
    """The records a new event begins with: its creation, carrying the event's `identity`
    (meta's text, see `_identity`), then the template's catalogue."""
    created = {"name": name, "template": template.template, "date": day.isoformat(),
               "exercise": exercise, **payload_from_meta(identity or {})}
    drafts = [Draft(Kind.EVENT_CREATED, created, operator)]
    groups = ((Kind.ORGANISATION_ADDED, template.organisations),
              (Kind.UNIT_TYPE_ADDED, template.unit_types),
              (Kind.CATEGORY_ADDED, template.categories),
              (Kind.PLACE_ADDED, template.places),
              (Kind.UNIT_ADDED, template.units),
              (Kind.CONTACT_FUNCTION_ADDED, template.contact_functions),
              (Kind.MEASURE_TYPE_ADDED, template.measure_types))
    for kind, items in groups:
        drafts.extend(Draft(kind, dict(item), operator) for item in items)
    for item in template.schedule:
        at = _local_moment(day, item["at"])
        drafts.append(Draft(Kind.SCHEDULE_ADDED, {"at": to_micros(at), "title": item["title"],
                                               "place": item.get("place")}, operator))
    return drafts


def _local_moment(day: date, hhmm: str) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=STOCKHOLM)
