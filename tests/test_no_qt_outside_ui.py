"""No module outside caselog/ui may import Qt (architecture rule 1)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "caselog"
QT_ROOTS = {"PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "qtpy", "pytestqt"}


def qt_imports(source: str) -> list[str]:
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        found += [n for n in names if n.split(".")[0] in QT_ROOTS]
    return found


def test_the_scanner_sees_every_import_form() -> None:
    src = "import PySide6.QtCore\nfrom PySide6 import QtWidgets\ndef f():\n    import PyQt6\n"
    assert qt_imports(src) == ["PySide6.QtCore", "PySide6", "PyQt6"]
    assert qt_imports("import os\nfrom caselog.ui import app\n") == []


def test_no_qt_import_outside_ui() -> None:
    offenders = {
        str(path.relative_to(PACKAGE.parent)): names
        for path in sorted(PACKAGE.rglob("*.py"))
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        for names in [qt_imports(path.read_text(encoding="utf-8"))]
        if names
    }
    assert offenders == {}
    assert len(list(PACKAGE.rglob("*.py"))) > 10  # the scan really ran over the package
