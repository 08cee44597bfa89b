"""The one message catalogue for what the core says to people (command line, reports).

Messages are written in English in the code and translated in
`eventcenter/locale/<lang>/LC_MESSAGES/eventcenter.po`. The .po file is read with Babel when
first needed, so no compiled file has to be built or committed. Swedish is the default.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel.messages.pofile import read_po

if TYPE_CHECKING:
    from eventcenter.errors import UserError

LANGUAGES = ("sv", "en")
_LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_language: str | None = None

# Error codes → English message. Parameters in braces are filled from the error.
ERRORS: dict[str, str] = {
    "unknown_template": "Unknown template '{name}'. Known templates: {known}.",
    "file_missing": "The file {path} does not exist.",
    "file_exists": "The file {path} already exists; choose another name.",
    "not_an_event_file": "{path} is not an Eventcenter event file.",
    "corrupt_file": "The event file {path} is damaged ({detail}). Open the latest backup instead.",
    "newer_version": "{path} was made by a newer version of Eventcenter (schema {found}, this "
    "version knows up to {known}). Update Eventcenter to open it.",
    "read_only": "The event file {path} cannot be written (read-only medium or no permission).",
    "empty_text": "The text is empty. Write what happened.",
    "text_too_long": "The text is {length} characters long; at most {limit} are allowed.",
    "control_characters": "The text contains control characters that cannot be saved.",
    "empty_operator": "No operator is given. Sign in, use --operator or set EVENTCENTER_OPERATOR.",
    "bad_time": "Cannot read the time '{text}'. Write HH:MM or a date and time like "
    "2027-04-30T22:15.",
    "future_time": "The time {time} lies in the future.",
    "late_without_reason": "The entry is dated {minutes} minutes back. Give the reason it is "
    "logged late (--late-reason).",
    "unknown_entry": "There is no journal entry with the id '{id}'.",
    "ambiguous_id": "The id '{id}' matches several entries; give more characters.",
    "empty_reason": "A reason is required.",
    "wrong_passphrase": "The confidentiality passphrase is wrong.",
    "passphrase_needed": "This needs the confidentiality passphrase (set "
    "EVENTCENTER_CONFIDENTIAL_PASSPHRASE or answer the prompt).",
    "passphrase_too_short": "The passphrase must be at least {minimum} characters long.",
    "passphrases_differ": "The two passphrases are not the same.",
    "unknown_unit": "Unknown unit '{name}'.{suggestions}",
    "unknown_place": "Unknown place '{name}'.{suggestions}",
    "unknown_category": "Unknown category '{name}'.{suggestions}",
    "ambiguous_reference": "'{name}' could mean {candidates}. Write the whole name.",
    "unknown_channel": "Unknown channel '{name}'. Use one of: {known}.",
    "empty_decider": "Say who made the decision (--by).",
    "duplicate_place": "There is already a place called '{name}'.",
    "bad_coordinates": "The coordinates {lat}, {lon} are not a place on Earth.",
    "backup_failed": "The backup to {path} failed: {detail}.",
    "disk_error": "The event file could not be written: {detail}.",
    "unknown_list": "Cannot show '{name}'. Choose one of: {known}.",
}

# Problems `verify` reports → English message.
PROBLEMS: dict[str, str] = {
    "integrity": "SQLite's integrity check: {detail}",
    "chain_gap": "Records of laptop {device} are missing from number {seq}.",
    "chain_broken": "The hash chain of laptop {device} is broken at record {seq}.",
    "record_altered": "Record {seq} of laptop {device} (id {id}) has been altered.",
    "projection_differs": "The table {table} differs from a rebuild from the records.",
}

SUGGESTION = " Did you mean: {names}?"


@cache
def _catalog(language: str) -> dict[str, str]:
    po = _LOCALE_DIR / language / "LC_MESSAGES" / "eventcenter.po"
    if not po.exists():
        return {}
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}


def language() -> str:
    """The language people are spoken to in: set explicitly, from EVENTCENTER_LANG, or Swedish."""
    if _language:
        return _language
    env = os.environ.get("EVENTCENTER_LANG", "").strip().lower()[:2]
    return env if env in LANGUAGES else "sv"


def set_language(code: str | None) -> None:
    global _language
    _language = code if code in LANGUAGES else None


def gettext(message: str) -> str:
    """Translate one English message into the current language."""
    if language() == "en":
        return message
    return _catalog(language()).get(message, message)


_ = gettext


def describe_problem(code: str, params: dict) -> str:
    return _(PROBLEMS.get(code, code)).format(**params)


def describe(error: UserError) -> str:
    """The sentence for a user error, in the current language."""
    template = ERRORS.get(error.code, error.code)
    params = dict(error.params)
    if "suggestions" in params and not isinstance(params["suggestions"], str):
        names = params["suggestions"]
        params["suggestions"] = _(SUGGESTION).format(names=", ".join(names)) if names else ""
    if "candidates" in params and not isinstance(params["candidates"], str):
        params["candidates"] = ", ".join(params["candidates"])
    try:
        return _(template).format(**params)
    except (KeyError, IndexError):
        return _(template)
