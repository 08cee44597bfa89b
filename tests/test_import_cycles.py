"""No import cycles: a module never needs, directly or around a ring of others, a module that
needs it. A cycle makes the order of imports matter, hides half-built modules behind
function-level imports, and makes a part impossible to read or test on its own.

The walk reads the source (nothing is imported): every `import` and `from … import …`, at
module level and inside functions and classes alike (a cycle hidden in a function counts),
and those under `if TYPE_CHECKING:` too: a ring of type hints is a ring of the design, which a
small `Protocol` in the lower module unties. A statement depends on the module it
names: `import a.b` and `from a import b` on `a.b` when that is a module, `from a import f`
on `a`. The parent packages Python runs on the way are not counted, so a package's
`__init__` may list its modules without making a ring with each of them; a module that takes
a name from its package's `__init__` while that `__init__` imports it is a ring.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def modules_of(package: str, root: Path = ROOT) -> dict[str, Path]:
    """Every module of `package` (a dotted name under `root`) by its dotted name."""
    found = {}
    for path in sorted(root.joinpath(*package.split(".")).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _import_nodes(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement under `node`, type checking's included."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
        return
    for child in ast.iter_child_nodes(node):
        yield from _import_nodes(child)


def named_modules(source: str, module: str, known: set[str],
                  is_package: bool = False) -> set[str]:
    """The dotted names the imports of `module`'s source name, relative ones resolved. For
    `from X import Y` that is `X.Y` when it is one of the `known` modules, else `X`."""
    names: set[str] = set()
    here = module.split(".") if is_package else module.split(".")[:-1]
    for node in _import_nodes(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
            continue
        base = here[:len(here) - node.level + 1] if node.level else []
        target = ".".join(base + ([node.module] if node.module else []))
        for alias in node.names:
            submodule = f"{target}.{alias.name}".lstrip(".")
            names.add(submodule if submodule in known else target)
    return names


def import_graph(package: str, root: Path = ROOT) -> dict[str, set[str]]:
    """Module → the modules of the same package its imports name."""
    modules = modules_of(package, root)
    graph = {}
    for name, path in modules.items():
        named = named_modules(path.read_text(encoding="utf-8"), name, set(modules),
                              path.name == "__init__.py")
        graph[name] = {other for other in named if other in modules and other != name}
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components, each sorted; a component of two or more modules is a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def import_cycles(package: str, root: Path = ROOT) -> list[list[str]]:
    """The import cycles among the modules of `package`: each a sorted list of modules."""
    return sorted(c for c in strongly_connected(import_graph(package, root)) if len(c) > 1)


@pytest.mark.parametrize("package", ["ui", "eventcenter"])
def test_no_import_cycles(package):
    assert import_cycles(package) == []


def test_the_walk_finds_a_cycle_hidden_in_a_function(tmp_path):
    """The check can fail: a ring through a function-level and a relative import is found,
    and one through an import only for type checking; a parent package makes no ring."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "from pkg import a\n",
        "a.py": "import pkg.b\n",
        "b.py": "def later():\n    from .sub import c\n",
        "sub/__init__.py": "",
        "sub/c.py": "from .. import a\n",
        "d.py": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import e\n"
                 "else:\n    import json\n"),
        "e.py": "from pkg.d import something\n",
    }
    for name, text in files.items():
        (pkg / name).write_text(text, encoding="utf-8")
    graph = import_graph("pkg", tmp_path)
    assert graph["pkg.sub.c"] == {"pkg.a"}
    assert graph["pkg"] == {"pkg.a"}
    assert graph["pkg.d"] == {"pkg.e"}
    assert import_cycles("pkg", tmp_path) == [["pkg.a", "pkg.b", "pkg.sub.c"],
                                              ["pkg.d", "pkg.e"]]
