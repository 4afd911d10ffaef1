"""A form built from a table of fields, producing a raw case-file dict and showing each
validation message beside its field."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caselog.core.vocab import label as vocab_label
from caselog.ui.text import number

DATE_HINT = "YYYY-MM-DD, YYYY-MM or YYYY"
ERROR_STYLE = "color: #b03a2e;"
SUBMIT_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def error_label(parent: QWidget) -> QLabel:
    """A form's message line: red, wrapped, hidden until there is something to say."""
    error = QLabel(parent)
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    return error


def submit_keys(form: QWidget, submit: Callable[[], object]) -> None:
    """Ctrl+Enter (either Enter key) submits ``form`` from any of its fields."""
    for keys in SUBMIT_KEYS:
        shortcut = QShortcut(QKeySequence(keys), form)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(submit)


@dataclass(frozen=True)
class FieldSpec:
    """One field: ``key`` is its case-file key (dotted for nested objects: ``kidney.cause``)."""

    key: str
    label: str  # with an & before the mnemonic letter
    kind: str = "line"  # line | text | choice | number | integer | date | check
    choices: tuple[str, ...] = ()
    required: bool = False
    placeholder: str = ""
    blank: str = "—"  # how an unset choice reads

    @property
    def plain_label(self) -> str:
        return self.label.replace("&", "")


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text box that says when the user leaves it with a change."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._seen = ""

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self.setPlainText(text)
        self._seen = text

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._seen:
            self._seen = self.toPlainText()
            self.committed.emit()


def _set_nested(raw: dict[str, Any], key: str, value: Any) -> None:
    parts = key.split(".")
    for part in parts[:-1]:
        raw = raw.setdefault(part, {})
    raw[parts[-1]] = value


def _get_nested(raw: dict[str, Any], key: str) -> Any:
    cur: Any = raw
    for part in key.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


