"""The layers: the core never knows about Qt or the window, and the window reaches the event
file only through the core's API (no SQL, no tables)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def names_imported(source: str) -> set[str]:
    """Every dotted name the source's imports reach, anywhere in it: `import a.b` gives `a.b`,
    `from a import b` gives `a` and `a.b` (b may be a module: `from eventcenter import store`)."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def imported_modules(folder: str) -> dict[str, set[str]]:
    return {str(path.relative_to(ROOT)): names_imported(path.read_text(encoding="utf-8"))
            for path in (ROOT / folder).rglob("*.py")}


def reaches(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(f"{path}: {name}" for path, names in imported_modules(folder).items()
                  for name in names if reaches(name, forbidden))


def test_the_core_imports_neither_qt_nor_the_window():
    assert offenders("eventcenter", ("PySide6", "shiboken6", "ui")) == []


def test_the_window_reaches_the_file_only_through_the_core():
    """No SQL, no tables, and nothing of the store: what the window needs of it (`new_id`,
    `MIN_PASSPHRASE`) the core offers outside it (`eventcenter.ids`, `eventcenter.validation`)."""
    assert offenders("ui", ("sqlalchemy", "sqlite3", "eventcenter.store")) == []


def test_the_check_sees_imports():
    """The walk itself works: the window does import PySide6."""
    assert any("PySide6" in name for names in imported_modules("ui").values()
               for name in names)


def test_the_check_sees_the_store_however_it_is_imported():
    """The check can fail on each way of reaching the store, in a function as well."""
    store = ("eventcenter.store",)
    for source in ("from eventcenter import store",
                   "from eventcenter.store import records",
                   "import eventcenter.store.records",
                   "def f():\n    from eventcenter.store.records import Draft\n"):
        assert any(reaches(name, store) for name in names_imported(source)), source
    assert not any(reaches(name, store) for name in names_imported(
        "from eventcenter import ids, validation\nfrom eventcenter.storey import x"))
