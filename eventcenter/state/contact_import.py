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

from dataclasses import dataclass, field
from pathlib import Path

from eventcenter.changes import Changes
from eventcenter.errors import UserError
from eventcenter.kinds import Kind
from eventcenter.state.contact_csv import (
    MAX_BYTES,
    decode,
    detect_source,
    map_columns,
    raw_fields,
    sniff_delimiter,
    split_rows,
)
from eventcenter.state.ops import check_line, check_on_duty, check_phone, compact
from eventcenter.store.open_files import in_use
from eventcenter.store.records import Draft
from eventcenter.swedish import fold
from eventcenter.validation import check_operator


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


# The checks' codes for a missing field speak of command-line options; in a file it is a
# column that is empty.
_ROW_CODES = {"empty_name": "csv_row_no_name", "empty_function": "csv_row_no_function",
              "empty_organisation": "csv_row_no_organisation"}


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
    rows = split_rows(text, delimiter)
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise UserError("csv_no_rows")
    headers = [h.strip().lstrip("\ufeff") for h in rows[0]]
    columns = map_columns(headers)
    if not (columns.index["name"] or columns.index["first"] or columns.index["last"]):
        raise UserError("csv_no_columns", found=", ".join(h for h in headers[:8] if h))
    accepted, rejected = _sorted_rows(rows[1:], columns, defaults or {}, _existing(event))
    if not accepted and not rejected:
        raise UserError("csv_no_rows")
    return ImportPreview(detect_source(headers), encoding, delimiter, columns.used(),
                         tuple(accepted), tuple(rejected))


def _sorted_rows(rows: list[list[str]], columns, defaults: dict,
                 seen: dict[tuple[str, str], int]) -> tuple[list[ContactRow], list[RejectedRow]]:
    """The data rows (the header is row 1) sorted into those that would be added and those
    that would not; `seen` holds what the directory has (row 0) and grows with the file's."""
    accepted, rejected = [], []
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        raw = raw_fields(row, columns, defaults)
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
    return accepted, rejected


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
    from eventcenter.state.contacts import normalised

    operator = check_operator(operator)
    if not rows:
        raise UserError("nothing_to_import")
    fields = [row.fields() for row in rows]

    def drafts(conn) -> list[Draft]:
        return [Draft(Kind.CONTACT_ADDED, compact(normalised(conn, dict(f))), operator)
                for f in fields]

    return event.write(drafts)
