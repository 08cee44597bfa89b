"""Small parts (STYLE.md §10, issue 10): no module over 400 lines, no function over 40 lines,
except the constructor of a Qt widget, which lays the widget out and may run longer."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULE_LINES = 400
FUNCTION_LINES = 40


def _long_functions(tree: ast.Module) -> list[tuple[str | None, ast.FunctionDef]]:
    """(class name or None, function) for every function over the limit, nested ones too."""
    found = []

    def visit(node: ast.AST, owner: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                if child.end_lineno - child.lineno + 1 > FUNCTION_LINES:
                    found.append((owner, child))
                visit(child, None)
            elif isinstance(child, ast.ClassDef):
                visit(child, child.name if owner is None and node is tree else None)
            else:
                visit(child, owner)

    visit(tree, None)
    return found


def _is_widget_constructor(module: str, owner: str | None, name: str) -> bool:
    if name != "__init__" or owner is None:
        return False
    from PySide6.QtWidgets import QWidget

    cls = getattr(importlib.import_module(module), owner, None)
    return isinstance(cls, type) and issubclass(cls, QWidget)


def oversized(package: str, root: Path = ROOT) -> list[str]:
    """What in `package` is over the limits, one line each."""
    found = []
    for path in sorted(root.joinpath(*package.split(".")).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        where = str(path.relative_to(root))
        if (lines := len(text.splitlines())) > MODULE_LINES:
            found.append(f"{where}: {lines} lines")
        module = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(
            ".__init__")
        for owner, function in _long_functions(ast.parse(text)):
            if not _is_widget_constructor(module, owner, function.name):
                length = function.end_lineno - function.lineno + 1
                found.append(f"{where}:{function.lineno} {function.name}: {length} lines")
    return found


@pytest.mark.parametrize("package", ["ui", "eventcenter"])
def test_small_parts(package):
    assert oversized(package) == []


def test_the_check_finds_what_is_too_long(tmp_path, monkeypatch):
    """The check can fail: a long function and a long module are found, a long constructor of
    a plain class is not excused."""
    body = "\n".join(f"    x{i} = {i}" for i in range(FUNCTION_LINES))
    method = body.replace("\n", "\n    ")
    source = (f"def long():\n{body}\n\n\nclass Plain:\n    def __init__(self):\n    {method}\n"
              + "\n" * MODULE_LINES)
    (tmp_path / "oversized_probe").mkdir()
    (tmp_path / "oversized_probe" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "oversized_probe" / "big.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))  # `Plain` is imported to see it is no widget
    found = oversized("oversized_probe", tmp_path)
    assert len(found) == 3
    assert found[0].startswith(str(Path("oversized_probe", "big.py")) + ": ")
    assert ":1 long: 41 lines" in found[1] and " __init__: 41 lines" in found[2]
