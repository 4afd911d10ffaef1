"""Case-report PDFs (Cureus case report, CMAJ clinical image) over a plain report object.

The public names load on first use: importing ``caselog.report`` (or its plain ``model``)
does not load ReportLab.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caselog.report.build import TEMPLATES, build_report
    from caselog.report.model import Report
    from caselog.report.render import render_pdf
    from caselog.report.series import build_series_report

_WHERE = {
    "TEMPLATES": "caselog.report.build",
    "build_report": "caselog.report.build",
    "Report": "caselog.report.model",
    "render_pdf": "caselog.report.render",
    "build_series_report": "caselog.report.series",
}

__all__ = ["TEMPLATES", "Report", "build_report", "build_series_report", "render_pdf"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'caselog.report' has no attribute {name!r}")
