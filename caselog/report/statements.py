"""The statements only the authors can make: consent, competing interests, funding and
ethics approval. Each prints as recorded; one not recorded prints as a visible gap for the
author (``gap``) and is warned about, never as a default ("None declared")."""

from __future__ import annotations

from dataclasses import dataclass

from caselog.core.model import ReportText
from caselog.report import prose

GAP = "[Not recorded: {what}, to be given by the authors.]"


def gap(what: str) -> str:
    return GAP.format(what=what)


@dataclass
class Statement:
    label: str  # "Competing interests"
    text: str  # as recorded, or the gap
    recorded: bool
    field: str = ""  # where the Report tab asks it, when not the label

    def titled(self, label: str) -> Statement:
        """The same statement under the journal's own heading ("Conflicts of interest")."""
        return Statement(label, self.text, self.recorded, self.field or self.label)


def consent(report: ReportText | None) -> Statement:
    """The consent as recorded: the authors' notes when they speak of consent (never the
    same thing said twice), else one sentence from the recorded answer."""
    c = report.consent if report else None
    if c is None or c.obtained is None:
        return Statement("Consent", gap("consent for publication"), False)
    notes = prose.opening(c.notes.strip()) if c.notes and c.notes.strip() else ""
    if notes:
        notes = " ".join(prose.opening(prose.fragment_clause(s)) for s in prose.sentences(notes))
    if c.obtained:
        said = "Informed consent for publication of this case report was obtained from the patient."
        if "consent" in notes.casefold():
            said = notes
        elif notes:
            said += " " + notes
        return Statement("Consent", said, True)
    return Statement(
        "Consent", ("Consent for publication was not obtained. " + notes).strip(), True
    )


def authored(report: ReportText | None, name: str, label: str, what: str) -> Statement:
    value = getattr(report, name, None) if report else None
    if value and value.strip():
        return Statement(label, prose.opening(value.strip()), True)
    return Statement(label, gap(what), False)


def competing_interests(report: ReportText | None) -> Statement:
    return authored(report, "competing_interests", "Competing interests", "competing interests")


def funding(report: ReportText | None) -> Statement:
    return authored(report, "funding", "Funding", "funding")


def ethics(report: ReportText | None) -> Statement:
    s = authored(report, "ethics", "Ethics approval", "ethics approval or exemption")
    s.field = "Ethics approval or exemption"  # as the Report tab asks it
    return s


def warning(s: Statement) -> str | None:
    if s.recorded:
        return None
    name = s.field or s.label
    where = {"Consent": "Patient consent"}.get(name, name)
    return (
        f"{name.lower()} not recorded: the report prints a gap for the authors to fill "
        f"(Report tab: {where})"
    )
