"""Window geometry remembered between runs: one small mixin for every top-level window."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from ui.settings import Settings


class GeometryMixin:
    """Mixed into a QWidget: call `restore_geometry` after building, `save_geometry` on close."""

    geometry_key = "window"

    def restore_geometry(self, settings: Settings) -> bool:
        stored = settings.geometry.get(self.geometry_key)
        if not stored:
            return False
        return bool(self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii"))))

    def save_geometry(self, settings: Settings) -> None:
        stored = settings.geometry
        stored[self.geometry_key] = bytes(self.saveGeometry().toBase64()).decode("ascii")
        settings.geometry = stored
