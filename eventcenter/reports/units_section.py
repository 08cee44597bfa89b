"""Unit deployments: for each unit, where it was and what it did over time (its moves)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from eventcenter.messages import _
from eventcenter.reports import styles, when
from eventcenter.reports.blocks import heading, para
from eventcenter.reports.catalogue_names import status_word
from eventcenter.reports.context import Report
from eventcenter.reports.journal_table import (
    BOLD,
    MUTED,
    NORMAL,
    NOTE,
    Line,
    LineStyle,
    Row,
    line_table,
    lines,
)
from eventcenter.reports.state_data import StateMaterial
from eventcenter.state.model import Unit

WIDTHS = (62.0, 150.0, styles.FRAME_WIDTH - 212.0)


def cell(text: str | None, style: LineStyle, column: int) -> list[Line]:
    return lines(text, style, WIDTHS[column] - 6)


def units_section(report: Report, state: StateMaterial) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Unit deployments"))]
    if not state.units:
        story.append(para(_("No units were recorded.")))
        return story
    story.append(para(_("Where each unit was and what it did, in time order."), "muted"))
    rows = [unit_row(report, u, state) for u in state.units]
    story.append(line_table([_("Unit"), _("Organisation · type · hours"), _("Deployments")],
                            rows, WIDTHS))
    return story


def unit_row(report: Report, unit: Unit, state: StateMaterial) -> Row:
    about = cell(state.organisations.get(unit.organisation or "", unit.organisation), NORMAL,
                 1)
    details = [unit.type, _("{count} people").format(count=unit.size) if unit.size else None,
               unit.on_duty]
    about += cell(" · ".join(v for v in details if v), MUTED, 1)
    if unit.contact and not report.public:
        about += cell(unit.contact, MUTED, 1)
    moves: list[Line] = []
    status, place = None, None
    for move in state.moves(unit):
        status = move.change.get("status", status)
        place = move.change.get("place", place)
        text = f"{when.stamp(move.at)[5:]}  {status_word(status) if status else ''}"
        moves += cell(text + (f" · {place}" if place else ""), NORMAL, 2)
    if not moves:
        moves = cell(_("No moves recorded."), NOTE, 2)
    return Row((cell(unit.callsign, BOLD, 0), about, moves))
