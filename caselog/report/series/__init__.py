"""The case-series report: several cases, one de-identified manuscript."""

from caselog.report.series.build import build_series_report, series_title
from caselog.report.series.tables import SeriesChart

__all__ = ["SeriesChart", "build_series_report", "series_title"]
