"""The `eventcenter` command: scripting, tests and rescue work without a screen.

Verb names, options and JSON keys are a public interface: scripts depend on them.
Each group of verbs lives in its own module and registers itself here. May import every
other part of the core, but setting up the parser imports no verb's work: a verb's module
imports at its top only what its options need (words, names of choices), and its `run`
imports the rest (the open file, the queries, the reports) when it runs, so that a plain
`log` loads no reportlab, Babel, Alembic or `cryptography` (`tests/cli/test_cli_imports.py`).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from eventcenter import messages
from eventcenter.cli import export_cmds, import_cmds, journal_cmds, output, state_cmds
from eventcenter.cli.arguments import check_arguments
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
    with output.guarded():
        try:
            return _run(argv)
        except UserError as error:
            output.say(f"eventcenter: {error}")
            return 2
        except output.OutputFailed as failed:  # a verb that only reads: nothing was saved
            output.drop()
            output.say(f"eventcenter: {UserError('output_failed', detail=failed.reason)}")
            return 2
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:  # `eventcenter show … | head`: the reader has had enough
            output.drop()
            return 0


def _run(argv: list[str]) -> int:
    """Parse, check every value given, run the verb, and see its output written."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit:  # --help, or a usage error: argparse has printed what it has to say
        output.flush()
        raise
    check_arguments(parser, args)
    try:
        code = args.run(args) or 0
    except _database_errors() as error:
        raise _damage(error, args) from error
    output.flush()
    return code


def _database_errors() -> tuple[type[Exception], ...]:
    """SQLite's refusals, as the driver raises them and, when a verb used SQLAlchemy, as
    SQLAlchemy wraps them. SQLAlchemy is not imported for this: an error of its own can only
    come from a verb that has loaded it."""
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is None:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, sqlalchemy_errors.DatabaseError)


def _damage(error: Exception, args: argparse.Namespace) -> UserError:
    """A safety net under the event file's own words: SQLite finding the file damaged
    (SQLITE_CORRUPT, SQLITE_NOTADB) in a read that escaped them is said as damage, naming
    the file and its latest backup; any other refusal of SQLite's with SQLite's reason."""
    from eventcenter.damage import damaged_file, detail, is_damage

    path = Path(getattr(args, "from_event", None) or getattr(args, "file", None) or "?")
    if is_damage(error):
        return damaged_file(path, detail(error))
    return UserError("unreadable_file", path=str(path), detail=detail(error))


def _preset_language(argv: list[str]) -> None:
    """--lang applies to the help texts too, so it is read before the parser is built."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            messages.set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            messages.set_language(arg.split("=", 1)[1])


if __name__ == "__main__":
    sys.exit(main())
