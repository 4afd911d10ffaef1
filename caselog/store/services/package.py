"""A submission package of stored cases (``caselog package``, Submission package… in the
report dialog): the same de-identified report as ``write_report`` builds, under the
author's review of redactions, packed as one zip written atomically (a temporary file in
the target folder, renamed into place: no partial zip is ever left), then recorded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from caselog.core.model import Reference
from caselog.interchange import outputs
from caselog.report import build_report, build_series_report
from caselog.report.package.bundle import Package, build_package, zip_bytes
from caselog.store import audit
from caselog.store.backup import output_notes
from caselog.store.engine import Store
from caselog.store.services import _blobs
from caselog.store.services.redactions import using_decisions
from caselog.store.services.reports import check_request, stored_series
from caselog.store.services.shared_read import report_cases

PACKAGE_TEMPLATES = ("cureus", "cmaj", "series")

__all__ = ["PACKAGE_TEMPLATES", "write_package"]


def write_package(
    case_ids: Sequence[int],
    template: str,
    out: Path,
    *,
    store: Store,
    before_saving: Callable[[], None] | None = None,
    leave_out_burned: bool = False,
) -> tuple[Path, Package]:
    """Write the submission package of the cases at ``out`` (a ``.zip``); return the path
    and the package (its file names, warnings, word counts and CARE coverage; the files
    themselves are in the zip). ValueError (nothing written) for a bad request; NotFound
    names an unknown case id. ``before_saving`` and ``leave_out_burned`` as for
    ``write_report``."""
    out = Path(out)
    if template not in PACKAGE_TEMPLATES:
        raise ValueError(
            f"unknown template {template!r}; choose one of {', '.join(PACKAGE_TEMPLATES)}"
        )
    if out.suffix.lower() != ".zip":
        raise ValueError(f"{out.name}: a package is a .zip file")
    check_request(case_ids, template, out)
    taken = report_cases(case_ids, template, store=store)  # another team's case: its copy
    cases = taken.cases
    _blobs.verify_images(cases)  # a damaged image never goes into a package
    left_out: list[str] = []  # or left out, with a warning each (--accept-redactions)
    _blobs.check_burned_in(cases, left_out.append if leave_out_burned else None)
    with using_decisions(case_ids, store=store):  # the author's review of redactions
        refs: list[Reference] = []
        if template == "series":
            report = build_series_report(cases, stored_series(case_ids, store=store))
        else:
            report = build_report(cases[0], template)
            refs = report.shared_references  # the RIS file's item fields, de-identified
    package = build_package(report, cases, references=refs)
    package.warnings[:0] = left_out + taken.warnings
    data = zip_bytes(package)
    outputs.sweep(out.parent, [out.name])
    with outputs.written(out, notes=output_notes(store.path)) as tmp:  # synced, renamed
        tmp.write_bytes(data)
        if before_saving is not None:
            before_saving()  # an exception (a cancel): nothing at ``out``
    audit.record_export(
        taken.own, out, store=store, kind="report", anonymised=True,
        template=f"{template} package", shared=taken.shared,
    )  # fmt: skip
    return out, package
