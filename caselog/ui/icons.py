"""Icons painted in code (crisp at any device pixel ratio; no image files to ship)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

KIND_COLORS: dict[str, str] = {
    "medication": "#2f6db5",
    "symptom": "#c0392b",
    "finding": "#d35400",
    "lab": "#16a085",
    "imaging": "#8e44ad",
    "procedure": "#7f5a2a",
    "diagnosis": "#b7950b",
    "follow_up": "#2e8b57",
    "note": "#6c7a89",
}

KIND_LETTERS: dict[str, str] = {
    "medication": "Rx",
    "symptom": "S",
    "finding": "F",
    "lab": "L",
    "imaging": "I",
    "procedure": "P",
    "diagnosis": "D",
    "follow_up": "FU",
    "note": "N",
}


def kind_color(kind: str) -> QColor:
    return QColor(KIND_COLORS.get(kind, "#555555"))


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def kind_icon(kind: str, size: int = 16) -> QIcon:
    """A rounded badge in the kind's colour with a short letter code."""
    pixmap, p = _canvas(size)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(kind_color(kind))
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3.5, 3.5)
    font = QFont()
    text = KIND_LETTERS.get(kind, "?")
    font.setPixelSize(int(size * (0.62 if len(text) == 1 else 0.5)))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return QIcon(pixmap)


@cache
def lock_icon(size: int = 16) -> QIcon:
    """A padlock: marks the private identifiers."""
    pixmap, p = _canvas(size)
    color = QColor("#8a5a00")
    pen = QPen(color, size * 0.12)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    w = size
    shackle.moveTo(QPointF(w * 0.3, w * 0.48))
    shackle.lineTo(QPointF(w * 0.3, w * 0.32))
    shackle.arcTo(QRectF(w * 0.3, w * 0.1, w * 0.4, w * 0.4), 180, -180)
    shackle.lineTo(QPointF(w * 0.7, w * 0.48))
    p.drawPath(shackle)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRoundedRect(QRectF(w * 0.18, w * 0.45, w * 0.64, w * 0.47), w * 0.08, w * 0.08)
    p.setBrush(QColor("white"))
    p.drawEllipse(QPointF(w * 0.5, w * 0.64), w * 0.07, w * 0.07)
    p.end()
    return QIcon(pixmap)


WARNING_COLOR = "#d68910"


@cache
def warning_icon(size: int = 16) -> QIcon:
    """An amber triangle with "!": marks timeline rows a warning concerns."""
    pixmap, p = _canvas(size)
    w = size
    triangle = QPainterPath()
    triangle.moveTo(QPointF(w * 0.5, w * 0.06))
    triangle.lineTo(QPointF(w * 0.96, w * 0.9))
    triangle.lineTo(QPointF(w * 0.04, w * 0.9))
    triangle.closeSubpath()
    p.setPen(QPen(QColor("#9a6200"), max(1.0, w * 0.06)))
    p.setBrush(QColor(WARNING_COLOR))
    p.drawPath(triangle)
    font = QFont()
    font.setPixelSize(int(w * 0.62))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, w * 0.18, w, w * 0.72), Qt.AlignmentFlag.AlignCenter, "!")
    p.end()
    return QIcon(pixmap)
