"""``build_report``: a case in, a ``Report`` (plain data) out, shaped for a journal.

No database session and no layout here: the renderers in ``render`` lay the report out.
"""

from __future__ import annotations

from typing import Literal

from caselog.core.model import Case
from caselog.privacy import Deidentifier
from caselog.report import draft, pixels
from caselog.report._context import Context
from caselog.report.front import byline, paragraphs
from caselog.report.model import Block, Report, Section
from caselog.report.render.fonts import missing_glyphs
from caselog.report.tables import (
    combined_figure,
    image_figures,
    lab_tables,
    timeline_table,
    trend_figure,
)

Template = Literal["cureus", "cmaj"]
TEMPLATES: tuple[str, ...] = ("cureus", "cmaj")
CMAJ_WORDS = (300, 500)
CMAJ_REFERENCES = 5
DRAFT_WORDS = 1000


def build_report(case: Case, template: Template | str, *, deidentify: bool = True) -> Report:
    """The report of ``case`` in the shape of ``template`` ("cureus" or "cmaj").

    De-identified by default: the case goes through ``caselog.privacy.Deidentifier`` first,
    and every time is told relative to the index date.
    """
    if template not in TEMPLATES:
        raise ValueError(
            f"unknown report template {template!r}; choose one of {', '.join(TEMPLATES)}"
        )
    engine = Deidentifier(case)
    source = engine.case_copy() if deidentify else case
    ctx = Context.of(source, engine.age_text())
    report = _cureus(ctx) if template == "cureus" else _cmaj(ctx)
    report.redactions = list(engine.redactions)
    report.warnings += pixels.report_warnings(report)
    missing = missing_glyphs(report.texts())
    if missing:
        report.warnings.append(
            "no glyph in the embedded fonts (prints blank): " + " ".join(sorted(missing))
        )
    if (
        ctx.case.report is None
        or ctx.case.report.consent is None
        or not ctx.case.report.consent.obtained
    ):
        report.warnings.append("consent for publication is not recorded as obtained")
    return report


def _front(ctx: Context, template: str, label: str) -> Report:
    by = byline(ctx.case.authors)
    report = Report(
        template=template,
        label=label,
        title=ctx.case.title,
        authors=by.authors,
        affiliations=by.affiliations,
        correspondence=by.correspondence,
        keywords=list(ctx.case.keywords),
        abstract=None,
        sections=[],
        references=list(ctx.case.report.references) if ctx.case.report else [],
    )
    if not by.authors:
        report.warnings.append("the case has no authors")
    if by.correspondence is None:
        report.warnings.append("no corresponding author is marked")
    return report


def _consent(ctx: Context) -> str:
    consent = ctx.case.report.consent if ctx.case.report else None
    if consent is None or consent.obtained is None:
        text = "Consent for publication has not been recorded."
    elif consent.obtained:
        text = "Informed consent for publication of this case report was obtained from the patient."
    else:
        text = "Consent for publication was not obtained."
    if consent is not None and consent.notes:
        text += " " + consent.notes.strip()
    return text


def _cureus(ctx: Context) -> Report:
    report = _front(ctx, "cureus", "Case Report")
    rt = ctx.case.report
    figures = image_figures(ctx, 1)
    trends = trend_figure(ctx, len(figures) + 1)
    report.abstract = draft.abstract(ctx)
    if rt and rt.case_presentation and rt.case_presentation.strip():
        presentation: list[Block] = paragraphs(rt.case_presentation)
    else:
        drafted = draft.narrative(ctx)
        presentation = list(drafted)
        words = sum(len(p.split()) for p in drafted)
        if words > DRAFT_WORDS:
            report.warnings.append(
                f"the drafted case presentation is {words} words: shorten it to what matters"
            )
    presentation.append(timeline_table(ctx, 1))
    labs = lab_tables(ctx, 2)
    presentation += labs
    presentation += figures
    if trends:
        presentation.append(trends)
    sections = [
        Section("Introduction", paragraphs(rt.introduction if rt else None)),
        Section("Case Presentation", presentation),
    ]
    cause = draft.causality(ctx)
    if cause:
        sections.append(Section("Causality assessment", [cause], level=2))
    sections += [
        Section("Discussion", paragraphs(rt.discussion if rt else None)),
        Section("Conclusions", paragraphs(rt.conclusion if rt else None)),
    ]
    if rt and rt.patient_perspective:
        sections.append(Section("Patient perspective", paragraphs(rt.patient_perspective)))
    if rt and rt.acknowledgments:
        sections.append(Section("Acknowledgments", paragraphs(rt.acknowledgments)))
    sections.append(Section("Consent", [_consent(ctx)]))
    report.sections = sections
    written = {
        "introduction": rt and rt.introduction,
        "discussion": rt and rt.discussion,
        "conclusions": rt and rt.conclusion,
    }
    for name, value in written.items():
        if not value:
            report.warnings.append(f"{name}: not written yet")
    if not 2 <= len(report.keywords) <= 5:
        report.warnings.append(f"{len(report.keywords)} keywords; CARE asks for 2 to 5")
    report.word_count = _words(report)
    return report


def _cmaj(ctx: Context) -> Report:
    report = _front(ctx, "cmaj", "Clinical Images")
    rt = ctx.case.report
    figure = combined_figure(ctx, 1)
    if rt and rt.case_presentation and rt.case_presentation.strip():
        body: list[Block] = paragraphs(rt.case_presentation)
    else:
        body = list(draft.narrative(ctx, brief=True))
    cause = draft.causality(ctx)
    if cause:
        body.append(cause)
    for part in (rt.discussion, rt.conclusion) if rt else ():
        if part and part.strip():
            body += paragraphs(part)
    if figure is not None:
        body.insert(1, figure)  # a clinical image leads with its figure
    else:
        report.warnings.append("the case has no images; a CMAJ clinical image needs one figure")
    report.sections = [Section("", body)]
    report.word_count = _words(report)
    lo, hi = CMAJ_WORDS
    if not lo <= report.word_count <= hi:
        report.warnings.append(
            f"text is {report.word_count} words; CMAJ clinical images run {lo}-{hi} words"
        )
    if len(report.references) > CMAJ_REFERENCES:
        report.warnings.append(f"{len(report.references)} references; at most {CMAJ_REFERENCES}")
    report.footer = [
        ("Competing interests", "None declared."),
        ("Consent", _consent(ctx)),
    ]
    if report.affiliations:
        report.footer.append(
            ("Affiliations", "; ".join(f"{i}{a}" for i, a in _numbered(report.affiliations)))
        )
    if report.correspondence:
        report.footer.append(("Correspondence to", report.correspondence))
    report.warnings.append("competing interests are printed as 'None declared': confirm them")
    return report


def _numbered(items: list[str]) -> list[tuple[str, str]]:
    return [(f"{n} " if len(items) > 1 else "", a) for n, a in enumerate(items, 1)]


def _words(report: Report) -> int:
    """Words of the running text (not the tables, legends or references)."""
    return sum(len(b.split()) for s in report.sections for b in s.blocks if isinstance(b, str))
