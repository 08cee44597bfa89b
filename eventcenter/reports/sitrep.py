"""The situation report (lägesbild): one A4 page, two at most, to hand over at any moment.

The state at one moment (now, or `at`): the figures, open measures with their age, pending
requests with their waiting time, units by status and place, the latest decisions and
entries. Lists are cut to what fits, saying how many more there are.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from eventcenter import messages
from eventcenter.event_file import EventFile
from eventcenter.integrity import fingerprint
from eventcenter.journal.queries import JournalFilter
from eventcenter.messages import _
from eventcenter.reports import styles, when
from eventcenter.reports.blocks import heading, para, space
from eventcenter.reports.catalogue_names import categories, status_word
from eventcenter.reports.context import Progress, ProgressCallback, Report
from eventcenter.reports.debrief import ReportResult, decoration
from eventcenter.reports.journal_data import EntryGroup
from eventcenter.reports.journal_section import cut, entry_table
from eventcenter.reports.journal_table import (
    BOLD,
    NORMAL,
    SEALED,
    SECRET,
    Line,
    LineStyle,
    Row,
    line_table,
    lines,
)
from eventcenter.reports.measures_section import measure_label
from eventcenter.reports.output import output_file
from eventcenter.reports.page import build_pdf
from eventcenter.reports.requests_section import request_party, request_text
from eventcenter.reports.state_data import StateMaterial
from eventcenter.state.fold import UNIT_STATUSES
from eventcenter.timefmt import format_duration

MAX_MEASURES, MAX_REQUESTS, MAX_DECISIONS, MAX_ENTRIES = 12, 8, 4, 6
MAX_LINES = 2  # of one text in a list


def build_sitrep(event: EventFile, out_path: Path | str, at: datetime | None = None,
                 public: bool = False, lang: str = "sv",
                 progress: ProgressCallback | None = None) -> ReportResult:
    """Write the situation report at `at` (None: now) to `out_path` as PDF.

    Confidential text as in the debrief: printed when `event` is unlocked, marked as sealed
    when it is not, left out entirely when `public`."""
    with messages.speaking(lang), output_file(out_path, private=not public) as temporary:
        report = Report(event, public, at=at, progress=Progress(progress, total=4))
        moment = at or report.generated_at
        state = StateMaterial.load(event, public, now=moment, at=at)
        report.progress.advance()
        story = sitrep_story(report, state, moment)
        report.progress.advance()
        pages = build_pdf_for(report, temporary, story)
    report.progress.finish()
    return ReportResult(Path(out_path), pages)


def build_pdf_for(report: Report, path: Path, story: list[Flowable]) -> int:
    title = _("Situation report")
    return build_pdf(path, story, decoration(report, fingerprint(report.event), title),
                     title=f"{title}: {report.event.name}")


def sitrep_story(report: Report, state: StateMaterial, moment: datetime) -> list[Flowable]:
    names = categories(report.event)
    story: list[Flowable] = [
        para(f"{_('Situation report')}: {report.event.name}", "h1"),
        para(_("The state at {time}, {date}").format(time=when.clock(moment),
                                                     date=when.long_date(moment)), "h2"),
        figures_strip(report, state, moment), space(4)]
    story += open_measures(report, state, names)
    story += pending_requests(report, state)
    story += units_by_status(state)
    story += latest(report, moment, names)
    return story


def figures_strip(report: Report, state: StateMaterial, moment: datetime) -> Table:
    open_count = sum(1 for m in state.measures if m.is_open)
    pending = sum(1 for r in state.requests if r.is_pending)
    on_site = sum(1 for u in state.units if u.status == "on-site")
    on_duty = sum(1 for u in state.units if u.on_duty_now)
    hour_ago = datetime.fromtimestamp(moment.timestamp() - 3600, tz=moment.tzinfo)
    flt = JournalFilter(since=hour_ago, until=moment,
                        confidential=False if report.public else None)
    last_hour = report.event.read.journal.count(flt)
    cells = [(str(open_count), _("open measures")), (str(pending), _("requests waiting")),
             (str(on_site), _("units on site")), (str(on_duty), _("units on duty")),
             (str(last_hour), _("entries in the last hour"))]
    data = [[para(number, "figure") for number, _label in cells],
            [para(label, "muted") for _number, label in cells]]
    table = Table(data, colWidths=[styles.FRAME_WIDTH / len(cells)] * len(cells))
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), styles.HEADER_FILL),
                               ("LINEAFTER", (0, 0), (-2, -1), 1.5, colors.white),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def short(text: str | None, style: LineStyle, width: float) -> list[Line]:
    """At most MAX_LINES lines of a text, the last ending in … if cut."""
    return cut(lines(text, style, width - 6), MAX_LINES)


def more(count: int) -> list[Flowable]:
    return [para(_("… and {count} more").format(count=count), "muted")] if count > 0 else []


MEASURE_WIDTHS = (190.0, 130.0, 60.0, 60.0, styles.FRAME_WIDTH - 440.0)


def open_measures(report: Report, state: StateMaterial, names: dict[str, str]) -> list[Flowable]:
    chosen = sorted((m for m in state.measures if m.is_open), key=lambda m: m.opened_at)
    story: list[Flowable] = [heading(_("Open measures"), 2)]
    if not chosen:
        return [*story, para(_("No open measures."), "muted")]
    rows = []
    w = MEASURE_WIDTHS
    for m in chosen[:MAX_MEASURES]:
        title = short(measure_label(report, m), SEALED if m.sealed else BOLD, w[0])
        if m.confidential:
            title.append((_("CONFIDENTIAL"), SECRET))
        where = " · ".join(v for v in (names.get(m.category or "", m.category), m.place,
                                       ", ".join(m.units)) if v)
        rows.append(Row((title, short(where, NORMAL, w[1]), short(status_word(m.status), NORMAL,
                                                                  w[2]),
                         short(format_duration(m.age_seconds), BOLD, w[3]),
                         short(format_duration(m.since_update_seconds), NORMAL, w[4]))))
    story.append(line_table([_("Measure"), _("Category · place · units"), _("Status"),
                             _("Age"), _("Since update")], rows, w))
    return story + more(len(chosen) - MAX_MEASURES)


REQUEST_WIDTHS = (100.0, 220.0, 50.0, 65.0, styles.FRAME_WIDTH - 435.0)


def pending_requests(report: Report, state: StateMaterial) -> list[Flowable]:
    chosen = [r for r in state.requests if r.is_pending]
    story: list[Flowable] = [heading(_("Requests waiting for an answer"), 2)]
    if not chosen:
        return [*story, para(_("No requests are waiting."), "muted")]
    rows, w = [], REQUEST_WIDTHS
    for r in chosen[:MAX_REQUESTS]:
        what = short(request_text(report, r), SEALED if r.text is None else NORMAL, w[1])
        if r.confidential:
            what.append((_("CONFIDENTIAL"), SECRET))
        acknowledged = when.clock(r.acknowledged_at) if r.acknowledged_at else _("no")
        rows.append(Row((short(request_party(r), NORMAL, w[0]), what,
                         [(when.clock(r.received_at), NORMAL)],
                         short(format_duration(r.waiting_seconds or 0), BOLD, w[3]),
                         short(acknowledged, NORMAL, w[4]))))
    story.append(line_table([_("From"), _("Request"), _("Received"), _("Waiting"),
                             _("Acknowledged")], rows, w))
    return story + more(len(chosen) - MAX_REQUESTS)


UNIT_WIDTHS = (90.0, styles.FRAME_WIDTH - 90.0)


def units_by_status(state: StateMaterial) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Units by status and place"), 2)]
    rows = []
    for status in UNIT_STATUSES:
        members = [u for u in state.units if u.status == status]
        if not members:
            continue
        text = ", ".join(f"{u.callsign} ({u.place})" if u.place else u.callsign
                         for u in members)
        rows.append(Row(([(f"{status_word(status)} ({len(members)})", BOLD)],
                         lines(text, NORMAL, UNIT_WIDTHS[1] - 6))))
    if not rows:
        return [*story, para(_("No units are recorded."), "muted")]
    story.append(line_table([_("Status"), _("Units (place)")], rows, UNIT_WIDTHS))
    return story


def latest(report: Report, moment: datetime, names: dict[str, str]) -> list[Flowable]:
    story: list[Flowable] = []
    confidential = False if report.public else None
    for title, kinds, limit in ((_("Latest decisions"), ("decision",), MAX_DECISIONS),
                                (_("Latest entries"), ("entry",), MAX_ENTRIES)):
        flt = JournalFilter(until=moment, kinds=kinds, confidential=confidential)
        found = list(reversed(report.event.read.journal.page(flt, limit=limit)))
        story.append(heading(title, 2))
        if not found:
            story.append(para(_("None yet."), "muted"))
            continue
        story.append(entry_table(report, [EntryGroup(e) for e in found], names,
                                 decisions_shaded=False, max_lines=MAX_LINES + 1))
    return story
