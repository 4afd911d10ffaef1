"""Word counts of a report: the abstract, each section's running text, the whole text and
the references, against the limits of the template's journal (``resources/journal_limits.json``,
each limit with the author guideline it comes from). Words are counted as the report's own
``word_count`` counts them: the running text split at white space; tables, legends and
references are not words of the text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from caselog.paths import resource_path
from caselog.report.model import Report

LIMITS_FILE = "journal_limits.json"


@dataclass(frozen=True)
class Limit:
    low: int | None
    high: int | None
    confirmed: bool
    rule: str
    warned_by_report: bool = False  # build_report already warns about it

    def describe(self) -> str:
        span = (
            f"{self.low}-{self.high}"
            if self.low is not None and self.high is not None
            else f"at most {self.high}"
            if self.high is not None
            else f"at least {self.low}"
        )
        return span + ("" if self.confirmed else " (limit unconfirmed)")


@dataclass(frozen=True)
class Count:
    part: str  # "Abstract", a section's heading, "Text (all sections)", "References"
    words: int  # for "References": the number of references
    limit: Limit | None = None
    unit: str = "words"

    @property
    def over(self) -> bool:
        lim = self.limit
        return lim is not None and lim.high is not None and self.words > lim.high

    @property
    def under(self) -> bool:
        lim = self.limit
        return lim is not None and lim.low is not None and self.words < lim.low

    @property
    def amount(self) -> str:
        """``205 words``, ``1 reference``."""
        return f"{self.words} {self.unit if self.words != 1 else self.unit.removesuffix('s')}"

    @property
    def state(self) -> str:
        return "over" if self.over else "under" if self.under else "within"

    def tabbed(self) -> str:
        """``N UNIT<TAB>LIMIT<TAB>STATE``: what the command line prints after the part."""
        limit = self.limit.describe() if self.limit else "no limit recorded"
        return f"{self.amount}\t{limit}\t{self.state}"


@dataclass(frozen=True)
class Journal:
    name: str
    guideline: str
    limits: dict[str, Limit]


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path(LIMITS_FILE).read_text(encoding="utf-8"))
    return data


def journal(template: str) -> Journal:
    """The limits of ``template``'s journal (an unknown template has none)."""
    entry = _table().get(template, {})
    limits = {
        part: Limit(
            v.get("min"),
            v.get("max"),
            bool(v.get("confirmed")),
            str(v.get("rule", "")),
            bool(v.get("warned_by_report")),
        )
        for part, v in entry.get("limits", {}).items()
    }
    return Journal(str(entry.get("journal", template)), str(entry.get("guideline", "")), limits)


def words(text: str | None) -> int:
    return len(text.split()) if text else 0


def counts(report: Report) -> list[Count]:
    """The abstract (when the report has one), each section with running text, the whole
    text and the number of references, each with its journal limit when there is one."""
    j = journal(report.template)
    out: list[Count] = []
    if report.abstract:
        out.append(Count("Abstract", words(report.abstract), j.limits.get("abstract")))
    for s in report.sections:
        n = sum(words(b) for b in s.blocks if isinstance(b, str))
        if n and s.heading:  # an unnamed text (CMAJ's one text) is the whole text below
            out.append(Count(s.heading or "Text", n, j.limits.get(s.heading.lower())))
    total = sum(words(b) for s in report.sections for b in s.blocks if isinstance(b, str))
    out.append(Count("Text (all sections)", total, j.limits.get("text")))
    out.append(
        Count("References", len(report.references), j.limits.get("references"), "references")
    )
    return out


def warnings(report: Report) -> list[str]:
    """One warning per count past its journal's limit, naming the guideline (not for a limit
    the report itself already warns about)."""
    j = journal(report.template)
    out = []
    for c in counts(report):
        if (c.over or c.under) and c.limit is not None and not c.limit.warned_by_report:
            side = "over" if c.over else "under"
            out.append(
                f"{c.part}: {c.amount}, {side} {j.name}'s limit of "
                f"{c.limit.describe()} ({j.guideline})"
            )
    return out
