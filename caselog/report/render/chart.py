"""The lab trend chart, as vector graphics: values over relative time, the reference range
shaded, the suspect drug's exposure drawn beneath."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from caselog.report._context import signed
from caselog.report.model import Exposure, Trend
from caselog.report.render.fonts import SANS

BAND = colors.Color(0.82, 0.91, 0.86)
LINE = colors.Color(0.12, 0.29, 0.53)
HIGH = colors.Color(0.72, 0.11, 0.11)
BAR = colors.Color(0.93, 0.69, 0.33)
GREY = colors.Color(0.35, 0.35, 0.35)
BOLD = f"{SANS}-Bold"


def nice_ticks(lo: float, hi: float, count: int = 4) -> list[float]:
    """Round tick values covering [lo, hi]."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    v = first
    while v <= hi + step * 0.001:
        ticks.append(round(v, 10))
        v += step
    if ticks[-1] < hi:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _fmt(v: float) -> str:
    return f"{v:g}" if abs(v) < 1e6 else f"{v:.2g}"


def trend_drawing(
    trend: Trend, exposures: list[Exposure], width: float, height: float, span: tuple[float, float]
) -> Drawing:
    """One test's chart. ``span`` is the day range shared by all charts of the figure."""
    d = Drawing(width, height)
    bar_h = 9.0 * len(exposures)
    left, right, top = 34.0, 8.0, 16.0
    bottom = 26.0 + (bar_h + 6 if exposures else 0)
    pw, ph = width - left - right, height - top - bottom
    x0, x1 = span
    values = [p.value for p in trend.points]
    limits = values + [v for v in (trend.ref_low, trend.ref_high) if v is not None]
    yt = nice_ticks(min(limits), max(limits))
    y0, y1 = yt[0], yt[-1]

    def x(day: float) -> float:
        return left + (day - x0) / (x1 - x0) * pw

    def y(v: float) -> float:
        return bottom + (v - y0) / (y1 - y0) * ph

    unit = f" ({trend.unit})" if trend.unit else ""
    d.add(String(left, height - 10, f"{trend.test}{unit}", fontName=BOLD, fontSize=7.5))
    if trend.ref_low is not None or trend.ref_high is not None:
        lo = y(max(trend.ref_low if trend.ref_low is not None else y0, y0))
        hi = y(min(trend.ref_high if trend.ref_high is not None else y1, y1))
        d.add(Rect(left, lo, pw, hi - lo, fillColor=BAND, strokeColor=None))
    d.add(Line(left, bottom, left + pw, bottom, strokeColor=GREY, strokeWidth=0.6))
    d.add(Line(left, bottom, left, bottom + ph, strokeColor=GREY, strokeWidth=0.6))
    for t in yt:
        d.add(Line(left - 2.5, y(t), left, y(t), strokeColor=GREY, strokeWidth=0.5))
        label = _fmt(t)
        w = stringWidth(label, SANS, 6)
        d.add(String(left - 4 - w, y(t) - 2, label, fontName=SANS, fontSize=6, fillColor=GREY))
    for t in nice_ticks(x0, x1, 5):
        if x0 <= t <= x1:
            d.add(Line(x(t), bottom - 2.5, x(t), bottom, strokeColor=GREY, strokeWidth=0.5))
            label = signed(int(t))
            w = stringWidth(label, SANS, 6)
            d.add(
                String(x(t) - w / 2, bottom - 10, label, fontName=SANS, fontSize=6, fillColor=GREY)
            )
    caption = "Day"
    d.add(
        String(
            left + pw - stringWidth(caption, SANS, 6),
            bottom - 18,
            caption,
            fontName=SANS,
            fontSize=6,
            fillColor=GREY,
        )
    )
    pts = sorted(trend.points, key=lambda p: p.day)
    if len(pts) > 1:
        coords = [c for p in pts for c in (x(p.day), y(p.value))]
        d.add(PolyLine(coords, strokeColor=LINE, strokeWidth=0.9))
    for p in pts:
        color = HIGH if p.flag else LINE
        d.add(
            Circle(x(p.day), y(p.value), 1.8, fillColor=color, strokeColor=color, strokeWidth=0.3)
        )
    for i, ex in enumerate(exposures):
        by = bottom - 26 - 9.0 * (i + 1) + 2
        a, b = x(max(ex.start, x0)), x(min(ex.end, x1))
        d.add(Rect(a, by, max(b - a, 1.0), 5, fillColor=BAR, strokeColor=None))
        for dose in ex.doses:
            if x0 <= dose <= x1:
                xd = x(dose)
                d.add(
                    Polygon(
                        [xd - 2.2, by + 8.5, xd + 2.2, by + 8.5, xd, by + 5],
                        fillColor=GREY,
                        strokeColor=None,
                    )
                )
        name = ex.drug
        d.add(
            String(
                left - 4 - min(stringWidth(name, SANS, 5.5), left - 4),
                by,
                name[:12],
                fontName=SANS,
                fontSize=5.5,
                fillColor=GREY,
            )
        )
    return d


def day_span(trends: list[Trend], exposures: list[Exposure]) -> tuple[float, float]:
    days = [p.day for t in trends for p in t.points]
    days += [v for e in exposures for v in (e.start, e.end)]
    lo, hi = min(days), max(days)
    pad = max((hi - lo) * 0.04, 1.0)
    return lo - pad, hi + pad
