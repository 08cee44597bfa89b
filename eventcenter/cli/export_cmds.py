"""`eventcenter export FILE …`: the debrief, the situation report, the contact sheet (PDF)
and the journal as CSV.

    eventcenter export FILE --debrief OUT.pdf [--public] [--lang sv|en]
    eventcenter export FILE --sitrep OUT.pdf [--at TIME] [--public]
    eventcenter export FILE --contacts OUT.pdf
    eventcenter export FILE --csv OUT.csv [--public]

A full version prints confidential text when the passphrase is given (from
EVENTCENTER_CONFIDENTIAL_PASSPHRASE, or at a prompt, where an empty answer leaves it sealed);
without it confidential entries are listed and marked as sealed. The public version never
asks for it. Prints the path written.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from eventcenter import messages
from eventcenter.cli.common import (
    ask_passphrase,
    at_a_terminal,
    given_passphrase,
    open_event,
    when,
)
from eventcenter.cli.output import saved
from eventcenter.messages import _

if TYPE_CHECKING:
    from eventcenter.event_file import EventFile


def register(verbs) -> None:
    p = verbs.add_parser("export", help=_("write the debrief, a situation report, the contact "
                                          "sheet or the journal as CSV"))
    p.add_argument("file")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--debrief", metavar="OUT.pdf", help=_("the debrief as PDF"))
    what.add_argument("--sitrep", metavar="OUT.pdf", help=_("a situation report as PDF"))
    what.add_argument("--contacts", metavar="OUT.pdf", help=_("the contact sheet as PDF"))
    what.add_argument("--csv", metavar="OUT.csv", help=_("the journal as CSV for Excel"))
    p.add_argument("--public", action="store_true",
                   help=_("the public version: no confidential entries, no phone numbers"))
    p.add_argument("--at", help=_("the state at this moment (HH:MM or ISO 8601)"))
    p.add_argument("--lang", dest="report_lang", choices=messages.LANGUAGES,
                   help=_("language of the report (default: Swedish)"))
    p.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    from eventcenter.reports import (
        build_contact_sheet,
        build_debrief,
        build_sitrep,
        export_csv,
    )

    lang = args.report_lang or messages.language()
    with open_event(args, unlock=False) as event:
        if not args.public and not args.contacts:
            _unlock(event)
        if args.debrief:
            out = build_debrief(event, args.debrief, public=args.public, lang=lang).path
        elif args.sitrep:
            out = build_sitrep(event, args.sitrep, at=when(args.at), public=args.public,
                               lang=lang).path
        elif args.contacts:
            out = build_contact_sheet(event, args.contacts, lang=lang).path
        else:
            export_csv(event, args.csv, public=args.public, lang=lang)
            out = args.csv
    with saved():
        print(out)
    return 0


def _unlock(event: EventFile) -> None:
    """Open confidential text if the passphrase is at hand; otherwise say it stays sealed."""
    secret = given_passphrase()
    if not secret and at_a_terminal():
        secret = ask_passphrase(_("Confidentiality passphrase (Enter: leave confidential "
                                  "text sealed): "))
    if secret:
        event.unlock(secret)
    else:
        print(_("Note: without the passphrase, confidential entries are printed as sealed."),
              file=sys.stderr)
