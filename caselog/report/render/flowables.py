"""Report blocks as ReportLab flowables: tables, image figures with lettered panels, and
the lab trend figure. All user text goes through ``esc``."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from caselog.figures import panels as layout
from caselog.report.model import Figure, Panel, Table, TrendFigure
from caselog.report.pixels import print_source
from caselog.report.render.chart import day_span, trend_drawing
from caselog.report.render.fonts import SANS
from caselog.report.render.text import esc

RULE = colors.Color(0.2, 0.2, 0.2)
MAX_PANEL_HEIGHT = layout.MAX_PANEL_HEIGHT
GAP = layout.GAP


class PanelImage(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """One image, scaled to fit, with its panel letter in a white box at the top left."""

    def __init__(self, panel: Panel, width: float, height: float) -> None:
        super().__init__()
        self.panel = panel
        self.width = width
        self.height = height
        # the printed pixels (16-bit scaled, transparency on white): what the window shows
        source = print_source(panel.data)
        self._reader = ImageReader(io.BytesIO(source) if isinstance(source, bytes) else source)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.drawImage(self._reader, 0, 0, self.width, self.height)
        if self.panel.label:
            size = layout.LETTER
            c.setFillColor(colors.white)
            c.rect(0, self.height - size - 6, size + 6, size + 6, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(f"{SANS}-Bold", size)
            c.drawCentredString((size + 6) / 2, self.height - size - 2, self.panel.label)


def table_flowables(
    t: Table, width: float, cell: ParagraphStyle, caption: ParagraphStyle
) -> list[Flowable]:
    """A three-rule table (journal style): caption above, note below; rows repeat their
    header across pages; flagged (out-of-range) values in bold."""
    head_style = ParagraphStyle("th", parent=cell, fontName=f"{SANS}-Bold")
    bold = ParagraphStyle("tdb", parent=cell, fontName=f"{SANS}-Bold")
    data: list[list[Flowable]] = [[Paragraph(esc(h), head_style) for h in t.header]]
    for row in t.rows:
        data.append([Paragraph(esc(c.text), bold if c.flag else cell) for c in row])
    widths = [w * width for w in t.widths] if t.widths else None
    table = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.9, RULE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.9, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out: list[Flowable] = [
        Paragraph(f"<b>Table {t.number}:</b> {esc(t.caption)}", caption),
        Spacer(0, 3),
        table,
    ]
    if t.note:
        out.append(
            Paragraph(esc(t.note), ParagraphStyle("tn", parent=caption, fontSize=7.5, leading=9.5))
        )
    # the caption never stays at a page foot without its table: a table that fits on a page
    # moves whole to the next one; a longer one starts at the top of a page
    return [KeepTogether(out)]


def panel_rows(panels: list[Panel], width: float, max_height: float = MAX_PANEL_HEIGHT) -> RLTable:
    """The panels side by side (up to three a row), scaled to one height per row, each row
    centred: the geometry the imaging form's preview draws too (``caselog.figures.panels``)."""
    grid = layout.rows([(p.width, p.height) for p in panels], width, max_height)
    pad = [
        ("LEFTPADDING", (0, 0), (-1, -1), GAP / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), GAP / 2),
        ("TOPPADDING", (0, 0), (-1, -1), GAP / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), GAP / 2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    rows: list[list[Flowable]] = []
    for row in grid:  # one table a row, its columns as wide as its panels
        cells = [PanelImage(panels[c.index], c.width, c.height) for c in row]
        line = RLTable([cells], colWidths=[c.width + GAP for c in row], hAlign="CENTER")
        line.setStyle(TableStyle(pad))
        rows.append([line])
    outer = RLTable(rows, hAlign="CENTER")
    outer.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    return outer


def figure_flowables(f: Figure, width: float, caption: ParagraphStyle) -> list[Flowable]:
    legend = [f"<b>Figure {f.number}:</b> {esc(f.title)}"]
    for p in f.panels:
        if p.caption:
            legend.append(f"({esc(p.label)}) {esc(p.caption)}" if p.label else esc(p.caption))
    return [
        KeepTogether(
            [panel_rows(f.panels, width), Spacer(0, 4), Paragraph(" ".join(legend), caption)]
        )
    ]


def trend_flowables(f: TrendFigure, width: float, caption: ParagraphStyle) -> list[Flowable]:
    """The trend charts two a row, sharing one day axis, with the figure's legend."""
    legend = Paragraph(f"<b>Figure {f.number}:</b> {esc(f.title)}", caption)
    return [KeepTogether([trend_grid(f, width), Spacer(0, 4), legend])]


def trend_grid(f: TrendFigure, width: float) -> RLTable:
    """The trend charts of ``f`` two a row (one when there is one), without the legend:
    what the page draws, also drawn alone for the Word file and the figure files."""
    span = day_span(f.trends, f.exposures)
    cols = 1 if len(f.trends) == 1 else 2
    w = (width - GAP * (cols - 1)) / cols
    h = 150.0 + 9.0 * len(f.exposures)
    if cols == 1:
        w, h = width, h + 20
    cells = [trend_drawing(t, f.exposures, w, h, span) for t in f.trends]
    rows: list[list[Flowable]] = [list(cells[i : i + cols]) for i in range(0, len(cells), cols)]
    if len(rows[-1]) < cols:
        rows[-1].append(Spacer(0, 0))
    grid = RLTable(rows, hAlign="CENTER")
    grid.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    return grid
