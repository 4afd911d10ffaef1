"""The series chart: one measurement over months (or weeks) from each patient's day 0, one line
per patient (colour and marker both differ, so it reads in grey print too)."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from caselog.report._context import signed
from caselog.report.render.chart import GREY, nice_ticks
from caselog.report.render.fonts import SANS
from caselog.report.series.tables import SeriesChart

# Okabe-Ito: distinguishable with colour-vision deficiency
PALETTE = (
    colors.Color(0.0, 0.45, 0.70),
    colors.Color(0.84, 0.37, 0.0),
    colors.Color(0.0, 0.62, 0.45),
    colors.Color(0.80, 0.47, 0.65),
    colors.Color(0.34, 0.71, 0.91),
    colors.Color(0.90, 0.62, 0.0),
    colors.Color(0.0, 0.0, 0.0),
    colors.Color(0.55, 0.55, 0.55),
)
MARKERS = ("circle", "square", "triangle", "diamond")
KEY_SIZE = 6.5


def marker(kind: str, x: float, y: float, color: colors.Color, size: float = 2.4) -> Group:
    g = Group()
    style = {"fillColor": color, "strokeColor": color, "strokeWidth": 0.3}
    if kind == "circle":
        g.add(Circle(x, y, size, **style))
    elif kind == "square":
        g.add(Rect(x - size, y - size, 2 * size, 2 * size, **style))
    elif kind == "triangle":
        g.add(Polygon([x - size, y - size, x + size, y - size, x, y + size * 1.2], **style))
    else:
        g.add(Polygon([x, y - size * 1.3, x + size, y, x, y + size * 1.3, x - size, y], **style))
    return g


def month_ticks(lo: float, hi: float, most: int = 6) -> list[int]:
    """Whole months at a step of 1, 2, 3, 6 or 12 (whichever first gives few enough)."""
    for step in (1, 2, 3, 6, 12, 24, 60):
        first = math.ceil(lo / step) * step
        ticks = list(range(first, math.floor(hi) + 1, step))
        if len(ticks) <= most:
            return ticks
    return [math.ceil(lo), math.floor(hi)]


def _fmt(v: float) -> str:
    return f"{v:g}"


def _key_rows(chart: SeriesChart, room: float) -> list[list[tuple[int, float]]]:
    """The key's entries (trend index, width) laid left to right, wrapping at ``room``."""
    rows: list[list[tuple[int, float]]] = [[]]
    used = 0.0
    for i, t in enumerate(chart.trends):
        w = stringWidth(t.test, SANS, KEY_SIZE) + 24
        if rows[-1] and used + w > room:
            rows.append([])
            used = 0.0
        rows[-1].append((i, w))
        used += w
    return rows


def series_drawing(chart: SeriesChart, width: float, height: float) -> Drawing:
    """The chart with its key (patient lines) beneath the axis."""
    d = Drawing(width, height)
    keys = _key_rows(chart, width - 12)
    left, right, top = 38.0, 8.0, 14.0
    bottom = 32.0 + 11.0 * len(keys)
    pw, ph = width - left - right, height - top - bottom
    xs = [p.day for t in chart.trends for p in t.points]
    ys = [p.value for t in chart.trends for p in t.points]
    if chart.change:
        ys.append(0.0)
    lo, hi = min(min(xs), 0.0), max(xs)
    pad = max((hi - lo) * 0.03, 0.2)
    x0, x1 = lo - pad, hi + pad
    xt = month_ticks(x0, x1)
    yt = nice_ticks(min(ys), max(ys), 5)
    y0, y1 = yt[0], yt[-1]

    def x(v: float) -> float:
        return left + (v - x0) / (x1 - x0) * pw

    def y(v: float) -> float:
        return bottom + (v - y0) / (y1 - y0) * ph

    d.add(String(left, height - 9, chart.y_title, fontName=f"{SANS}-Bold", fontSize=7.5))
    d.add(Line(left, bottom, left + pw, bottom, strokeColor=GREY, strokeWidth=0.6))
    d.add(Line(left, bottom, left, bottom + ph, strokeColor=GREY, strokeWidth=0.6))
    for t in yt:
        d.add(Line(left - 2.5, y(t), left, y(t), strokeColor=GREY, strokeWidth=0.5))
        label = _fmt(t).replace("-", "\u2212")
        w = stringWidth(label, SANS, 6.5)
        d.add(String(left - 4 - w, y(t) - 2.2, label, fontName=SANS, fontSize=6.5, fillColor=GREY))
    if chart.change and y0 < 0 < y1:
        d.add(
            Line(left, y(0), left + pw, y(0), strokeColor=GREY, strokeWidth=0.4,
                 strokeDashArray=[2, 2])
        )  # fmt: skip
    for t in xt:
        d.add(Line(x(t), bottom - 2.5, x(t), bottom, strokeColor=GREY, strokeWidth=0.5))
        label = signed(round(t))
        w = stringWidth(label, SANS, 6.5)
        d.add(String(x(t) - w / 2, bottom - 10, label, fontName=SANS, fontSize=6.5, fillColor=GREY))
    caption = f"{chart.step}s from day 0"
    w = stringWidth(caption, SANS, 6.5)
    d.add(String(left + (pw - w) / 2, bottom - 20, caption, fontName=SANS, fontSize=6.5,
                 fillColor=GREY))  # fmt: skip
    for i, trend in enumerate(chart.trends):
        color = PALETTE[i % len(PALETTE)]
        kind = MARKERS[i % len(MARKERS)]
        pts = sorted(trend.points, key=lambda p: p.day)
        if len(pts) > 1:
            coords = [c for p in pts for c in (x(p.day), y(p.value))]
            d.add(PolyLine(coords, strokeColor=color, strokeWidth=1.0))
        for p in pts:
            d.add(marker(kind, x(p.day), y(p.value), color))
    for r, row in enumerate(keys):
        total = sum(w for _, w in row)
        lx = left + (pw - total) / 2
        ly = bottom - 33 - 11 * r
        for i, w in row:
            color, kind = PALETTE[i % len(PALETTE)], MARKERS[i % len(MARKERS)]
            d.add(Line(lx, ly + 2.5, lx + 14, ly + 2.5, strokeColor=color, strokeWidth=1.0))
            d.add(marker(kind, lx + 7, ly + 2.5, color))
            d.add(String(lx + 17, ly, chart.trends[i].test, fontName=SANS, fontSize=KEY_SIZE))
            lx += w
    return d
