"""Renderers: one class per journal shape over one shared base."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from caselog.report.model import Report
from caselog.report.render.base import ReportRenderer
from caselog.report.render.cmaj import CmajRenderer
from caselog.report.render.cureus import CureusRenderer
from caselog.report.render.series import SeriesRenderer

RENDERERS: dict[str, type[ReportRenderer]] = {
    "cureus": CureusRenderer,
    "cmaj": CmajRenderer,
    "series": SeriesRenderer,
}


def render_pdf(report: Report, out: Path | IO[bytes], *, invariant: bool = False) -> int:
    """Write ``report`` as a PDF to a path or a binary file; return the number of pages.

    ``invariant`` makes the output byte-stable (fixed dates and document id).
    """
    renderer = RENDERERS[report.template](report, invariant=invariant)
    return renderer.render(str(out) if isinstance(out, Path) else out)


__all__ = [
    "RENDERERS",
    "CmajRenderer",
    "CureusRenderer",
    "ReportRenderer",
    "SeriesRenderer",
    "render_pdf",
]
