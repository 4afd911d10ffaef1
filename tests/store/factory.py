"""Test cases as core objects: the shared synthetic example (``tests.examples``) and a
minimal case."""

from __future__ import annotations

from pathlib import Path

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient
from tests.examples import EXAMPLE_DIR, load_example


def example_dir() -> Path:
    return EXAMPLE_DIR


def example_case() -> Case:
    """The epidural-calcification case, private identifiers and images included."""
    return load_example(numbered=False)


def minimal_case(title: str = "A minimal case", label: str | None = None) -> Case:
    return Case(
        title=title,
        patient=Patient(sex="male", label=label, age=60),
        events=[Event(kind="note", date=PartialDate(2024, 1, 2), text="seen in clinic")],
    )
