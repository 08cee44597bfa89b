"""Small building blocks the sections share: headings, paragraphs of user text, fact tables.

Every helper takes plain text and escapes it; markup is only ever written here, by us.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from eventcenter.reports import fonts, styles
from eventcenter.reports.text import markup


def para(text: str | None, style: str = "body") -> Paragraph:
    """A paragraph of plain (possibly user-typed) text."""
    return Paragraph(markup(text), styles.styles()[style])


def heading(text: str, level: int = 1) -> Paragraph:
    return para(text, f"h{level}")


def space(height: float = 6) -> Spacer:
    return Spacer(1, height)


def facts(rows: Sequence[tuple[str, str | None]], label_width: float = 150,
          value_style: str = "body") -> Table:
    """Label: value lines, as a borderless two-column table."""
    s = styles.styles()
    data = [[Paragraph(markup(label), s["label"]), Paragraph(markup(value or "–"),
                                                             s[value_style])]
            for label, value in rows]
    table = Table(data, colWidths=[label_width, styles.FRAME_WIDTH - label_width],
                  hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def grid(header: Sequence[str], rows: Sequence[Sequence[str | None]],
         widths: Sequence[float], fills: dict[int, object] | None = None) -> Table:
    """A ruled table of plain text cells with a repeated header row; rows split across
    pages. Meant for lists of modest size (requests, units, contacts), not the journal."""
    s = styles.styles()
    data = [[Paragraph(markup(h), s["cell_bold"]) for h in header]]
    data += [[Paragraph(markup(cell or ""), s["cell"]) for cell in row] for row in rows]
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), styles.HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)]
    for index, fill in (fills or {}).items():
        commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1), fill))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table
