"""The `eventcenter` command: scripting, tests and rescue work without a screen.

Verb names, options and JSON keys are a public interface: scripts depend on them.
Each group of verbs lives in its own module and registers itself here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import exc

from eventcenter import messages
from eventcenter.cli import export_cmds, import_cmds, journal_cmds, state_cmds
from eventcenter.errors import UserError
from eventcenter.messages import _

GROUPS = (journal_cmds, state_cmds, export_cmds, import_cmds)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventcenter",
        description=_("Journal and working state of an event at the Uppsala service center."))
    parser.add_argument("--lang", choices=messages.LANGUAGES,
                        help=_("language of messages (default: Swedish)"))
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for group in GROUPS:
        group.register(verbs)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _preset_language(argv)
    args = build_parser().parse_args(argv)
    try:
        return args.run(args) or 0
    except UserError as error:
        print(f"eventcenter: {error}", file=sys.stderr)
        return 2
    except exc.DatabaseError as error:  # SQLite could not read the file (damaged pages)
        print(f"eventcenter: {_unreadable(args, error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `eventcenter show … | head`: the reader has had enough
        sys.stderr.close()
        return 0


def _unreadable(args: argparse.Namespace, error: exc.DatabaseError) -> UserError:
    """The words for a file SQLite could not read to the end: damaged (naming the latest
    backup), or unreadable for another reason SQLite gives."""
    from eventcenter.damage import damaged_file, is_damage

    detail = str(getattr(error, "orig", None) or error)
    path = getattr(args, "file", None) or "?"
    if is_damage(error):
        return damaged_file(Path(path), detail)
    return UserError("unreadable_file", path=str(path), detail=detail)


def _preset_language(argv: list[str]) -> None:
    """--lang applies to the help texts too, so it is read before the parser is built."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            messages.set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            messages.set_language(arg.split("=", 1)[1])


if __name__ == "__main__":
    sys.exit(main())
