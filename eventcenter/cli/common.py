"""What every verb of the command line shares: opening the file, the operator, the
passphrase, times, and printing for people (plain text) or for scripts (--json)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from eventcenter.device import default_operator
from eventcenter.errors import UserError
from eventcenter.event_file import EventFile
from eventcenter.messages import _
from eventcenter.timefmt import TimeParseError, parse_time

PASSPHRASE_ENV = "EVENTCENTER_CONFIDENTIAL_PASSPHRASE"


def add_operator(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--operator", help=_("who writes (default: the signed-in operator, "
                                              "then EVENTCENTER_OPERATOR)"))


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON for scripts"))


def add_at(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--at", help=_("the state at this moment (HH:MM or ISO 8601)"))


def operator(args: argparse.Namespace) -> str | None:
    return default_operator(getattr(args, "operator", None))


def when(text: str | None, now: datetime | None = None) -> datetime | None:
    """A time a person typed, or a bad_time error naming what they typed."""
    if text is None:
        return None
    try:
        return parse_time(text, now)
    except TimeParseError:
        raise UserError("bad_time", text=text) from None


def open_event(args: argparse.Namespace, unlock: bool = True) -> EventFile:
    """Open FILE; with the passphrase in the environment (or --unlock), open sealed text."""
    event = EventFile.open(Path(args.file))
    if unlock and (os.environ.get(PASSPHRASE_ENV) or getattr(args, "unlock", False)):
        try:
            event.unlock(passphrase(confirm=False))
        except BaseException:
            event.close()
            raise
    return event


def passphrase(confirm: bool) -> str:
    """From the environment for scripts, else asked at a prompt."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("passphrase_needed")
    first = getpass.getpass(_("Confidentiality passphrase: "))
    if confirm and getpass.getpass(_("Repeat the passphrase: ")) != first:
        raise UserError("passphrases_differ")
    return first


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(rows: list[list[str]]) -> None:
    """Columns padded to their widest cell; the last column runs free."""
    if not rows:
        return
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())
