"""`make run` sets up the application alone; `make test` adds the development tools; both
leave the caselog command installed, and say what they are doing."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_TOOLS = ("pytest", "ruff", "mypy", "hypothesis", "pypdf")

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(tmp_path: Path, target: str) -> str:
    """What ``make TARGET`` would run in a fresh checkout (no .venv yet)."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    out = subprocess.run(
        ["make", "-n", target], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def installs(commands: str) -> list[str]:
    return [line for line in commands.splitlines() if "pip install" in line and "pip\n" not in line]


def test_make_run_installs_the_application_without_the_development_tools(
    tmp_path: Path,
) -> None:
    commands = dry_run(tmp_path, "run")
    lines = [ln for ln in installs(commands) if "-e" in ln.split()]
    assert lines, commands
    assert all("[dev]" not in ln for ln in lines), lines
    assert any(ln.rstrip().endswith("-e .") for ln in lines), lines
    assert all("--quiet" not in ln for ln in installs(commands))  # progress shows
    assert "echo" in commands  # says what it is setting up before pip starts
    assert ".venv/bin/caselog" in commands


def test_make_test_installs_the_development_extra(tmp_path: Path) -> None:
    lines = installs(dry_run(tmp_path, "test"))
    assert any("'.[dev]'" in ln or ".[dev]" in ln for ln in lines), lines


def test_the_application_dependencies_hold_no_development_tool() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    names = [dep.split("=")[0].split("[")[0].strip().lower() for dep in project["dependencies"]]
    assert not set(names) & set(DEV_TOOLS)
    dev = [d.split("=")[0].lower() for d in project["optional-dependencies"]["dev"]]
    assert set(DEV_TOOLS) <= set(dev)


def test_the_readme_starts_with_make_run_and_make_test() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [ln.split("#")[0].strip() for ln in text.splitlines() if ln.startswith("make ")]
    assert commands[:2] == ["make run", "make test"]
    assert text.index("make run") < text.index("make test") < text.index("## ")
