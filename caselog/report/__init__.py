"""Case-report PDFs (Cureus case report, CMAJ clinical image) over a plain report object."""

from caselog.report.build import TEMPLATES, build_report
from caselog.report.model import Report
from caselog.report.render import render_pdf

__all__ = ["TEMPLATES", "Report", "build_report", "render_pdf"]
