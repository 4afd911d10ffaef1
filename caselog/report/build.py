"""``build_report``: a case in, a ``Report`` (plain data) out, shaped for a journal.

No database session and no layout here: the renderers in ``render`` lay the report out
(the CMAJ fit check lays it out once to count its pages).

What every report goes through before it is returned (``_finish``): citation markers
numbered and the list put in order of first citation (``citations``); no de-identification
placeholder left in print (a sentence that needs one is rephrased or left out, and listed in
the warnings); drafted text in the journal's spelling (US for Cureus, Canadian for CMAJ),
the authors' own text warned about where it is spelled otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from caselog.core.model import Case
from caselog.privacy import Deidentifier
from caselog.report import abstract as abstract_
from caselog.report import (
    draft,
    outcome,
    pixels,
    placeholders,
    references,
    spelling,
    statements,
)
from caselog.report._context import Context
from caselog.report.citations import Citations, strip_markers
from caselog.report.front import byline, paragraphs
from caselog.report.model import (
    Block,
    FieldWarning,
    Figure,
    Report,
    Section,
    Table,
    TrendFigure,
)
from caselog.report.render.cmaj import fit
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
SPELLING = {"cureus": "us", "cmaj": "ca"}  # Cureus prints US English; CMAJ Canadian
CMAJ_WORDS = (300, 500)
CMAJ_REFERENCES = 5
DRAFT_WORDS = 1000
CONSENT_UNRECORDED = "consent for publication is not recorded as obtained"


def build_report(case: Case, template: Template | str, *, deidentify: bool = True) -> Report:
    """The report of ``case`` in the shape of ``template`` ("cureus" or "cmaj").

    De-identified by default: the case goes through ``caselog.privacy.Deidentifier`` first,
    and every time is told relative to the index date.
    """
    if template not in TEMPLATES:
        raise ValueError(
            f"unknown report template {template!r}; choose one of {', '.join(TEMPLATES)}"
        )
    engine = Deidentifier(case, own_mark=placeholders.OWN)
    source = engine.case_copy() if deidentify else case
    left_out = placeholders.clean_case(source) if deidentify else []
    ctx = Context.of(source, engine.age_text())
    report = _cureus(ctx) if template == "cureus" else _cmaj(ctx)
    report.redactions = list(engine.redactions)
    if deidentify and source.report is not None:
        report.shared_references = list(source.report.references)
    _finish(report)
    report.warnings += [FieldWarning(where, _left_out(s)) for where, s in left_out]
    report.warnings += pixels.report_warnings(report)
    if template == "cmaj":
        report.warnings += _cmaj_fit(report)
    missing = missing_glyphs(report.texts())
    if missing:
        report.warnings.append(
            "no glyph in the embedded fonts (prints blank): " + " ".join(sorted(missing))
        )
    consent = ctx.case.report.consent if ctx.case.report else None
    if consent is None or not consent.obtained:
        report.warnings.append(CONSENT_UNRECORDED)
    return report


def _front(ctx: Context, template: str, label: str) -> Report:
    by = byline(ctx.case.authors)
    refs = list(ctx.case.report.references) if ctx.case.report else []
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
        references=references.for_report(refs, template),
    )
    report.warnings += references.details_warnings(refs)
    if not by.authors:
        report.warnings.append("the case has no authors")
    if by.correspondence is None:
        report.warnings.append("no corresponding author is marked")
    return report


def _drafted(texts: list[str], template: str) -> list[Block]:
    return [spelling.spell(t, SPELLING[template]) for t in texts]


def _authors_text(report: Report, name: str, value: str | None) -> list[Block]:
    """The authors' text as paragraphs (or the gap), with a warning for another spelling."""
    if value:
        foreign = spelling.foreign_spellings(value, SPELLING[report.template])
        if foreign:
            report.warnings.append(
                f"{name}: {', '.join(foreign)} is spelled otherwise in "
                f"{'US' if SPELLING[report.template] == 'us' else 'Canadian'} English"
            )
    return paragraphs(value)


def _outcome(report: Report, ctx: Context) -> list[Block]:
    """The case's recorded outcome and follow-up (the drafted sentence, then the clinician's
    words as written); nothing when none is recorded."""
    said = outcome.drafted(ctx)
    out = _drafted([said], report.template) if said else []
    words = outcome.follow_up(ctx)
    if words:
        out += _authors_text(report, "follow-up", words)
    return out


