"""Where the files shipped beside the package live (the example case)."""

from __future__ import annotations

from pathlib import Path

import caselog

RESOURCES = Path(caselog.__file__).resolve().parent.parent / "resources"


def example_case_file() -> Path:
    """The synthetic example case (resources/example/case.json, two PNGs beside it)."""
    return RESOURCES / "example" / "case.json"
