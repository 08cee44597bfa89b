"""Verbs of the event file and its journal: new, log, decide, correct, mark-confidential,
unmark-confidential, search, show journal, places and categories, fingerprint, backup,
verify, signin."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from eventcenter.catalogue.template_checks import TEMPLATE_NAMES
from eventcenter.cli import show
from eventcenter.cli.common import (
    add_json,
    add_operator,
    open_event,
    operator,
    passphrase,
    print_json,
    print_table,
    when,
)
from eventcenter.cli.output import print_saved_id, saved
from eventcenter.device import ROLES, load_device, sign_in
from eventcenter.errors import UserError
from eventcenter.journal.channels import CHANNELS
from eventcenter.messages import _, backup_note, describe_problem
from eventcenter.roles import may_mark_confidential
from eventcenter.timefmt import iso_local
from eventcenter.validation import check_operator

if TYPE_CHECKING:
    from eventcenter.event_file import EventFile
    from eventcenter.journal.queries import JournalEntry


def register(verbs) -> None:
    _new(verbs.add_parser("new", help=_("create an event file from a template")))
    _log(verbs.add_parser("log", help=_("log one line in the journal")))
    _decide(verbs.add_parser("decide", help=_("log a decision")))
    _correct(verbs.add_parser("correct", help=_("correct an entry with a new entry")))
    _mark(verbs.add_parser("mark-confidential", help=_(
        "mark an entry and its corrections confidential afterwards")), run_mark)
    _mark(verbs.add_parser("unmark-confidential", help=_(
        "lift a mark made by mark-confidential")), run_unmark)
    _search(verbs.add_parser("search", help=_("search the journal")))
    p = verbs.add_parser("fingerprint", help=_("the fingerprint of the recorded state"))
    p.add_argument("file")
    add_json(p)
    p.set_defaults(run=run_fingerprint)
    p = verbs.add_parser("backup", help=_("write a consistent copy into a folder now"))
    p.add_argument("file")
    p.add_argument("dir")
    p.set_defaults(run=run_backup)
    p = verbs.add_parser("verify", help=_("check the file, its hash chains and projections"))
    p.add_argument("file")
    p.add_argument("--unlock", action="store_true",
                   help=_("ask for the passphrase and try to open every sealed field"))
    p.set_defaults(run=run_verify)
    p = verbs.add_parser("signin", help=_("sign in an operator on this laptop"))
    p.add_argument("name")
    p.add_argument("--role", choices=ROLES, default="coordinator")
    p.set_defaults(run=run_signin)
    show.register(verbs)


def _new(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    p.add_argument("--template", required=True, help=", ".join(TEMPLATE_NAMES))
    p.add_argument("--name", required=True)
    p.add_argument("--exercise", action="store_true", help=_("an exercise, not a real event"))
    p.add_argument("--date", help=_("the event's date (default: from the template)"))
    p.add_argument("--from", dest="from_event", metavar="OLD_FILE",
                   help=_("take the units, contacts, places and measure types of an earlier "
                          "event"))
    add_operator(p)
    p.set_defaults(run=run_new)


def run_new(args: argparse.Namespace) -> int:
    from datetime import date

    from eventcenter.new_event.create import create_event

    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise UserError("bad_time", text=args.date) from None
    folder = Path(args.file).parent
    if not folder.is_dir():  # said before the passphrase is asked for, twice
        raise UserError("folder_missing", path=str(folder))
    secret = passphrase(confirm=True)
    event = create_event(Path(args.file), args.template, args.name, secret,
                         operator=operator(args), event_date=day, exercise=args.exercise,
                         from_event=args.from_event)
    event.close()
    with saved():
        print(args.file)
    return 0


def _entry_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    add_operator(p)
    p.add_argument("--confidential", action="store_true")
    p.add_argument("--at", help=_("when it happened, if not now (HH:MM or ISO 8601)"))
    p.add_argument("--late-reason", help=_("why an entry dated back is logged late"))


def _log(p: argparse.ArgumentParser) -> None:
    _entry_options(p)
    p.add_argument("text")
    p.add_argument("--channel", help=", ".join(CHANNELS))
    p.add_argument("--reporter", help=_("who reported it"))
    p.set_defaults(run=run_log)


def run_log(args: argparse.Namespace) -> int:
    with open_event(args, unlock=False) as event:
        changes = event.journal.log_line(
            args.text, operator=operator(args), confidential=args.confidential,
            channel=args.channel, reporter=args.reporter, occurred_at=when(args.at),
            late_reason=args.late_reason)
    print_saved_id(changes.id)
    return 0


def _decide(p: argparse.ArgumentParser) -> None:
    _entry_options(p)
    p.add_argument("decision")
    p.add_argument("--by", required=True, help=_("who decided"))
    p.add_argument("--mandate")
    p.add_argument("--basis")
    p.add_argument("--reason")
    p.add_argument("--affected", help=_("who is affected or informed"))
    p.set_defaults(run=run_decide)


def run_decide(args: argparse.Namespace) -> int:
    with open_event(args, unlock=False) as event:
        changes = event.journal.decide(
            args.decision, decided_by=args.by, operator=operator(args), mandate=args.mandate,
            basis=args.basis, reason=args.reason, affected=args.affected,
            confidential=args.confidential, occurred_at=when(args.at),
            late_reason=args.late_reason)
    print_saved_id(changes.id)
    return 0


def _correct(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    p.add_argument("entry_id")
    p.add_argument("text")
    p.add_argument("--reason", required=True)
    add_operator(p)
    p.set_defaults(run=run_correct)


def run_correct(args: argparse.Namespace) -> int:
    with open_event(args, unlock=False) as event:
        changes = event.journal.correct(args.entry_id, args.text, reason=args.reason,
                                        operator=operator(args))
    print_saved_id(changes.id)
    return 0


def _mark(p: argparse.ArgumentParser, run) -> None:
    p.add_argument("file")
    p.add_argument("entry_id")
    # Not required by argparse, so that a missing reason is said in words like an empty one.
    p.add_argument("--reason", help=_("why (required): the mark and its lifting say who did "
                                      "it and why"))
    add_operator(p)
    p.set_defaults(run=run)


def _may_mark() -> None:
    """Coordinators alone mark and lift (`roles`); the role is this laptop's sign-in."""
    role = load_device().role
    if not may_mark_confidential(role):
        words = {"liaison": _("a liaison officer"), "reader": _("a reader")}
        raise UserError("may_not_mark_confidential", role=words.get(role, role))


