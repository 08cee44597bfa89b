"""A timeline of measures: one bar per measure from opened to closed, coloured by its status
as it changed (planned, ongoing), ending in a mark for done or cancelled; a measure still
open at the end runs to the right edge with an arrow.

Drawn with reportlab's graphics, in page-sized drawings of `ROWS_PER_DRAWING` measures, each
with its own time axis, so any number of measures flows over pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable

from eventcenter.kinds import Kind
from eventcenter.messages import _
from eventcenter.reports import fonts, styles, when
from eventcenter.reports.catalogue_names import status_word
from eventcenter.reports.figures import HOUR
from eventcenter.reports.page import fit
from eventcenter.reports.text import printable
from eventcenter.state.model import HistoryEntry, Measure

ROWS_PER_DRAWING = 40
ROW = 13.0
LABEL_WIDTH = 170.0
AXIS = 26.0
STATUS_FILL = {"planned": colors.HexColor("#9ecae1"), "ongoing": colors.HexColor("#0072b2")}
END_MARK = {"done": colors.HexColor("#009e73"), "cancelled": colors.HexColor("#7a7a7a")}
STATUS_COLOURS = {**STATUS_FILL, **END_MARK}


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    status: str


def segments(measure: Measure, history: list[HistoryEntry], end: int) -> list[Segment]:
    """The measure's life as (from, to, status) pieces, from its status changes."""
    changes: list[tuple[int, str]] = []
    for h in history:
        status = h.change.get("status") if h.kind in (Kind.MEASURE_OPENED,
                                                      Kind.MEASURE_STATUS_CHANGED) else None
        if h.kind == Kind.MEASURE_REOPENED:
            status = "ongoing"
        if status:
            changes.append((h.at, status))
    if not changes:
        changes = [(measure.opened_at, measure.status)]
    changes.sort()
    found = []
    for (start, status), following in zip(changes, [*changes[1:], (None, None)],
                                          strict=True):
        stop = following[0] if following[0] is not None else end
        if status in STATUS_FILL:
            found.append(Segment(start, max(start, min(stop, end)), status))
    return found


def timeline(measures: list[Measure], histories: dict[str, list[HistoryEntry]],
             window: tuple[int, int], label) -> list[Flowable]:
    """Drawings of at most ROWS_PER_DRAWING measures each over the window (start, end)."""
    start, end = window
    end = max(end, start + HOUR)
    end += (end - start) // 40  # room for the marks at the right edge
    drawings: list[Flowable] = []
    for first in range(0, len(measures), ROWS_PER_DRAWING):
        chunk = measures[first:first + ROWS_PER_DRAWING]
        drawings.append(_drawing(chunk, histories, start, end, label))
    drawings.append(_legend())
    return drawings


def _drawing(chunk: list[Measure], histories, start: int, end: int, label) -> Drawing:
    width = styles.FRAME_WIDTH
    height = AXIS + ROW * len(chunk) + 4
    d = Drawing(width, height)
    scale = (width - LABEL_WIDTH - 8) / (end - start)

    def x(moment: int) -> float:
        return LABEL_WIDTH + (min(max(moment, start), end) - start) * scale

    _axis(d, start, end, x, height)
    for i, measure in enumerate(chunk):
        y = height - AXIS - (i + 1) * ROW
        if i % 2:
            d.add(Rect(0, y, width, ROW, fillColor=colors.HexColor("#f6f7f8"), strokeColor=None))
        text = fit(printable(label(measure)), fonts.REGULAR, 7, LABEL_WIDTH - 6)
        d.add(String(2, y + 3.5, text, fontName=fonts.REGULAR, fontSize=7))
        for piece in segments(measure, histories.get(measure.id, []), end):
            d.add(Rect(x(piece.start), y + 3, max(1.5, x(piece.end) - x(piece.start)), ROW - 6,
                       fillColor=STATUS_FILL[piece.status], strokeColor=None))
        if measure.closed_at is not None:
            mark = END_MARK.get(measure.status, styles.INK)
            d.add(Rect(x(measure.closed_at) - 1, y + 1.5, 2.2, ROW - 3, fillColor=mark,
                       strokeColor=None))
        else:
            tip = x(end)
            d.add(Polygon([tip, y + 2, tip + 5, y + ROW / 2, tip, y + ROW - 2],
                          fillColor=STATUS_FILL.get(measure.status, styles.MUTED),
                          strokeColor=None))
    return d


STEPS_IN_HOURS = (1, 2, 3, 4, 6, 12, 24, 48, 168)
MAX_TICKS = 12


def tick_step(span: int) -> int:
    """The axis's step for a span (in the records' time unit): the smallest of the usual
    steps that gives at most twelve ticks, else whole weeks, for a log kept for months."""
    hours = span / HOUR
    for step in STEPS_IN_HOURS:
        if hours / step <= MAX_TICKS:
            return step * HOUR
    weeks = -(-hours // (STEPS_IN_HOURS[-1] * MAX_TICKS))
    return int(weeks) * STEPS_IN_HOURS[-1] * HOUR


def _axis(d: Drawing, start: int, end: int, x, height: float) -> None:
    step = tick_step(end - start)
    tick = -(-start // step) * step
    while tick <= end:
        d.add(Line(x(tick), 2, x(tick), height - AXIS + 4, strokeColor=styles.RULE,
                   strokeWidth=0.4))
        label = when.clock(tick) if step < 24 * HOUR else when.stamp(tick)[5:10]
        d.add(String(x(tick), height - AXIS + 8, label, fontName=fonts.REGULAR, fontSize=7,
                     textAnchor="middle", fillColor=styles.MUTED))
        tick += step
    d.add(String(2, height - AXIS + 8, when.stamp(start)[:10], fontName=fonts.BOLD,
                 fontSize=7, fillColor=styles.MUTED))


def _legend() -> Drawing:
    d = Drawing(styles.FRAME_WIDTH, 18)
    items = [(STATUS_FILL["planned"], status_word("planned")),
             (STATUS_FILL["ongoing"], status_word("ongoing")),
             (END_MARK["done"], _("done (mark)")),
             (END_MARK["cancelled"], _("cancelled (mark)")),
             (STATUS_FILL["ongoing"], _("still open at the end (arrow)"))]
    left = 2.0
    for colour, text in items:
        d.add(Rect(left, 6, 10, 7, fillColor=colour, strokeColor=None))
        d.add(String(left + 14, 7, text, fontName=fonts.REGULAR, fontSize=7.5))
        left += 18 + fonts.string_width(text, fonts.REGULAR, 7.5) + 14
    return d
