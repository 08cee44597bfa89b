"""Page geometry, colours and paragraph styles shared by every report.

Plain and sober: black text, one accent colour for headings, a muted red reserved for
confidentiality, a pale yellow for decisions, grey for what was corrected.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from eventcenter.reports import fonts

PAGE = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 16 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.black
ACCENT = colors.HexColor("#1f4e79")  # headings, chart axes
MUTED = colors.HexColor("#5f6368")  # secondary text
RULE = colors.HexColor("#c8ccd0")
HEADER_FILL = colors.HexColor("#e8edf2")
DECISION_FILL = colors.HexColor("#fff4cc")
CONFIDENTIAL = colors.HexColor("#a4262c")
CONFIDENTIAL_FILL = colors.HexColor("#fbeaea")
CORRECTED = colors.HexColor("#7a7a7a")
CORRECTION_FILL = colors.HexColor("#eef5ea")
LATE = colors.HexColor("#8a5a00")
# Chart series, distinguishable in print and for colour-blind readers (Okabe-Ito); the
# seventh, grey, is where "other" lands.
SERIES = [colors.HexColor(c) for c in (
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#999999", "#000000")]


@cache
def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9, leading=12,
                          textColor=INK, splitLongWords=1)
    made = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", base, fontSize=8, leading=10, textColor=MUTED),
        "mono": ParagraphStyle("mono", base, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=24, leading=30,
                                textColor=ACCENT, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=14, leading=18, spaceAfter=4),
        "h1": ParagraphStyle("h1", base, fontName=fonts.BOLD, fontSize=15, leading=19,
                             textColor=ACCENT, spaceBefore=4, spaceAfter=8),
        "h2": ParagraphStyle("h2", base, fontName=fonts.BOLD, fontSize=11, leading=14,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=4),
        "label": ParagraphStyle("label", base, fontName=fonts.BOLD, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=fonts.BOLD, fontSize=8,
                                    leading=10),
        "figure": ParagraphStyle("figure", base, fontName=fonts.BOLD, fontSize=16, leading=19,
                                 textColor=ACCENT),
        "warning": ParagraphStyle("warning", base, fontName=fonts.BOLD, fontSize=10,
                                  leading=13, textColor=CONFIDENTIAL),
        "indented": ParagraphStyle("indented", base, leftIndent=12),
    }
    return made
