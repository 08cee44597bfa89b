"""Measures: the timeline and the list (opened, what, where, units, status, how long).

In the public version a confidential measure is left out; only their number is printed. In
a full version made without the passphrase a confidential measure's title stays sealed.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from eventcenter.messages import _
from eventcenter.reports import styles, when
from eventcenter.reports.blocks import heading, para, space
from eventcenter.reports.catalogue_names import status_word
from eventcenter.reports.context import Report
from eventcenter.reports.journal_table import (
    BOLD,
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
from eventcenter.reports.state_data import StateMaterial
from eventcenter.reports.timeline import timeline
from eventcenter.state.model import Measure
from eventcenter.timefmt import format_duration

WIDTHS = (52.0, 190.0, 130.0, 74.0, styles.FRAME_WIDTH - 446.0)


def cell(text: str | None, style: LineStyle, column: int) -> list[Line]:
    return lines(text, style, WIDTHS[column] - 6)


def measure_label(report: Report, measure: Measure) -> str:
    if "title" in measure.unreadable:
        return _("Confidential measure (its title cannot be opened)")
    if measure.sealed or measure.title is None:
        return _("Confidential measure")
    return report.clean(measure.title) or ""


def measures_section(report: Report, state: StateMaterial, categories: dict[str, str],
                     window: tuple[int, int] | None) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Measures"))]
    if state.hidden_measures:
        story.append(para(_("Confidential measures left out of this public version: "
                            "{count}.").format(count=state.hidden_measures), "muted"))
    if not state.measures:
        story.append(para(_("No measures were recorded.")))
        return story
    story.append(heading(_("Timeline of measures"), 2))
    story += timeline(state.measures, state.measure_history, window or _own(state.measures),
                      lambda m: measure_label(report, m))
    story += [space(8), heading(_("All measures"), 2)]
    rows = [measure_row(report, m, state, categories) for m in state.measures]
    story.append(line_table([_("Opened"), _("Measure"), _("Category · place · units"),
                             _("Status"), _("Duration")], rows, WIDTHS))
    return story


def _own(measures: list[Measure]) -> tuple[int, int]:
    ends = [m.closed_at or m.updated_at for m in measures]
    return min(m.opened_at for m in measures), max(ends)


def measure_row(report: Report, m: Measure, state: StateMaterial,
                categories: dict[str, str]) -> Row:
    what = cell(measure_label(report, m), SEALED if m.sealed else BOLD, 1)
    kind = state.measure_types.get(m.type or "", m.type)
    what += cell(kind, MUTED, 1)
    if m.notes and not m.sealed:
        what += cell(report.clean(m.notes), NORMAL, 1)
    if "notes" in m.unreadable:
        what += cell(_("Notes: cannot be opened"), SEALED, 1)
    if m.request:
        what += cell(_("from a request"), MUTED, 1)
    if m.confidential:
        what.append((_("CONFIDENTIAL"), SECRET))
    where = " · ".join(v for v in (categories.get(m.category or "", m.category), m.place,
                                   ", ".join(m.units)) if v)
    status = cell(status_word(m.status), NORMAL, 3)
    if m.closed_at:
        status += cell(when.clock(m.closed_at), MUTED, 3)
    end = m.closed_at
    duration = format_duration((end - m.opened_at) / 1e6) if end else _("still open")
    fill = styles.CONFIDENTIAL_FILL if m.confidential else None
    return Row((cell(when.clock(m.opened_at), BOLD, 0) + cell(when.stamp(m.opened_at)[5:10],
                                                                MUTED, 0),
                what, cell(where, NORMAL, 2), status, cell(duration, NORMAL, 4)), fill)
