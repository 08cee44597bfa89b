"""The one message catalogue for what the core says to people (command line, reports).

Messages are written in English in the code and translated in
`eventcenter/locale/<lang>/LC_MESSAGES/eventcenter.po`. What the program reads is the compiled
`eventcenter.mo` beside it, committed as the window's `.qm` is: reading it takes a fraction of
a millisecond, where parsing the `.po` with Babel took some 40 ms at every start of the
command line. After changing a `.po`, rebuild it with `python -m eventcenter.messages`
(Babel, at development time only); `tests/core/test_messages.py` fails while the compiled file
says anything else than its `.po`. Swedish is the default.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

LANGUAGES = ("sv", "en")
_LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_language: str | None = None
# A language for one piece of work (a report in English on a worker thread) that leaves the
# rest of the program, and other threads, in theirs.
_speaking: ContextVar[str | None] = ContextVar("eventcenter_language", default=None)

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
    "empty_reason": "A reason is required.",
    "wrong_passphrase": "The confidentiality passphrase is wrong.",
    "passphrase_needed": "This needs the confidentiality passphrase (set "
    "EVENTCENTER_CONFIDENTIAL_PASSPHRASE or answer the prompt).",
    "passphrase_too_short": "The passphrase must be at least {minimum} characters long.",
    "passphrase_blank": "The passphrase is only spaces. Choose four or more words.",
    "already_confidential": "The entry '{id}' is confidential already; nothing was changed.",
    "not_marked_confidential": "The entry '{id}' is not marked confidential afterwards, so "
    "there is no mark to lift (an entry logged as confidential stays so); nothing was changed.",
    "may_not_mark_confidential": "Only a coordinator may mark an entry confidential or lift "
    "the mark; this laptop is signed in as {role} (eventcenter signin NAME --role "
    "coordinator). Nothing was changed.",
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
    "cannot_undo": "Your last action cannot be undone here; correct it instead.",
    "undo_unreadable": "The text to restore cannot be opened (damaged, or sealed to another "
    "key); correct the entry instead.",
    "unknown_list": "Cannot show '{name}'. Choose one of: {known}.",
    "export_unwritable": "Cannot write {path}: {detail}. Choose another folder or file name.",
    # The working state: measures, requests, units, contacts, places.
    "unknown_measure": "There is no measure with the id '{id}'.",
    "unknown_request": "There is no request with the id '{id}'.",
    "unknown_contact": "There is no contact with the id '{id}'.",
    "unknown_object": "No measure, request, contact, unit, place or journal entry is called "
    "'{id}'.",
    "ambiguous_prefix": "The id '{id}' matches more than one; give more characters.",
    "unknown_status": "Unknown status '{name}'. Use one of: {known}.",
    "same_status": "The measure is already {current}.",
    "bad_transition": "A measure cannot go from {current} to {wanted}.",
    "reopen_needed": "The measure is {current}. Reopen it with a reason (measure reopen … "
    "--reason) to make it ongoing again.",
    "not_closed": "Only a measure that is done or cancelled can be reopened; this one is "
    "{current}.",
    "reopen_reason_needed": "Reopening a measure needs a reason (--reason).",
    "empty_title": "The measure needs a title.",
    "bad_priority": "The priority is 1, 2 or 3, not '{value}'.",
    "two_sources": "A measure is opened from a journal entry or from a request, not both.",
    "already_assigned": "{unit} is already assigned to this measure.",
    "not_assigned": "{unit} is not assigned to this measure.",
    "nothing_to_change": "Nothing to change: give at least one of the options.",
    "unknown_measure_type": "Unknown measure type '{name}'.{suggestions}",
    "unknown_organisation": "Unknown organisation '{name}'.{suggestions}",
    "unknown_unit_type": "Unknown unit type '{name}'.{suggestions}",
    "empty_party": "Say who the request comes from (--from).",
    "already_acknowledged": "The request was already acknowledged at {time} by {by}.",
    "already_answered": "The request has already been {status}.",
    "request_closed": "The request is closed.",
    "duplicate_callsign": "There is already a unit with the call sign '{name}'.",
    "bad_callsign": "A call sign is one word of at most {limit} characters, like TV3; "
    "'{name}' is not.",
    "bad_size": "The head count is a whole number from 1 to 999, not '{value}'.",
    "bad_on_duty": "Cannot read the hours on duty '{text}'. Write HH:MM-HH:MM, like "
    "18:00-02:00.",
    "empty_name": "The name is empty.",
    "empty_function": "Say what the contact does (--function).",
    "empty_organisation": "Say which organisation (--org).",
    "bad_phone": "'{text}' is not a phone number.",
    "unknown_place_kind": "Unknown kind of place '{name}'. Use one of: {known}.",
    "coordinates_incomplete": "Give both the latitude and the longitude (--lat and --lon).",
    # Contacts from CSV files, and undo of the working state.
    "csv_unreadable": "The file cannot be read as a CSV file ({detail}). Export the contacts "
    "again from Outlook or Google Contacts as CSV.",
    "csv_no_columns": "No column with a name was found (the file has: {found}). Export the "
    "contacts from Outlook or Google Contacts as CSV, or name a column Namn.",
    "csv_no_rows": "The file holds no contacts.",
    "csv_row_no_name": "The row has no name.",
    "csv_row_no_function": "The row has no job title (function). Give a function for rows "
    "without one and read the file again.",
    "csv_row_no_organisation": "The row has no company (organisation). Give an organisation "
    "for rows without one and read the file again.",
    "duplicate_in_file": "{name} is already in the file (row {row}).",
    "already_in_directory": "{name} is already in the contact directory.",
    "nothing_to_import": "There is nothing to import: every row was rejected.",
    "undo_overtaken": "Your last action has been changed since (by you or someone else); "
    "change it back by hand instead.",
    # A damaged file, another event's WAL, a file in use (issue 9). {backup} is made from
    # the error's `latest_backup` (a path or None) by `describe`.
    "file_damaged": "The event file {path} is damaged (SQLite says: {detail}); nothing more "
    "is written to it.{backup}",
    "foreign_wal": "The file {wal} beside {path} holds lines of another event ({other}), not "
    "of this one. The event was not opened and neither file was changed: move {wal} to "
    "another folder (keep it, it belongs to the other event) and open the event again."
    "{backup}",
    "file_in_use": "{path} is the open event file or a part of it; choose another file.",
    # Ids given by a prefix (eventcenter/ids.py).
    "bad_id": "'{id}' is not an id. Give the id as printed, or at least its first {minimum} "
    "characters: digits 0-9 and letters a-f only.",
    # Damage found by reading (verify, fingerprint).
    "unreadable_file": "The event file {path} cannot be read ({detail}).",
    "bad_record_hash": "The event file {path} is damaged: the hash of record {id} is not a "
    "hash. Run eventcenter verify to see what else is wrong.{backup}",
    "scratch_failed": "The file could not be copied for checking ({detail}). Make room in "
    "{folder} and try again; the event file is unchanged.",
    # What is not text, times the calendar cannot hold, folders, prompts and output.
    "not_utf8": "The value of {name} is not valid text: it holds bytes that are not UTF-8. "
    "Set the terminal (or the script) to UTF-8 and give it again.",
    "not_utf8_text": "The text holds bytes that are not UTF-8 and cannot be saved.",
    "time_out_of_range": "The time '{text}' lies outside the years Eventcenter can work with "
    "(2 to 9998).",
    "folder_missing": "The folder {path} does not exist. Create it first or choose another "
    "folder.",
    "passphrase_cancelled": "No passphrase was given (the input ended); nothing was changed.",
    "passphrase_not_utf8": "The passphrase typed holds bytes that are not UTF-8. Set the "
    "terminal to UTF-8 and try again.",
    "output_failed": "The output could not be written ({detail}).",
    "no_file_name": "No file or folder name is given for {name}.",
    "unusable_path": "Cannot use {path} (given for {name}): {detail}.",
    # The event's identity (issue 11): meta is a cache of the identity records.
    "identity_mismatch": "The event file {path} does not give the event the same {field} in "
    "its meta table as in its records: it has been changed outside Eventcenter. Nothing was "
    "saved, and nothing can be saved in it. Run eventcenter verify on it and open the latest "
    "backup instead.{backup}",
}

# Problems `verify` reports → English message.
PROBLEMS: dict[str, str] = {
    "integrity": "SQLite's integrity check: {detail}",
    "chain_gap": "Records of laptop {device} are missing from number {seq}.",
    "chain_broken": "The hash chain of laptop {device} is broken at record {seq}.",
    "record_altered": "Record {seq} of laptop {device} (id {id}) has been altered.",
    "projection_differs": "The table {table} differs from a rebuild from the records.",
    "rebuild_failed": "The records cannot be replayed into the tables ({detail}).",
    # Issue 9: damage reported, never a crash; the append-only guards; the search index.
    "unreadable": "Part of the file cannot be read ({detail}).",
    "check_failed": "A check could not be finished ({detail}).",
    "record_unreadable": "Record {seq} of laptop {device} (id {id}) cannot be read: {detail}.",
    "trigger_missing": "The guard {name} is missing: records can be changed or deleted "
    "without SQLite refusing it.",
    "trigger_altered": "The guard {name} has been altered: it no longer refuses every change "
    "to the records.",
    "index_absent": "The search index is missing.",
    "index_damaged": "The search index is damaged ({detail}).",
    "index_missing": "Entry {id} is missing from the search index.",
    "index_extra": "The search index holds words of entry {id} that a rebuild does not put "
    "there.",
    "index_stray": "The search index holds words under row {row}, which is no journal entry.",
    "index_differs": "The search index holds other words for entry {id} than the journal.",
    "index_more": "The search index differs for {count} more entries.",
    # Issue 11: the event's identity is in its records; every chain starts from its id.
    "identity_mismatch": "The meta table does not give the event the same {field} as its "
    "records: the file has been changed outside Eventcenter.",
    "identity_missing": "No record says which event this is (its id and keys).",
    "identity_clash": "Record {seq} of laptop {device} does not give the event the same "
    "{field} as its first record.",
    "chain_other_event": "Record {id}, the first of laptop {device}, belongs to another "
    "event: its chain does not start from this event's id.",
    # Issue 11: a sealed field that cannot be opened (damaged, or sealed to another key).
    "sealed_unreadable": "{subject} {id}: sealed text cannot be opened ({fields}); it is "
    "damaged or sealed to another key (record {record}).",
}

# The event's identity, as `identity_mismatch` and `identity_clash` name what differs.
IDENTITY_FIELDS: dict[str, str] = {
    "event_id": "id",
    "name": "name",
    "template": "template",
    "date": "date",
    "exercise": "exercise mark",
    "stale_measure_minutes": "number of minutes before a measure counts as not updated",
    "unacknowledged_request_minutes": "number of minutes before a request counts as not "
    "acknowledged",
    "unanswered_request_minutes": "number of minutes before a request counts as not answered",
    "public_key": "public key",
    "wrapped_private_key": "passphrase-protected private key",
}
# What a problem's `subject` names, as the sentence's first word.
SUBJECTS = {"entry": "The journal entry", "decision": "The decision", "measure": "The measure",
            "request": "The request"}

SUGGESTION = " Did you mean: {names}?"


@cache
def _catalog(language: str) -> dict[str, str]:
    mo = catalogue_path(language, ".mo")
    return read_mo(mo.read_bytes()) if mo.exists() else {}


def catalogue_path(language: str, suffix: str) -> Path:
    """The `.po` (what people edit) or `.mo` (what the program reads) of a language."""
    return _LOCALE_DIR / language / "LC_MESSAGES" / f"eventcenter{suffix}"


def read_mo(data: bytes) -> dict[str, str]:
    """The messages of a compiled GNU catalogue (.mo, UTF-8), English → translation; the
    header (the empty message) left out."""
    order = "<" if data[:4] == b"\xde\x12\x04\x95" else ">"
    count, originals, translations = struct.unpack_from(order + "3I", data, 8)
    found = {}
    for i in range(count):
        length, start = struct.unpack_from(order + "2I", data, originals + 8 * i)
        t_length, t_start = struct.unpack_from(order + "2I", data, translations + 8 * i)
        message = data[start:start + length].decode("utf-8")
        if message:
            found[message] = data[t_start:t_start + t_length].decode("utf-8")
    return found


def compile_catalogue(po: Path) -> bytes:
    """A `.po` (in `<lang>/LC_MESSAGES/`) compiled as `.mo` bytes, fuzzy and untranslated
    messages left out (with Babel: for developers and the tests, never at run time)."""
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        catalog = read_po(handle, locale=po.parent.parent.name)
    out = BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def language() -> str:
    """The language people are spoken to in: set explicitly, from EVENTCENTER_LANG, or Swedish."""
    if _speaking.get():
        return _speaking.get()
    if _language:
        return _language
    env = os.environ.get("EVENTCENTER_LANG", "").strip().lower()[:2]
    return env if env in LANGUAGES else "sv"


def set_language(code: str | None) -> None:
    global _language
    _language = code if code in LANGUAGES else None


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Speak `code` ("sv", "en") inside the block, in this thread only."""
    token = _speaking.set(code if code in LANGUAGES else None)
    try:
        yield
    finally:
        _speaking.reset(token)


