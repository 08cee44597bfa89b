"""Day and night themes and the text size. The night theme is dark and low in glare for a
room kept dim; both are Qt's Fusion style with a palette and a small style sheet from
`resources/styles/`. Text size is the application font; nothing sets sizes in the sheets,
so Ctrl+plus and Ctrl+minus scale everything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"
THEMES = ("day", "night")
MIN_POINTS, MAX_POINTS = 8, 28
_default_points: dict[str, float] = {}


def _palette(name: str) -> QPalette:
    palette = QPalette()
    if name != "night":
        return QApplication.style().standardPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#1b1d21", role.WindowText: "#d8d4cc", role.Base: "#121316",
        role.AlternateBase: "#1a1c20", role.Text: "#dedad2", role.Button: "#26292e",
        role.ButtonText: "#d8d4cc", role.Highlight: "#6b4b16", role.HighlightedText: "#fff3dc",
        role.ToolTipBase: "#26292e", role.ToolTipText: "#e8e4dc", role.PlaceholderText: "#7d7a74",
        role.Link: "#e0a458", role.BrightText: "#ff8a7a",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor("#6b6862"))
    return palette


def apply_theme(app: QApplication, name: str, points: int = 0) -> None:
    name = name if name in THEMES else "day"
    app.setStyle("Fusion")
    app.setPalette(_palette(name))
    sheet = STYLES / f"{name}.qss"
    app.setStyleSheet(sheet.read_text(encoding="utf-8") if sheet.exists() else "")
    set_text_size(app, points)


def set_text_size(app: QApplication, points: int) -> int:
    """Set the base font size (0: the system's); returns the size in force."""
    font = QFont(app.font())
    default = _default_points.setdefault("base", font.pointSizeF() if font.pointSizeF() > 0
                                         else 10.0)
    size = default if points <= 0 else max(MIN_POINTS, min(MAX_POINTS, points))
    font.setPointSizeF(size)
    app.setFont(font)
    return int(round(size))
