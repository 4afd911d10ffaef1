"""The case-series shape (JBMR Plus): the front matter (label, title, authors, a
structured abstract, keywords), then the sections, the patients' tables, one chart per
shared measurement, and numbered references."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from caselog.report.model import Block
from caselog.report.render.cureus import CureusRenderer
from caselog.report.render.series_chart import series_drawing
from caselog.report.render.text import esc
from caselog.report.series.tables import SeriesChart

CHART_HEIGHT = 205.0
GAP = 14.0


class SeriesRenderer(CureusRenderer):
    """Consecutive charts sit two to a row, each with its own legend beneath."""

    shape = "case series"

    def story(self) -> list[Flowable]:
        out = self.front()
        for section in self.report.sections:
            style = "h1" if section.level == 1 else "h2"
            out.append(Paragraph(esc(section.heading), self.styles[style]))
            charts: list[SeriesChart] = []
            for b in [*section.blocks, None]:
                if isinstance(b, SeriesChart):
                    charts.append(b)
                    continue
                if charts:
                    out += self.charts(charts)
                    charts = []
                if b is not None:
                    out += self.block(b)
        out += self.references()
        return out

    def para(self, text: str, style: str = "body") -> Paragraph:
        """The structured abstract with its labels in bold, one part a paragraph line."""
        if text != self.report.abstract or "\n" not in text:
            return super().para(text, style)
        lines = []
        for line in text.split("\n"):
            head, _, rest = line.partition(": ")
            lines.append(f"<b>{esc(head)}:</b> {esc(rest)}")
        return Paragraph("<br/>".join(lines), self.styles[style])

    def chart_cell(self, chart: SeriesChart, width: float) -> list[Flowable]:
        legend = Paragraph(
            f"<b>Figure {chart.number}:</b> {esc(chart.title)}", self.styles["caption"]
        )
        return [series_drawing(chart, width, CHART_HEIGHT), Spacer(0, 3), legend]

    def charts(self, charts: list[SeriesChart]) -> list[Flowable]:
        if len(charts) == 1:
            cell = self.chart_cell(charts[0], self.width * 0.62)
            cell[0].hAlign = "CENTER"
            return [KeepTogether(cell)]
        w = (self.width - GAP) / 2
        rows: list[list[Any]] = []
        for i in range(0, len(charts), 2):
            pair = [self.chart_cell(c, w) for c in charts[i : i + 2]]
            rows.append(pair if len(pair) == 2 else [*pair, ""])
        grid = RLTable(rows, colWidths=[w + GAP / 2, w + GAP / 2], hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), GAP / 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return [grid]

    def block(self, b: Block) -> list[Flowable]:
        if isinstance(b, SeriesChart):
            return self.charts([b])
        return super().block(b)
