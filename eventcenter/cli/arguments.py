"""Every value given on the command line is text before any verb sees it.

A terminal or a script set to another encoding than UTF-8 sends bytes that Python hands over
as lone surrogates; stored, searched or written to a settings file they end in a traceback.
They are refused here, where they enter, with words naming the option or argument
(`validation.check_given`). File names are the exception: on Linux a file name is any bytes,
and such a name still names its file; an empty one names none.
"""

from __future__ import annotations

import argparse

from eventcenter.errors import UserError
from eventcenter.validation import check_given

# Destinations that hold file or folder names; every other string is text.
PATHS = frozenset({"file", "dir", "debrief", "sitrep", "contacts", "csv", "from_event"})


def check_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Raise UserError("not_utf8", name=…) for the first value that is not text, and
    UserError("no_file_name", name=…) for an empty file or folder name."""
    for action in _chosen_actions(parser, args):
        if not hasattr(args, action.dest):
            continue
        value = getattr(args, action.dest)
        if action.dest in PATHS:
            if value is not None and not value.strip():  # not the current folder
                raise UserError("no_file_name", name=shown_name(action))
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                check_given(item, shown_name(action))


def shown_name(action: argparse.Action) -> str:
    """The name a person typed or saw in the usage line: --place, NAME."""
    if action.option_strings:
        return max(action.option_strings, key=len)
    metavar = action.metavar if isinstance(action.metavar, str) else None
    return metavar or action.dest.upper()


def _chosen_actions(parser: argparse.ArgumentParser,
                    args: argparse.Namespace) -> list[argparse.Action]:
    """The actions of the parser and of each sub-verb chosen in `args`, in order."""
    found: list[argparse.Action] = []
    while parser is not None:
        found += parser._actions
        chosen = None
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = action.choices.get(getattr(args, action.dest, None) or "")
        parser = chosen
    return found