def _statement_lines(report: Report, items: list[statements.Statement]) -> None:
    for s in items:
        report.footer.append((s.label, s.text))
        w = statements.warning(s)
        if w and "Consent" not in (s.label, s.field):  # its own warning: CONSENT_UNRECORDED
            report.warnings.append(w)


def _cureus(ctx: Context) -> Report:
    report = _front(ctx, "cureus", "Case Report")
    rt = ctx.case.report
    figures = image_figures(ctx, 1)
    trends = trend_figure(ctx, len(figures) + 1)
    report.abstract = spelling.spell(abstract_.abstract(ctx), "us")
    if rt and rt.case_presentation and rt.case_presentation.strip():
        presentation = _authors_text(report, "case presentation", rt.case_presentation)
    else:
        drafted = draft.narrative(ctx)
        presentation = _drafted(drafted, "cureus")
        words = sum(len(p.split()) for p in drafted)
        if words > DRAFT_WORDS:
            report.warnings.append(
                f"the drafted case presentation is {words} words: shorten it to what matters"
            )
    presentation.append(timeline_table(ctx, 1))
    presentation += lab_tables(ctx, 2)
    presentation += figures
    if trends:
        presentation.append(trends)
    sections = [
        Section(
            "Introduction", _authors_text(report, "introduction", rt.introduction if rt else None)
        ),
        Section("Case Presentation", presentation),
    ]
    cause = draft.causality(ctx)
    if cause:
        sections.append(Section("Causality assessment", _drafted([cause], "cureus"), level=2))
    told = _outcome(report, ctx)
    if told:
        sections.append(Section("Outcome and follow-up", told, level=2))
    sections += [
        Section("Discussion", _authors_text(report, "discussion", rt.discussion if rt else None)),
        Section("Conclusions", _authors_text(report, "conclusions", rt.conclusion if rt else None)),
    ]
    if rt and rt.patient_perspective:
        sections.append(
            Section(
                "Patient perspective",
                _authors_text(report, "patient perspective", rt.patient_perspective),
            )
        )
    if rt and rt.acknowledgments:
        sections.append(
            Section("Acknowledgments", _authors_text(report, "acknowledgments", rt.acknowledgments))
        )
    report.sections = sections
    # Cureus's Disclosures: human subjects (consent, ethics), conflicts of interest, funding
    human = statements.consent(rt)
    human = statements.Statement(
        "Human subjects", spelling.spell(human.text, "us"), human.recorded, "Consent"
    )
    _statement_lines(
        report,
        [
            human,
            statements.ethics(rt),
            statements.competing_interests(rt).titled("Conflicts of interest"),
            statements.funding(rt),
        ],
    )
    for name, value in {
        "introduction": rt and rt.introduction,
        "discussion": rt and rt.discussion,
        "conclusions": rt and rt.conclusion,
    }.items():
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
        body = _authors_text(report, "case presentation", rt.case_presentation)
    else:
        body = _drafted(draft.narrative(ctx, brief=True), "cmaj")
        cuts = draft.brief_cuts(ctx)
        if cuts:  # cut for the journal's length: the author is told what
            report.warnings.append(
                "the drafted CMAJ text leaves out, for the clinical image's length, "
                + " and ".join(cuts)
                + ": they print in the Cureus report's timeline and tables; write into the "
                "case presentation any the reader needs"
            )
    cause = draft.causality(ctx, brief=True)
    if cause:
        body += _drafted([cause], "cmaj")
    body += _outcome(report, ctx)
    for name, part in (("discussion", rt and rt.discussion), ("conclusion", rt and rt.conclusion)):
        if part and part.strip():
            body += _authors_text(report, name, part)
    if figure is not None:
        body.insert(1, figure)  # a clinical image leads with its figure
    else:
        report.warnings.append("the case has no images; a CMAJ clinical image needs one figure")
    report.sections = [Section("", body)]
    # what the journal's shape has no place for is said, never dropped unannounced
    for name, part in (
        ("introduction", rt and rt.introduction),
        ("patient perspective", rt and rt.patient_perspective),
    ):
        if part and part.strip():
            report.warnings.append(
                f"CMAJ clinical images have no {name}: the authors' {name} "
                f"({len(part.split())} words) is not printed; move what the reader needs into "
                "the case text or the discussion"
            )
    report.word_count = _words(report)
    lo, hi = CMAJ_WORDS
    if not lo <= report.word_count <= hi:
        report.warnings.append(
            f"text is {report.word_count} words; CMAJ clinical images run {lo}-{hi} words"
        )
    if len(report.references) > CMAJ_REFERENCES:
        report.warnings.append(
            f"{len(report.references)} references; CMAJ clinical images take at most "
            f"{CMAJ_REFERENCES}: cut {len(report.references) - CMAJ_REFERENCES}"
        )
    consent = statements.consent(rt)
    if consent.recorded and rt and rt.consent and rt.consent.obtained:
        consent = statements.Statement(
            "Consent", "The authors have obtained patient consent.", True
        )
    items = [statements.competing_interests(rt), consent]
    items += [s for s in (statements.funding(rt), statements.ethics(rt)) if s.recorded]
    _statement_lines(report, items)
    if rt and rt.acknowledgments and rt.acknowledgments.strip():
        report.footer.append(("Acknowledgments", rt.acknowledgments.strip()))
    if report.affiliations:
        report.footer.append(
            ("Affiliations", "; ".join(f"{i}{a}" for i, a in _numbered(report.affiliations)))
        )
    if report.correspondence:
        report.footer.append(("Correspondence to", report.correspondence))
    return report


