"""Every value given on the command line is text before any verb sees it.

A terminal or a script set to another encoding than UTF-8 sends bytes that Python hands over
as lone surrogates; stored, searched or written to a settings file they end in a traceback.
They are refused here, where they enter, with words naming the option or argument
(`validation.check_given`). File names are the exception: on Linux a file name is any bytes,
and such a name still names its file; an empty one names none, and one the system refuses
to look at (too long, in a folder we may not enter) is said before any verb tries it.
"""

from __future__ import annotations

import argparse
import errno
import os

from eventcenter.errors import UserError
from eventcenter.messages import _
from eventcenter.validation import check_given

# Destinations that hold file or folder names; every other string is text.
PATHS = frozenset({"file", "dir", "debrief", "sitrep", "contacts", "csv", "from_event"})


def check_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Raise UserError("not_utf8", name=…) for the first value that is not text, and
    no_file_name or unusable_path for a file or folder name the system cannot use."""
    for action in _chosen_actions(parser, args):
        if not hasattr(args, action.dest):
            continue
        value = getattr(args, action.dest)
        if action.dest in PATHS:
            if value is not None:
                check_path(value, shown_name(action))
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                check_given(item, shown_name(action))


def check_path(value: str, name: str) -> None:
    """A file or folder name the system can use: not empty (that would be the current
    folder), and not one it refuses to look at (a name too long, a folder it may not enter).
    Whether it exists is for each verb to say."""
    if not value.strip():
        raise UserError("no_file_name", name=name)
    try:
        os.stat(value)
    except (FileNotFoundError, NotADirectoryError):
        pass
    except OSError as error:
        raise UserError("unusable_path", name=name, path=value,
                        detail=_unusable(error)) from None
    except UnicodeEncodeError:  # a surrogate that stands for no byte (from Windows, say)
        raise UserError("not_utf8", name=name) from None
    except ValueError:  # NUL, which no file name can hold
        raise UserError("unusable_path", name=name, path=value,
                        detail=_("no file name can hold it")) from None


def _unusable(error: OSError) -> str:
    known = {errno.ENAMETOOLONG: _("the name is too long"),
             errno.EACCES: _("no permission to look there"),
             errno.EPERM: _("no permission to look there"),
             errno.ELOOP: _("its symbolic links go round in a circle")}
    return known.get(error.errno or 0, error.strerror or str(error))


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
