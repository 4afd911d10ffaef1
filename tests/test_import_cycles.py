"""No import cycle among caselog's modules (issue 11): an import anywhere in a file counts,
a function's included (a lazy import does not hide a dependency); one under ``if
TYPE_CHECKING:`` does not (it never runs). A module's own packages above it are not a
cycle: importing ``caselog.privacy.scan`` runs ``caselog/privacy/__init__.py`` first."""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "caselog"


def _modules(root: Path) -> dict[str, Path]:
    mods = {}
    for f in root.rglob("*.py"):
        parts = list(f.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = f
    return mods


def _type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def _imported(m: str, f: Path) -> list[str]:
    """Every name module ``m`` (file ``f``) imports, run-time imports only."""
    package = m if f.name == "__init__.py" else m.rpartition(".")[0]
    tree = ast.parse(f.read_text(encoding="utf-8"))
    skip = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _type_checking(node)
        for b in node.body
        for n in ast.walk(b)
    }
    out: list[str] = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join(up + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            out += [source] + [f"{source}.{a.name}" for a in node.names]  # a name or a module
    return out


def import_graph(root: Path) -> dict[str, set[str]]:
    """Each module of the package at ``root`` and the package's modules it imports."""
    mods = _modules(root)

    def resolve(name: str) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for m, f in mods.items():
        targets = {resolve(t) for t in _imported(m, f)}
        graph[m] = {r for r in targets if r and r != m and not m.startswith(r + ".")}
    return graph


def a_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as e:
        return list(e.args[1])
    return None


def test_no_import_cycle_among_caselogs_modules() -> None:
    graph = import_graph(ROOT)
    assert len(graph) > 250  # every module was read
    cycle = a_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize(
    ("a", "b", "cycle"),
    [
        ("from pkg import b\n", "def f():\n    from pkg.a import x\n", True),  # lazy: counts
        ("import pkg.b\n", "from . import a\n", True),
        (
            "from pkg import b\n",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n",
            False,
        ),  # fmt: skip
        ("from pkg import b\n", "import os\n", False),
    ],
)
def test_the_check_sees_a_cycle_however_it_is_written(
    tmp_path: Path, a: str, b: str, cycle: bool
) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text(a)
    (pkg / "b.py").write_text(b)
    assert (a_cycle(import_graph(pkg)) is not None) is cycle
