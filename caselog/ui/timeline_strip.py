"""A painted overview of the timeline: drug courses as bars with a tick per dose, other
events as markers by kind, labs as points. Clicking a mark selects its event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Event
from caselog.ui.icons import WARNING_COLOR, kind_color
from caselog.ui.text import event_summary, lab_flag, relative_text

LANE_HEIGHT = 22
AXIS_HEIGHT = 26
TOP = 6
MARK = 5.0
ROW = 2 * MARK + 4  # one row of stacked marks
MAX_ROWS = 4  # marks of one day stack up to this many rows, then sit side by side


def _day(d: PartialDate) -> dt.date:
    return d.first_day() if d.precision is Precision.DAY else d.midpoint()


@dataclass
class Course:
    """One drug's exposure: from its first start (or first mention) to its stop."""

    drug: str
    suspect: bool
    start: dt.date
    end: dt.date | None  # None: not stopped
    doses: list[tuple[dt.date, Event]]


def drug_courses(events: list[Event]) -> list[Course]:
    """Group medication events by drug, in order of first appearance."""
    courses: dict[str, Course] = {}
    for e in sorted(events, key=lambda e: e.date.sort_key()):
        if e.kind != "medication" or not e.drug:
            continue
        key = e.drug.casefold()
        day = _day(e.date)
        course = courses.get(key)
        if course is None:
            course = Course(e.drug, e.effective_role == "suspect", day, None, [])
            courses[key] = course
        course.suspect = course.suspect or e.effective_role == "suspect"
        if e.action in ("start", "dose"):
            course.doses.append((day, e))
        if e.action == "stop":
            course.end = day
    return list(courses.values())


def _rows_for(marked: list[Event]) -> int:
    """Rows of the Events lane: as many as the most events on one day (at most MAX_ROWS),
    so that same-day marks stack rather than hide each other."""
    per_day: dict[dt.date, int] = {}
    for e in marked:
        per_day[_day(e.date)] = per_day.get(_day(e.date), 0) + 1
    return max(1, min(MAX_ROWS, max(per_day.values(), default=1)))


