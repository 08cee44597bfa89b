"""Checks on what people type, shared by every operation that stores text.

Text is stored exactly as typed (markup characters and any Unicode included); what is refused
is what cannot be a line of a journal: nothing at all, control characters, or a wall of text,
and what is not text at all: bytes that are not UTF-8, which Python hands over as lone
surrogates ("\\udcff") when a terminal, a script or the environment sends them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from eventcenter.errors import UserError

MAX_TEXT = 10_000
MIN_PASSPHRASE = 8  # characters (in NFC) in the coordinators' confidentiality passphrase
LATE_AFTER = timedelta(minutes=10)
FUTURE_SLACK = timedelta(minutes=1)
# Unicode's control characters (category Cc) are exactly U+0000-U+001F and U+007F-U+009F;
# one regular expression finds them, instead of a look-up per character on every line logged.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # \t and \n allowed


def check_text(text: str | None, *, required: bool = True, code: str = "empty_text",
               multiline: bool = True) -> str | None:
    """The text unchanged, or a UserError saying what is wrong with it."""
    if text is None or not text.strip():
        if required:
            raise UserError(code)
        return None
    if len(text) > MAX_TEXT:
        raise UserError("text_too_long", length=len(text), limit=MAX_TEXT)
    if not is_utf8(text):
        raise UserError("not_utf8_text")
    if (_CONTROLS_BUT_LINES if multiline else _CONTROLS).search(text):
        raise UserError("control_characters")
    return text


def is_utf8(text: str) -> bool:
    """Whether the text can be stored and printed as UTF-8 (it holds no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_given(value: str, name: str) -> str:
    """A value given on the command line or in the environment, unchanged; a UserError naming
    where it came from (an option, an argument, a variable) when it is not UTF-8 text. Checked
    where a value enters, so no bytes of another encoding reach the file, a search or a key."""
    if not is_utf8(value):
        raise UserError("not_utf8", name=name)
    return value


def normal_passphrase(passphrase: str) -> str:
    """The one form of a passphrase a key is derived from: Unicode NFC. The same `å` arrives
    composed from one keyboard and decomposed (`a` + U+030A) from another, such as a Mac's;
    as bytes they differ, so without this one person's passphrase would be two."""
    return unicodedata.normalize("NFC", passphrase)


def passphrase_forms(passphrase: str) -> list[str]:
    """The forms a typed passphrase is tried in to open a key, NFC first: then exactly as
    typed, and decomposed (NFD), for files whose passphrase was set before it was
    normalised, from a keyboard that sent it decomposed. Each form is tried once."""
    forms = [normal_passphrase(passphrase), passphrase,
             unicodedata.normalize("NFD", passphrase)]
    return list(dict.fromkeys(forms))


def passphrase_problem(passphrase: str) -> str | None:
    """What is wrong with a new passphrase (an error code), or None: only spaces, or fewer
    than MIN_PASSPHRASE characters as a person counts them (in NFC)."""
    if not passphrase.strip():
        return "passphrase_blank"
    if len(normal_passphrase(passphrase)) < MIN_PASSPHRASE:
        return "passphrase_too_short"
    return None


def check_new_passphrase(passphrase: str) -> str:
    """A passphrase chosen for a new event, in NFC; a UserError saying what is wrong."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise UserError(problem, minimum=MIN_PASSPHRASE)
    return normal_passphrase(passphrase)


def same_passphrase(first: str, second: str) -> bool:
    """Whether a passphrase typed twice is one passphrase (compared in NFC)."""
    return normal_passphrase(first) == normal_passphrase(second)


def check_operator(operator: str | None) -> str:
    """An operator name: one line, not empty."""
    if operator is None or not operator.strip():
        raise UserError("empty_operator")
    return check_text(operator.strip(), code="empty_operator", multiline=False)


def check_occurred(occurred: datetime | None, now: datetime, late_reason: str | None) -> None:
    """An entry dated more than ten minutes back must say why it is late; none may lie ahead."""
    if occurred is None:
        return
    if occurred - now > FUTURE_SLACK:
        from eventcenter.timefmt import iso_local

        raise UserError("future_time", time=iso_local(occurred))
    if now - occurred > LATE_AFTER and not (late_reason and late_reason.strip()):
        raise UserError("late_without_reason", minutes=int((now - occurred).total_seconds() // 60))
