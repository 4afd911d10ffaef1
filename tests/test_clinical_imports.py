"""caselog.clinical is plain Python: no Qt, no database."""

import ast
from pathlib import Path

import caselog.clinical

FORBIDDEN = (
    "PySide6",
    "sqlmodel",
    "sqlalchemy",
    "caselog.ui",
    "caselog.store",
    "caselog.report",  # the report and privacy build on clinical, never the other way
    "caselog.privacy",
)


def test_clinical_imports_neither_qt_nor_the_store_nor_its_users() -> None:
    root = Path(caselog.clinical.__file__).parent
    files = list(root.rglob("*.py"))
    assert len(files) > 5
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"