class TimelineStrip(QWidget):
    eventClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._index: PartialDate | None = None
        self._courses: list[Course] = []
        self._marked: list[Event] = []  # drawn as markers in the Events lane
        self._labs: list[Event] = []
        self._rows = 1  # rows of the Events lane
        self._hits: list[tuple[QRectF, Event]] = []
        self._selected: int | None = None
        self._warnings: dict[int, list[str]] = {}
        self.setAccessibleName("Timeline overview")
        self.setAccessibleDescription(
            "Drug courses as bars, events as markers and labs as points; click one to select it."
        )
        self.setMouseTracking(True)
        self.setMinimumHeight(self._height())

    # -- data ------------------------------------------------------------------------------

    def set_events(self, events: list[Event], index_date: PartialDate | None) -> None:
        self._events = list(events)
        self._index = index_date
        self._courses = drug_courses(self._events)
        self._marked = [e for e in self._events if e.kind not in ("medication", "lab")]
        self._labs = [e for e in self._events if e.kind == "lab"]
        self._rows = _rows_for(self._marked)
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def set_warnings(self, warnings: dict[int, list[str]]) -> None:
        """Ring the marks of events that warnings concern (event id -> the messages)."""
        self._warnings = dict(warnings)
        self.update()

    def warned_points(self) -> list[tuple[QPointF, int]]:
        """Where the warned events' marks were painted last (for tests)."""
        return [(r.center(), e.id) for r, e in self._hits if e.id in self._warnings]

    def set_selected(self, event_id: int | None) -> None:
        self._selected = event_id
        self.update()

    def hit_points(self) -> list[tuple[QPointF, int]]:
        """Centre of every clickable mark with its event id (for tests and accessibility)."""
        return [(r.center(), e.id) for r, e in self._hits if e.id is not None]

    # -- geometry --------------------------------------------------------------------------

    def _lanes(self) -> list[str]:
        lanes = [c.drug + (" (suspect)" if c.suspect else "") for c in self._courses]
        lanes.append("Events")
        lanes.append("Labs")
        return lanes

    def _lane_heights(self) -> list[float]:
        events = max(float(LANE_HEIGHT), self._rows * ROW + 4)
        return [LANE_HEIGHT] * len(self._courses) + [events, LANE_HEIGHT]

    def _height(self) -> int:
        return int(TOP + sum(self._lane_heights()) + AXIS_HEIGHT + 0.5)

    def sizeHint(self) -> QSize:
        return QSize(600, self._height())

    def _span(self) -> tuple[dt.date, dt.date]:
        days = [_day(e.date) for e in self._events]
        if self._index is not None:
            days.append(_day(self._index))
        if not days:
            today = dt.date.today()
            return today - dt.timedelta(days=30), today
        first, last = min(days), max(days)
        if first == last:
            first, last = first - dt.timedelta(days=15), last + dt.timedelta(days=15)
        pad = dt.timedelta(days=max(1, (last - first).days // 40))
        return first - pad, last + pad

    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(t) for t in self._lanes()), default=40)
        return min(max(widest + 16, 70), 220)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        left = self._label_width()
        right = self.width() - 12
        first, last = self._span()
        total = max(1, (last - first).days)

        def x_of(d: dt.date) -> float:
            return left + (right - left) * (d - first).days / total

        self._hits = []
        lanes = self._lanes()
        text_color = pal.color(QPalette.ColorRole.Text)
        grid = QColor(text_color)
        grid.setAlpha(30)
        fm = QFontMetrics(self.font())
        heights = self._lane_heights()
        tops = [TOP + sum(heights[:i]) for i in range(len(heights))]
        for i, name in enumerate(lanes):
            y = tops[i]
            if i % 2 == 0:
                p.fillRect(QRectF(0, y, self.width(), heights[i]), grid)
            p.setPen(text_color)
            shown = fm.elidedText(name, Qt.TextElideMode.ElideRight, left - 12)
            p.drawText(
                QRectF(6, y, left - 10, LANE_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                shown,
            )

        self._paint_axis(p, first, last, x_of, TOP + sum(heights), left, right)
        for i, course in enumerate(self._courses):
            self._paint_course(p, course, tops[i], x_of, right)
        n = len(self._courses)
        self._paint_markers(p, tops[n], heights[n], x_of)
        self._paint_labs(p, tops[n + 1], x_of)
        self._paint_warnings(p)
        p.end()

    def _paint_warnings(self, p: QPainter) -> None:
        p.setPen(QPen(QColor(WARNING_COLOR), 2.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for rect, e in self._hits:
            if e.id is not None and e.id in self._warnings:
                p.drawEllipse(rect.center(), 8.0, 8.0)

    def _paint_axis(self, p: QPainter, first, last, x_of, y: float, left: int, right: int) -> None:  # type: ignore[no-untyped-def]
        pal = self.palette()
        pen = QPen(pal.color(QPalette.ColorRole.Mid))
        p.setPen(pen)
        p.drawLine(QPointF(left, y + 2), QPointF(right, y + 2))
        span_days = (last - first).days
        step = 1 if span_days < 400 else 3 if span_days < 1200 else 12
        month = dt.date(first.year, first.month, 1)
        fm = QFontMetrics(self.font())
        last_label_end = -1e9
        while month <= last:
            if month >= first:
                x = x_of(month)
                p.setPen(pen)
                p.drawLine(QPointF(x, y + 2), QPointF(x, y + 6))
                text = (
                    month.strftime("%b %Y")
                    if month.month == 1 or step > 1
                    else month.strftime("%b")
                )
                if month.month == 1 and step == 1:
                    text = month.strftime("%b %Y")
                w = fm.horizontalAdvance(text)
                if x - w / 2 > last_label_end + 6:
                    p.setPen(pal.color(QPalette.ColorRole.Text))
                    p.drawText(QPointF(x - w / 2, y + 8 + fm.ascent()), text)
                    last_label_end = x + w / 2
            m = month.month - 1 + step
            month = dt.date(month.year + m // 12, m % 12 + 1, 1)
        if self._index is not None:
            x = x_of(_day(self._index))
            dash = QPen(QColor("#c0392b"), 1, Qt.PenStyle.DashLine)
            p.setPen(dash)
            p.drawLine(QPointF(x, TOP), QPointF(x, y + 2))
            label = "Day 0"
            w = fm.horizontalAdvance(label)
            p.fillRect(
                QRectF(x - w / 2 - 3, y + 7, w + 6, fm.height()), pal.color(QPalette.ColorRole.Base)
            )
            p.drawText(QPointF(x - w / 2, y + 8 + fm.ascent()), label)

    def _paint_course(self, p: QPainter, c: Course, y: float, x_of, right: int) -> None:  # type: ignore[no-untyped-def]
        color = QColor("#c0392b") if c.suspect else kind_color("medication")
        x0 = x_of(c.start)
        x1 = x_of(c.end) if c.end else right
        bar = QRectF(x0, y + 7, max(2.0, x1 - x0), LANE_HEIGHT - 14)
        fill = QColor(color)
        fill.setAlpha(70)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(bar, 3, 3)
        for day, e in c.doses:
            x = x_of(day)
            p.setPen(QPen(color, 2.5 if e.id == self._selected else 1.6))
            p.drawLine(QPointF(x, y + 3), QPointF(x, y + LANE_HEIGHT - 3))
            self._hits.append((QRectF(x - 4, y + 2, 8, LANE_HEIGHT - 4), e))
        stops = [
            e
            for e in self._events
            if e.kind == "medication"
            and e.drug
            and e.drug.casefold() == c.drug.casefold()
            and e.action in ("stop", "change")
        ]
        for e in stops:
            x = x_of(_day(e.date))
            p.setPen(QPen(color, 2))
            p.setBrush(QColor("white"))
            r = QRectF(x - 4, y + LANE_HEIGHT / 2 - 4, 8, 8)
            p.drawRect(r)
            self._hits.append((r.adjusted(-2, -2, 2, 2), e))

    def _clusters(self, items: list[Event], x_of) -> list[tuple[float, list[Event]]]:  # type: ignore[no-untyped-def]
        """Marks in date order, grouped while they fall within a mark's width of the
        group's first: (its x, its events)."""
        groups: list[tuple[float, list[Event]]] = []
        for e in sorted(items, key=lambda e: e.date.sort_key()):
            x = x_of(_day(e.date))
            if groups and x - groups[-1][0] < 2 * MARK:
                groups[-1][1].append(e)
            else:
                groups.append((x, [e]))
        return groups

    def _paint_markers(self, p: QPainter, y: float, height: float, x_of) -> None:  # type: ignore[no-untyped-def]
        """Marks of one day (or of days too close to tell apart) stack in rows centred in
        the lane; past the lane's rows they carry on in a column beside."""
        for x, group in self._clusters(self._marked, x_of):
            used = min(self._rows, len(group))
            for i, e in enumerate(group):
                row, col = i % used, i // used
                cx = x + col * ROW
                cy = y + height / 2 + (row - (used - 1) / 2) * ROW
                self._draw_marker(p, e, QPointF(cx, cy))
                hit = QRectF(cx - MARK - 2, cy - MARK - 2, 2 * MARK + 4, 2 * MARK + 4)
                self._hits.append((hit, e))

    def _draw_marker(self, p: QPainter, e: Event, c: QPointF) -> None:
        color = kind_color(e.kind)
        selected = e.id is not None and e.id == self._selected
        p.setPen(QPen(QColor("black") if selected else color.darker(130), 2 if selected else 1))
        p.setBrush(color)
        r = MARK + (1.5 if selected else 0)
        if e.kind in ("symptom", "finding"):
            path = QPainterPath()
            path.moveTo(c.x(), c.y() - r)
            path.lineTo(c.x() + r, c.y() + r * 0.8)
            path.lineTo(c.x() - r, c.y() + r * 0.8)
            path.closeSubpath()
            p.drawPath(path)
        elif e.kind in ("diagnosis",):
            path = QPainterPath()
            path.moveTo(c.x(), c.y() - r)
            path.lineTo(c.x() + r, c.y())
            path.lineTo(c.x(), c.y() + r)
            path.lineTo(c.x() - r, c.y())
            path.closeSubpath()
            p.drawPath(path)
        elif e.kind in ("imaging", "procedure"):
            p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        else:
            p.drawEllipse(c, r, r)

    def _paint_labs(self, p: QPainter, y: float, x_of) -> None:  # type: ignore[no-untyped-def]
        for x, group in self._clusters(self._labs, x_of):
            for i, e in enumerate(group):
                cy = y + 5 + (i % 4) * 3.5
                flag = lab_flag(e)
                color = QColor("#c0392b") if flag else kind_color("lab")
                selected = e.id is not None and e.id == self._selected
                p.setPen(QPen(QColor("black") if selected else color, 2 if selected else 1.2))
                p.setBrush(color if flag else QColor("white"))
                r = 3.5 if not selected else 4.5
                p.drawEllipse(QPointF(x, cy), r, r)
                self._hits.append((QRectF(x - 5, cy - 5, 10, 10), e))

    # -- interaction -----------------------------------------------------------------------

    def _hit(self, pos: QPointF) -> Event | None:
        best: tuple[float, Event] | None = None
        for rect, e in self._hits:
            if rect.contains(pos):
                d = (rect.center() - pos).manhattanLength()
                if best is None or d < best[0]:
                    best = (d, e)
        return best[1] if best else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is not None and hit.id is not None:
            self.set_selected(hit.id)
            self.eventClicked.emit(hit.id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        cursor = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        super().mouseMoveEvent(event)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            hit = self._hit(QPointF(e.pos()))
            if hit is not None:
                rel = relative_text(hit.date, self._index)
                text = f"{hit.date} {rel}\n{event_summary(hit)}"
                warned = self._warnings.get(hit.id) if hit.id is not None else None
                if warned:
                    text += "\n" + "\n".join(f"⚠ {m}" for m in warned)
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)
