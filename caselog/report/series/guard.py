"""The last pass over a series report: no de-identification placeholder ("[name]",
"[date]") and no sentence twice ever prints.

A parenthesis holding a placeholder is cut ("hypertension (MRN [record number])" ->
"hypertension"); a sentence still holding one is left out, and the author is told which,
in the redacted form (never the identifier), to rephrase it. A sentence the body said
already is printed once (the abstract is counted on its own).
"""

from __future__ import annotations

import re

from caselog.report import placeholders, prose
from caselog.report.front import TO_WRITE
from caselog.report.model import Report, Table

PLACEHOLDER = re.compile(r"\[[A-Za-z][A-Za-z ]*\]")
PARENTHESIS = re.compile(r"\s*\([^()]*\[[A-Za-z][A-Za-z ]*\][^()]*\)")


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences as the case reports cut it (``prose.sentences``)."""
    return prose.sentences(text)


def _unplaced(text: str) -> str:
    return PARENTHESIS.sub("", text)


def clean_text(text: str, where: str, warnings: list[str], seen: set[str]) -> str:
    """``text`` without its placeholders (as a case report takes them out:
    ``placeholders.without_placeholders``, the smallest part that holds one) and without
    sentences in ``seen``; what was left out is named in ``warnings``."""
    fixed, out = placeholders.without_placeholders(text)
    for s in out:
        if isinstance(s, placeholders.Part):
            warnings.append(
                f"{where}: part of a sentence that names an identifier was left out; "
                f'rephrase it without one: "{s}" (of "{s.sentence}")'
            )
        else:
            warnings.append(
                f"{where}: a sentence that names an identifier was left out; rephrase it "
                f'without one: "{s}"'
            )
    paragraphs = []
    for para in fixed.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            kept = []
            for s in sentences(line):
                key = " ".join(s.split()).casefold()
                if key in seen and s != TO_WRITE:  # each unwritten section keeps its gap
                    continue
                seen.add(key)
                kept.append(s)
            if kept:
                lines.append(" ".join(kept))
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def clean_cell(text: str, where: str, warnings: list[str]) -> str:
    if not PLACEHOLDER.search(text):
        return text
    lines = []
    for line in text.split("\n"):
        line = _unplaced(line)
        if PLACEHOLDER.search(line):
            warnings.append(f"{where}: an entry that names an identifier was left out: {line}")
            continue
        lines.append(line)
    return "\n".join(lines) or "Not recorded"


def guard(report: Report) -> None:
    """Clean every text of ``report`` in place; warnings go to ``report.warnings``."""
    w = report.warnings
    if report.abstract:
        seen: set[str] = set()
        lines = [clean_text(line, "abstract", w, seen) for line in report.abstract.split("\n")]
        report.abstract = "\n".join(line for line in lines if line.split(":", 1)[-1].strip())
    seen = set()  # the body says a sentence once
    for section in report.sections:
        where = section.heading.lower() or "text"
        blocks = []
        for b in section.blocks:
            if isinstance(b, str):
                b = clean_text(b, where, w, seen)
                if not b:
                    continue
            elif isinstance(b, Table):
                for row in b.rows:
                    for cell in row:
                        cell.text = clean_cell(cell.text, f"Table {b.number}", w)
            blocks.append(b)
        section.blocks = blocks
    report.references = [r for r in report.references if not _dropped_ref(r, w)]


def _dropped_ref(ref: str, warnings: list[str]) -> bool:
    if PLACEHOLDER.search(ref):
        warnings.append(f"a reference that names an identifier was left out: {ref}")
        return True
    return False
