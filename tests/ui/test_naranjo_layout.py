"""The Naranjo grid stays put whatever is answered (a click lands where the user aimed), and
it counts answered questions as the report does (caselog.clinical.naranjo.answered)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from caselog.clinical.naranjo import Suggestion
from caselog.core.vocab import NARANJO_ANSWERS, NARANJO_KEYS
from caselog.ui.exposure_panel import course_rows
from caselog.ui.naranjo_panel import NaranjoPanel
from tests.clinical_cases import case, med


def positions(panel: NaranjoPanel) -> dict[tuple[str, str], QPoint]:
    return {
        (k, a): panel.button(k, a).mapTo(panel, QPoint(0, 0))
        for k in NARANJO_KEYS
        for a in NARANJO_ANSWERS
    }


def test_answering_never_moves_the_questions_or_buttons(qtbot: Any) -> None:
    panel = NaranjoPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    # the timeline suggests answers to some questions: their hints show until answered so
    panel.set_suggestions(
        {
            "after_drug": Suggestion("yes", "the onset follows the first dose"),
            "improved_on_stop": Suggestion("yes", "improvement after the stop"),
            "reappeared_on_readministration": Suggestion("unknown", "not given again"),
            "objective_evidence": Suggestion("yes", "CT"),
        }
    )
    qtbot.wait(10)
    before = positions(panel)
    for key, answer in zip(NARANJO_KEYS, ["no", "yes", "yes", "unknown", "no"] * 2, strict=True):
        button = panel.button(key, answer)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
        qtbot.wait(5)
        assert button.isChecked(), key
        assert positions(panel) == before, f"the grid moved after answering {key}"


def test_the_count_of_answered_questions_counts_dont_know(qtbot: Any) -> None:
    panel = NaranjoPanel()
    qtbot.addWidget(panel)
    answers = {key: "unknown" for key in NARANJO_KEYS}
    answers.update(after_drug="yes", alternative_causes="no")
    panel.set_answers(answers)
    assert "answered" not in panel.result.text()  # all ten answered: no count to show
    del answers["placebo_reaction"], answers["dose_response"], answers["previous_reports"]
    panel.set_answers(answers)
    assert panel.result.text().endswith("(7 of 10 answered)")


def test_the_exposure_table_counts_the_doses_as_the_course_does() -> None:
    c = case(
        med("2024-03-04", "start", dose=None), med("2024-04-01", "dose"), med("2024-05-02", "dose")
    )
    [row] = course_rows(c)
    assert row.doses == "3"
