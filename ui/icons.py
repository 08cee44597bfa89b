"""Small icons drawn in code (no image files to ship, crisp at any text size)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


@cache
def lock_icon() -> QIcon:
    """A padlock: the mark of a confidential entry."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(200, 120, 20)
    painter.setPen(QPen(colour, 4))
    painter.drawArc(QRectF(9, 3, 14, 18), 0, 180 * 16)
    painter.drawLine(9, 12, 9, 15)
    painter.drawLine(23, 12, 23, 15)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3)
    painter.end()
    return QIcon(pixmap)
