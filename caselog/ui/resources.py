"""Where the files shipped beside the package live (the example case)."""

from __future__ import annotations

from pathlib import Path

from caselog.paths import resource_path


def example_case_file() -> Path:
    """The synthetic example case (resources/example/case.json, two PNGs beside it)."""
    return resource_path("example", "case.json")
