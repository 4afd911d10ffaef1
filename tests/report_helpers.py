"""Test support for the report and privacy tests: the example case (``tests.examples``),
reading a PDF's text, and planting identifiers in every free text of a case."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from caselog.core.dates import PartialDate
from tests.examples import load_example

__all__ = ["date_forms", "load_example", "page_texts", "pdf_text", "plant"]


def page_texts(data: bytes) -> list[str]:
    """The text of each page of a PDF, as PDFium (the preview's renderer) extracts it.

    Seven times faster than pypdf's extraction and, once whitespace is collapsed, the same
    text: tests/test_report_pdf.py checks the two agree on reports full of identifiers."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        texts = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            texts.append(str(textpage.get_text_range()))
            textpage.close()
            page.close()
        return texts
    finally:
        doc.close()


def pypdf_page_texts(data: bytes) -> list[str]:
    """The text of each page as pypdf extracts it (the reference ``page_texts`` must meet)."""
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined, whitespace collapsed to single spaces."""
    return " ".join(" ".join(text.split()) for text in page_texts(data))


def date_forms(d: PartialDate) -> list[str]:
    """The usual written forms of a date (all for a day, month-year forms for a month)."""
    import calendar

    y, m, dd = d.year, d.month, d.day
    if m is None:
        return []
    month, mon = calendar.month_name[m], calendar.month_abbr[m]
    if dd is None:
        return [f"{month} {y}", f"{mon} {y}", f"{m:02d}/{y}", f"{y}-{m:02d}"]
    return [
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{m:02d}/{dd:02d}/{y}",
        f"{m}/{dd}/{y}",
        f"{dd}/{m}/{y}",
        f"{month} {dd}, {y}",
        f"{dd} {month} {y}",
        f"{dd} {mon} {y}",
        f"{mon} {dd} {y}",
        f"{y}/{m:02d}/{dd:02d}",
        f"{y}{m:02d}{dd:02d}",
        f"{dd}-{mon}-{y}",
        f"{dd}.{m:02d}.{y}",
    ]


# Fields of the case that hold a closed vocabulary, a letter, or bytes: not free text.
VOCAB_FIELDS = {
    "kind", "action", "role", "severity", "status", "modality", "media_type", "sha256", "sex",
    "ckd_stage", "dialysis", "outcome", "dechallenge", "rechallenge", "who_umc", "seriousness",
    "panel", "loinc", "key", "filename", "private",
}  # fmt: skip


def plant(
    case: object,
    text: str | Callable[[], str],
    *,
    skip: frozenset[str] = frozenset(),
    fill_empty: bool = False,
    only_empty: bool = False,
) -> int:
    """Append ``text`` to every free-text field of ``case``, a dataclass such as a ``Case``
    or an ``Author`` (walking its dataclasses); return
    how many fields were planted. ``skip`` names fields (e.g. ``authors``) left alone;
    ``fill_empty`` also fills the text fields that are empty (None), ``only_empty`` fills
    those alone; ``text`` may be a function, called for each field planted."""
    import dataclasses

    count = 0

    def words() -> str:
        return text if isinstance(text, str) else text()

    def walk(obj: Any) -> None:
        nonlocal count
        for f in dataclasses.fields(obj):
            if f.name in VOCAB_FIELDS or f.name in skip:
                continue
            v = getattr(obj, f.name)
            if isinstance(v, str):
                if not only_empty:
                    setattr(obj, f.name, f"{v} {words()}")
                    count += 1
            elif v is None and (fill_empty or only_empty) and str(f.type).startswith("str"):
                setattr(obj, f.name, words())
                count += 1
            elif isinstance(v, list):
                for i, item in enumerate(v):
                    if isinstance(item, str) and not only_empty:
                        v[i] = f"{item} {words()}"
                        count += 1
                    elif dataclasses.is_dataclass(item):
                        walk(item)
            elif dataclasses.is_dataclass(v) and not isinstance(v, PartialDate):
                walk(v)

    walk(case)
    return count
