"""Requests from other parties (mostly the police's inner command staff): received,
acknowledged, answered or declined, closed, and the response times.

In the public version a confidential request is left out; only their number is printed.
"""

from __future__ import annotations

from statistics import median

from reportlab.platypus import Flowable

from eventcenter.messages import _
from eventcenter.reports import styles, when
from eventcenter.reports.blocks import heading, para
from eventcenter.reports.catalogue_names import status_word
from eventcenter.reports.context import Report
from eventcenter.reports.journal_table import (
    BOLD,
    ITALIC,
    MUTED,
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
from eventcenter.reports.state_data import StateMaterial
from eventcenter.state.model import Measure, Request
from eventcenter.timefmt import format_duration

WIDTHS = (44.0, 80.0, 162.0, 52.0, 58.0, 58.0, styles.FRAME_WIDTH - 454.0)


def cell(text: str | None, style: LineStyle, column: int) -> list[Line]:
    return lines(text, style, WIDTHS[column] - 6)


def duration(seconds: int | None) -> str:
    return "–" if seconds is None else format_duration(seconds)


def response_figures(requests: list[Request]) -> list[tuple[str, str]]:
    """Median and longest times to acknowledge and to respond."""
    rows = []
    for label, values in ((_("Time to acknowledge"), [r.acknowledge_seconds for r in requests]),
                          (_("Time to answer or decline"),
                           [r.response_seconds for r in requests])):
        known = [v for v in values if v is not None]
        if known:
            rows.append((label, _("median {median}, longest {longest}").format(
                median=format_duration(median(known)), longest=format_duration(max(known)))))
    return rows


def requests_section(report: Report, state: StateMaterial) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Requests"))]
    if state.hidden_requests:
        story.append(para(_("Confidential requests left out of this public version: "
                            "{count}.").format(count=state.hidden_requests), "muted"))
    if not state.requests:
        story.append(para(_("No requests were received.")))
        return story
    by_id = {m.id: m for m in state.measures}
    rows = [request_row(report, r, by_id) for r in state.requests]
    story.append(line_table([_("Received"), _("From · taken by"), _("Request"),
                             _("Acknowl."), _("Answered"), _("Closed"), _("Response time")],
                            rows, WIDTHS))
    return story


def _moment(moment: int | None, since: int) -> list[Line]:
    if moment is None:
        return []
    return [(when.clock(moment), NORMAL), (f"+{format_duration((moment - since) / 1e6)}",
                                           MUTED)]


def request_party(r: Request) -> str:
    """Who the request is from, or that it is sealed or cannot be opened."""
    if "from" in r.unreadable:
        return _("cannot be opened")
    return r.from_party if r.from_party is not None else _("confidential sender")


def request_text(report: Report, r: Request) -> str:
    if "text" in r.unreadable:
        return _("Confidential request (its text cannot be opened)")
    if r.sealed or r.text is None:
        return _("Confidential request")
    return report.clean(r.text) or ""


def request_row(report: Report, r: Request, measures: dict[str, Measure]) -> Row:
    who = cell(request_party(r), NORMAL, 1) + cell(r.received_by, MUTED, 1)
    hidden = r.sealed or r.text is None
    what = cell(request_text(report, r), SEALED if hidden else NORMAL, 2)
    if r.measure and r.measure in measures:
        what += cell(_("Answered with the measure: {title}").format(
            title=measure_label(report, measures[r.measure])), ITALIC, 2)
    if r.declined_at is not None:
        reason = report.clean(r.decline_reason) or (
            _("(cannot be opened)") if "decline_reason" in r.unreadable else _("(reason sealed)"))
        what += cell(_("Declined: {reason}").format(reason=reason), ITALIC, 2)
    if r.confidential:
        what.append((_("CONFIDENTIAL"), SECRET))
    answered = r.answered_at or r.declined_at
    status = [] if answered or r.closed_at else cell(status_word(r.status), ITALIC, 4)
    fill = styles.CONFIDENTIAL_FILL if r.confidential else None
    return Row((cell(when.clock(r.received_at), BOLD, 0) +
                cell(when.stamp(r.received_at)[5:10], MUTED, 0), who, what,
                _moment(r.acknowledged_at, r.received_at),
                _moment(answered, r.received_at) + status,
                _moment(r.closed_at, r.received_at), cell(duration(r.response_seconds),
                                                          BOLD, 6)), fill)
