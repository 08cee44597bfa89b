"""Contacts from a CSV file: the files Outlook (Swedish or English) and Google Contacts
export, read without editing.

Reading makes a preview and writes nothing: the rows that would be added, and the rows that
would not with the reason (a `UserError` code and its parameters, so the window and the
command line say it in the user's language). `import_contacts` then writes the accepted rows
in one transaction: all of them or, if anything fails, none.

What is recognised:
- encodings: UTF-8 (with or without BOM), UTF-16 (Outlook's "Unicode" export), Windows-1252
  (Outlook's default export on Swedish Windows);
- delimiters: comma, semicolon (Excel on Swedish Windows), tab; sniffed from the header;
- headers, compared with case, spaces and punctuation ignored: Outlook's English ("First
  Name", "Mobile Phone", "Company", "Job Title", "Radio Phone" …) and Swedish ("Förnamn",
  "Mobiltelefon", "Företag", "Befattning", "Radiotelefon" …), Google's old ("Name", "Given
  Name", "Phone 1 - Value", "Organization 1 - Name", "Organization 1 - Title") and new
  ("First Name", "Organization Name", "Organization Title", "Phone 1 - Label") exports, and
  plain columns named Namn/Name, Funktion, Organisation, Telefon, RAKEL, I tjänst.

The function is the job title (or the department); the organisation the company. The RAKEL
talk group comes from a RAKEL/Talgrupp column, Outlook's radio phone field, or a Google custom
field labelled RAKEL; hours on duty from an "I tjänst"/"On duty" column or custom field. A
phone is the mobile number first, then work, then any other. Rows the directory already holds
(same name and phone) and repeats within the file are not imported again.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.state.ops import check_line, check_on_duty, check_phone, compact
from eventcenter.store.open_files import in_use
from eventcenter.store.records import Draft
from eventcenter.swedish import fold
from eventcenter.validation import check_operator

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
# The checks' codes for a missing field speak of command-line options; in a file it is a
# column that is empty.
_ROW_CODES = {"empty_name": "csv_row_no_name", "empty_function": "csv_row_no_function",
              "empty_organisation": "csv_row_no_organisation"}
_WORK_LABELS = ("work", "arbete", "jobb", "main")


def header_key(text: str) -> str:
    """A header as compared: case folded, letters and digits only (å ä ö kept)."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    return "".join(c for c in text if c.isalnum())


@dataclass(frozen=True)
class ContactRow:
    """A row that would be added; `row` is its row number in the file (the header is 1)."""

    row: int
    name: str
    function: str
    organisation: str
    phone: str | None = None
    rakel: str | None = None
    on_duty: str | None = None

    def fields(self) -> dict:
        return compact({"name": self.name, "function": self.function,
                        "organisation": self.organisation, "phone": self.phone,
                        "rakel": self.rakel, "on_duty": self.on_duty})


@dataclass(frozen=True)
class RejectedRow:
    """A row that would not be added, and why (a message code and its parameters)."""

    row: int
    name: str | None
    code: str
    params: dict = field(default_factory=dict)

    def message(self) -> str:
        """The reason in the current language."""
        return str(UserError(self.code, **self.params))


@dataclass(frozen=True)
class ImportPreview:
    """What reading a CSV file found; nothing has been written."""

    source: str  # outlook-sv, outlook-en, google, plain
    encoding: str
    delimiter: str
    columns: dict[str, str]  # field → the header it was read from
    accepted: tuple[ContactRow, ...]
    rejected: tuple[RejectedRow, ...]

    @property
    def total(self) -> int:
        return len(self.accepted) + len(self.rejected)


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


def _rows(text: str, delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UserError("csv_unreadable", detail=str(error)) from None


# -- mapping columns ------------------------------------------------------------------------

@dataclass
class _Columns:
    index: dict[str, list[int]] = field(default_factory=dict)  # field → column numbers
    labelled: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)

    def used(self) -> dict[str, str]:
        found = {f: self.headers[cols[0]] for f, cols in self.index.items() if cols}
        for group, items in self.labelled.items():
            if items:
                found.setdefault(group, self.headers[next(iter(items.values()))["value"]])
        return found


def map_columns(headers: list[str]) -> _Columns:
    columns = _Columns(headers=headers)
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


def _first(row: list[str], columns: _Columns, name: str) -> str:
    for index in columns.index.get(name, ()):
        value = _cell(row, index)
        if value:
            return value
    return ""