def run_mark(args: argparse.Namespace) -> int:
    return _write_mark(args, lift=False)


def run_unmark(args: argparse.Namespace) -> int:
    return _write_mark(args, lift=True)


def _write_mark(args: argparse.Namespace, lift: bool) -> int:
    _may_mark()
    with open_event(args, unlock=False) as event:
        write = event.journal.unmark_confidential if lift else event.journal.mark_confidential
        changes = write(args.entry_id, reason=args.reason, operator=operator(args))
    print_saved_id(changes.id)
    return 0


def _search(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")
    p.add_argument("query")
    add_json(p)
    p.add_argument("--category")
    p.add_argument("--unit")
    p.add_argument("--place")
    p.add_argument("--operator")
    p.add_argument("--since")
    p.add_argument("--until")
    p.add_argument("--confidential", choices=("yes", "no"))
    p.add_argument("--unlock", action="store_true",
                   help=_("ask for the passphrase and search confidential text"))
    p.set_defaults(run=run_search)


def run_search(args: argparse.Namespace) -> int:
    from eventcenter.journal.queries import JournalFilter

    confidential = None if args.confidential is None else args.confidential == "yes"
    with open_event(args) as event:
        flt = JournalFilter(query=args.query, category=args.category, unit=args.unit,
                            place=args.place, operator=args.operator, since=when(args.since),
                            until=when(args.until), confidential=confidential)
        found = event.read.journal.page(flt)
    _print_entries(found, args.json)
    return 0


@show.lister("journal")
def list_journal(event: EventFile, args: argparse.Namespace):
    from eventcenter.journal.queries import JournalFilter

    found = event.read.journal.page(JournalFilter(until=when(args.at), newest_first=False))
    return [e.to_json() for e in found], [_entry_row(e) for e in found]


def _print_entries(found: list[JournalEntry], as_json: bool) -> None:
    if as_json:
        print_json([e.to_json() for e in found])
    else:
        print_table([_entry_row(e) for e in found])


def _entry_row(entry: JournalEntry) -> list[str]:
    text = _("confidential entry") if entry.sealed else (entry.text or "")
    if entry.unreadable:
        text = _("cannot be opened")
    if entry.kind == "decision":
        by = f" ({entry.decided_by})" if entry.decided_by else ""
        text = f"{_('DECISION')}{by}: {text}"
    elif entry.kind == "correction":
        text = f"{_('CORRECTS')} {entry.corrects[:8]}: {text}"
    if entry.corrected_by:
        text += f"  [{_('corrected by')} {', '.join(c[:8] for c in entry.corrected_by)}]"
    return [iso_local(entry.occurred_at)[:16].replace("T", " "), entry.id[:8], entry.operator,
            entry.category or "-", entry.place or "-", entry.unit or "-", text]


# `show FILE places` (with --at) lives with the working state, in state_cmds.py.


@show.lister("categories")
def list_categories(event: EventFile, args: argparse.Namespace):
    from eventcenter.catalogue.reading import categories

    found = categories(event)
    return found, [[c["code"], c["name"]] for c in found]


def run_fingerprint(args: argparse.Namespace) -> int:
    """A file of an older version is read as it is, not migrated: the copy a migration
    keeps (`NAME.vN-backup.event`) still gives the fingerprint the file had before."""
    from eventcenter.integrity import fingerprint

    with _open_damaged(args, upgrade=False) as event:
        print_ = fingerprint(event)
    if args.json:
        print_json({"records": print_.records, "fingerprint": print_.value,
                    "heads": [h.__dict__ for h in print_.heads]})
    else:
        print(print_.value)
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from eventcenter.backups import backup_now

    with open_event(args, unlock=False) as event:
        copy = backup_now(event, Path(args.dir))
    with saved():
        print(copy)
    return 0


def run_signin(args: argparse.Namespace) -> int:
    """A name that could not sign an entry (a control character in it) is refused now, not
    at every later write; a blank one signs out."""
    if args.name.strip():
        check_operator(args.name)
    device = sign_in(args.name, args.role)
    with saved():
        print(device.operator)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from eventcenter.damage import backup_param
    from eventcenter.integrity import verify

    with _open_damaged(args, unlock=True) as event:
        problems = verify(event)
    if not problems:
        print(_("The event file is sound: {records} records, every chain intact, projections "
                "equal to a rebuild.").format(records=problems.records))
        return 0
    print(_("The event file has problems:"))
    for code, params in problems.items:
        print(f"- {describe_problem(code, params)}")
    print(backup_note(backup_param(Path(args.file))).strip())
    return 1


def _open_damaged(args: argparse.Namespace, *, upgrade: bool = True,
                  unlock: bool = False) -> EventFile:
    """Open FILE for reading it whole (with the passphrase, when `unlock` and it is given);
    a file too damaged to open is named with where its latest backup is."""
    from eventcenter.damage import damaged_file

    try:
        return open_event(args, unlock=unlock, upgrade=upgrade)
    except UserError as error:
        if error.code != "corrupt_file":
            raise
        raise damaged_file(Path(args.file), error.params.get("detail", "")) from None
