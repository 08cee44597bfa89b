"""A fast table for the whole journal: rows of pre-wrapped plain lines, drawn directly.

Why not a reportlab Table of Paragraphs: laying out 20,000 Paragraphs in one LongTable takes
several times longer than the rest of the debrief together (see bench/bench_debrief.py).
Here every cell is wrapped once into plain lines with the font's metrics (`text.wrap`), row
heights are summed once, and a page's share is found by bisection; the flowable splits into
page-sized parts and each part draws its lines with plain `drawString`. A row too tall for
any page (a 10,000-character entry) is split between its lines and continues overleaf.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from eventcenter.messages import _
from eventcenter.reports import fonts, styles
from eventcenter.reports.text import wrap

SIZE = 7.8
LEADING = 9.6
PAD = 2.6
MIN_PIECE = 3 * LEADING + 2 * PAD  # the least of a split row worth starting on a page


@dataclass(frozen=True)
class LineStyle:
    font: str = fonts.REGULAR
    color: Color = styles.INK
    strike: bool = False


Line = tuple[str, LineStyle]


@dataclass(slots=True)
class Row:
    """One table row: for each column its lines; a fill; whether it keeps with the next."""

    cells: tuple[list[Line], ...]
    fill: Color | None = None
    span: bool = False  # one line across all columns (a date heading)
    keep_with_next: bool = False
    height: float = 0.0

    def __post_init__(self) -> None:
        self.height = max(len(c) for c in self.cells) * LEADING + 2 * PAD

    def split(self, room: float, continued: Line) -> tuple[Row, Row]:
        """The lines that fit in `room`, and the rest (marked as continued)."""
        keep = max(1, int((room - 2 * PAD) // LEADING))
        first = Row(tuple(c[:keep] for c in self.cells), self.fill)
        rest_cells = [c[keep:] for c in self.cells]
        if not rest_cells[0]:
            rest_cells[0] = [continued]
        return first, Row(tuple(rest_cells), self.fill, keep_with_next=self.keep_with_next)


NORMAL = LineStyle()
BOLD = LineStyle(fonts.BOLD)
ITALIC = LineStyle(fonts.ITALIC)
MUTED = LineStyle(color=styles.MUTED)
NOTE = LineStyle(fonts.ITALIC, styles.MUTED)
LATE = LineStyle(fonts.ITALIC, styles.LATE)
SECRET = LineStyle(fonts.BOLD, styles.CONFIDENTIAL)
SEALED = LineStyle(fonts.ITALIC, styles.CONFIDENTIAL)
STRUCK = LineStyle(color=styles.CORRECTED, strike=True)
STRUCK_BOLD = LineStyle(fonts.BOLD, styles.CORRECTED, strike=True)


def lines(text: str | None, style: LineStyle, room: float) -> list[Line]:
    """User text wrapped into lines of one style for a column `room` points wide."""
    if not text:
        return []
    return [(line, style) for line in wrap(text, style.font, SIZE, room)]


def line_table(header: Sequence[str], rows: Sequence[Row], widths: Sequence[float],
               on_drawn: Callable[[int], None] | None = None) -> JournalTable:
    """A fast table of rows already made of lines, under a header repeated on every page."""
    head = Row(tuple(lines(title, BOLD, width - 6) for title, width in zip(header, widths,
                                                                         strict=True)),
               styles.HEADER_FILL)
    return JournalTable(rows, widths, head, (_("(continued)"), NOTE), on_drawn)


class JournalTable(Flowable):
    """Rows under a repeated header; splits itself into parts that fit a page."""

    def __init__(self, rows: Sequence[Row], widths: Sequence[float], header: Row,
                 continued: Line, on_drawn: Callable[[int], None] | None = None, *,
                 prefix: list[float] | None = None, head: Row | None = None, start: int = 0,
                 end: int | None = None, tail: Row | None = None) -> None:
        super().__init__()
        self.rows, self.widths, self.header = rows, tuple(widths), header
        self.continued, self.on_drawn = continued, on_drawn
        self.prefix = prefix or [0.0, *accumulate(r.height for r in rows)]
        self.head, self.start, self.tail = head, start, tail
        self.end = len(rows) if end is None else end

    def _part(self, head: Row | None, start: int, end: int,
              tail: Row | None = None) -> JournalTable:
        return JournalTable(self.rows, self.widths, self.header, self.continued,
                            self.on_drawn, prefix=self.prefix, head=head, start=start, end=end,
                            tail=tail)

    def _body_height(self) -> float:
        extra = sum(r.height for r in (self.head, self.tail) if r is not None)
        return extra + self.prefix[self.end] - self.prefix[self.start]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header.height + self._body_height()
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """This page's share and the rest. A row taller than any page is split between its
        lines, so the page is filled and the row continues overleaf.

        Every part holds at least one row (or piece of one) under its header: when not even
        that fits, the answer is [] and the whole table moves to the next page, rather than
        leaving the header alone at the foot of this one (or drawing it below the frame)."""
        room = available_height - self.header.height
        head = self.head
        if head is not None and head.height > room:
            if room < MIN_PIECE:
                return []
            first, rest = head.split(room, self.continued)
            return [self._part(first, self.start, self.start), self._part(rest, self.start,
                                                                            self.end)]
        used = head.height if head is not None else 0.0
        limit = self.prefix[self.start] + room - used + 1e-6
        k = bisect_right(self.prefix, limit, self.start, self.end + 1) - 1
        # k falls below start when the room is smaller than the header; and when all rows
        # "fit" within the tolerance, the last still goes to the rest: no part may be empty.
        k = max(self.start, min(k, self.end - 1))
        left = room - used - (self.prefix[k] - self.prefix[self.start])
        if k < self.end and self._too_tall(self.rows[k]) and left >= MIN_PIECE:
            first, rest = self.rows[k].split(left, self.continued)
            return [self._part(head, self.start, k, tail=first),
                    self._part(rest, k + 1, self.end)]
        while k > self.start + 1 and self.rows[k - 1].keep_with_next:
            k -= 1
        if head is None and k == self.start + 1 and self.rows[self.start].keep_with_next \
                and available_height < styles.FRAME_HEIGHT - 1:
            k = self.start  # a date heading alone under the header: both go overleaf
        if (k == self.start and head is None) or k == self.end:
            return []
        return [self._part(head, self.start, k), self._part(None, k, self.end)]

    def _too_tall(self, row: Row) -> bool:
        return row.height > styles.FRAME_HEIGHT - self.header.height

    def draw(self) -> None:
        """Fills and rules first, then all the text of the part in one text object (far
        cheaper than a drawString per line), then the strike-through lines on top."""
        parts, top = [], self.height
        for row in self._parts():
            parts.append((row, top))
            top -= row.height
        canvas = self.canv
        self._draw_grid(canvas, parts)
        text = canvas.beginText()
        current: list = [None, None]
        struck = []
        for row, top in parts:
            x = 0.0
            for width, lines in zip(self.widths, row.cells[:1] if row.span else row.cells,
                                    strict=False):
                text.setTextOrigin(x + 3, top - PAD - SIZE)
                for number, (line, style) in enumerate(lines):
                    if style.font != current[0]:
                        text.setFont(style.font, SIZE, LEADING)
                        current[0] = style.font
                    if style.color != current[1]:
                        text.setFillColor(style.color)
                        current[1] = style.color
                    text.textLine(line)
                    if style.strike and line:
                        struck.append((line, style, x + 3, top - PAD - SIZE - number * LEADING))
                x += width
        canvas.drawText(text)
        for line, style, x, y in struck:
            self._strike(canvas, line, style, x, y)
        if self.on_drawn:
            self.on_drawn(self.end - self.start)

    def _parts(self) -> list[Row]:
        rows = [self.header]
        if self.head is not None:
            rows.append(self.head)
        rows.extend(self.rows[self.start:self.end])
        if self.tail is not None:
            rows.append(self.tail)
        return rows

    def _draw_grid(self, canvas, parts: list[tuple[Row, float]]) -> None:
        for row, top in parts:
            if row.fill is not None:
                canvas.setFillColor(row.fill)
                canvas.rect(0, top - row.height, self.width, row.height, stroke=0, fill=1)
        rules = canvas.beginPath()
        for row, top in parts:
            rules.moveTo(0, top - row.height)
            rules.lineTo(self.width, top - row.height)
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.4)
        canvas.drawPath(rules, stroke=1, fill=0)

    @staticmethod
    def _strike(canvas, text: str, style: LineStyle, x: float, y: float) -> None:
        width = fonts.string_width(text, style.font, SIZE)
        canvas.setStrokeColor(style.color)
        canvas.setLineWidth(0.7)
        canvas.line(x, y + SIZE * 0.3, x + width, y + SIZE * 0.3)
