"""Verbs of the working state: measure, request, unit, contact, place (each with its
sub-verbs), history, and the lists `show FILE measures|requests|units|contacts|places|clashes`.

Each change prints the id of the record it made (for a measure opened, a request received or
a contact added, that is the new object's id); ids may be given by a unique prefix of at
least four characters.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from eventcenter.cli import show
from eventcenter.cli.common import (
    add_json,
    add_operator,
    open_event,
    operator,
    print_json,
    print_table,
    when,
)
from eventcenter.cli.output import print_saved_id
from eventcenter.messages import _
from eventcenter.state.states import MEASURE_STATUSES, UNIT_STATUSES
from eventcenter.timefmt import format_duration, iso_local

if TYPE_CHECKING:
    from eventcenter.event_file import EventFile
    from eventcenter.state.model import Clash, Contact, HistoryEntry, Measure, Place, Request, Unit

Change = Callable[["EventFile", argparse.Namespace], object]


def register(verbs) -> None:
    _measure(_group(verbs, "measure", _("open and change measures")))
    _request(_group(verbs, "request", _("receive and answer requests")))
    _unit(_group(verbs, "unit", _("add, move and edit units")))
    _contact(_group(verbs, "contact", _("add and edit contacts")))
    _place(_group(verbs, "place", _("add and edit places")))
    p = verbs.add_parser("history", help=_("the history of a measure, request, contact, "
                                             "unit, place or journal entry"))
    p.add_argument("file")
    p.add_argument("id", help=_("an id (or its first characters), a call sign or a place; "
                                "a journal entry's history holds its corrections and marks"))
    add_json(p)
    p.add_argument("--unlock", action="store_true",
                   help=_("ask for the passphrase and show confidential text"))
    p.set_defaults(run=run_history)


def _group(verbs, name: str, help_text: str):
    parser = verbs.add_parser(name, help=help_text)
    return parser.add_subparsers(dest=f"{name}_verb", required=True, metavar="VERB")


def _change(sub, name: str, help_text: str, change: Change) -> argparse.ArgumentParser:
    """A sub-verb that opens FILE, makes one change and prints the id of its record."""
    p = sub.add_parser(name, help=help_text)
    p.add_argument("file")
    add_operator(p)

    def run(args: argparse.Namespace) -> int:
        with open_event(args, unlock=False) as event:
            changes = change(event, args)
        print_saved_id(changes.id)
        return 0

    p.set_defaults(run=run)
    return p


def _given(value):
    """An edit option: left out keeps the field, an empty string clears it."""
    return _kept() if value is None else (value or None)


def _kept() -> object:
    """The operations' word for a field left as it is (imported when a change runs)."""
    from eventcenter.state.ops import KEEP

    return KEEP


# -- measure ------------------------------------------------------------------------------

def _measure(sub) -> None:
    p = _change(sub, "open", _("open a measure"), lambda e, a: e.measures.open(
        a.title, operator=operator(a), type=a.type, category=a.category, place=a.place,
        priority=a.priority, units=a.unit or (), notes=a.notes,
        confidential=a.confidential, status=a.status, from_entry=a.from_entry,
        from_request=a.from_request))
    p.add_argument("title")
    _measure_fields(p)
    p.add_argument("--unit", action="append", metavar="CALLSIGN", help=_("repeatable"))
    p.add_argument("--confidential", action="store_true")
    p.add_argument("--status", default="planned", choices=("planned", "ongoing"))
    source = p.add_mutually_exclusive_group()
    source.add_argument("--from-entry", metavar="ID")
    source.add_argument("--from-request", metavar="ID")
    _measure_changes(sub)


def _measure_changes(sub) -> None:
    p = _change(sub, "status", _("change a measure's status"), lambda e, a: (
        e.measures.set_status(a.id, a.status, operator=operator(a), comment=a.comment)))
    p.add_argument("id")
    p.add_argument("status", help=", ".join(MEASURE_STATUSES))
    p.add_argument("--comment")

    p = _change(sub, "reopen", _("reopen a done or cancelled measure"), lambda e, a: (
        e.measures.reopen(a.id, reason=a.reason, operator=operator(a))))
    p.add_argument("id")
    p.add_argument("--reason", required=True)

    for verb, help_text in (("assign", _("assign a unit to a measure")),
                            ("unassign", _("take a unit off a measure"))):
        p = _change(sub, verb, help_text, lambda e, a, verb=verb: getattr(e.measures, verb)(
            a.id, a.callsign, operator=operator(a)))
        p.add_argument("id")
        p.add_argument("callsign")

    p = _change(sub, "edit", _("change a measure (an empty value clears a field)"),
                lambda e, a: e.measures.edit(
                    a.id, operator=operator(a), title=_given(a.title), type=_given(a.type),
                    category=_given(a.category), place=_given(a.place),
                    priority=_given(a.priority), notes=_given(a.notes)))
    p.add_argument("id")
    p.add_argument("--title")
    _measure_fields(p)


