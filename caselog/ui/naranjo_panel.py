"""The ten Naranjo questions with the score and its band updating as they are answered."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from caselog.core.vocab import NARANJO_ANSWERS, NARANJO_KEYS

# Naranjo et al., Clin Pharmacol Ther 1981;30:239-45 (shared/reference/clinical.md).
QUESTIONS: dict[str, str] = {
    "previous_reports": "Are there previous conclusive reports on this reaction?",
    "after_drug": "Did the event appear after the suspected drug was given?",
    "improved_on_stop": (
        "Did it improve when the drug was stopped or a specific antagonist given?"
    ),
    "reappeared_on_readministration": "Did it reappear when the drug was given again?",
    "alternative_causes": ("Are there alternative causes that could on their own have caused it?"),
    "placebo_reaction": "Did it reappear when a placebo was given?",
    "toxic_concentration": ("Was the drug detected in blood or fluids in toxic concentrations?"),
    "dose_response": "Was it more severe with a higher dose, or less severe with a lower one?",
    "previous_similar_reaction": (
        "Did the patient have a similar reaction to the same or a similar drug before?"
    ),
    "objective_evidence": "Was the event confirmed by objective evidence?",
}
ANSWER_LABELS = {"yes": "&Yes", "no": "&No", "unknown": "&Don't know"}


# (yes, no, don't know) points per question, in the published order.
WEIGHTS: dict[str, tuple[int, int, int]] = {
    "previous_reports": (1, 0, 0),
    "after_drug": (2, -1, 0),
    "improved_on_stop": (1, 0, 0),
    "reappeared_on_readministration": (2, -1, 0),
    "alternative_causes": (-1, 2, 0),
    "placebo_reaction": (-1, 1, 0),
    "toxic_concentration": (1, 0, 0),
    "dose_response": (1, 0, 0),
    "previous_similar_reaction": (1, 0, 0),
    "objective_evidence": (1, 0, 0),
}


def score(answers: dict[str, str]) -> int:
    """The total score; an unanswered question counts as "don't know" (0)."""
    total = 0
    for key, answer in answers.items():
        if answer in NARANJO_ANSWERS:
            total += WEIGHTS[key][NARANJO_ANSWERS.index(answer)]
    return total


def band(value: int) -> str:
    """9 or more definite; 5 to 8 probable; 1 to 4 possible; 0 or less doubtful."""
    if value >= 9:
        return "definite"
    if value >= 5:
        return "probable"
    if value >= 1:
        return "possible"
    return "doubtful"


class NaranjoPanel(QWidget):
    """``answersChanged`` fires on every click; ``answers()`` holds the answered keys."""

    answersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Naranjo questionnaire")
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[tuple[str, str], QRadioButton] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(1, 1)
        for row, key in enumerate(NARANJO_KEYS):
            num = QLabel(f"{row + 1}.", self)
            question = QLabel(QUESTIONS[key], self)
            question.setWordWrap(True)
            grid.addWidget(num, row, 0)
            grid.addWidget(question, row, 1)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for col, answer in enumerate(NARANJO_ANSWERS):
                text = ANSWER_LABELS[answer] if row == 0 else ANSWER_LABELS[answer].replace("&", "")
                button = QRadioButton(text, self)
                button.setAccessibleName(f"Question {row + 1} {answer}")
                button.setAccessibleDescription(QUESTIONS[key])
                group.addButton(button)
                grid.addWidget(button, row, 2 + col)
                self._buttons[(key, answer)] = button
            group.buttonClicked.connect(lambda _b: self._changed())
            self._groups[key] = group
        self.result = QLabel(self)
        self.result.setAccessibleName("Naranjo score")
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        grid.addWidget(self.result, len(NARANJO_KEYS), 0, 1, 5)
        self._show_score()

    def button(self, key: str, answer: str) -> QRadioButton:
        return self._buttons[(key, answer)]

    def answers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key in NARANJO_KEYS:
            for answer in NARANJO_ANSWERS:
                if self._buttons[(key, answer)].isChecked():
                    out[key] = answer
        return out

    def set_answers(self, answers: dict[str, str]) -> None:
        for key in NARANJO_KEYS:
            group = self._groups[key]
            group.setExclusive(False)
            for answer in NARANJO_ANSWERS:
                self._buttons[(key, answer)].setChecked(answers.get(key) == answer)
            group.setExclusive(True)
        self._show_score()

    def score(self) -> int:
        return score(self.answers())

    def band(self) -> str:
        return band(self.score())

    def _show_score(self) -> None:
        answers = self.answers()
        value = score(answers)
        answered = len(answers)
        note = "" if answered == len(NARANJO_KEYS) else f" ({answered} of 10 answered)"
        self.result.setText(f"Naranjo score {value}: {band(value)}{note}")

    def _changed(self) -> None:
        self._show_score()
        self.answersChanged.emit()
