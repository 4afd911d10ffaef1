"""What every report's front matter and text blocks share (case reports and series):
the author lines with numbered affiliations, and the authors' text as paragraphs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from caselog.core.model import Author
from caselog.report.model import AuthorLine, Block

TO_WRITE = "[To be written by the authors.]"


@dataclass
class Byline:
    authors: list[AuthorLine]
    affiliations: list[str]  # numbered from 1 in the order they first appear
    correspondence: str | None  # the first corresponding author, with the e-mail


def byline(authors: Sequence[Author]) -> Byline:
    affiliations: list[str] = []
    lines: list[AuthorLine] = []
    correspondence = None
    for a in authors:
        numbers = []
        if a.affiliation:
            if a.affiliation not in affiliations:
                affiliations.append(a.affiliation)
            numbers.append(affiliations.index(a.affiliation) + 1)
        lines.append(AuthorLine(a.name, a.degrees, numbers, a.corresponding))
        if a.corresponding and correspondence is None:
            correspondence = a.name + (f", {a.email}" if a.email else "")
    return Byline(lines, affiliations, correspondence)


def paragraphs(value: str | None) -> list[Block]:
    """The authors' text as paragraphs (split at blank lines), or a placeholder."""
    if not value or not value.strip():
        return [TO_WRITE]
    return [p.strip() for p in value.replace("\r\n", "\n").split("\n\n") if p.strip()]