def _measure_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--type", help=_("a measure type of the event (code or name)"))
    p.add_argument("--category")
    p.add_argument("--place")
    p.add_argument("--priority", metavar="1-3")
    p.add_argument("--notes")


# -- request ------------------------------------------------------------------------------

def _request(sub) -> None:
    p = _change(sub, "receive", _("a request received"), lambda e, a: e.requests.receive(
        a.text, party=a.party, operator=operator(a), confidential=a.confidential))
    p.add_argument("text")
    p.add_argument("--from", dest="party", required=True, metavar="PARTY")
    p.add_argument("--confidential", action="store_true")

    p = _change(sub, "ack", _("acknowledge a request"), lambda e, a: (
        e.requests.acknowledge(a.id, operator=operator(a))))
    p.add_argument("id")

    p = _change(sub, "answer", _("answer a request with a measure"), lambda e, a: (
        e.requests.answer(a.id, measure=a.measure, operator=operator(a))))
    p.add_argument("id")
    p.add_argument("--measure", required=True, metavar="MEASURE_ID")

    p = _change(sub, "decline", _("decline a request"), lambda e, a: (
        e.requests.decline(a.id, reason=a.reason, operator=operator(a))))
    p.add_argument("id")
    p.add_argument("--reason", required=True)

    p = _change(sub, "close", _("close a request"), lambda e, a: (
        e.requests.close(a.id, operator=operator(a), comment=a.comment)))
    p.add_argument("id")
    p.add_argument("--comment")


# -- unit, contact, place -----------------------------------------------------------------

def _unit(sub) -> None:
    p = _change(sub, "add", _("add a unit"), lambda e, a: e.units.add(
        a.callsign, organisation=a.org, operator=operator(a), type=a.type, size=a.size,
        on_duty=a.on_duty, contact=a.contact))
    p.add_argument("callsign")
    p.add_argument("--org", required=True)
    _unit_fields(p)

    p = _change(sub, "move", _("a unit's new place and/or status"), lambda e, a: e.units.move(
        a.callsign, operator=operator(a), status=a.status,
        place=_kept() if a.place is None else a.place))
    p.add_argument("callsign")
    p.add_argument("--place", help=_("an empty value: at no known place"))
    p.add_argument("--status", help=", ".join(UNIT_STATUSES))

    p = _change(sub, "edit", _("change a unit"), lambda e, a: e.units.edit(
        a.callsign, operator=operator(a), organisation=_given(a.org), type=_given(a.type),
        size=_given(a.size), on_duty=_given(a.on_duty), contact=_given(a.contact)))
    p.add_argument("callsign")
    p.add_argument("--org")
    _unit_fields(p)


def _unit_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--size", help=_("head count"))
    p.add_argument("--on-duty", metavar="HH:MM-HH:MM")
    p.add_argument("--type", help=_("a unit type of the event"))
    p.add_argument("--contact", help=_("how to reach the unit"))


def _contact(sub) -> None:
    p = _change(sub, "add", _("add a contact"), lambda e, a: e.contacts.add(
        a.name, function=a.function, organisation=a.org, operator=operator(a),
        phone=a.phone, rakel=a.rakel, on_duty=a.on_duty))
    p.add_argument("name")
    p.add_argument("--function", required=True)
    p.add_argument("--org", required=True)
    _contact_fields(p)

    p = _change(sub, "edit", _("change a contact (an empty value clears a field)"),
                lambda e, a: e.contacts.edit(
                    a.id, operator=operator(a), name=_given(a.name),
                    function=_given(a.function), organisation=_given(a.org),
                    phone=_given(a.phone), rakel=_given(a.rakel), on_duty=_given(a.on_duty)))
    p.add_argument("id")
    p.add_argument("--name")
    p.add_argument("--function")
    p.add_argument("--org")
    _contact_fields(p)


def _contact_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--phone")
    p.add_argument("--rakel", metavar="TALK_GROUP")
    p.add_argument("--on-duty", metavar="HH:MM-HH:MM")


def _place(sub) -> None:
    p = _change(sub, "add", _("add a place"), lambda e, a: e.places.add(
        a.name, operator=operator(a), kind=a.kind, lat=a.lat, lon=a.lon))
    p.add_argument("name")
    _place_fields(p)

    def edit(e: EventFile, a: argparse.Namespace):
        coordinates = {} if a.lat is None and a.lon is None else {"lat": a.lat, "lon": a.lon}
        return e.places.edit(a.name, operator=operator(a), kind=_given(a.kind), **coordinates)

    p = _change(sub, "edit", _("change a place's kind or coordinates"), edit)
    p.add_argument("name")
    _place_fields(p)


