"""The journal as a spreadsheet: CSV that Swedish Excel opens as it is, å ä ö intact.

UTF-8 with a byte-order mark (so Excel knows the encoding), semicolons between fields (the
list separator of Swedish Excel, where the comma is the decimal sign), one row per entry in
time order. A cell that Excel would read as a formula (starting with = + - @) gets a leading
apostrophe, so a typed `=HYPERLINK(…)` stays text. The public version leaves out every
confidential entry and shows no phone numbers; entries are read in pages, so any size fits.
"""

from __future__ import annotations

import csv
from pathlib import Path

from eventcenter import messages
from eventcenter.event_file import EventFile
from eventcenter.journal.queries import JournalEntry, JournalFilter
from eventcenter.messages import _
from eventcenter.reports.catalogue_names import categories
from eventcenter.reports.context import Progress, ProgressCallback, Report
from eventcenter.reports.journal_section import unreadable_entry
from eventcenter.reports.output import output_file, unwritable
from eventcenter.timefmt import iso_local

PAGE = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def columns() -> list[tuple[str, str]]:
    """(field, header) in the order of the columns."""
    return [("occurred_at", _("Time")), ("kind", _("Kind")), ("operator", _("Operator")),
            ("category", _("Category")), ("place", _("Place")), ("unit", _("Unit")),
            ("channel", _("Channel")), ("reporter", _("Reported by")), ("text", _("Text")),
            ("confidential", _("Confidential")), ("decided_by", _("Decided by")),
            ("mandate", _("Mandate")), ("basis", _("Basis")), ("reason", _("Reason")),
            ("affected", _("Affected")), ("corrects", _("Corrects entry")),
            ("corrected_by", _("Corrected by")), ("correction_reason", _("Reason for correction")),
            ("late_reason", _("Reason logged late")), ("recorded_at", _("Logged at")),
            ("device_name", _("Laptop")), ("id", _("Id"))]


def export_csv(event: EventFile, out_path: Path | str, public: bool = False, lang: str = "sv",
               progress: ProgressCallback | None = None) -> int:
    """Write the journal to `out_path` as CSV; returns the number of entries written."""
    with messages.speaking(lang), output_file(out_path, private=not public) as temporary:
        report = Report(event, public)
        flt = JournalFilter(newest_first=False, confidential=False if public else None)
        total = event.read.journal.count(flt)
        report.progress = Progress(progress, total=max(total, 1))
        names = categories(event)
        fields = columns()
        try:
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
                writer.writerow([header for _f, header in fields])
                for offset in range(0, total, PAGE):
                    for entry in event.read.journal.page(flt, offset=offset, limit=PAGE):
                        writer.writerow(row(report, entry, fields, names))
                    report.progress.advance(PAGE)
        except OSError as error:
            raise unwritable(Path(out_path), error) from None
    report.progress.finish()
    return total


def row(report: Report, entry: JournalEntry, fields: list[tuple[str, str]],
        names: dict[str, str]) -> list[str]:
    values = []
    for field, _header in fields:
        values.append(safe(value(report, entry, field, names)))
    return values


def value(report: Report, entry: JournalEntry, field: str, names: dict[str, str]) -> str:
    raw = getattr(entry, field)
    if field in ("occurred_at", "recorded_at"):
        return iso_local(raw)
    if field == "kind":
        return {"entry": _("entry"), "decision": _("decision"),
                "correction": _("correction")}.get(raw, raw)
    if field == "category":
        return names.get(raw or "", raw or "")
    if field == "confidential":
        return _("yes") if raw else ""
    if field == "corrected_by":
        return ", ".join(raw)
    if field == "text" and entry.unreadable:
        return unreadable_entry()
    if field == "text" and entry.sealed:
        return _("Confidential entry: its text needs the passphrase.")
    if isinstance(raw, str):
        return report.clean(raw) or ""
    return "" if raw is None else str(raw)


def safe(cell: str) -> str:
    """Text Excel will not run as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell
