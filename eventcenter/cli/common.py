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
from typing import TYPE_CHECKING, Any

from eventcenter.device import default_operator
from eventcenter.errors import UserError
from eventcenter.messages import _
from eventcenter.timefmt import TimeParseError, parse_time
from eventcenter.validation import check_given, check_new_passphrase, is_utf8, same_passphrase

if TYPE_CHECKING:
    from eventcenter.event_file import EventFile

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
    except TimeParseError as error:
        code = "time_out_of_range" if error.reason == "outside" else "bad_time"
        raise UserError(code, text=text) from None


def open_event(args: argparse.Namespace, unlock: bool = True,
               upgrade: bool = True) -> EventFile:
    """Open FILE; with the passphrase in the environment (or --unlock), open sealed text.
    With `upgrade=False` a file of an older version is read as it is (see EventFile.open).
    The open file, and all it needs, is imported here: when a verb runs, not when the
    parser is set up."""
    from eventcenter.event_file import EventFile

    path = Path(args.file)
    if path.is_dir():  # a folder is no event file, and not a damaged one either
        raise UserError("not_an_event_file", path=str(path))
    # One command, then exit: its write is checkpointed once, after it (EventFile.close).
    event = EventFile.open(path, upgrade=upgrade, background_checkpoints=False)
    if unlock and (given_passphrase() or getattr(args, "unlock", False)):
        try:
            event.unlock(passphrase(confirm=False))
        except BaseException:
            event.close()
            raise
    return event


def passphrase(confirm: bool) -> str:
    """From the environment for scripts, else asked at a prompt. A new one (`confirm`) is
    checked before it is asked for again. The core normalises it (NFC) before deriving a key."""
    given = given_passphrase()
    if given:
        return given
    if not at_a_terminal():
        raise UserError("passphrase_needed")
    first = ask_passphrase(_("Confidentiality passphrase: "))
    if confirm:
        check_new_passphrase(first)
        if not same_passphrase(ask_passphrase(_("Repeat the passphrase: ")), first):
            raise UserError("passphrases_differ")
    return first


def given_passphrase() -> str | None:
    """The passphrase a script put in the environment, if it is text."""
    given = os.environ.get(PASSPHRASE_ENV)
    return check_given(given, PASSPHRASE_ENV) if given else None


def at_a_terminal() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def ask_passphrase(prompt: str) -> str:
    """A passphrase typed at the terminal. Ctrl-D ends the command, nothing changed; so does
    a passphrase typed on a terminal set to another encoding than UTF-8 (whatever the key
    would be derived from, it would not be what was meant)."""
    try:
        typed = getpass.getpass(prompt)
    except EOFError:
        raise UserError("passphrase_cancelled") from None
    except UnicodeDecodeError:
        raise UserError("passphrase_not_utf8") from None
    if not is_utf8(typed):
        raise UserError("passphrase_not_utf8")
    return typed


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
