"""A report PDF of stored cases (``caselog report``, Export PDF… in the report dialog, the
series window): read through the services, built, rendered, moved into place, recorded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from caselog.core.model import Series
from caselog.interchange import outputs
from caselog.report import build_report, build_series_report, render_pdf
from caselog.report.model import Report
from caselog.report.package import words
from caselog.report.render.docx_render import render_docx
from caselog.store import audit
from caselog.store.backup import output_notes
from caselog.store.engine import Store
from caselog.store.services import _blobs
from caselog.store.services.redactions import using_decisions
from caselog.store.services.regulatory import REGULATORY_FORMS, write_form
from caselog.store.services.series import list_series
from caselog.store.services.shared_read import report_cases

TEMPLATES = ("cureus", "cmaj", "series", *REGULATORY_FORMS)
FORMATS = ("pdf", "docx")

__all__ = [
    "FORMATS",
    "TEMPLATES",
    "report_format",
    "stored_series",
    "word_counts",
    "write_report",
]


def word_counts(report: Report) -> list[words.Count]:
    """The report's word counts, section by section, against its journal's limits."""
    return words.counts(report)


def report_format(out: Path, given: str | None = None) -> str:
    """The format to write: ``given``, else the suffix of ``out`` (``.docx`` is Word, any
    other suffix a PDF). ValueError when ``given`` and the suffix disagree."""
    suffix = out.suffix.lower().lstrip(".")
    if given is None:
        return "docx" if suffix == "docx" else "pdf"
    if given not in FORMATS:
        raise ValueError(f"unknown format {given!r}; choose one of {', '.join(FORMATS)}")
    if suffix in FORMATS and suffix != given:
        raise ValueError(f"--format {given} but {out.name} ends in .{suffix}")
    return given


def stored_series(case_ids: Sequence[int], *, store: Store) -> Series | None:
    """The stored series made of exactly these cases (in any order), if there is one."""
    wanted = sorted(case_ids)
    return next((s for s in list_series(store=store) if sorted(s.case_ids) == wanted), None)


def check_request(case_ids: Sequence[int], template: str, out: Path) -> None:
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r}; choose one of {', '.join(TEMPLATES)}")
    if len(set(case_ids)) != len(case_ids):
        raise ValueError("a case id is given twice")
    if template == "series" and len(case_ids) < 2:
        raise ValueError("--template series needs two or more case ids")
    if template != "series" and len(case_ids) != 1:
        raise ValueError(f"--template {template} takes one case id; use --template series")
    if not out.parent.is_dir():
        raise ValueError(f"{out.parent}: no such folder")


def write_report(
    case_ids: Sequence[int],
    template: str,
    out: Path,
    *,
    store: Store,
    before_saving: Callable[[], None] | None = None,
    fmt: str | None = None,
    on_built: Callable[[Report], None] | None = None,
    leave_out_burned: bool = False,
) -> tuple[Path, list[str]]:
    """Write the de-identified report of the cases as a PDF or Word file at ``out``
    (``fmt``, else the suffix of ``out``: ``report_format``); return the path and the
    report's warnings (the journal's word limits included). ``on_built`` is given the
    built report (``--word-counts``). ``cioms`` and ``medwatch`` write a regulator's form instead
    (``services.regulatory.write_form``: identified, as the forms ask). ValueError
    (nothing written) for a bad request; NotFound names an unknown case id.
    ``before_saving`` is called once the PDF is rendered, before it replaces ``out``: an
    exception from it (a cancel) leaves nothing at ``out`` and nothing in the audit trail.
    ``leave_out_burned`` (``--accept-redactions``): an image with burned-in text neither
    covered nor accepted is left out of the report with a warning, instead of refused."""
    out = Path(out)
    check_request(case_ids, template, out)
    fmt = report_format(out, fmt)
    if fmt == "docx" and template in REGULATORY_FORMS:
        raise ValueError(f"--template {template} is a regulator's form: it is written as a PDF")
    if template in REGULATORY_FORMS:  # identified, for a regulator: no journal warnings
        return write_form(case_ids[0], template, out, store=store, before_saving=before_saving), []
    taken = report_cases(case_ids, template, store=store)  # another team's case: its copy
    cases = taken.cases
    _blobs.verify_images(cases)  # a damaged image never goes into a report
    left_out: list[str] = []  # or left out, with a warning each (--accept-redactions)
    _blobs.check_burned_in(cases, left_out.append if leave_out_burned else None)
    with using_decisions(case_ids, store=store):  # the author's review of redactions
        if template == "series":
            report = build_series_report(cases, stored_series(case_ids, store=store))
        else:
            report = build_report(cases[0], template)
    if on_built is not None:
        on_built(report)
    outputs.sweep(out.parent, [out.name])
    with outputs.written(out, notes=output_notes(store.path)) as tmp:
        if fmt == "docx":
            render_docx(report, tmp)
        else:
            render_pdf(report, tmp)
        if before_saving is not None:
            before_saving()  # an exception (a cancel): nothing at ``out``
    audit.record_export(
        taken.own, out, store=store, kind="report", anonymised=True, template=template,
        shared=taken.shared,
    )  # fmt: skip
    return out, left_out + taken.warnings + list(report.warnings) + words.warnings(report)