def _place_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lat", help=_("latitude, WGS84 degrees"))
    p.add_argument("--lon", help=_("longitude, WGS84 degrees"))
    p.add_argument("--kind")


# -- history and lists --------------------------------------------------------------------

def run_history(args: argparse.Namespace) -> int:
    with open_event(args) as event:
        found = event.read.history(args.id)
    if args.json:
        print_json([h.to_json() for h in found])
    else:
        print_table([_history_row(h) for h in found])
    return 0


def _history_row(entry: HistoryEntry) -> list[str]:
    change = ", ".join(f"{k}={_plain(v, k in entry.unreadable)}"
                       for k, v in sorted(entry.change.items()))
    return [_when(entry.at), entry.operator, entry.device_name, entry.kind, change]


def _plain(value, unreadable: bool = False) -> str:
    if unreadable:
        return _("cannot be opened")
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return "-" if value is None else str(value)


def _when(micros: int | None) -> str:
    return "-" if micros is None else iso_local(micros)[:16].replace("T", " ")


def _duration(seconds: int | None) -> str:
    return "-" if seconds is None else format_duration(seconds)


def _hidden(text: str | None, sealed: bool, unreadable: bool = False,
            word: str | None = None) -> str:
    """A confidential text as shown: the text, or that it is sealed (`word`, by default
    "confidential"), or that the passphrase cannot open it."""
    if unreadable:
        return _("cannot be opened")
    return (word or _("confidential")) if sealed and text is None else (text or "")


@show.lister("measures")
def list_measures(event: EventFile, args: argparse.Namespace):
    return _measures(event.read.state.measures(at=when(args.at)))


@show.lister("open-measures")
def list_open_measures(event: EventFile, args: argparse.Namespace):
    return _measures(event.read.state.open_measures(at=when(args.at)))


def _measures(found: list[Measure]):
    rows = [[m.id[:8], m.status, str(m.priority or "-"), _when(m.opened_at),
             _duration(m.age_seconds), _duration(m.since_update_seconds), m.place or "-",
             ",".join(m.units) or "-", _hidden(m.title, m.sealed, "title" in m.unreadable)]
            for m in found]
    return [m.to_json() for m in found], rows


@show.lister("requests")
def list_requests(event: EventFile, args: argparse.Namespace):
    return _requests(event.read.state.requests(at=when(args.at)))


@show.lister("pending-requests")
def list_pending_requests(event: EventFile, args: argparse.Namespace):
    return _requests(event.read.state.pending_requests(at=when(args.at)))


def _requests(found: list[Request]):
    rows = [[r.id[:8], r.status, _when(r.received_at), _duration(r.waiting_seconds),
             _hidden(r.from_party, r.sealed, "from" in r.unreadable, _("confidential sender")),
             _hidden(r.text, r.sealed, "text" in r.unreadable)] for r in found]
    return [r.to_json() for r in found], rows


@show.lister("units")
def list_units(event: EventFile, args: argparse.Namespace):
    found: list[Unit] = event.read.state.units(at=when(args.at), on_duty=args.on_duty)
    rows = [[u.callsign, u.organisation or "-", u.status, u.place or "-", u.on_duty or "-",
             str(u.size or "-")] for u in found]
    return [u.to_json() for u in found], rows


@show.lister("contacts")
def list_contacts(event: EventFile, args: argparse.Namespace):
    found: list[Contact] = event.read.state.contacts(at=when(args.at), on_duty=args.on_duty)
    rows = [[c.id[:8], c.name, c.function or "-", c.organisation or "-", c.phone or "-",
             c.rakel or "-", c.on_duty or "-"] for c in found]
    return [c.to_json() for c in found], rows


@show.lister("places")
def list_places(event: EventFile, args: argparse.Namespace):
    found: list[Place] = event.read.state.places(at=when(args.at))
    rows = [[p.name, p.kind or "-",
             f"{p.lat:.4f}, {p.lon:.4f}" if p.lat is not None else "-"] for p in found]
    return [p.to_json() for p in found], rows


@show.lister("clashes")
def list_clashes(event: EventFile, args: argparse.Namespace):
    found: list[Clash] = event.read.state.clashes(at=when(args.at))
    rows = [[c.rule, c.type, c.subject, c.standing[:8],
             ", ".join(r[:8] for r in c.records)] for c in found]
    return [c.to_json() for c in found], rows
