"""The window's settings on this laptop, declared in one place, typed, with defaults.

Each setting is a `ConfigVar` on `Settings`: reading it gives the stored value or the
default, assigning it saves the file at once (atomically). The file lives in the same
per-user folder as the laptop's identity (`eventcenter.device.config_dir`). Who is signed in
is not a window setting: the core keeps it with the laptop's identity.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Generic, TypeVar

from eventcenter.device import config_dir

T = TypeVar("T")
MAX_RECENT = 8
FILE_NAME = "window.json"


class ConfigVar(Generic[T]):
    """One typed setting with a default; a descriptor on `Settings`."""

    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key, self.default, self.kind = key, default, kind

    def __get__(self, settings: Settings | None, owner: type) -> T:
        if settings is None:
            return self  # type: ignore[return-value]
        value = settings.values.get(self.key, self.default)
        if not isinstance(value, self.kind):
            return _copy(self.default)
        return _copy(value)

    def __set__(self, settings: Settings, value: T) -> None:
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.key} must be {self.kind.__name__}")
        settings.values[self.key] = _copy(value)
        settings.save()


def _copy(value: Any) -> Any:
    return json.loads(json.dumps(value)) if isinstance(value, list | dict) else value


class Settings:
    language = ConfigVar("language", "sv", str)  # "sv" or "en"
    theme = ConfigVar("theme", "day", str)  # "day" or "night"
    font_size = ConfigVar("font_size", 0, int)  # points; 0 = the system's size
    recent_files = ConfigVar("recent_files", [], list)  # newest first, as strings
    geometry = ConfigVar("geometry", {}, dict)  # window name → base64 of saveGeometry()
    splitter = ConfigVar("splitter", {}, dict)  # widget name → base64 of saveState()
    backup_folders = ConfigVar("backup_folders", {}, dict)  # event file → chosen backup folder

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / FILE_NAME
        self.values: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.values = loaded
        except (OSError, ValueError):
            self.values = {}

    def save(self) -> None:
        """Write atomically; a settings file that cannot be written is not worth a crash."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.values, ensure_ascii=False, indent=2),
                           encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass

    def add_recent(self, path: Path) -> None:
        name = str(Path(path).resolve())
        self.recent_files = [name, *[p for p in self.recent_files if p != name]][:MAX_RECENT]

    def existing_recent(self) -> list[Path]:
        return [Path(p) for p in self.recent_files if Path(p).exists()]
