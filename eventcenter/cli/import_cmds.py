"""`eventcenter import FILE --contacts CSV`: contacts from the CSV files Outlook and Google
Contacts export (Swedish or English), read as they are (`eventcenter.state.contact_import`).

Prints how many rows were imported and each rejected row with its reason; `--dry-run` only
reads. Exits 1 when nothing was imported, 2 when the file cannot be read at all.
"""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from eventcenter.cli.common import add_json, add_operator, open_event, operator, print_json
from eventcenter.cli.output import saved
from eventcenter.messages import _

if TYPE_CHECKING:
    from eventcenter.state.contact_import import ImportPreview


def register(verbs) -> None:
    p = verbs.add_parser("import", help=_("import contacts from a CSV file (Outlook, Google)"))
    p.add_argument("file")
    p.add_argument("--contacts", required=True, metavar="CSV",
                   help=_("a CSV file exported from Outlook or Google Contacts"))
    p.add_argument("--function", help=_("the function of rows that have none"))
    p.add_argument("--org", help=_("the organisation of rows that have none"))
    p.add_argument("--dry-run", action="store_true", help=_("only show what would be imported"))
    add_operator(p)
    add_json(p)
    p.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    from eventcenter.state.contact_import import import_contacts, read_contacts_csv

    defaults = {k: v for k, v in (("function", args.function), ("organisation", args.org))
                if v}
    with open_event(args, unlock=False) as event:
        preview = read_contacts_csv(Path(args.contacts), event=event, defaults=defaults)
        imported = 0
        if preview.accepted and not args.dry_run:
            imported = len(import_contacts(event, preview.accepted, operator(args)).ids)
    with saved() if imported else nullcontext():
        if args.json:
            print_json(_as_json(preview, imported))
        else:
            _print(preview, imported, args.dry_run)
    return 0 if imported or (args.dry_run and preview.accepted) else 1


def _print(preview: ImportPreview, imported: int, dry_run: bool) -> None:
    if dry_run:
        print(_("{count} contacts would be imported.").format(count=len(preview.accepted)))
    else:
        print(_("{count} contacts imported.").format(count=imported))
    if preview.rejected:
        print(_("{count} rows rejected:").format(count=len(preview.rejected)))
        for row in preview.rejected:
            print(_("  row {row} ({name}): {reason}").format(
                row=row.row, name=row.name or "–", reason=row.message()))


def _as_json(preview: ImportPreview, imported: int) -> dict:
    return {"source": preview.source, "encoding": preview.encoding,
            "delimiter": preview.delimiter, "columns": preview.columns,
            "imported": imported, "accepted": len(preview.accepted),
            "rejected": [{"row": r.row, "name": r.name, "code": r.code,
                          "reason": r.message()} for r in preview.rejected]}
