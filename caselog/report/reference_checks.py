"""What is to be said about a case's references, without formatting them (so the window's
findings panel can say it on every change): a DOI or PMID alone needs its details; a
citation names no reference; a reference is never cited; the text cites nothing at all.

An item is matched as the report matches it (``caselog.report.references``): by its ``id``,
its place, or the key derived from the text it prints as, which starts with its first
author as printed, then its title, journal and year (every shipped style prints them in
that order), so the same words are read here from the item's fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caselog.clinical.findings import Finding
from caselog.core import parts
from caselog.core.model import Case, CslItem, Reference
from caselog.references.items import has_details
from caselog.references.lines import item_parts
from caselog.report.citations import Citations, printed

_DOI = re.compile(r"^\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+?)\.?\s*$", re.I)
_PMID = re.compile(r"^\s*(?:PMID:?\s*(\d{1,9})|(\d{6,9}))\.?\s*$", re.I)  # digits alone: 6+
NARRATIVE = tuple(f.name for f in parts.REPORT.fields if f.holds == parts.TEXT)  # may cite


@dataclass(frozen=True)
class Bare:
    """A reference that is an identifier alone: what it is and how it prints."""

    kind: str  # "DOI" or "PMID"
    value: str

    @property
    def text(self) -> str:
        return f"doi:{self.value}" if self.kind == "DOI" else f"PMID: {self.value}"


def bare(ref: Reference) -> Bare | None:
    """The DOI or PMID a reference holds alone (no authors, title or journal), else None."""
    if isinstance(ref, CslItem):
        if has_details(ref):
            return None
        if ref.data.get("DOI"):
            return Bare("DOI", str(ref.data["DOI"]))
        if ref.data.get("PMID"):
            return Bare("PMID", str(ref.data["PMID"]))
        return None
    text = printed(ref)
    m = _DOI.match(text)
    if m:
        return Bare("DOI", m.group(1))
    m = _PMID.match(text)
    return Bare("PMID", m.group(1) or m.group(2)) if m else None


def described(ref: Reference) -> str:
    """A reference in a few words: a text as typed; an item's first author as printed,
    title, journal and year; an identifier alone as itself."""
    found = bare(ref)
    if found is not None:
        return found.text
    if not isinstance(ref, CslItem):
        return printed(ref)
    return " ".join(item_parts(ref.data)) or ref.key


def _labelled(ref: Reference) -> str:
    return f"[@{ref.key}] {described(ref)}" if isinstance(ref, CslItem) else ref


def details_warnings(refs: list[Reference]) -> list[str]:
    """One warning per reference that is an identifier alone, and per journal article with
    neither its volume and pages nor a DOI (an article ahead of print has a DOI)."""
    out = []
    for n, ref in enumerate(refs, 1):
        found = bare(ref)
        if found is not None:
            out.append(
                f"reference {n} is a {found.kind} alone ({found.text}): details needed "
                "(authors, title, journal, year); caselog looks nothing up"
            )
        elif isinstance(ref, CslItem) and ref.data.get("type") == "article-journal":
            lacks = [k for k in ("volume", "page") if not ref.data.get(k)]
            if lacks and not ref.data.get("DOI"):
                out.append(
                    f"reference {n} ({described(ref)[:60]!r}) has no "
                    f"{' or '.join('pages' if k == 'page' else k for k in lacks)} and no DOI: "
                    "a journal's reference list needs them"
                )
    return out


def reference_findings(case: Case) -> list[Finding]:
    """``caselog check``: each reference needing details, each citation of no reference,
    each reference never cited (as the report warns them)."""
    report = case.report
    if report is None or not report.references and not _cites(case):
        return []  # nothing cited, nothing listed: the CARE items say what is missing
    refs = report.references
    cited = Citations([_labelled(r) for r in refs])
    for name in NARRATIVE:
        text = getattr(report, name)
        if text:
            cited.cite(text)
    findings = [
        Finding("warning", "references.details", w, field="report.references")
        for w in details_warnings(refs)
    ]
    for key in cited.missing:
        findings.append(
            Finding(
                "warning",
                "references.missing",
                f"the text cites [@{key}], which no reference has as its key",
                field="report.references",
            )
        )
    if refs and not cited.marked:
        findings.append(
            Finding(
                "warning",
                "references.unmarked",
                "no citation markers in the text: mark each citation with [@key], "
                "e.g. [@1] for the first reference",
                field="report.references",
            )
        )
    if cited.marked:
        for i, ref in enumerate(refs):
            if i not in cited.order:
                shown = described(ref)[:60]
                findings.append(
                    Finding(
                        "warning",
                        "references.uncited",
                        f"reference {i + 1} ({shown!r}) is never cited in the text",
                        field="report.references",
                    )
                )
    return findings


def _cites(case: Case) -> bool:
    report = case.report
    return report is not None and any("[@" in (getattr(report, n) or "") for n in NARRATIVE)
