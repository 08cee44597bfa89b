"""Reading the CSV files that Outlook (Swedish or English) and Google Contacts export:
encodings, delimiters, which header means which field, and a row's raw fields. Nothing here
checks or writes a contact; `state/contact_import.py` does, with what this finds.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field

from eventcenter.errors import UserError

MAX_BYTES = 20 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
GOOGLE_SEPARATOR = " ::: "  # Google joins several values of one field with this

# Field → header names (normalised: lower case, letters and digits only), best first.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "namn", "fullname", "fullständigtnamn", "displayname", "visningsnamn"),
    "first": ("firstname", "förnamn", "givenname", "fornamn"),
    "middle": ("middlename", "mellannamn", "additionalname"),
    "last": ("lastname", "efternamn", "familyname", "surname"),
    "function": ("jobtitle", "befattning", "organization1title", "organizationtitle",
                 "funktion", "function", "roll", "role"),
    "department": ("department", "avdelning", "organization1department",
                   "organizationdepartment"),
    "organisation": ("company", "företag", "organization1name", "organizationname",
                     "organisation", "organization", "företagsnamn"),
    "mobile": ("mobilephone", "mobiltelefon", "mobil", "mobile", "mobilnummer"),
    "work": ("businessphone", "telefonarbete", "arbetstelefon", "primaryphone",
             "primärtelefon", "companymainphone", "företagetsväxel", "telefon", "phone",
             "telefonnummer", "businessphone2", "telefon2arbete"),
    "other": ("homephone", "telefonhem", "hemtelefon", "otherphone", "annantelefon",
              "telefon2hem", "homephone2", "carphone", "biltelefon"),
    "rakel": ("rakel", "rakeltalgrupp", "talgrupp", "talkgroup", "rakeltalkgroup",
              "radiophone", "radiotelefon"),
    "on_duty": ("itjänst", "ontjänst", "tjänstgöring", "tjänstgöringstid", "arbetstid",
                "onduty", "hoursonduty", "dutyhours"),
}
_LABELLED = re.compile(r"^(phone|customfield|relation|website)(\d+)(label|type|value)$")
_RAKEL_LABELS = {"rakel", "talgrupp", "rakeltalgrupp", "talkgroup"}
_ON_DUTY_LABELS = {"itjänst", "tjänstgöring", "onduty", "arbetstid"}
_MOBILE_LABELS = ("mobile", "mobil", "cell")
_WORK_LABELS = ("work", "arbete", "jobb", "main")


def header_key(text: str) -> str:
    """A header as compared: case folded, letters and digits only (å ä ö kept)."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    return "".join(c for c in text if c.isalnum())


# -- reading the file -------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then UTF-8, then Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data, "utf-8-sig"), "utf-8-sig"
    if data[:4].startswith(b"PK\x03\x04") or b"\x00" in data[:2000]:
        if b"\x00" in data[:2000] and len(data) % 2 == 0 and data[1:2] == b"\x00":
            return _decode(data, "utf-16-le"), "utf-16-le"
        raise UserError("csv_unreadable", detail="not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _decode(data, "cp1252"), "cp1252"


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UserError("csv_unreadable", detail=f"{encoding}: {error.reason}") from None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most fields (outside quotes)."""
    header = text.split("\n", 1)[0]
    counts = {d: 0 for d in DELIMITERS}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def split_rows(text: str, delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UserError("csv_unreadable", detail=str(error)) from None


# -- mapping columns ------------------------------------------------------------------------

@dataclass
class Columns:
    index: dict[str, list[int]] = field(default_factory=dict)  # field → column numbers
    labelled: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)

    def used(self) -> dict[str, str]:
        found = {f: self.headers[cols[0]] for f, cols in self.index.items() if cols}
        for group, items in self.labelled.items():
            if items:
                found.setdefault(group, self.headers[next(iter(items.values()))["value"]])
        return found


def map_columns(headers: list[str]) -> Columns:
    columns = Columns(headers=headers)
    keys = [header_key(h) for h in headers]
    for name, aliases in ALIASES.items():
        ranked = sorted((aliases.index(k), i) for i, k in enumerate(keys) if k in aliases)
        columns.index[name] = [i for _rank, i in ranked]
    for i, key in enumerate(keys):
        match = _LABELLED.match(key)
        if match:
            group, number, part = match.groups()
            slot = columns.labelled.setdefault(group, {}).setdefault(number, {})
            slot["value" if part == "value" else "label"] = i
    for group in list(columns.labelled):
        columns.labelled[group] = {n: s for n, s in columns.labelled[group].items()
                                   if "value" in s}
    return columns


def detect_source(headers: list[str]) -> str:
    keys = {header_key(h) for h in headers}
    if keys & {"givenname", "phone1value", "organization1name", "organizationname",
               "phone1label"}:
        return "google"
    if keys & {"förnamn", "efternamn", "mobiltelefon", "företag", "befattning"}:
        return "outlook-sv"
    if keys & {"firstname", "lastname", "mobilephone", "jobtitle", "businessphone"}:
        return "outlook-en"
    return "plain"


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    value = row[index].split(GOOGLE_SEPARATOR)[0]
    return " ".join(value.replace("\u00a0", " ").split())


def _first(row: list[str], columns: Columns, name: str) -> str:
    for index in columns.index.get(name, ()):
        value = _cell(row, index)
        if value:
            return value
    return ""


def _labelled(row: list[str], columns: Columns, group: str) -> list[tuple[str, str]]:
    """(label, value) pairs of Google's numbered fields, in their order."""
    pairs = []
    for _number, slot in sorted(columns.labelled.get(group, {}).items(),
                                key=lambda item: int(item[0])):
        value = _cell(row, slot["value"])
        if value:
            pairs.append((header_key(_cell(row, slot.get("label"))), value))
    return pairs


def _phone(row: list[str], columns: Columns) -> str:
    labelled = _labelled(row, columns, "phone")
    for wanted in (_MOBILE_LABELS, _WORK_LABELS):
        for label, value in labelled:
            if any(word in label for word in wanted):
                return value
    for name in ("mobile", "work"):
        value = _first(row, columns, name)
        if value:
            return value
    if labelled:
        return labelled[0][1]
    return _first(row, columns, "other")


def _custom(row: list[str], columns: Columns, labels: set[str]) -> str:
    for label, value in _labelled(row, columns, "customfield"):
        if label in labels:
            return value
    return ""


def raw_fields(row: list[str], columns: Columns, defaults: dict) -> dict:
    """The fields of one row as found, before checking."""
    name = _first(row, columns, "name")
    if not name:
        name = " ".join(p for p in (_first(row, columns, "first"),
                                    _first(row, columns, "middle"),
                                    _first(row, columns, "last")) if p)
    phone = _phone(row, columns)
    if phone.lower().startswith("tel:"):
        phone = phone[4:].strip()
    return {
        "name": name,
        "function": (_first(row, columns, "function") or _first(row, columns, "department")
                     or defaults.get("function") or ""),
        "organisation": _first(row, columns, "organisation") or defaults.get("organisation")
        or "",
        "phone": phone,
        "rakel": _first(row, columns, "rakel") or _custom(row, columns, _RAKEL_LABELS),
        "on_duty": _first(row, columns, "on_duty") or _custom(row, columns, _ON_DUTY_LABELS),
    }
