"""The layers: the core never knows about Qt or the window, and the window reaches the event
file only through the core's API (no SQL, no tables)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(f"{path}: {name}" for path, names in imported_modules(folder).items()
                  for name in names
                  if any(name == f or name.startswith(f + ".") for f in forbidden))


def test_the_core_imports_neither_qt_nor_the_window():
    assert offenders("eventcenter", ("PySide6", "shiboken6", "ui")) == []


def test_the_window_reaches_the_file_only_through_the_core():
    assert offenders("ui", ("sqlalchemy", "sqlite3", "eventcenter.store")) == []


def test_the_check_sees_imports():
    """The walk itself works: the window does import PySide6."""
    assert any("PySide6" in name for names in imported_modules("ui").values()
               for name in names)
