"""A case's references as a report prints them, and what is to be said about them.

A reference typed as text prints as typed. A CSL-JSON item prints as the template's journal
style formats it (``caselog.references.styles``: Cureus for Cureus, CMAJ's for CMAJ), labelled
``[@id]`` in the report's list so that the citations (``caselog.report.citations``) find it by
its key; the label is never printed. A DOI or PubMed id typed alone (``10.1056/...``,
``doi:...``, ``PMID: 27641143``), and an item with neither a title nor an author and a
journal, print as the DOI or PMID alone and are warned about as needing details: caselog
looks nothing up, and invents no field.

``for_report`` is what the report object's ``references`` hold before numbering;
``reference_findings`` what ``caselog check`` says (cited but absent, never cited, details
needed); ``formatted`` one reference in a named style (``caselog references``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caselog.clinical.findings import Finding
from caselog.core import parts
from caselog.core.model import Case, CslItem, Reference
from caselog.references.items import OWN_KEY, has_details
from caselog.references.styles import format_item, style_for_template
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


def formatted(ref: Reference, style: str) -> str:
    """One reference as printed in ``style``: a text as typed (without its ``[@key]``)."""
    found = bare(ref)
    if found is not None:
        return found.text
    if isinstance(ref, CslItem):
        return format_item(ref, style)
    return printed(ref)


def key_of(ref: Reference) -> str | None:
    return ref.key if isinstance(ref, CslItem) else None


def for_report(refs: list[Reference], template: str) -> list[str]:
    """The references as the report object holds them before numbering: texts as typed,
    items formatted in the template's style and labelled ``[@id]``."""
    style = style_for_template(template)
    out = []
    for ref in refs:
        if isinstance(ref, CslItem):
            out.append(f"[@{ref.key}] {formatted(ref, style)}")
        else:
            found = bare(ref)
            own = OWN_KEY.match(ref)
            label = f"[@{own.group(1)}] " if own else ""
            out.append(ref if found is None else label + found.text)
    return out


def details_warnings(refs: list[Reference]) -> list[str]:
    """One warning per reference that is an identifier alone."""
    out = []
    for n, ref in enumerate(refs, 1):
        found = bare(ref)
        if found is not None:
            out.append(
                f"reference {n} is a {found.kind} alone ({found.text}): details needed "
                "(authors, title, journal, year); caselog looks nothing up"
            )
    return out


def reference_findings(case: Case) -> list[Finding]:
    """``caselog check``: each reference needing details, each citation of no reference,
    each reference never cited (as the report warns them)."""
    report = case.report
    if report is None or not report.references and not _cites(case):
        return []  # nothing cited, nothing listed: the CARE items say what is missing
    refs = report.references
    cited = Citations(for_report(refs, "series"))
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
                shown = formatted(ref, "vancouver")[:60]
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
