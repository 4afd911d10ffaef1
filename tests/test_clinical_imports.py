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


def _caselog_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return {n for n in found if n.startswith("caselog.")}


def test_the_label_rules_import_one_way() -> None:
    """engine -> checks -> context, never back (the checks once imported the engine that
    imported them inside its functions: an import cycle)."""
    rules = Path(caselog.clinical.__file__).parent / "rules"
    engine = _caselog_imports(rules / "engine.py")
    checks = _caselog_imports(rules / "checks.py")
    context = _caselog_imports(rules / "context.py")
    assert {"caselog.clinical.rules.checks", "caselog.clinical.rules.context"} <= engine
    assert "caselog.clinical.rules.context" in checks
    assert "caselog.clinical.rules.engine" not in checks | context
    assert "caselog.clinical.rules.checks" not in context
