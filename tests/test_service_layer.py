"""The window and the command line call one service layer, ``caselog.store.services``
(architecture rule 2), and nothing below it.

The scan reads every import of ``caselog/cli.py`` and ``caselog/ui/**`` (function-level
and ``TYPE_CHECKING`` imports included) and fails on:

- ``caselog.store.<x>`` other than ``services`` (its private ``_`` modules excepted), apart
  from ALLOWED below;
- ``caselog.report_command`` (now ``services.write_report``);
- the parts of ``caselog.interchange``, ``caselog.report``, ``caselog.review`` and
  ``caselog.privacy`` that a service wraps (FORBIDDEN_WITH_A_SERVICE).

Plain modules with no service counterpart stay open to the window: the core data types,
the clinical rules, the case-file validation its forms share (``interchange.validation``,
``interchange.errors``, ``interchange.images``), the report object and the in-memory
report preview, the overview's columns.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "caselog"

ALLOWED: dict[str, set[str]] = {
    # The error types the services raise, caught by name. Their modules are light, so the
    # window can catch them at start-up without loading the services (0.7 s) first.
    "caselog.store.errors": {"StoreError", "NotFound"},
    "caselog.store.crypto": {"PassphraseNeeded", "WrongPassphrase"},
    "caselog.store.integrity": {"DamagedDatabase"},
    "caselog.store.lock": {"DatabaseInUse"},
    # The store handle every service takes, and opening it; the window's start-up opens
    # it on a worker before it needs the services (services re-exports both).
    "caselog.store.engine": {"Store", "open_store"},
    # The search value ``list_cases`` takes (services re-exports it).
    "caselog.store.query": {"CaseQuery"},
    # The whole list's page and count, the very statements ``list_cases`` runs, read from
    # the file before the store (SQLAlchemy, 0.3 s of imports) has loaded (plain SQL).
    "caselog.store.list_sql": {"file_of", "read_file", "page", "count"},  # ui/first_fill.py
    # What a write changed, as the window's one signal carries it (services re-exports
    # Change and Part); plain and light, so the window follows writes without the services.
    "caselog.store.changes": {"Change", "Part", "CASE_PARTS", "list_row"},
}

FORBIDDEN_WITH_A_SERVICE: dict[str, tuple[set[str] | None, str]] = {
    "caselog.report_command": (None, "services.write_report"),
    "caselog.interchange.reader": (None, "services.import_case_file(s)"),
    "caselog.interchange.writer": (None, "services.export_cases"),
    "caselog.review.overview": ({"overview", "to_csv"}, "services.case_overview / export"),
    "caselog.report": ({"build_series_report"}, "services.write_report"),
    "caselog.privacy": ({"deidentify", "Deidentifier"}, "services.export_cases / write_report"),
}

# Imports that are still to move, in files another change owns; each entry must still be
# there (a stale one fails), so the list only shrinks.
PENDING: dict[str, set[tuple[str, str | None]]] = {}


def _is_module(name: str) -> bool:
    rel = Path(*name.split("."))
    return (PACKAGE.parent / rel).with_suffix(".py").is_file() or (
        PACKAGE.parent / rel / "__init__.py"
    ).is_file()


def imports(source: str, package: str = "caselog.ui") -> list[tuple[str, str | None]]:
    """Every caselog import as (module, name): ``from caselog.store import backup`` is
    ``("caselog.store.backup", None)``, ``from caselog.store.errors import NotFound`` is
    ``("caselog.store.errors", "NotFound")``; a relative import is read from ``package``."""
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(a.name, None) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            parts = (base if node.level else []) + ([node.module] if node.module else [])
            module = ".".join(parts)
            for a in node.names:
                sub = f"{module}.{a.name}"
                found.append((sub, None) if _is_module(sub) else (module, a.name))
    return [(m, n) for m, n in found if m == "caselog" or m.startswith("caselog.")]


def breach(module: str, name: str | None) -> str | None:
    """Why the window or the command line may not import this, or None."""
    for below, (names, service) in FORBIDDEN_WITH_A_SERVICE.items():
        if (module == below or module.startswith(below + ".")) and (names is None or name in names):
            return f"use {service}"
    if module == "caselog.store.services" or module.startswith("caselog.store.services."):
        tail = module.removeprefix("caselog.store.services").lstrip(".")
        return "a private module of the services" if tail.startswith("_") else None
    if module == "caselog.store" or module.startswith("caselog.store."):
        if name is not None and name in ALLOWED.get(module, set()):
            return None
        return "below the services: call caselog.store.services"
    return None


def breaches(path: Path) -> set[tuple[str, str | None]]:
    package = ".".join(path.relative_to(PACKAGE.parent).parent.parts)
    found = imports(path.read_text(encoding="utf-8"), package)
    return {(m, n) for m, n in found if breach(m, n)}


def scanned() -> list[Path]:
    return [PACKAGE / "cli.py", *sorted((PACKAGE / "ui").rglob("*.py"))]


def test_the_scanner_sees_each_kind_of_breach() -> None:
    src = (
        "from caselog.store import backup, services\n"
        "import caselog.store.durability\n"
        "from caselog.store.audit import history\n"
        "from caselog.store.errors import NotFound\n"
        "from caselog.store.engine import Store, resolve_target\n"
        "from caselog.store.services import get_case\n"
        "from caselog.store.services._rows import read_case\n"
        "from caselog.review.overview import COLUMNS, to_csv\n"
        "from caselog.core.model import Case\n"
        "def later():\n"
        "    from caselog.report_command import write_report\n"
        "    from caselog.interchange.reader import read_case_file\n"
        "if TYPE_CHECKING:\n"
        "    from caselog.store.backup import BackupInfo\n"
        "from ..store import integrity\n"
        "from . import dialogs\n"
    )
    found = {(m, n) for m, n in imports(src) if breach(m, n)}
    assert found == {
        ("caselog.store.backup", None),
        ("caselog.store.durability", None),
        ("caselog.store.audit", "history"),
        ("caselog.store.engine", "resolve_target"),
        ("caselog.store.services._rows", "read_case"),
        ("caselog.review.overview", "to_csv"),
        ("caselog.report_command", "write_report"),
        ("caselog.interchange.reader", "read_case_file"),
        ("caselog.store.backup", "BackupInfo"),
        ("caselog.store.integrity", None),
    }
    assert ("caselog.ui.dialogs", None) in imports("from . import dialogs\n")


def test_the_window_and_the_command_line_call_only_the_services() -> None:
    files = scanned()
    assert len(files) > 40 and files[0].name == "cli.py"  # the scan really ran
    found = {
        rel: hits
        for path in files
        for rel in [str(path.relative_to(PACKAGE.parent))]
        for hits in [breaches(path) - PENDING.get(rel, set())]
        if hits
    }
    assert found == {}, "\n".join(
        f"{rel}: {m}{'.' + n if n else ''} ({breach(m, n)})"
        for rel, hits in sorted(found.items())
        for m, n in sorted(hits, key=str)
    )


def test_every_pending_import_is_still_there() -> None:
    for rel, pending in PENDING.items():
        assert pending <= breaches(PACKAGE.parent / rel), f"{rel}: remove it from PENDING"


def test_the_store_handle_and_the_query_come_from_the_services_too() -> None:
    import caselog.store.engine as engine
    import caselog.store.query as query
    import caselog.store.services as services

    for module, name in ((engine, "Store"), (engine, "open_store"), (query, "CaseQuery")):
        assert name in services.__all__
        assert getattr(services, name) is getattr(module, name)


LAZY_CHILD = r"""
import json, sys
import caselog.store.services as services
heavy = ["caselog.clinical", "caselog.review", "reportlab", "caselog.interchange.reader"]
before = [m for m in heavy if m in sys.modules]
missing = [n for n in services.__all__ if getattr(services, n, None) is None]
after = [m for m in heavy[:3] if m in sys.modules]
print(json.dumps({"before": before, "missing": missing, "after": after}))
"""


def test_the_services_load_the_rules_reports_and_review_on_first_use() -> None:
    out = subprocess.run(
        [sys.executable, "-c", LAZY_CHILD], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["before"] == []  # importing the services, as the case list does
    assert seen["missing"] == []  # every name the package offers is there
    assert seen["after"] == ["caselog.clinical", "caselog.review", "reportlab"]
