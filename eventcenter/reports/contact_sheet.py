"""The contact sheet: everyone to reach, grouped by organisation, with hours on duty, phone
and RAKEL talk group; those on duty when it was printed are marked. For internal use: it
holds phone numbers (the debrief's public version leaves them out)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from eventcenter import messages
from eventcenter.event_file import EventFile
from eventcenter.integrity import fingerprint
from eventcenter.messages import _
from eventcenter.reports import when
from eventcenter.reports.blocks import para, space
from eventcenter.reports.contacts_section import contact_table
from eventcenter.reports.context import Progress, ProgressCallback, Report
from eventcenter.reports.debrief import ReportResult
from eventcenter.reports.output import output_file
from eventcenter.reports.page import Decoration, build_pdf
from eventcenter.reports.state_data import StateMaterial


def build_contact_sheet(event: EventFile, out_path: Path | str, lang: str = "sv",
                        progress: ProgressCallback | None = None) -> ReportResult:
    """Write the contact sheet of `event` to `out_path` as PDF."""
    with messages.speaking(lang), output_file(out_path) as temporary:
        report = Report(event, progress=Progress(progress, total=3))
        state = StateMaterial.load(event, public=False, now=report.generated_at)
        report.progress.advance()
        title = _("Contact sheet")
        story: list[Flowable] = [
            para(title, "subtitle"), para(event.name, "title"),
            para(_("Made {time}. For internal use: holds phone numbers.").format(
                time=when.stamp(report.generated_at)), "muted"), space(8)]
        if state.contacts:
            story.append(contact_table(report, state, mark_on_duty=True))
        else:
            story.append(para(_("No contacts were recorded.")))
        decoration = Decoration(
            event_name=event.name, report=title, version=_("for internal use"),
            confidential=False,
            generated=_("Made {time}").format(time=when.stamp(report.generated_at)),
            fingerprint=_("Fingerprint {value}").format(value=fingerprint(event).value[:16]))
        pages = build_pdf(temporary, story, decoration, title=f"{title}: {event.name}")
    report.progress.finish()
    return ReportResult(Path(out_path), pages)
