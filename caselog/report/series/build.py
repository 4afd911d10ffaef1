"""``build_series_report``: the cases of a series in, one de-identified ``Report`` out.

Shaped as JBMR Plus prints a case series: title ("...: a case series"), authors, a
structured abstract (Objective, Methods, Results, Conclusions), Introduction, Materials and
methods, Results (Table 1 with the patients side by side, the measurements tracked in more
than one patient as a table and a chart each, one paragraph per patient), Discussion,
Consent, References. Patients are named by their labels, never identifiers; the last pass
(``guard``) keeps every placeholder and repeated sentence out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from caselog.core.model import Author, Case, Series
from caselog.report._context import lower_first
from caselog.report.front import byline, paragraphs
from caselog.report.model import Block, Report, Section
from caselog.report.series import bone, draft
from caselog.report.series.characteristics import characteristics_tables, is_bone_series
from caselog.report.series.guard import guard
from caselog.report.series.members import Member, measures, members
from caselog.report.series.patients import summaries
from caselog.report.series.privacy import deidentify_series
from caselog.report.series.regimen import drug_names, regimen
from caselog.report.series.tables import chart, measurement_tables, step_of
from caselog.report.series.words import count_word, listing, prose_name

LABEL = "Case Series"
SUFFIX = ": a case series"


def series_title(title: str) -> str:
    """The title ending ": a case series" (kept as it is when it already says so)."""
    title = title.strip().rstrip(".")
    return title if "case series" in title.casefold() else title + SUFFIX


def build_series_report(cases: Sequence[Case], series: Series | None = None) -> Report:
    """The series report of ``cases`` (in order); ``series`` gives its own texts.

    Raises ValueError for fewer than two cases.
    """
    if len(cases) < 2:
        raise ValueError(f"a case series needs at least two cases, not {len(cases)}")
    clean = deidentify_series(cases, series or Series(title=""))
    group = members(clean)
    s = clean.series
    if not s.title.strip():
        s.title = default_title(group)
    report = _front(s, cases, clean.cases)
    report.redactions = clean.redactions
    found = measures(group)
    bone_series = is_bone_series(group)
    step = step_of(found)
    report.abstract = draft.abstract(group, found, s.conclusion, bone_series)
    results: list[Block] = [
        f"Table 1 gives the characteristics of the {count_word(len(group))} patients.",
        *characteristics_tables(group, 1),
    ]
    if found:
        names = listing([lower_first(prose_name(m.name)) for m in found])
        results.append(
            f"Table 2 gives {names} by patient and month, and "
            + ("Figure 1 shows" if len(found) == 1 else f"Figures 1 to {len(found)} show").replace(
                "Figures 1 to 2", "Figures 1 and 2"
            )
            + " each patient's course."
            if all(chart(x, 1, step) is not None for x in found)
            else f"Table 2 gives {names} by patient and month."
        )
        results += measurement_tables(found, 2)
        figure_n = 1
        for measure in found:
            figure = chart(measure, figure_n, step)
            if figure is not None:
                results.append(figure)
                figure_n += 1
    methods: list[Block] = (
        paragraphs(s.methods) if s.methods else [draft.methods(group, found, bone_series)]
    )
    sections = [
        Section("Introduction", paragraphs(s.introduction)),
        Section("Materials and methods", methods),
        Section("Results", results),
    ]
    for m, text in zip(group, summaries(group, found), strict=True):
        sections.append(Section(m.label, [text], level=2))
    sections += [
        Section("Discussion", paragraphs(s.discussion)),
        Section("Consent", [_consent(group)]),
    ]
    report.sections = sections
    _warn(report, s, group)
    guard(report)
    report.word_count = sum(
        len(b.split()) for sec in report.sections for b in sec.blocks if isinstance(b, str)
    )
    return report


def default_title(group: Sequence[Member]) -> str:
    """A working title from the cases: the common reaction and suspect drug, else the
    treatment and what followed it; the authors give their own."""
    cases = [m.case for m in group]
    reactions = {c.assessment.reaction.casefold() for c in cases if c.assessment}
    drugs = {d.casefold() for c in cases for d in c.suspect_drugs()}
    if len(reactions) == 1 and len(drugs) == 1 and all(c.assessment for c in cases):
        reaction = next(c.assessment.reaction for c in cases if c.assessment)
        drug = cases[0].suspect_drugs()[0]
        return f"{reaction[0].upper()}{reaction[1:]} after {drug}"
    common = bone.common_diagnosis(group)
    regimens = [regimen(m).treatment for m in group]
    treated_with = listing(drug_names(regimens))
    if common and treated_with:
        return f"{common[0].upper()}{common[1:]} treated with {treated_with}"
    treated = draft.treatment_phrase(group)
    if treated:
        return treated[0].upper() + treated[1:]
    return "Untitled"


def _front(s: Series, originals: Sequence[Case], clean: Sequence[Case]) -> Report:
    authors = list(s.authors)
    warnings = []
    if not authors:
        seen: dict[str, Author] = {}
        for c in clean:
            for a in c.authors:
                seen.setdefault(a.name.casefold(), replace(a))
        authors = list(seen.values())
        warnings.append("the series has no authors of its own; the cases' authors are listed")
    by = byline(authors)
    if by.correspondence is None:
        warnings.append("no corresponding author is marked")
    keywords = list(dict.fromkeys(k for c in clean for k in c.keywords))[:5]
    return Report(
        template="series",
        label=LABEL,
        title=series_title(s.title),
        authors=by.authors,
        affiliations=by.affiliations,
        correspondence=by.correspondence,
        keywords=keywords,
        abstract=None,
        sections=[],
        references=list(s.references),
        warnings=warnings,
    )


def _consent(group: Sequence[Member]) -> str:
    obtained, missing, refused = [], [], []
    for m in group:
        consent = m.case.report.consent if m.case.report else None
        if consent is None or consent.obtained is None:
            missing.append(m.label)
        elif consent.obtained:
            obtained.append(m.label)
        else:
            refused.append(m.label)
    parts = []
    if obtained and not missing and not refused:
        return "Informed consent for publication was obtained from every patient."
    if obtained:
        parts.append(f"Informed consent for publication was obtained from {listing(obtained)}.")
    if refused:
        parts.append(f"Consent was not obtained from {listing(refused)}.")
    if missing:
        parts.append(f"Consent has not been recorded for {listing(missing)}.")
    return " ".join(parts)


def _warn(report: Report, s: Series, group: Sequence[Member]) -> None:
    for name, value in (
        ("introduction", s.introduction),
        ("discussion", s.discussion),
        ("conclusions", s.conclusion),
    ):
        if not value:
            verb = "are" if name.endswith("s") else "is"
            report.warnings.append(f"the {name} {verb} not written yet")
    if not s.conclusion:
        report.warnings.append("the abstract has no Conclusions until the authors write them")
    if not s.methods:
        report.warnings.append("the methods are drafted from the cases: check them")
    for m in group:
        consent = m.case.report.consent if m.case.report else None
        if consent is None or not consent.obtained:
            report.warnings.append(f"consent for publication is not recorded for {m.label}")
    if len(group) >= 6:
        report.warnings.append("six or more cases: journals treat this as an original article")