def _numbered(items: list[str]) -> list[tuple[str, str]]:
    return [(f"{n} " if len(items) > 1 else "", a) for n, a in enumerate(items, 1)]


def _words(report: Report) -> int:
    """Words of the running text (not the tables, legends or references)."""
    return sum(len(b.split()) for s in report.sections for b in s.blocks if isinstance(b, str))


# -- every report, last --------------------------------------------------------------


def _finish(report: Report) -> None:
    """Citations numbered, placeholders out (see the module's docstring)."""
    cited = Citations(report.references)
    for s in report.sections:
        s.blocks = [cited.cite(b) if isinstance(b, str) else b for b in s.blocks]
    if report.abstract:
        report.abstract = strip_markers(report.abstract)
    report.references = cited.numbered()
    report.warnings += cited.warnings()
    _scrub(report)
    report.word_count = _words(report)


def _scrub(report: Report) -> None:
    """Every printed text without a de-identification placeholder (``prose``)."""
    dropped: list[tuple[str, str]] = []

    def clean(where: str) -> Callable[[str], str]:
        def run(text: str) -> str:
            fixed, out = placeholders.without_placeholders(text)
            dropped.extend((where, s) for s in out)
            return fixed

        return run

    label = placeholders.label_without_placeholders
    report.title = label(report.title)
    for a in report.authors:
        a.name = label(a.name)
        a.degrees = label(a.degrees) if a.degrees else a.degrees
    report.affiliations = [label(x) for x in report.affiliations]
    if report.correspondence:
        report.correspondence = label(report.correspondence)
    if report.abstract:
        report.abstract = clean("abstract")(report.abstract)
    report.keywords = [k for k in map(label, report.keywords) if k]
    report.references = [r for r in map(clean("references"), report.references) if r]
    report.footer = [(k, clean(k.lower())(text) or label(text)) for k, text in report.footer]
    for s in report.sections:
        where = s.heading.lower() or "text"
        blocks: list[Block] = []
        for b in s.blocks:
            if isinstance(b, str):
                b = clean(where)(b)
                if not b:
                    continue
            elif isinstance(b, Table):
                fix = clean(f"table {b.number}")
                b.caption = fix(b.caption)
                b.note = fix(b.note) if b.note else b.note
                b.header = [label(h) for h in b.header]
                for row in b.rows:
                    for cell in row:
                        cell.text = fix(cell.text) or label(cell.text)
            elif isinstance(b, Figure):
                fix = clean(f"figure {b.number}")
                b.title = fix(b.title)
                for p in b.panels:
                    p.caption = fix(p.caption) if p.caption else p.caption
            elif isinstance(b, TrendFigure):
                b.title = clean(f"figure {b.number}")(b.title)
                for t in b.trends:
                    t.test = label(t.test)
                    t.unit = label(t.unit) if t.unit else t.unit
                for x in b.exposures:
                    x.drug = label(x.drug)
            blocks.append(b)
        s.blocks = blocks
    report.warnings += [f"{where}: {_left_out(s)}" for where, s in dropped]


def _left_out(sentence: str) -> str:
    if isinstance(sentence, placeholders.Part):
        return (
            "left out part of a sentence that would print a de-identification placeholder "
            f"(rephrase it without the identifier): {str(sentence)!r}, of "
            f"{sentence.sentence!r}"
        )
    return (
        "left out a sentence that would print a de-identification placeholder "
        f"(rephrase it without the identifier): {sentence!r}"
    )


def _cmaj_fit(report: Report) -> list[str]:
    """The clinical image laid out once: a warning saying what to cut when it runs past
    its one page (``render.cmaj.fit``)."""
    return fit(report)
