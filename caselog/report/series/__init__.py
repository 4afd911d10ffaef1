"""The case-series report: several cases, one de-identified manuscript.

Names load on first use (as in ``caselog.report``), so that the renderers can import the
series' chart type without loading the builder.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caselog.report.series.build import build_series_report, series_title
    from caselog.report.series.tables import SeriesChart

_WHERE = {
    "build_series_report": "caselog.report.series.build",
    "series_title": "caselog.report.series.build",
    "SeriesChart": "caselog.report.series.tables",
}

__all__ = ["SeriesChart", "build_series_report", "series_title"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'caselog.report.series' has no attribute {name!r}")
