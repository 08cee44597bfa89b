"""`eventcenter show FILE WHAT`: one verb for every list, fed by a registry that each group of
verbs adds its lists to. A list is a function returning (JSON objects, table rows)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from eventcenter.cli.common import add_at, add_json, open_event, print_json, print_table
from eventcenter.messages import _

if TYPE_CHECKING:
    from eventcenter.event_file import EventFile

Lister = Callable[["EventFile", argparse.Namespace], tuple[list[dict], list[list[str]]]]
LISTS: dict[str, Lister] = {}


def lister(name: str) -> Callable[[Lister], Lister]:
    def register(fn: Lister) -> Lister:
        LISTS[name] = fn
        return fn

    return register


def register(verbs) -> None:
    parser = verbs.add_parser("show", help=_("show a list: journal, places, categories …"))
    parser.add_argument("file")
    parser.add_argument("what", metavar="WHAT", help=_("what to show"))
    add_json(parser)
    add_at(parser)
    parser.add_argument("--on-duty", action="store_true", help=_("only those on duty"))
    parser.add_argument("--unlock", action="store_true",
                        help=_("ask for the passphrase and show confidential text"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from eventcenter.errors import UserError

    if args.what not in LISTS:
        raise UserError("unknown_list", name=args.what, known=", ".join(sorted(LISTS)))
    with open_event(args) as event:
        objects, rows = LISTS[args.what](event, args)
    if args.json:
        print_json(objects)
    else:
        print_table(rows)
    return 0
