"""The debrief: the whole night on paper, for the evaluation meeting and the public record.

`build_debrief` is called by the command line and, on a worker thread, by the window; it
never touches Qt. It reads through the same read APIs the window uses, lays the report out
with reportlab and writes the PDF all at once (see `output.output_file`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from eventcenter import messages
from eventcenter.event_file import EventFile
from eventcenter.integrity import Fingerprint, fingerprint
from eventcenter.messages import _
from eventcenter.reports import catalogue_names, when
from eventcenter.reports.contacts_section import contacts_section
from eventcenter.reports.context import Progress, ProgressCallback, Report
from eventcenter.reports.cover import cover
from eventcenter.reports.decisions import decisions
from eventcenter.reports.figures import JournalFigures
from eventcenter.reports.journal_data import EntryGroup, count_confidential, group, load_entries
from eventcenter.reports.journal_section import journal_section
from eventcenter.reports.measures_section import measures_section
from eventcenter.reports.output import output_file
from eventcenter.reports.page import Decoration, build_pdf
from eventcenter.reports.requests_section import requests_section
from eventcenter.reports.state_data import StateMaterial
from eventcenter.reports.summary import summary
from eventcenter.reports.units_section import units_section

FIXED_UNITS = 10  # loading, the cover, the summary and the small sections


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int


@dataclass
class Material:
    """Everything read from the event for one debrief."""

    print_: Fingerprint
    groups: list[EntryGroup]
    figures: JournalFigures
    categories: dict[str, str]
    state: StateMaterial

    @classmethod
    def load(cls, report: Report) -> Material:
        event = report.event
        for _attempt in range(3):  # during the event others write: read until it holds still
            print_ = fingerprint(event)
            entries = load_entries(event, report.public)
            withheld = count_confidential(event) if report.public else 0
            state = StateMaterial.load(event, report.public, report.generated_at)
            if fingerprint(event).heads == print_.heads:
                break
        figures = JournalFigures.of(entries, withheld)
        return cls(print_, group(entries), figures, catalogue_names.categories(event), state)

    def window(self) -> tuple[int, int] | None:
        """From the first to the last moment anything was logged or done."""
        spans = [s for s in (self.state.span(), (self.figures.first, self.figures.last))
                 if s is not None and s[0] is not None]
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)


def build_debrief(event: EventFile, out_path: Path | str, public: bool = False,
                  lang: str = "sv", progress: ProgressCallback | None = None) -> ReportResult:
    """Write the debrief of `event` to `out_path` as PDF.

    public: leave out every confidential entry and detail, phone numbers and talk groups;
    needs no passphrase. The full version prints confidential text if `event` is unlocked
    (`event.unlock(passphrase)`); if it is not, confidential entries are listed, marked
    as sealed, without their text. lang: "sv" or "en". progress(done, total) is called from
    this thread as the work goes on; raise from it to cancel (nothing is written then).
    Raises UserError("export_unwritable") before any work if `out_path` cannot be written.
    """
    with messages.speaking(lang), output_file(out_path, private=not public) as temporary:
        report = Report(event, public)
        material = Material.load(report)
        groups = len(material.groups)
        decided = material.figures.decisions
        report.progress = Progress(progress, total=FIXED_UNITS + 2 * (groups + decided))
        report.progress.advance(2)
        story = debrief_story(report, material)
        pages = build_pdf(temporary, story, decoration(report, material.print_, _("Debrief")),
                          title=f"{_('Debrief')}: {event.name}")
    report.progress.finish()
    return ReportResult(Path(out_path), pages)


def debrief_story(report: Report, m: Material) -> list[Flowable]:
    """Cover, summary, measures, decisions, requests, units, journal, contacts."""
    story = cover(report, m.figures, m.print_, _("Debrief"))
    story += summary(report, m.figures, m.categories, m.state)
    report.progress.advance(2)
    story += [PageBreak(), *measures_section(report, m.state, m.categories, m.window())]
    story += [PageBreak(), *decisions(report, m.groups, m.categories)]
    story += [PageBreak(), *requests_section(report, m.state)]
    story += [PageBreak(), *units_section(report, m.state)]
    report.progress.advance(2)
    story += [PageBreak(), *journal_section(report, m.groups, m.categories,
                                            m.figures.withheld)]
    story += [PageBreak(), *contacts_section(report, m.state)]
    return story


def decoration(report: Report, print_: Fingerprint, title: str) -> Decoration:
    return Decoration(
        event_name=report.event.name, report=title, version=report.version(),
        confidential=not report.public,
        generated=_("Made {time}").format(time=when.stamp(report.generated_at)),
        fingerprint=_("Fingerprint {value}").format(value=print_.value[:16]))
