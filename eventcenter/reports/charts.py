"""Charts drawn with reportlab's own graphics: bars per hour or per group, stacked by kind.

Labels are user text (category names, places) and go through `printable`; graphics strings
are never parsed as markup, so no escaping is needed here.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from eventcenter.reports import fonts, styles
from eventcenter.reports.page import fit
from eventcenter.reports.text import printable

MAX_SERIES = 7  # more kinds than this are summed up as "other"


def top_series(totals: dict[str, int], other: str) -> list[str]:
    """The biggest kinds, the rest to be folded into `other`."""
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    if len(ranked) <= MAX_SERIES:
        return ranked
    return [*ranked[:MAX_SERIES - 1], other]


def stacked_bars(labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]],
                 title: str, width: float = styles.FRAME_WIDTH, height: float = 210,
                 horizontal: bool = False, stacked: bool = True,
                 colours: Sequence | None = None) -> Drawing:
    """One bar per label, stacked by series (or side by side); a legend below; a title
    above."""
    legend_rows = (len(series) + 3) // 4
    drawing = Drawing(width, height + 14 * legend_rows)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 120 if horizontal else 36
    chart.x, chart.y = left, 24 + 14 * legend_rows + (0 if horizontal else 14)
    chart.width = width - left - 10
    chart.height = height - chart.y + 14 * legend_rows - 26
    chart.data = [list(values) for _name, values in series] or [[0] * len(labels)]
    chart.categoryAxis.categoryNames = [_label(lab, horizontal) for lab in labels]
    chart.categoryAxis.style = "stacked" if stacked else "parallel"
    _style_axes(chart, len(labels), horizontal)
    chart.valueAxis.valueStep = _step(_highest(series, stacked))
    palette = list(colours or styles.SERIES)
    for i in range(len(series)):
        chart.bars[i].fillColor = palette[i % len(palette)]
        chart.bars[i].strokeColor = None
    chart.barSpacing, chart.groupSpacing = 0, 2 if len(labels) > 24 else 5
    drawing.add(chart)
    drawing.add(_legend(series, width, 14 * legend_rows, palette))
    drawing.add(String(0, drawing.height - 11, printable(title), fontName=fonts.BOLD,
                       fontSize=9.5, fillColor=styles.ACCENT))
    return drawing


def _label(text: str, horizontal: bool) -> str:
    text = printable(text)
    return fit(text, fonts.REGULAR, 7, 110) if horizontal else text


def _style_axes(chart, count: int, horizontal: bool) -> None:
    value, category = chart.valueAxis, chart.categoryAxis
    value.valueMin = 0
    value.labels.fontName = fonts.REGULAR
    value.labels.fontSize = 7
    value.strokeColor = category.strokeColor = styles.MUTED
    value.visibleGrid = True
    value.gridStrokeColor = styles.RULE
    value.gridStrokeWidth = 0.4
    category.labels.fontName = fonts.REGULAR
    category.labels.fontSize = 7 if count <= 30 else 6
    if not horizontal and count > 16:
        category.labels.angle = 90
        category.labels.boxAnchor = "e"
        category.labels.dy = -2
    value.forceZero = True
    if value.valueMax is None:
        value.avoidBoundFrac = 0.05


def _highest(series: Sequence[tuple[str, Sequence[int]]], stacked: bool) -> int:
    columns = list(zip(*(values for _name, values in series), strict=True)) or [(0,)]
    return max((sum(c) if stacked else max(c)) for c in columns)


def _step(highest: int) -> int:
    """A whole-number tick step giving at most about eight ticks (counts have no halves)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if highest / step <= 8:
            return step
    return -(-highest // 8)


def _legend(series: Sequence[tuple[str, Sequence[int]]], width: float,
            height: float, palette: list) -> Legend:
    legend = Legend()
    legend.x, legend.y = 36, height + 2
    legend.alignment = "right"
    legend.fontName, legend.fontSize = fonts.REGULAR, 7.5
    legend.columnMaximum = max(1, (len(series) + 3) // 4) if series else 1
    legend.dx = legend.dy = 7
    legend.deltax = (width - 40) / 4
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [(palette[i % len(palette)],
                              fit(printable(name), fonts.REGULAR, 7.5, (width - 40) / 4 - 20))
                             for i, (name, _values) in enumerate(series)]
    return legend
