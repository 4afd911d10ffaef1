"""The report as plain data: every sentence, table and figure a template prints.

Built by ``build.build_report`` from a case; laid out by the renderers. Text here is plain
text (never markup): the renderers escape it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from caselog.core.model import Reference
from caselog.privacy import Redaction


@dataclass
class Cell:
    text: str
    flag: str | None = None  # "H" or "L": outside the reference range


@dataclass
class Table:
    number: int
    caption: str
    header: list[str]
    rows: list[list[Cell]]
    widths: list[float] | None = None  # relative column widths
    note: str | None = None


@dataclass
class Panel:
    data: bytes
    media_type: str
    width: int
    height: int
    label: str | None = None  # "A", "B", ...
    caption: str | None = None


@dataclass
class Figure:
    number: int
    title: str
    panels: list[Panel]

    @property
    def legend(self) -> str:
        """``Figure 1: title (A) ... (B) ...``"""
        parts = [f"Figure {self.number}: {self.title}"]
        for p in self.panels:
            if p.caption:
                parts.append(f"({p.label}) {p.caption}" if p.label else p.caption)
        return " ".join(parts)


@dataclass
class Point:
    day: float
    value: float
    flag: str | None = None


@dataclass
class Exposure:
    drug: str
    start: float
    end: float
    doses: list[float] = field(default_factory=list)


@dataclass
class Trend:
    test: str
    unit: str | None
    points: list[Point]
    ref_low: float | None
    ref_high: float | None


@dataclass
class TrendFigure:
    """Lab trends (tests with three or more values) over relative time, drug exposure beneath."""

    number: int
    title: str
    trends: list[Trend]
    exposures: list[Exposure]

    @property
    def legend(self) -> str:
        return f"Figure {self.number}: {self.title}"


Block = str | Table | Figure | TrendFigure


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)
    level: int = 1


@dataclass
class AuthorLine:
    name: str
    degrees: str | None
    affiliations: list[int]
    corresponding: bool = False


class FieldWarning(str):
    """A warning about one field of the case: the line every list of warnings holds, as the
    command line prints it (``case.events[8].notes: left out ...``), that also keeps its
    place as data: ``field``, the field's path in the case as a redaction names it
    (``events[8].notes``), and ``message``, what is said of it. A reader that names the
    field its own way (the report dialog, as its review table does) reads these two.

    A ``str`` because warnings are lines everywhere else (``services.write_report``, the
    package's list, ``caselog report``'s stderr), and this one is the same line to them."""

    field: str
    message: str

    def __new__(cls, field: str, message: str) -> FieldWarning:
        line = super().__new__(cls, f"case.{field}: {message}")
        line.field = field
        line.message = message
        return line

    def __reduce__(self) -> tuple[type[FieldWarning], tuple[str, str]]:
        return (FieldWarning, (self.field, self.message))


@dataclass
class Report:
    template: str  # "cureus" | "cmaj"
    label: str  # "Case Report", "Clinical Images"
    title: str
    authors: list[AuthorLine]
    affiliations: list[str]
    correspondence: str | None
    keywords: list[str]
    abstract: str | None
    sections: list[Section]
    references: list[str]
    footer: list[tuple[str, str]] = field(default_factory=list)  # (label, text) notes
    warnings: list[str] = field(default_factory=list)  # a FieldWarning names its field
    redactions: list[Redaction] = field(default_factory=list)
    word_count: int = 0
    # the de-identified case's references as recorded (items with their fields), for a
    # reference manager's file beside the report (the package's RIS); never printed as such
    shared_references: list[Reference] = field(default_factory=list)

    def texts(self) -> Iterator[str]:
        """Every string the report prints."""
        yield from (self.label, self.title, self.abstract or "", self.correspondence or "")
        yield from self.keywords
        yield from self.affiliations
        yield from self.references
        for a in self.authors:
            yield from (a.name, a.degrees or "")
        for label, text in self.footer:
            yield from (label, text)
        for s in self.sections:
            yield s.heading
            for b in s.blocks:
                if isinstance(b, str):
                    yield b
                elif isinstance(b, Table):
                    yield from (b.caption, b.note or "", *b.header)
                    yield from (c.text for row in b.rows for c in row)
                elif isinstance(b, Figure | TrendFigure):
                    yield b.legend

    def figures(self) -> list[Figure | TrendFigure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure | TrendFigure)]

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]
