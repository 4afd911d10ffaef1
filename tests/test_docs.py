"""The contracts live in the repository (docs/) and the code points at them there; the
command line's page names every command it has."""

from __future__ import annotations

import re
from pathlib import Path

from caselog import cli

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
OLD_PLACE = re.compile(r"(?<![\w/])spec/[\w-]+\.md|shared/spec")

# Files another change owns (the field declarations), still to point at docs/ (a stale
# entry fails, so the list only shrinks).
PENDING = {
    "caselog/core/model.py",
    "caselog/core/vocab.py",
    "caselog/interchange/__init__.py",
    "caselog/interchange/events.py",
    "caselog/interchange/reader.py",
    "caselog/interchange/schema.py",
    "caselog/interchange/validation.py",
    "caselog/interchange/writer.py",
}


def _texts() -> list[Path]:
    found = [ROOT / "README.md", ROOT / "Makefile", *DOCS.glob("*.md")]
    for folder in ("caselog", "tests", "bench", "db"):
        found += (ROOT / folder).rglob("*.py")
    return [p for p in found if p != Path(__file__).resolve()]


def test_the_contracts_are_in_docs() -> None:
    for name in ("case-format.md", "cli.md", "CONTRIBUTING.md"):
        assert (DOCS / name).read_text(encoding="utf-8").startswith("# ")


def test_nothing_points_at_the_specs_outside_the_repository() -> None:
    citing = {
        str(p.relative_to(ROOT))
        for p in _texts()
        if OLD_PLACE.search(p.read_text(encoding="utf-8"))
    }
    assert citing - PENDING == set()
    assert citing >= PENDING, f"now pointing at docs/: remove {PENDING - citing} from PENDING"
    assert OLD_PLACE.search("see spec/cli.md") and not OLD_PLACE.search("see docs/cli.md")


def test_every_docs_page_the_code_cites_exists() -> None:
    cited = {m for p in _texts() for m in re.findall(r"docs/([\w-]+\.md)", p.read_text("utf-8"))}
    assert {"cli.md", "case-format.md"} <= cited
    assert {name for name in cited if not (DOCS / name).is_file()} == set()


def test_the_command_line_page_and_the_readme_name_every_command() -> None:
    sub = next(a for a in cli.build_parser()._actions if a.dest == "command")
    commands = set(sub.choices)  # type: ignore[arg-type]
    assert {"import", "list", "export", "report", "check", "history", "backup"} <= commands
    for page in (DOCS / "cli.md", ROOT / "README.md"):
        text = page.read_text(encoding="utf-8")
        assert {c for c in commands if f"caselog [--db TARGET] {c} " not in text} == set()
        assert "caselog --version" in text


def test_the_make_targets_the_contributing_page_names_exist() -> None:
    text = (DOCS / "CONTRIBUTING.md").read_text(encoding="utf-8")
    named = set(re.findall(r"^make (\w+)", text, re.M))
    assert named >= {"run", "test", "bench", "soak"}
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert {t for t in named if not re.search(rf"^{t}:", makefile, re.M)} == set()