class FieldForm(QWidget):
    """Widgets for a list of FieldSpecs; ``committed`` fires when the user finishes a field."""

    committed = Signal(str)  # the key of the field
    edited = Signal(str)  # the key of a field the user is typing in (each keystroke)

    def __init__(
        self, specs: Iterable[FieldSpec], *, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.specs = list(specs)
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.layout_)
        for spec in self.specs:
            self._add(spec, name)

    def _add(self, spec: FieldSpec, form_name: str) -> None:
        widget = self._make(spec)
        widget.setObjectName(spec.key)
        widget.setAccessibleName(f"{form_name} {spec.plain_label}".strip())
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setAccessibleName(f"{spec.plain_label} message")
        error.hide()
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        lay.addWidget(error)
        text = spec.label + (" *" if spec.required else "")
        caption = QLabel("" if spec.kind == "check" else text, self)
        if spec.kind != "check":
            caption.setBuddy(widget)
        if spec.required:
            caption.setToolTip("Required")
        self.layout_.addRow(caption, box)
        self._widgets[spec.key] = widget
        self._errors[spec.key] = error

    def _make(self, spec: FieldSpec) -> QWidget:
        key = spec.key
        if spec.kind == "text":
            t = CommitTextEdit(self)
            t.setPlaceholderText(spec.placeholder)
            t.setFixedHeight(t.fontMetrics().lineSpacing() * 4 + 12)
            t.committed.connect(lambda: self.committed.emit(key))
            t.textChanged.connect(lambda: self.edited.emit(key))
            return t
        if spec.kind == "choice":
            c = QComboBox(self)
            # as narrow as eight characters allow: a long word of the vocabulary shows in
            # the open list, and never makes the form wider than its pane
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            c.setMinimumContentsLength(8)
            c.addItem(spec.blank, None)
            for value in spec.choices:
                c.addItem(vocab_label(value), value)
            c.activated.connect(lambda _i: self.committed.emit(key))
            return c
        if spec.kind == "check":
            b = QCheckBox(spec.label, self)
            b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            b.toggled.connect(lambda _on: self.committed.emit(key))
            return b
        line = QLineEdit(self)
        line.setClearButtonEnabled(spec.kind in ("line",))
        placeholder = spec.placeholder or (DATE_HINT if spec.kind == "date" else "")
        line.setPlaceholderText(placeholder)
        line.editingFinished.connect(lambda: self._line_done(key))
        line.textEdited.connect(lambda _text: self.edited.emit(key))
        return line

    def _line_done(self, key: str) -> None:
        w = self._widgets[key]
        assert isinstance(w, QLineEdit)
        if w.isModified():
            w.setModified(False)
            self.committed.emit(key)

    # -- access ----------------------------------------------------------------------------

    def widget(self, key: str) -> QWidget:
        return self._widgets[key]

    def add_below(self, key: str, extra: QWidget) -> None:
        """``extra`` (a button, say) under the field ``key`` and its message, at its left."""
        box = self._widgets[key].parentWidget()
        lay = box.layout() if box is not None else None
        assert isinstance(lay, QVBoxLayout)
        lay.addWidget(extra, 0, Qt.AlignmentFlag.AlignLeft)

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The raw dict (empty fields left out) and messages for fields that do not parse."""
        raw: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for spec in self.specs:
            w = self._widgets[spec.key]
            value: Any = None
            if isinstance(w, QComboBox):
                value = w.currentData()
            elif isinstance(w, QCheckBox):
                value = w.isChecked()
            elif isinstance(w, CommitTextEdit):
                value = w.text().strip() or None
            elif isinstance(w, QLineEdit):
                text = w.text().strip()
                if not text:
                    value = None
                elif spec.kind == "number":
                    try:
                        value = float(text.replace(",", "."))
                    except ValueError:
                        problems[spec.key] = f"{text!r} is not a number (e.g. 8.5)"
                        continue
                elif spec.kind == "integer":
                    try:
                        value = int(text)
                    except ValueError:
                        problems[spec.key] = f"{text!r} is not a whole number"
                        continue
                else:
                    value = text
            if value is None:
                if spec.required and spec.kind != "check":
                    problems.setdefault(spec.key, "required")
                continue
            _set_nested(raw, spec.key, value)
        return raw, problems

    def set_values(self, raw: dict[str, Any]) -> None:
        """Fill the widgets from a raw dict without emitting ``committed``."""
        for spec in self.specs:
            w = self._widgets[spec.key]
            value = _get_nested(raw, spec.key)
            w.blockSignals(True)
            try:
                if isinstance(w, QComboBox):
                    i = w.findData(value) if value is not None else 0
                    w.setCurrentIndex(max(0, i))
                elif isinstance(w, QCheckBox):
                    w.setChecked(bool(value))
                elif isinstance(w, CommitTextEdit):
                    if w.text() != (value or ""):
                        w.setText(str(value or ""))
                elif isinstance(w, QLineEdit):
                    if isinstance(value, float) or (isinstance(value, int) and spec.kind != "line"):
                        text = number(value)
                    else:
                        text = "" if value is None else str(value)
                    if w.text() != text:
                        w.setText(text)
                    w.setModified(False)
            finally:
                w.blockSignals(False)

    # -- messages --------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def show_errors(
        self, errors: dict[str, str], *, only: Callable[[str], bool] | None = None
    ) -> None:
        """Show each message beside its field; keys no field owns go to the top. With
        ``only``, just the messages of the fields it accepts (the rest are cleared)."""
        self.clear_errors()
        general: list[str] = []
        for key, message in errors.items():
            if key not in self._errors:
                key = self._guess_key(key, message)
            if only is not None and not only(key):
                continue
            label = self._errors.get(key)
            if label is None:
                general.append(f"{key}: {message}" if key else message)
                continue
            label.setText(message)
            label.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()

    def _guess_key(self, key: str, message: str) -> str:
        """A message about the whole object that names one of our fields ('drug' is
        required) belongs beside that field."""
        for spec in self.specs:
            leaf = spec.key.rsplit(".", 1)[-1]
            quoted = (f"`{leaf}`", f"'{leaf}'", f'"{leaf}"')
            if any(q in message for q in quoted) or key.endswith("." + leaf):
                return spec.key
        return key

    def has_key(self, key: str) -> bool:
        return key in self._widgets
