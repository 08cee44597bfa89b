"""The core's folders keep their layers: each part imports only the parts below it, as its
`__init__.py` says. Shared words (errors, messages, times, Swedish text, ids, this laptop,
what changed) are below everything; the store is above them; the operations (lookup,
catalogue, journal, state, undo) above the store; the open file above the operations; and
what uses an open file (reports, new events, the demo, the command line) on top.

Imports inside `if TYPE_CHECKING:` are left out: they name types and run nothing."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "eventcenter"

SHARED = {"clock", "errors", "messages", "timefmt", "swedish", "validation", "ids", "device",
          "changes", "listeners", "roles", "kinds", "history"}
BELOW_THE_FILE = SHARED | {"store", "lookup", "catalogue", "journal", "state", "undo",
                           "projections", "backups", "damage"}
THE_FILE = BELOW_THE_FILE | {"reading", "event_file", "integrity", "watch"}
MAY_IMPORT: dict[str, set[str]] = {
    **{word: SHARED for word in SHARED},
    "store": SHARED,
    "lookup": SHARED | {"store"},
    "catalogue": SHARED | {"store", "lookup"},
    "journal": SHARED | {"store", "lookup", "catalogue"},
    "state": SHARED | {"store", "lookup", "catalogue"},
    "undo": SHARED | {"store", "lookup", "journal", "state"},
    "projections": SHARED | {"store", "catalogue", "journal", "state"},
    "backups": SHARED | {"store"},
    "damage": SHARED | {"store", "backups"},
    "reading": BELOW_THE_FILE,
    "event_file": BELOW_THE_FILE | {"reading"},
    "integrity": BELOW_THE_FILE | {"event_file"},
    "watch": BELOW_THE_FILE | {"event_file"},
    "reports": THE_FILE,
    "new_event": THE_FILE,
    "demo": THE_FILE | {"new_event"},
    "cli": THE_FILE | {"reports", "new_event"},
}


def part_of(module: str) -> str | None:
    """The part of the core a dotted module name belongs to (its folder or top module)."""
    parts = module.split(".")
    if parts[0] != "eventcenter":
        return None
    return parts[1] if len(parts) > 1 else "eventcenter"


def runtime_imports(path: Path) -> set[str]:
    """Modules imported when the file runs (module level and inside functions)."""
    found: set[str] = set()

    class Walk(ast.NodeVisitor):
        def visit_If(self, node: ast.If) -> None:
            if getattr(node.test, "id", None) == "TYPE_CHECKING":
                for inner in node.orelse:
                    self.visit(inner)
                return
            self.generic_visit(node)

        def visit_Import(self, node: ast.Import) -> None:
            found.update(alias.name for alias in node.names)

        def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
            if node.module == "eventcenter":
                found.update(f"eventcenter.{alias.name}" for alias in node.names)
            elif node.module and not node.level:
                found.add(node.module)

    Walk().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_every_part_of_the_core_has_its_rule():
    parts = {p.stem if p.is_file() else p.name for p in CORE.iterdir()
             if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()}
    assert parts == set(MAY_IMPORT)


@pytest.mark.parametrize("part", sorted(MAY_IMPORT))
def test_each_part_imports_only_what_lies_below_it(part):
    files = [CORE / f"{part}.py"] if (CORE / f"{part}.py").exists() else \
        list((CORE / part).rglob("*.py"))
    wrong = sorted(f"{path.relative_to(ROOT)}: {name}" for path in files
                   for name in runtime_imports(path)
                   if (other := part_of(name)) not in (None, part, "eventcenter")
                   and other not in MAY_IMPORT[part])
    assert wrong == []


def test_the_rule_catches_a_wrong_import(tmp_path):
    """The walk sees an import hidden in a function, and skips one only for type checking."""
    sample = tmp_path / "sample.py"
    sample.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                      "    from eventcenter.event_file import EventFile\n"
                      "def f():\n    from eventcenter.cli import main\n", encoding="utf-8")
    assert runtime_imports(sample) == {"typing", "eventcenter.cli"}
