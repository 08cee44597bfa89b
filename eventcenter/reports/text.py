"""User text on the page: printed literally, wrapped, never read as markup, never an error.

Everything a person typed passes through `printable` (characters the font lacks become a
visible placeholder, control characters too) and then either `wrap` (plain lines for the
journal, drawn as they are) or `markup` (escaped for a reportlab Paragraph, so a typed
`<font size=40>`, `<img src=…>` or an unclosed `<b>` prints as those characters).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from eventcenter.reports import fonts

PLACEHOLDER = "\ufffd"  # � : visible, and in the font
_KEEP = {ord("\n")}


@cache
def _unprintable() -> re.Pattern[str]:
    """A pattern for every character outside the font's coverage, controls included."""
    covered = fonts.covered_code_points() | _KEEP
    points = sorted(p for p in covered if p >= 0x20 and not 0x7F <= p < 0xA0 or p in _KEEP)
    ranges, start, prev = [], points[0], points[0]
    for point in points[1:]:
        if point != prev + 1:
            ranges.append((start, prev))
            start = point
        prev = point
    ranges.append((start, prev))
    body = "".join(_range(a, b) for a, b in ranges)
    return re.compile(f"[^{body}]")


def _range(first: int, last: int) -> str:
    a = re.escape(chr(first))
    return a if first == last else f"{a}-{re.escape(chr(last))}"


def printable(text: str | None) -> str:
    """The text with tabs as spaces, line ends as \\n and anything unprintable as �."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _unprintable().sub(PLACEHOLDER, text)


def markup(text: str | None) -> str:
    """Printable text escaped for a Paragraph: literal `<`, `>`, `&`; line ends kept."""
    return escape(printable(text)).replace("\n", "<br/>")


_widths: dict[str, dict[str, float]] = {}  # font → word → width at size 1


def _measure(word: str, font: str, known: dict[str, float]) -> float:
    if len(known) > 100_000:
        known.clear()
    width = known[word] = fonts.string_width(word, font, 1.0)
    return width


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Printable text broken into lines no wider than `width` points; a word too long for
    one line is broken between characters. Runs of spaces become one space."""
    if len(text) <= 60:  # names, places, labels: the same few hundred strings over and over
        return list(_wrap_short(text, font, size, width))
    return _wrap(text, font, size, width)


@lru_cache(maxsize=8192)
def _wrap_short(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(_wrap(text, font, size, width))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    limit = width / size
    known = _widths.setdefault(font, {})
    space = known.get(" ") or _measure(" ", font, known)
    lines: list[str] = []
    for paragraph in printable(text).split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = known.get(word)
            if w is None:
                w = _measure(word, font, known)
            if line and used + space + w <= limit:
                line.append(word)
                used += space + w
                continue
            if line:
                lines.append(" ".join(line))
            if w > limit:
                *whole, word = _break_word(word, font, limit)
                lines.extend(whole)
                w = _measure(word, font, known)
            line, used = [word], w
        lines.append(" ".join(line))
    return lines


def _break_word(word: str, font: str, limit: float) -> list[str]:
    """Pieces of a long word, each as wide as fits."""
    pieces, start, used = [], 0, 0.0
    for i, char in enumerate(word):
        w = fonts.string_width(char, font, 1.0)
        if used + w > limit and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


# Swedish phone numbers as people write them: 070-123 45 67, 018-727 00 00, +46 70 123 45 67,
# 0701234567. A run of 8 to 12 digits that starts with 0 or +46, with spaces or hyphens.
_PHONE = re.compile(r"(?<![\w+])(?:\+46|0)[\s-]?\d(?:[\s-]?\d){6,10}(?!\w)")


def redact_phones(text: str | None, placeholder: str) -> str | None:
    """The text with anything that looks like a phone number replaced (public version)."""
    if not text:
        return text
    return _PHONE.sub(placeholder, text)