def _labelled(row: list[str], columns: _Columns, group: str) -> list[tuple[str, str]]:
    """(label, value) pairs of Google's numbered fields, in their order."""
    pairs = []
    for _number, slot in sorted(columns.labelled.get(group, {}).items(),
                                key=lambda item: int(item[0])):
        value = _cell(row, slot["value"])
        if value:
            pairs.append((header_key(_cell(row, slot.get("label"))), value))
    return pairs


def _phone(row: list[str], columns: _Columns) -> str:
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


def _custom(row: list[str], columns: _Columns, labels: set[str]) -> str:
    for label, value in _labelled(row, columns, "customfield"):
        if label in labels:
            return value
    return ""


def _raw(row: list[str], columns: _Columns, defaults: dict) -> dict:
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


def _checked(number: int, raw: dict) -> ContactRow:
    """The row's fields through the same checks `event.contacts.add` makes."""
    return ContactRow(number, check_line(raw["name"], "empty_name"),
                      check_line(raw["function"], "empty_function"),
                      check_line(raw["organisation"], "empty_organisation"),
                      check_phone(raw["phone"] or None),
                      check_line(raw["rakel"] or None, "empty_text", required=False),
                      check_on_duty(raw["on_duty"] or None))


def identity(name: str, phone: str | None) -> tuple[str, str]:
    """What makes two contacts the same: the folded name and the phone's digits."""
    return fold(name), "".join(c for c in phone or "" if c.isdigit())


# -- the preview and the import --------------------------------------------------------------

def read_contacts_csv(source: Path | str | bytes, *, event=None,
                      defaults: dict | None = None) -> ImportPreview:
    """Read a contacts CSV into a preview (nothing is written). With `event`, rows its
    directory already holds are rejected; `defaults` may give a `function` and an
    `organisation` for rows that have none. A file that cannot be read at all raises a
    UserError (csv_unreadable, csv_no_columns, csv_no_rows)."""
    data = _read_bytes(source)
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    rows = _rows(text, delimiter)
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise UserError("csv_no_rows")
    headers = [h.strip().lstrip("\ufeff") for h in rows[0]]
    columns = map_columns(headers)
    if not (columns.index["name"] or columns.index["first"] or columns.index["last"]):
        raise UserError("csv_no_columns", found=", ".join(h for h in headers[:8] if h))
    seen = _existing(event)
    accepted, rejected = [], []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        raw = _raw(row, columns, defaults or {})
        try:
            contact = _checked(number, raw)
        except UserError as error:
            rejected.append(RejectedRow(number, raw["name"] or None,
                                        _ROW_CODES.get(error.code, error.code),
                                        dict(error.params)))
            continue
        key = identity(contact.name, contact.phone)
        if key in seen:
            code = "duplicate_in_file" if seen[key] else "already_in_directory"
            params = {"row": seen[key], "name": contact.name} if seen[key] else \
                {"name": contact.name}
            rejected.append(RejectedRow(number, contact.name, code, params))
            continue
        seen[key] = number
        accepted.append(contact)
    if not accepted and not rejected:
        raise UserError("csv_no_rows")
    return ImportPreview(detect_source(headers), encoding, delimiter, columns.used(),
                         tuple(accepted), tuple(rejected))


def _read_bytes(source: Path | str | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        if in_use(path):  # reading it would drop SQLite's locks on it (DESIGN §4)
            raise UserError("file_in_use", path=str(path))
        try:
            if path.stat().st_size > MAX_BYTES:
                raise UserError("csv_unreadable", detail="larger than 20 MB")
            data = path.read_bytes()
        except FileNotFoundError:
            raise UserError("file_missing", path=str(path)) from None
        except OSError as error:
            raise UserError("csv_unreadable", detail=error.strerror or str(error)) from None
    if not data.strip():
        raise UserError("csv_no_rows")
    return data


def _existing(event) -> dict[tuple[str, str], int]:
    """The directory's contacts by identity (row 0: already in the directory)."""
    if event is None:
        return {}
    return {identity(c.name, c.phone): 0 for c in event.read.state.contacts()}


def import_contacts(event, rows: list[ContactRow] | tuple[ContactRow, ...],
                    operator: str | None) -> Changes:
    """Add the accepted rows of a preview as contacts, in one transaction (all or none);
    each is a `contact.added` record, like one added by hand."""
    from eventcenter.state.contacts import _normalised

    operator = check_operator(operator)
    if not rows:
        raise UserError("nothing_to_import")
    fields = [row.fields() for row in rows]

    def drafts(conn) -> list[Draft]:
        return [Draft("contact.added", compact(_normalised(conn, dict(f))), operator)
                for f in fields]

    return event.write(drafts)
