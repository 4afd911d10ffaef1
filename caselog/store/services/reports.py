"""A report PDF of stored cases (``caselog report``, Export PDF… in the report dialog, the
series window): read through the services, built, rendered, moved into place, recorded."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from caselog.core.model import Series
from caselog.report import build_report, build_series_report, render_pdf
from caselog.store import audit
from caselog.store.engine import Store
from caselog.store.services import _blobs
from caselog.store.services.cases import get_case
from caselog.store.services.redactions import using_decisions
from caselog.store.services.regulatory import REGULATORY_FORMS, write_form
from caselog.store.services.series import list_series

TEMPLATES = ("cureus", "cmaj", "series", *REGULATORY_FORMS)

__all__ = ["TEMPLATES", "stored_series", "write_report"]


def stored_series(case_ids: Sequence[int], *, store: Store) -> Series | None:
    """The stored series made of exactly these cases (in any order), if there is one."""
    wanted = sorted(case_ids)
    return next((s for s in list_series(store=store) if sorted(s.case_ids) == wanted), None)


def _check_request(case_ids: Sequence[int], template: str, out: Path) -> None:
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
) -> tuple[Path, list[str]]:
    """Write the de-identified report of the cases as a PDF at ``out``; return the path and
    the report's warnings. ``cioms`` and ``medwatch`` write a regulator's form instead
    (``services.regulatory.write_form``: identified, as the forms ask). ValueError
    (nothing written) for a bad request; NotFound names an unknown case id.
    ``before_saving`` is called once the PDF is rendered, before it replaces ``out``: an
    exception from it (a cancel) leaves nothing at ``out`` and nothing in the audit trail."""
    out = Path(out)
    _check_request(case_ids, template, out)
    if template in REGULATORY_FORMS:  # identified, for a regulator: no journal warnings
        return write_form(case_ids[0], template, out, store=store, before_saving=before_saving), []
    cases = [get_case(i, store=store) for i in case_ids]
    _blobs.verify_images(cases)  # a damaged image never goes into a report
    _blobs.check_burned_in(cases)  # nor a figure with a burned-in name left uncovered
    with using_decisions(case_ids, store=store):  # the author's review of redactions
        if template == "series":
            report = build_series_report(cases, stored_series(case_ids, store=store))
        else:
            report = build_report(cases[0], template)
    fd, tmp = tempfile.mkstemp(prefix=".caselog-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    try:
        render_pdf(report, Path(tmp))
        if before_saving is not None:
            before_saving()
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    audit.record_export(
        case_ids, out, store=store, kind="report", anonymised=True, template=template
    )
    return out, list(report.warnings)
