"""Nothing identifiable leaves the machine: the leak corpus through every export path.

Each of the >= 100 synthetic cases of ``tests/leak_corpus.py`` plants every HIPAA Safe
Harbor identifier type in its free text and private fields. The anonymised case file
(JSON and any file beside it) and the PDF reports (text of every page and the document
metadata) must contain none of them, in any of the forms planted.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.deid_once import deidentify_once
from tests.leak_corpus import corpus, find_leaks
from tests.report_helpers import page_texts

CORPUS = corpus()


def test_corpus_plants_every_safe_harbor_type() -> None:
    assert len(CORPUS) >= 100
    kinds = {n.kind for leak in CORPUS for n in leak.needles}
    assert kinds >= {
        "name",
        "geographic",
        "date",
        "age over 89",
        "telephone",
        "fax",
        "email",
        "ssn",
        "medical record number",
        "health plan number",
        "account number",
        "licence number",
        "vehicle identifier",
        "device identifier",
        "url",
        "ip address",
        "biometric",
        "other unique code",
    }
    for leak in CORPUS:
        text = json.dumps([e.notes or e.text or e.summary or e.findings for e in leak.case.events])
        text += json.dumps(leak.case.report.__dict__ if leak.case.report else {})
        text += " ".join(h.notes or "" for h in leak.case.patient.history)
        # every needle really is in the case, so a clean output means it was removed
        missing = [n.text for n in leak.needles if n.text not in text]
        assert not missing, missing


def test_find_leaks_sees_reformatted_numbers() -> None:
    leak = CORPUS[0]
    phone = next(n.text for n in leak.needles if n.kind == "telephone")
    digits = "".join(ch for ch in phone if ch.isdigit())
    spaced = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    assert find_leaks(f"call {spaced} now", leak)
    assert find_leaks(f"born {leak.dates[0].isoformat()}", leak)
    assert not find_leaks("a 90 or older patient, day 95, 210 mg", leak)


def _text_of_folder(folder: Path) -> str:
    parts = []
    for p in sorted(folder.rglob("*")):
        parts.append(p.name)
        if p.is_file() and p.suffix in {".json", ".txt", ".md", ".csv"}:
            parts.append(p.read_text(encoding="utf-8"))
    return "\n".join(parts)


FILE_PARTS = 4  # the corpus in interleaved parts: no one 6-second test at the suite's end


@pytest.mark.parametrize("part", range(FILE_PARTS))
def test_anonymised_case_file_leaks_nothing(tmp_path: Path, part: int) -> None:
    from caselog.interchange.writer import write_case_file

    leaks: dict[int, list[str]] = {}
    for i in range(part, len(CORPUS), FILE_PARTS):
        leak = CORPUS[i]
        out = tmp_path / f"case{i}" / "case.json"
        out.parent.mkdir()
        write_case_file([leak.case], [], out, anonymise=True)
        found = find_leaks(_text_of_folder(out.parent), leak)
        if found:
            leaks[i] = found
    assert not leaks, _summary(leaks)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    parts = page_texts(path.read_bytes())
    # every metadata value but the render clock's (D:YYYYMMDDHHMMSS once matched a planted
    # five-digit ZIP code at 08:49:28)
    clock = {"/CreationDate", "/ModDate"}
    parts += [str(v) for k, v in (reader.metadata or {}).items() if k not in clock]
    xmp = reader.xmp_metadata
    if xmp is not None:
        parts.append(str(xmp.dc_title) + str(xmp.dc_creator) + str(xmp.dc_description))
    return "\n".join(parts)


PDF_PARTS = 8  # the corpus in interleaved parts, so two workers share the rendering


@pytest.mark.parametrize("part", range(PDF_PARTS))
def test_pdf_reports_leak_nothing(
    tmp_path: Path, part: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each case's Cureus and CMAJ report, from one de-identification (tests/deid_once.py)."""
    from caselog.report import build_report, render_pdf

    deidentify_once(monkeypatch)
    leaks: dict[str, list[str]] = {}
    for i in range(part, len(CORPUS), PDF_PARTS):
        leak = CORPUS[i]
        for template in ("cureus", "cmaj"):
            out = tmp_path / f"{template}-{i}.pdf"
            render_pdf(build_report(leak.case, template), out)
            found = find_leaks(_pdf_text(out), leak)
            if found:
                leaks[f"{i} ({template})"] = found
    assert not leaks, _summary(leaks)


def _summary(leaks: Mapping[Any, list[str]]) -> str:
    kinds: dict[str, int] = {}
    for found in leaks.values():
        for f in found:
            kinds[f.split(":")[0]] = kinds.get(f.split(":")[0], 0) + 1
    case, found = next(iter(leaks.items()))
    return (
        f"{len(leaks)} of {len(CORPUS)} cases leak; by type {kinds}; e.g. case {case}: {found[:5]}"
    )
