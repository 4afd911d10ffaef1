"""What the readers share: the error they raise, keys made from names, DOIs and pages."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DOI = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)$", re.IGNORECASE)
_DASHES = re.compile(r"\s*(?:--|[\u2010-\u2015\u2212-])\s*")


@dataclass
class ReadError(Exception):
    """Bad input in a reference file: the file, the line (or record) and what is wrong."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: line {self.line}" if self.line else self.file
        return f"{where}: {self.message}"


def ascii_fold(text: str) -> str:
    """``müller`` -> ``muller``: letters without their accents, lower case, a-z only."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^a-z]", "", decomposed.encode("ascii", "ignore").decode())


def derived_key(item: dict[str, Any]) -> str:
    """``cosman2016``: the first author's family name (or group name's first word) and the
    year, as ``caselog.report.citations`` derives a key from a typed reference; ``ref`` and
    the year (or ``nd``) when there is no author. Values of the wrong shape count as absent
    (the item's check names them)."""
    names = item.get("author") or item.get("editor")
    first = names[0] if isinstance(names, list) and names and isinstance(names[0], dict) else {}
    family, literal = first.get("family"), first.get("literal")
    surname = family if isinstance(family, str) else ""
    if not surname and isinstance(literal, str):
        surname = (literal.split() or [""])[0]
    issued = item.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    year = "nd"
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        year = str(parts[0][0])
    return (ascii_fold(surname) or "ref") + (year if year.isdigit() else "nd")


def unique_keys(items: list[dict[str, Any]], taken: set[str]) -> None:
    """Make every item's ``id`` unique (case-insensitively) among ``taken`` and the others:
    ``cosman2016``, ``cosman2016a``, ``cosman2016b``…"""
    for item in items:
        base = str(item["id"])
        key, n = base, 0
        while key.casefold() in taken:
            key = base + chr(ord("a") + n) if n < 26 else f"{base}-{n}"
            n += 1
        item["id"] = key
        taken.add(key.casefold())


def clean_doi(text: str) -> str | None:
    """The DOI itself (``10.1056/...``) from a DOI, ``doi:`` or doi.org link; else None."""
    m = _DOI.match(text.strip())
    return m.group(1).rstrip(".") if m else None


def page_range(first: str, last: str | None = None) -> str:
    """``1532-1543`` from "1532--1543", "1532–1543", a first and a last page, or PubMed's
    abbreviated "1532-43" (CSL-JSON holds the full range; each style shortens it its way)."""
    pages = _DASHES.sub("-", first.strip())
    if last and last.strip() and "-" not in pages:
        pages = f"{pages}-{last.strip()}"
    start, dash, end = pages.partition("-")
    if dash and start.isdigit() and end.isdigit() and len(end) < len(start):
        full = start[: len(start) - len(end)] + end
        if int(full) > int(start):
            return f"{start}-{full}"
    return pages


def compact(item: dict[str, Any]) -> dict[str, Any]:
    """Without the empty values."""
    return {k: v for k, v in item.items() if v not in (None, "", [], {})}
