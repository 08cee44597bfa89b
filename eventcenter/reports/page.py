"""The page every report prints on: the event's name and the report at the top, "sida N av M"
at the bottom, and on every page of a full version that it holds confidential information.

The total page count is known only once everything is laid out, so the canvas keeps each
finished page and draws the header and footer on all of them when the document is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from eventcenter.messages import _
from eventcenter.reports import fonts, styles
from eventcenter.reports.text import printable


@dataclass(frozen=True)
class Decoration:
    """What the header and footer of every page say."""

    event_name: str
    report: str  # "Debriefing", "Lägesbild" …
    version: str  # "fullständig version" / "offentlig version"
    confidential: bool  # the full version: marked on every page
    generated: str  # when it was made, as printed
    fingerprint: str = ""  # the state it was made from (short form)


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text cut with … so it fits on one line."""
    if fonts.string_width(text, font, size) <= width:
        return text
    while text and fonts.string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class DecoratedCanvas(Canvas):
    """A canvas that holds its pages back until it knows how many there are."""

    def __init__(self, *args, decoration: Decoration, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._held: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        d = self._decoration
        width, height = styles.PAGE
        left, right = styles.MARGIN_X, width - styles.MARGIN_X
        top = height - styles.MARGIN_TOP + 8
        self.saveState()
        label = f"{d.report} · {d.version}"
        self.setFont(fonts.REGULAR, 8)
        self.setFillColor(styles.MUTED)
        self.drawRightString(right, top + 4, label)
        room = right - left - fonts.string_width(label, fonts.REGULAR, 8) - 12
        self.setFont(fonts.BOLD, 9)
        self.setFillColor(styles.INK)
        self.drawString(left, top + 4, fit(printable(d.event_name), fonts.BOLD, 9, room))
        self.setStrokeColor(styles.RULE)
        self.setLineWidth(0.5)
        self.line(left, top, right, top)
        if d.confidential:
            self.setFont(fonts.BOLD, 8.5)
            self.setFillColor(styles.CONFIDENTIAL)
            self.drawCentredString(width / 2, top + 17, _("Contains confidential information"))
        bottom = styles.MARGIN_BOTTOM - 10
        self.line(left, bottom + 9, right, bottom + 9)
        self.setFont(fonts.REGULAR, 7.5)
        self.setFillColor(styles.MUTED)
        self.drawString(left, bottom, d.generated)
        if d.fingerprint:
            self.drawRightString(right, bottom, d.fingerprint)
        self.setFont(fonts.BOLD, 8)
        self.setFillColor(styles.INK)
        self.drawCentredString(width / 2, bottom, _("page {n} of {m}").format(n=number,
                                                                          m=total))
        self.restoreState()


def build_pdf(path: Path, story: Sequence[Flowable], decoration: Decoration, title: str,
              on_page: Callable[[int], None] | None = None) -> int:
    """Lay out the story on decorated A4 pages into `path`; returns the number of pages."""
    fonts.register()
    rl_config.useA85 = 0  # binary streams: smaller files, and ASCII85 in Python is slow
    frame = Frame(styles.MARGIN_X, styles.MARGIN_BOTTOM, styles.FRAME_WIDTH,
                  styles.FRAME_HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")

    def page_end(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if on_page:
            on_page(doc.page)

    doc = BaseDocTemplate(str(path), pagesize=styles.PAGE, title=title,
                          author=decoration.event_name, creator="Eventcenter",
                          pageTemplates=[PageTemplate("page", [frame], onPageEnd=page_end)],
                          leftMargin=styles.MARGIN_X, rightMargin=styles.MARGIN_X,
                          topMargin=styles.MARGIN_TOP, bottomMargin=styles.MARGIN_BOTTOM)
    doc.build(list(story), canvasmaker=partial(DecoratedCanvas, decoration=decoration))
    return doc.page
