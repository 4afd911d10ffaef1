"""``build_series_report``: the cases of a series in, one de-identified ``Report`` out.

Title ("...: a case series"), authors, an abstract drafted from the cases, Introduction,
Methods, Table 1 (the patients side by side), the measurements tracked in more than one
patient (a table, and a chart each), one short summary per patient, Discussion,
Conclusion, Consent, References. Patients are named by their labels, never identifiers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from caselog.core.model import Author, Case, Series
from caselog.report.front import byline, paragraphs
from caselog.report.model import Block, Report, Section
from caselog.report.series import draft
from caselog.report.series.members import Member, measures, members
from caselog.report.series.privacy import deidentify_series
from caselog.report.series.tables import characteristics_tables, chart, measurement_tables

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
    series = series or Series(title=default_title(cases))
    clean = deidentify_series(cases, series)
    group = members(clean)
    s = clean.series
    report = _front(s, cases, clean.cases)
    report.redactions = clean.redactions
    found = measures(group)
    table_n = 1
    tables1 = characteristics_tables(group, table_n)
    table_n += 1
    patients: list[Block] = [
        f"Table 1 sets the {draft.count_word(len(group))} patients side by side.",
        *tables1,
    ]
    if found:
        names = draft.listing([m.name for m in found])
        patients.append(
            f"{names} {'was' if len(found) == 1 else 'were'} measured repeatedly in more than "
            f"one patient (Table {table_n})."
        )
        patients += measurement_tables(found, table_n)
        figure_n = 1
        for measure in found:
            figure = chart(measure, figure_n)
            if figure is not None:
                patients.append(figure)
                figure_n += 1
    report.abstract = draft.abstract(group, found)
    sections = [
        Section("Introduction", paragraphs(s.introduction)),
        Section("Methods", paragraphs(s.methods) if s.methods else [draft.methods(group)]),
        Section("Case Presentations", patients),
    ]
    for m in group:
        sections.append(Section(m.label, [draft.summary(m, found)], level=2))
    sections += [
        Section("Discussion", paragraphs(s.discussion)),
        Section("Conclusions", paragraphs(s.conclusion)),
        Section("Consent", [_consent(group)]),
    ]
    report.sections = sections
    _warn(report, s, group)
    report.word_count = sum(
        len(b.split()) for sec in report.sections for b in sec.blocks if isinstance(b, str)
    )
    return report


def default_title(cases: Sequence[Case]) -> str:
    """A working title from the cases: the common reaction and suspect drug if any."""
    reactions = {c.assessment.reaction.casefold() for c in cases if c.assessment}
    drugs = {d.casefold() for c in cases for d in c.suspect_drugs()}
    if len(reactions) == 1 and len(drugs) == 1:
        reaction = next(c.assessment.reaction for c in cases if c.assessment)
        drug = cases[0].suspect_drugs()[0]
        return f"{reaction[0].upper()}{reaction[1:]} after {drug}"
    if len(drugs) == 1:
        return f"Suspected adverse reactions to {cases[0].suspect_drugs()[0]}"
    return "Suspected adverse drug reactions"


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
        parts.append(
            f"Informed consent for publication was obtained from {draft.listing(obtained)}."
        )
    if refused:
        parts.append(f"Consent was not obtained from {draft.listing(refused)}.")
    if missing:
        parts.append(f"Consent has not been recorded for {draft.listing(missing)}.")
    return " ".join(parts)


def _warn(report: Report, s: Series, group: Sequence[Member]) -> None:
    for name, value in (
        ("introduction", s.introduction),
        ("discussion", s.discussion),
        ("conclusions", s.conclusion),
    ):
        if not value:
            report.warnings.append(f"the {name} is not written yet")
    if not s.methods:
        report.warnings.append("the methods are drafted from the cases: check them")
    for m in group:
        consent = m.case.report.consent if m.case.report else None
        if consent is None or not consent.obtained:
            report.warnings.append(f"consent for publication is not recorded for {m.label}")
    if len(group) >= 6:
        report.warnings.append("six or more cases: journals treat this as an original article")