def gettext(message: str) -> str:
    """Translate one English message into the current language."""
    if language() == "en":
        return message
    return _catalog(language()).get(message, message)


_ = gettext


def describe_problem(code: str, params: dict) -> str:
    if "subject" in params:
        params = {**params, "subject": _(SUBJECTS.get(params["subject"], params["subject"]))}
    return _(PROBLEMS.get(code, code)).format(**_with_field(params))


def _with_field(params: dict) -> dict:
    """An identity key (`key`) named in words as `field`."""
    if "key" not in params:
        return params
    key = params["key"]
    return {**params, "field": _(IDENTITY_FIELDS[key]) if key in IDENTITY_FIELDS else key}


def backup_note(latest: str | None) -> str:
    """The sentence that ends the words about a damaged file: where its latest backup is."""
    if latest is None:
        return _(" No backup of it was found.")
    return _(" The latest backup is {backup}.").format(backup=latest)


def describe(code: str, params: Mapping[str, object]) -> str:
    """The sentence for a user error's code and parameters, in the current language."""
    template = ERRORS.get(code, code)
    params = _with_field(dict(params))
    if "suggestions" in params and not isinstance(params["suggestions"], str):
        names = params["suggestions"]
        params["suggestions"] = _(SUGGESTION).format(names=", ".join(names)) if names else ""
    if "latest_backup" in params:
        params["backup"] = backup_note(params["latest_backup"])
    if "candidates" in params and not isinstance(params["candidates"], str):
        params["candidates"] = ", ".join(params["candidates"])
    try:
        return _(template).format(**params)
    except (KeyError, IndexError):
        return _(template)


def compile_all() -> list[Path]:
    """Rebuild the `.mo` of every `.po` (`python -m eventcenter.messages`); the paths written."""
    written = []
    for po in sorted(_LOCALE_DIR.glob("*/LC_MESSAGES/eventcenter.po")):
        mo = po.with_suffix(".mo")
        mo.write_bytes(compile_catalogue(po))
        written.append(mo)
    return written


if __name__ == "__main__":
    for written in compile_all():
        print(written)
