"""The ten Naranjo questions with the score and its band updating as they are answered."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from caselog.clinical import naranjo
from caselog.clinical.naranjo import Suggestion, answered
from caselog.core.vocab import NARANJO_ANSWERS, NARANJO_KEYS

ANSWER_LABELS = {"yes": "&Yes", "no": "&No", "unknown": "Don't &know"}
QUESTIONS: dict[str, str] = {q.key: q.text for q in naranjo.QUESTIONS}


def score(answers: dict[str, str]) -> int:
    """The total (caselog.clinical.naranjo); unanswered questions count as "don't know"."""
    return naranjo.score(answers)


def band(value: int) -> str:
    return naranjo.band(value)


def _hint_text(answer: str) -> str:
    spoken = "don't know" if answer == "unknown" else answer
    return f"Timeline suggests: {spoken}"


class NaranjoPanel(QWidget):
    """``answersChanged`` fires on every click; ``answers()`` holds the answered keys."""

    answersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Naranjo questionnaire")
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[tuple[str, str], QRadioButton] = {}
        self._hints: dict[str, QPushButton] = {}
        self._suggestions: dict[str, Suggestion] = {}
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
            hint = QPushButton(self)
            hint.setFlat(True)
            hint.setStyleSheet("text-align: left; color: #2f6db5;")
            hint.setAccessibleName(f"Question {row + 1} suggestion")
            hint.clicked.connect(lambda _c=False, k=key: self.accept_suggestion(k))
            # as wide as its longest text, shown or not: answering a question never moves the
            # questions and buttons about (a click would land on the text that moved there)
            widest = max(_hint_text(a) for a in NARANJO_ANSWERS)
            hint.setText(widest)
            hint.setFixedWidth(hint.sizeHint().width())
            policy = hint.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            hint.setSizePolicy(policy)
            hint.hide()
            grid.addWidget(hint, row, 2 + len(NARANJO_ANSWERS))
            self._hints[key] = hint
        self.result = QLabel(self)
        self.result.setAccessibleName("Naranjo score")
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        grid.addWidget(self.result, len(NARANJO_KEYS), 0, 1, 6)
        self._show_score()

    def set_suggestions(self, suggestions: dict[str, Suggestion]) -> None:
        """Answers the timeline supports: offered beside each question, never applied
        without a click."""
        self._suggestions = dict(suggestions)
        self._show_hints()

    def _show_hints(self) -> None:
        answers = self.answers()
        for key, hint in self._hints.items():
            s = self._suggestions.get(key)
            if s is None or answers.get(key) == s.answer:
                hint.hide()
                continue
            hint.setText(_hint_text(s.answer))
            hint.setToolTip(f"{s.reason}\nClick to answer {s.answer}.")
            hint.setAccessibleDescription(s.reason)
            hint.show()

    def hint(self, key: str) -> QPushButton:
        return self._hints[key]

    def accept_suggestion(self, key: str) -> None:
        s = self._suggestions.get(key)
        if s is not None:
            self._buttons[(key, s.answer)].setChecked(True)
            self._changed()

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
        self._show_hints()

    def score(self) -> int:
        return score(self.answers())

    def band(self) -> str:
        return band(self.score())

    def _show_score(self) -> None:
        answers = self.answers()
        value = score(answers)
        count = answered(answers)
        note = "" if count == len(NARANJO_KEYS) else f" ({count} of 10 answered)"
        self.result.setText(f"Naranjo score {value}: {band(value)}{note}")

    def _changed(self) -> None:
        self._show_score()
        self._show_hints()
        self.answersChanged.emit()
