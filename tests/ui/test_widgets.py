"""Widgets over plain data: the timeline strip and the Naranjo panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.core.vocab import NARANJO_KEYS
from caselog.ui.naranjo_panel import NaranjoPanel, band, score
from caselog.ui.timeline_strip import TimelineStrip, drug_courses
from tests.ui.factory import timeline_events


def test_drug_courses_bar_from_start_to_stop_with_a_tick_per_dose() -> None:
    (course,) = drug_courses(timeline_events())
    assert course.drug == "romosozumab" and course.suspect
    assert course.start.isoformat() == "2024-03-04"
    assert course.end is not None and course.end.isoformat() == "2024-06-06"
    assert [d.isoformat() for d, _ in course.doses] == ["2024-03-04", "2024-04-01"]


def test_strip_paints_marks_and_clicking_one_selects_its_event(qtbot: Any) -> None:
    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.set_events(timeline_events(), PartialDate.parse("2024-03-04"))
    strip.resize(900, strip.sizeHint().height())
    strip.show()
    qtbot.waitExposed(strip)
    image = strip.grab()  # paints, and lays out the marks
    assert not image.isNull()
    ids = {event_id for _, event_id in strip.hit_points()}
    assert ids == {1, 2, 3, 4, 5, 6, 7, 8}  # every event has a mark
    point = next(p for p, i in strip.hit_points() if i == 4)
    with qtbot.waitSignal(strip.eventClicked) as blocker:
        qtbot.mouseClick(
            strip, Qt.MouseButton.LeftButton, pos=QPoint(int(point.x()), int(point.y()))
        )
    assert blocker.args == [4]
    # empty space selects nothing
    with qtbot.assertNotEmitted(strip.eventClicked):
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def test_same_day_marks_stack_in_rows_and_each_can_be_clicked(qtbot: Any) -> None:
    day, other = PartialDate.parse("2024-06-05"), PartialDate.parse("2024-09-01")
    events = [
        Event("symptom", day, id=11, name="fever"),
        Event("imaging", day, id=12, modality="CT", region="lumbar spine"),
        Event("procedure", day, id=13, name="epidural biopsy"),
        Event("outcome", other, id=14, status="recovering"),
    ]
    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.set_events(events[3:], day)
    one_row = strip.sizeHint().height()
    strip.set_events(events, day)
    assert strip.sizeHint().height() > one_row  # the Events lane grew a row per mark
    strip.resize(900, strip.sizeHint().height())
    strip.show()
    qtbot.waitExposed(strip)
    strip.grab()
    points = {i: p for p, i in strip.hit_points()}
    same_day = [points[11], points[12], points[13]]
    assert len({round(p.x()) for p in same_day}) == 1  # one column, at that day
    ys = sorted(p.y() for p in same_day)
    assert all(b - a >= 10 for a, b in zip(ys, ys[1:], strict=False))  # rows a mark apart
    assert abs(points[14].y() - sum(ys) / 3) < 1  # a lone mark sits at the rows' middle
    for event_id in (11, 12, 13):
        point = points[event_id]
        with qtbot.waitSignal(strip.eventClicked) as blocker:
            qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=point.toPoint())
        assert blocker.args == [event_id]


def test_naranjo_weights_and_bands() -> None:
    everything_yes = {k: "yes" for k in NARANJO_KEYS}
    assert score(everything_yes) == 1 + 2 + 1 + 2 - 1 - 1 + 1 + 1 + 1 + 1
    assert score({"after_drug": "no", "alternative_causes": "no"}) == 1
    assert score({}) == 0
    assert [band(s) for s in (9, 5, 8, 1, 4, 0, -3)] == [
        "definite",
        "probable",
        "probable",
        "possible",
        "possible",
        "doubtful",
        "doubtful",
    ]


def test_naranjo_panel_score_updates_as_questions_are_answered(qtbot: Any) -> None:
    panel = NaranjoPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.result.text().startswith("Naranjo score 0: doubtful")
    with qtbot.waitSignal(panel.answersChanged):
        qtbot.mouseClick(panel.button("after_drug", "yes"), Qt.MouseButton.LeftButton)
    assert panel.result.text() == "Naranjo score 2: possible (1 of 10 answered)"
    for key, answer in (
        ("improved_on_stop", "yes"),
        ("alternative_causes", "no"),
        ("objective_evidence", "yes"),
    ):
        qtbot.mouseClick(panel.button(key, answer), Qt.MouseButton.LeftButton)
    assert panel.score() == 6 and panel.band() == "probable"
    assert panel.result.text().startswith("Naranjo score 6: probable")
    # changing an answer replaces it
    qtbot.mouseClick(panel.button("alternative_causes", "yes"), Qt.MouseButton.LeftButton)
    assert panel.answers()["alternative_causes"] == "yes"
    assert panel.score() == 3
    panel.set_answers({})
    assert panel.answers() == {} and panel.score() == 0
