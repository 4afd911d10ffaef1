"""Each figure drawn alone, as the page draws it: the image panels side by side with their
letters, or the charts in their grid, without the legend. One picture for the Word file and
for the figure files of a submission package, so that both carry what the PDF prints.

The figure is laid out by the PDF renderers' own flowables on a page of its own size, then
drawn at the resolution its sharpest panel needs (at least ``MIN_DPI``, at most
``MAX_DPI``)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from caselog.figures import panels
from caselog.report import raster
from caselog.report.model import Figure, TrendFigure
from caselog.report.render.flowables import PanelImage, panel_rows, trend_grid
from caselog.report.render.fonts import register_fonts
from caselog.report.render.series_chart import series_drawing
from caselog.report.series.tables import SeriesChart

MIN_DPI = 300.0
MAX_DPI = 600.0
MAX_ROW = panels.MAX_PANEL_HEIGHT
CHART_HEIGHT = 205.0  # a series chart's height, as the series PDF draws it
CHART_SHARE = 0.62  # a series chart alone takes this share of the text width in the PDF


@dataclass(frozen=True)
class FigureImage:
    png: bytes
    width: float  # points, as the page prints it
    height: float
    dpi: float


def figure_flowable(
    figure: Figure | TrendFigure, width: float, template: str = "cureus"
) -> Flowable:
    """What the PDF draws for ``figure`` (without its legend) in a text ``width`` wide, on
    ``template``'s page (its panel rows no taller than ``panels.PAGES`` says)."""
    if isinstance(figure, SeriesChart):
        return series_drawing(figure, width * CHART_SHARE, CHART_HEIGHT)
    if isinstance(figure, TrendFigure):
        return trend_grid(figure, width)
    return panel_rows(figure.panels, width, max_height=panels.PAGES.get(template, MAX_ROW))


def figure_image(
    figure: Figure | TrendFigure, width: float, template: str = "cureus"
) -> FigureImage:
    """``figure`` as one PNG (see the module's docstring)."""
    register_fonts()
    flow = figure_flowable(figure, width, template)
    w, h = flow.wrap(width, 100_000)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(w, h), invariant=1)
    flow.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    dpi = _dpi(flow)
    return FigureImage(raster.first_page_png(buffer.getvalue(), dpi), w, h, dpi)


def _dpi(flow: Flowable) -> float:
    """Enough dots per inch to keep every panel's own pixels (charts: ``MIN_DPI``)."""
    need = MIN_DPI
    for row in getattr(flow, "_cellvalues", []):
        for cell in row:
            if isinstance(cell, PanelImage) and cell.width > 0:
                need = max(need, 72.0 * cell.panel.width / cell.width)
    return min(need, MAX_DPI)
