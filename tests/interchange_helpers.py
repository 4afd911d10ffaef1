"""Small builders for case-file tests: a minimal valid document, and reading one from a dict."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from caselog.interchange.errors import CaseFileError
from caselog.interchange.reader import CaseFile, read_case_file
from tests.strategies import TODAY


def minimal_case(**changes: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "id": "a",
        "title": "A case",
        "patient": {"sex": "female", "age": 70},
        "events": [
            {"kind": "medication", "date": "2024-03-04", "drug": "romosozumab", "action": "start"},
            {"kind": "symptom", "date": "2024-06-03", "name": "back pain"},
        ],
    }
    case.update(changes)
    return case


def document(*cases: dict[str, Any], **top: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "caselog",
        "version": 1,
        "cases": list(cases) or [minimal_case()],
    }
    doc.update(top)
    return doc


def write(folder: Path, doc: Any, name: str = "case.json") -> Path:
    path = folder / name
    text = doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def read(folder: Path, doc: Any) -> CaseFile:
    return read_case_file(write(folder, doc), today=TODAY)


def issues_of(folder: Path, doc: Any) -> list[str]:
    """The error lines reading ``doc`` gives, without the file name; fails if it reads."""
    path = write(folder, doc)
    with pytest.raises(CaseFileError) as caught:
        read_case_file(path, today=TODAY)
    prefix = f"{path}: "
    lines = str(caught.value).splitlines()
    assert all(line.startswith(prefix) for line in lines), lines
    assert len(lines) == len(caught.value.issues)
    return [line[len(prefix) :] for line in lines]
