"""The quick-add line above the timeline: an event typed as one line, what it was read as
shown beneath it as you type, added with Enter (``caselog.clinical.quick_add`` reads it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from caselog.clinical.quick_add import QuickAddError, Reading, parse
from caselog.core.dates import PartialDate
from caselog.ui.forms.catalogue import drug_names, lab_names
from caselog.ui.forms.fields import ERROR_STYLE

PLACEHOLDER = (
    "Quick add: 2024-04-08 severe low back pain · +3 months CT lumbar spine: calcification · "
    "romosozumab 210 mg monthly x3 from 2024-01-10"
)
WORDS = (
    "CT", "MRI", "X-ray", "DXA", "ultrasound", "PET", "scintigraphy", "start", "stop",
    "suspect", "concomitant", "treatment", "monthly", "weekly", "daily", "every 6 months",
    "subcutaneous", "intravenous", "oral", "severe", "moderate", "mild", "ruled out",
    "suspected", "follow-up:", "note:", "symptom:", "finding:", "diagnosis:", "culture:",
)  # fmt: skip


class WordCompleter(QCompleter):
    """Completes the word under the cursor (the last one typed), not the whole line."""

    def __init__(self, words: list[str], edit: QLineEdit) -> None:
        super().__init__(QStringListModel(words, edit), edit)
        self._edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt naming)
        word = path.rsplit(" ", 1)[-1]
        return [word] if len(word) >= 2 else ["\x00"]

    def pathFromIndex(self, index: object) -> str:  # noqa: N802 (Qt naming)
        text = self._edit.text()
        head = text.rsplit(" ", 1)[0] + " " if " " in text else ""
        return head + str(super().pathFromIndex(index))  # type: ignore[arg-type]


class QuickAdd(QWidget):
    """``added`` carries the Reading of a line the user confirmed with Enter."""

    added = Signal(object)  # Reading

    def __init__(
        self,
        anchor: Callable[[], PartialDate | None],
        roles: Callable[[], dict[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._anchor = anchor
        self._roles = roles
        self.line = QLineEdit(self)
        self.line.setAccessibleName("Quick add")
        self.line.setPlaceholderText(PLACEHOLDER)
        self.line.setClearButtonEnabled(True)
        self.line.setToolTip(
            "Type an event as one line; dates may be relative to day 0 (+3 months, day 12).\n"
            "What it will add shows below; Enter adds it."
        )
        self.line.setCompleter(
            WordCompleter(sorted({*drug_names(), *lab_names(), *WORDS}), self.line)
        )
        self.line.textChanged.connect(self._typed)
        self.line.returnPressed.connect(self.submit)
        self.preview = QLabel(self)
        self.preview.setAccessibleName("Quick add preview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.line)
        lay.addWidget(self.preview)
        self._reading: Reading | None = None
        self._typed("")

    def read(self) -> Reading | None:
        """What the line says now (the preview shows it, or why it cannot be read)."""
        text = self.line.text()
        if not text.strip():
            self._reading = None
            self.preview.setStyleSheet("")
            self.preview.setText("")
            self.preview.hide()
            return None
        self.preview.show()
        try:
            self._reading = parse(text, anchor=self._anchor(), roles=self._roles())
        except QuickAddError as exc:
            self._reading = None
            self.preview.setStyleSheet(ERROR_STYLE)
            self.preview.setText(str(exc))
            return None
        self.preview.setStyleSheet("")
        self.preview.setText("Enter adds: " + self._reading.describe())
        return self._reading

    def _typed(self, _text: str) -> None:
        self.read()

    def submit(self) -> None:
        popup = self.line.completer().popup() if self.line.completer() else None
        if popup is not None and popup.isVisible():
            return  # Enter picked a completion
        reading = self.read()
        if reading is not None:
            self.added.emit(reading)

    def done(self) -> None:
        """The line was added: clear it for the next."""
        self.line.clear()
        self.read()

    def refused(self, message: str) -> None:
        self.preview.show()
        self.preview.setStyleSheet(ERROR_STYLE)
        self.preview.setText(f"Not added: {message}")
