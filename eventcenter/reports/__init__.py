"""Reports on paper and for spreadsheets: the debrief, the situation report, the contact
sheet (PDF, with reportlab and an embedded font) and the journal as CSV.

Nothing here imports Qt: the window calls these functions on a worker thread and passes a
`progress(done, total)` callback. May import the open file, integrity and everything below.
"""

from eventcenter.reports.contact_sheet import build_contact_sheet
from eventcenter.reports.csv_export import export_csv
from eventcenter.reports.debrief import ReportResult, build_debrief
from eventcenter.reports.sitrep import build_sitrep

__all__ = ["ReportResult", "build_contact_sheet", "build_debrief", "build_sitrep",
           "export_csv"]
