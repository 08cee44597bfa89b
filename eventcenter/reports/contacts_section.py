"""The contact list, grouped by organisation: name, function, hours on duty, phone and RAKEL
talk group. The public version prints no phone numbers and no talk groups."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import Flowable

from eventcenter.messages import _
from eventcenter.reports import styles
from eventcenter.reports.blocks import heading, para
from eventcenter.reports.context import Report
from eventcenter.reports.journal_table import (
    BOLD,
    MUTED,
    NORMAL,
    Line,
    LineStyle,
    Row,
    line_table,
    lines,
)
from eventcenter.reports.state_data import StateMaterial
from eventcenter.state.model import Contact
from eventcenter.swedish import sort_key

FULL = (150.0, 130.0, 70.0, 90.0, styles.FRAME_WIDTH - 440.0)
PUBLIC = (200.0, 200.0, styles.FRAME_WIDTH - 400.0)


def contact_table(report: Report, state: StateMaterial, mark_on_duty: bool = False):
    widths = PUBLIC if report.public else FULL

    def cell(text: str | None, style: LineStyle, column: int) -> list[Line]:
        return lines(text, style, widths[column] - 6)

    def organisation(c: Contact) -> str:
        return state.organisations.get(c.organisation or "", c.organisation or "") or _(
            "Other")

    rows: list[Row] = []
    ordered = sorted(state.contacts, key=lambda c: (sort_key(organisation(c)),
                                                    sort_key(c.name)))
    for name, members in groupby(ordered, key=organisation):
        rows.append(Row(([(name, BOLD)], *([] for _w in widths[1:])), styles.HEADER_FILL,
                        span=True, keep_with_next=True))
        for c in members:
            who = cell(c.name, NORMAL, 0)
            if mark_on_duty and c.on_duty_now:
                who.append((_("on duty now"), MUTED))
            cells = [who, cell(state.functions.get(c.function or "", c.function), NORMAL, 1),
                     cell(c.on_duty or "–", NORMAL, 2)]
            if not report.public:
                cells += [cell(c.phone, BOLD, 3), cell(c.rakel, NORMAL, 4)]
            rows.append(Row(tuple(cells)))
    header = [_("Name"), _("Function"), _("On duty")]
    if not report.public:
        header += [_("Phone"), _("RAKEL talk group")]
    return line_table(header, rows, widths)


def contacts_section(report: Report, state: StateMaterial) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Contacts"))]
    if not state.contacts:
        story.append(para(_("No contacts were recorded.")))
        return story
    if report.public:
        story.append(para(_("Phone numbers and RAKEL talk groups are left out of this public "
                            "version."), "muted"))
    story.append(contact_table(report, state))
    return story
