"""A case's references as a report prints them.

A reference typed as text prints as typed. A CSL-JSON item prints as the template's journal
style formats it (``caselog.references.styles``: Cureus for Cureus, CMAJ's for CMAJ), labelled
``[@id]`` in the report's list so that the citations (``caselog.report.citations``) find it by
its key; the label is never printed. A DOI or PubMed id typed alone (``10.1056/...``,
``doi:...``, ``PMID: 27641143``), and an item with neither a title nor an author and a
journal, print as the DOI or PMID alone and are warned about as needing details: caselog
looks nothing up, and invents no field.

``for_report`` is what the report object's ``references`` hold before numbering;
``formatted`` one reference in a named style (``caselog references``). What ``caselog
check`` says of them is ``caselog.report.reference_checks``.
"""

from __future__ import annotations

from caselog.core.model import CslItem, Reference
from caselog.references.items import OWN_KEY
from caselog.references.styles import format_item, style_for_template
from caselog.report.citations import printed
from caselog.report.reference_checks import bare, details_warnings, reference_findings

__all__ = [
    "as_printed",
    "bare",
    "details_warnings",
    "for_report",
    "formatted",
    "reference_findings",
]


def formatted(ref: Reference, style: str) -> str:
    """One reference as printed in ``style``: a text as typed (without its ``[@key]``)."""
    found = bare(ref)
    if found is not None:
        return found.text
    if isinstance(ref, CslItem):
        return format_item(ref, style)
    return printed(ref)


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


def as_printed(refs: list[Reference], template: str, printed_refs: list[str]) -> list[Reference]:
    """``printed_refs`` (a report's numbered, de-identified list) as references for a
    reference manager (``caselog.references.ris_out``): each printed entry that is exactly
    what one of ``refs`` (the de-identified case's) prints in the template's style is that
    reference, an item with its fields; any other (typed, or changed by a redaction) is
    kept as the text printed."""
    style = style_for_template(template)
    by_text: dict[str, Reference] = {}
    for ref in refs:
        by_text.setdefault(formatted(ref, style), ref)
    return [by_text.get(text, text) for text in printed_refs]
