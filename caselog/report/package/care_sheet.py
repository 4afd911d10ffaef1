"""The filled CARE checklist of a manuscript: each of the 13 items as the case record has
it (``clinical.care``: reported, partial or missing, and why) and where the manuscript
covers it (the section, and its page in the manuscript PDF), or that it does not and why.

Where an item sits is read from the report itself (its sections, tables and statements),
never assumed from the template: an Introduction still "[To be written by the authors.]"
covers nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from caselog.clinical.care import SOURCE, STATUSES, CareItem, checklist
from caselog.core.model import Case
from caselog.report.front import TO_WRITE
from caselog.report.model import Cell, Report, Section, Table
from caselog.report.package.pdf import Laid

NARRATIVE = ("Case Presentation", "Results", "")  # where the case itself is told
IN_THE_CASE = (
    "patient-information",
    "clinical-findings",
    "diagnostic-assessment",
    "therapeutic-intervention",
    "follow-up",
)
CONSENT_LABELS = ("Human subjects", "Consent")


@dataclass(frozen=True)
class Coverage:
    number: int
    title: str
    status: str  # as the case record has it: reported, partial, missing
    note: str
    section: str | None  # where the manuscript covers it
    page: int | None
    reason: str = ""  # why it is not covered, when section is None

    @property
    def where(self) -> str:
        if self.section is None:
            return f"Not covered: {self.reason}"
        return self.section + (f", page {self.page}" if self.page else "")


SERIES_OWN = {"introduction": "Introduction", "discussion": "Discussion"}
"""Items a series states once for all its patients, in its own text."""


def series_items(cases: Sequence[Case], report: Report) -> list[CareItem]:
    """One checklist for several cases: each item as its least complete case has it, the
    note naming each patient whose record lacks it; the introduction and discussion as the
    series' own text has them."""
    per_case = [checklist(c) for c in cases]
    out = []
    for n, first in enumerate(per_case[0]):
        own = SERIES_OWN.get(first.key)
        if own is not None:
            section = _section(report, own)
            written = section is not None and _written(section)
            status, note = ("reported", "the series' own text") if written else ("missing", "")
            note = note or f"the series has no {own.lower()}"
            field = f"series.{first.key}"
            out.append(CareItem(first.number, first.key, first.title, status, field, note))
            continue
        judged = [items[n] for items in per_case]
        worst = max(judged, key=lambda i: STATUSES.index(i.status))
        lacking = [
            f"patient {k}: {i.note}" for k, i in enumerate(judged, 1) if i.status != "reported"
        ]
        note = "; ".join(lacking) if lacking else first.note
        out.append(CareItem(first.number, first.key, first.title, worst.status, worst.field, note))
    return out


def _written(section: Section) -> bool:
    return any(isinstance(b, str) and b != TO_WRITE for b in section.blocks)


def _section(report: Report, heading: str) -> Section | None:
    return next((s for s in report.sections if s.heading.casefold() == heading.casefold()), None)


def _name(section: Section) -> str:
    return section.heading or "Text"


def _heading_page(laid: Laid, section: Section) -> int | None:
    if section.heading:
        return laid.page_of(section.heading)
    first = next((b for b in section.blocks if isinstance(b, str)), None)
    return laid.page_of(first[:60]) if first else None


def locate(item: CareItem, report: Report, laid: Laid) -> tuple[str | None, int | None, str]:
    """(section, page, reason) of ``item`` in the manuscript."""
    key = item.key
    if key == "title":
        return "Title", laid.page_of(report.title[:60]) or 1, ""
    if key == "keywords":
        if not report.keywords:
            return None, None, "the manuscript prints no keywords"
        page = laid.page_of("Keywords:")
        if page is None:
            return None, None, "this journal's shape prints no keywords"
        return "Keywords (front matter)", page, ""
    if key == "abstract":
        if not report.abstract:
            return None, None, "this journal's shape has no abstract"
        return "Abstract", laid.page_of("Abstract"), ""
    named = {"introduction": "Introduction", "patient-perspective": "Patient perspective"}
    if key in named or key == "discussion":
        section = _section(report, named.get(key, "Discussion"))
        if section is not None and _written(section):
            return section.heading, _heading_page(laid, section), ""
        if key == "discussion" and report.template == "cmaj" and item.status != "missing":
            narrative = _narrative(report)
            if narrative is not None:  # the clinical image folds its discussion into the text
                return _name(narrative), _heading_page(laid, narrative), ""
        if section is not None:
            return None, None, f"the {section.heading} is not written yet"
        return None, None, f"this manuscript has no {named.get(key, 'Discussion')} section"
    if key in IN_THE_CASE:
        narrative = _narrative(report)
        if narrative is None:
            return None, None, "the manuscript does not tell the case"
        return _name(narrative), _heading_page(laid, narrative), ""
    if key == "timeline":
        for s in report.sections:
            for b in s.blocks:
                if isinstance(b, Table) and b.caption.casefold().startswith("timeline"):
                    label = f"Table {b.number}"
                    return f"{_name(s)} ({label})", laid.page_of(f"{label}:"), ""
        return None, None, "the manuscript has no timeline table"
    if key == "consent":
        for label, _text in report.footer:
            if label in CONSENT_LABELS:
                where = "Disclosures" if report.template != "cmaj" else "Notes"
                return f"{where} ({label})", laid.page_containing(f"{label}:"), ""
        section = _section(report, "Consent")
        if section is not None:
            return "Consent", _heading_page(laid, section), ""
        return None, None, "the manuscript has no consent statement"
    return None, None, "no place for this item is known"


def _narrative(report: Report) -> Section | None:
    for name in NARRATIVE:
        section = _section(report, name)
        if section is not None:
            return section
    return None


def coverage(items: Sequence[CareItem], report: Report, laid: Laid) -> list[Coverage]:
    """Each item with where the manuscript covers it. An item the record lacks is not
    covered, whatever section would hold it."""
    out = []
    for item in items:
        section, page, reason = locate(item, report, laid)
        if item.status == "missing":
            section, page, reason = None, None, f"not in the case record: {item.note}"
        out.append(Coverage(item.number, item.title, item.status, item.note, section, page, reason))
    return out


def checklist_report(report: Report, rows: Sequence[Coverage]) -> Report:
    """The filled checklist as a plain report (rendered to PDF and Word like any other)."""
    table = Table(
        1,
        "CARE checklist items, as recorded and as covered by the manuscript",
        ["#", "CARE item", "In the case record", "Where the manuscript covers it"],
        [
            [
                Cell(str(r.number)),
                Cell(r.title),
                Cell(r.status if r.status == "reported" else f"{r.status}: {r.note}"),
                Cell(r.where, None if r.section else "L"),
            ]
            for r in rows
        ],
        widths=[0.05, 0.2, 0.35, 0.4],
        note=f"Items from the {SOURCE}. Pages are those of the manuscript PDF of this package.",
    )
    covered = [r for r in rows if r.section]
    partial = sum(1 for r in covered if r.status == "partial")
    intro = f"{len(covered)} of {len(rows)} CARE items are covered by the manuscript"
    intro += f", {partial} of them only in part (see the case record)." if partial else "."
    return Report(
        template=report.template,
        label="CARE checklist",
        title=report.title,
        authors=[],
        affiliations=[],
        correspondence=None,
        keywords=[],
        abstract=None,
        sections=[Section("", [intro, table])],
        references=[],
    )
