"""The title page and the cover letter of a submission, drafted from the de-identified
report alone (its authors, affiliations, corresponding author and statements), so they
pass the same de-identification as the manuscript.

Every statement only the authors can make and that is not recorded prints as a visible
gap (``statements.gap``: "[Not recorded: funding, to be given by the authors.]"), never
as a default such as "None declared"."""

from __future__ import annotations

from caselog.report.model import AuthorLine, Block, Cell, Report, Section, Table
from caselog.report.package import words
from caselog.report.statements import GAP, gap

ARTICLE = {
    "cureus": ("case report", "Cureus"),
    "cmaj": ("clinical image (Practice section)", "CMAJ"),
    "series": ("case series", "JBMR Plus"),
}
STATEMENT_LABELS = {
    "funding": ("Funding",),
    "competing interests": ("Competing interests", "Conflicts of interest"),
}
_GAP_START = GAP.split("{", 1)[0]  # "[Not recorded: "


def statement(report: Report, what: str) -> str:
    """The report's statement of ``what`` ("funding", "competing interests") as printed,
    or its gap when the report has none."""
    for label, text in report.footer:
        if label in STATEMENT_LABELS[what] and text.strip():
            return text
    return gap(what)


def is_gap(text: str) -> bool:
    return text.startswith(_GAP_START)


def _page(report: Report, label: str, title: str, sections: list[Section]) -> Report:
    return Report(
        template=report.template,
        label=label,
        title=title,
        authors=[AuthorLine(a.name, a.degrees, list(a.affiliations)) for a in report.authors],
        affiliations=list(report.affiliations),
        correspondence=report.correspondence,
        keywords=[],
        abstract=None,
        sections=sections,
        references=[],
    )


def title_page(report: Report) -> Report:
    """The title, the authors with degrees and numbered affiliations, the corresponding
    author, funding, competing interests, keywords and the word counts."""
    authors: list[Block] = []
    if not report.authors:
        authors.append(gap("the authors, their degrees and affiliations"))
    for a in report.authors:
        if not a.affiliations:
            authors.append(gap(f"the affiliation of {a.name}"))
        if report.template == "cmaj" and not a.degrees:
            authors.append(gap(f"the degrees of {a.name}"))
    sections = []
    if authors:
        sections.append(Section("Authors", authors))
    article, journal = ARTICLE.get(report.template, (report.label.lower(), ""))
    sections.append(Section("Article type", [f"{article[0].upper()}{article[1:]} for {journal}."]))
    sections.append(Section("Funding", [statement(report, "funding")]))
    sections.append(Section("Competing interests", [statement(report, "competing interests")]))
    if report.keywords:
        sections.append(Section("Keywords", [", ".join(report.keywords)]))
    sections.append(Section("Word counts", [word_table(report)]))
    page = _page(report, "Title page", report.title, sections)
    if page.correspondence is None:
        page.correspondence = gap("the corresponding author and their e-mail address")
    return page


def word_table(report: Report) -> Table:
    j = words.journal(report.template)
    rows = [
        [
            Cell(c.part),
            Cell(c.amount),
            Cell(c.limit.describe() if c.limit else "no limit recorded"),
            Cell(c.state, "H" if c.over or c.under else None),
        ]
        for c in words.counts(report)
    ]
    return Table(
        1,
        f"Word counts against the limits of {j.name}",
        ["Part", "Count", "Limit", "State"],
        rows,
        widths=[0.4, 0.17, 0.28, 0.15],
        note=f"Limits from {j.guideline}." if j.guideline else None,
    )


def cover_letter(report: Report, *, figures: int) -> Report:
    """A letter to the editor: what is submitted and with what, the statements as recorded,
    and a gap for each thing only the authors can say (why the case matters, each author's
    contribution, that the work is not under consideration elsewhere)."""
    article, journal = ARTICLE.get(report.template, (report.label.lower(), "the journal"))
    with_files = ["a title page", "the CARE checklist"]
    if figures:
        with_files.append(f"{figures} figure file{'s' if figures != 1 else ''}")
    if report.references:
        with_files.append("the references as an RIS file")
    body: list[Block] = [
        "Dear Editor,",
        f"We submit the manuscript “{report.title}” for consideration as a {article} in "
        f"{journal}. It comes with {_listing(with_files)}.",
        gap("why this case matters to the journal's readers and what it adds"),
        f"Funding: {statement(report, 'funding')}",
        f"Competing interests: {statement(report, 'competing interests')}",
        gap("each author's contribution to the manuscript"),
        gap(
            "that the manuscript is not under consideration elsewhere and that every author "
            "has approved it"
        ),
        "Sincerely,",
        report.correspondence or gap("the corresponding author and their e-mail address"),
    ]
    letter = _page(report, "Cover letter", "", [Section("", body)])
    letter.authors, letter.affiliations, letter.correspondence = [], [], None
    return letter


def _listing(items: list[str]) -> str:
    if len(items) < 3:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
