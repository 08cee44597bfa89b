"""The font family every report prints in: DejaVu Sans, shipped in `resources/fonts`.

Why not reportlab's own fonts: the standard PDF fonts know only Latin-1 and reportlab ships
Bitstream Vera alone; DejaVu (Vera's free successor, licence beside the files) covers å ä ö
and most of what anyone types. TrueType fonts are always embedded (as subsets) by reportlab.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
REGULAR = "Eventcenter"
BOLD = "Eventcenter-Bold"
ITALIC = "Eventcenter-Italic"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()


@cache
def _load() -> dict[str, TTFont]:
    fonts = {name: TTFont(name, str(FONT_DIR / file)) for name, file in _FILES.items()}
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return fonts


def register() -> None:
    """Register the family with reportlab once per process (safe from any thread)."""
    with _lock:
        _load()


def covered_code_points() -> frozenset[int]:
    """Characters every face of the family can print."""
    register()
    faces = [set(font.face.charToGlyph) for font in _load().values()]
    return frozenset(set.intersection(*faces))


def string_width(text: str, font: str, size: float) -> float:
    register()
    return pdfmetrics.stringWidth(text, font, size)
