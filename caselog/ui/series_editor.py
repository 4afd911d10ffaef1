"""Editing one case series: its title, authors, sections, references and member cases.

Every edit is saved at once: a line when it is left, a text a moment after typing stops
(or when it is left), a member added or removed immediately. ``save`` (given by the
owner) writes through the services and returns the series as stored, or None when the
write failed (the owner told the user).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caselog.core.model import Author, Series

SAVE_DELAY_MS = 400
SECTIONS = (
    ("introduction", "Introduction"),
    ("methods", "Methods"),
    ("discussion", "Discussion"),
    ("conclusion", "Conclusion"),
)


def authors_text(authors: list[Author]) -> str:
    """One author a line: ``Name; degrees; affiliation; email``, ``*`` after the name of
    the corresponding author."""
    lines = []
    for a in authors:
        parts = [a.name + (" *" if a.corresponding else ""), a.degrees or "", a.affiliation or ""]
        parts.append(a.email or "")
        while parts and not parts[-1]:
            parts.pop()
        lines.append("; ".join(parts))
    return "\n".join(lines)


def parse_authors(text: str) -> list[Author]:
    out = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split(";")]
        if not parts or not parts[0]:
            continue
        name = parts[0]
        corresponding = name.endswith("*")
        name = name.rstrip("*").strip()
        if not name:
            continue
        extra = [*parts[1:], "", "", ""]
        out.append(
            Author(
                name=name,
                degrees=extra[0] or None,
                affiliation=extra[1] or None,
                email=extra[2] or None,
                corresponding=corresponding,
            )
        )
    return out


MemberLabel = Callable[[int], str]
SaveSeries = Callable[[Series], Series | None]


class SeriesEditor(QWidget):
    saved = Signal(object)  # Series as stored
    addRequested = Signal()  # "Add selected cases": the owner knows the selection

    def __init__(
        self, save: SaveSeries, member_label: MemberLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._member_label = member_label
        self.series: Series | None = None
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)

        self.title = QLineEdit(self)
        self.title.setAccessibleName("Series title")
        self.title.setPlaceholderText("Required, e.g. Rebound fractures after denosumab")
        self.title.editingFinished.connect(self.flush)
        self.title_problem = QLabel(self)
        self.title_problem.setStyleSheet("color: #b00020;")
        self.title_problem.hide()
        self.authors = self._text(
            "Authors",
            "One a line: Name; degrees; affiliation; email (a * after the name: "
            "corresponding author)",
            3,
        )
        self.sections: dict[str, QPlainTextEdit] = {
            key: self._text(caption, caption, 4) for key, caption in SECTIONS
        }
        self.references = self._text("References", "One reference a line", 3)

        self.members = QListWidget(self)
        self.members.setAccessibleName("Cases in the series")
        self.members.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.members.setWordWrap(True)
        self.add_button = QPushButton("Add selected cases", self)
        self.add_button.setToolTip("Add the cases selected in the case list")
        self.add_button.clicked.connect(self.addRequested)
        self.remove_button = QPushButton("Remove from series", self)
        self.remove_button.clicked.connect(self.remove_selected)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("&Title:", self.title)
        form.addRow("", self.title_problem)
        form.addRow("&Authors:", self.authors)
        for key, caption in SECTIONS:
            form.addRow(f"{caption}:", self.sections[key])
        form.addRow("&References:", self.references)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        members_box = QVBoxLayout()
        members_box.addWidget(QLabel("Cases in this series (patients are numbered in this order):"))
        members_box.addWidget(self.members, 1)
        members_box.addLayout(buttons)
        self.authors.setToolTip(
            "One author a line: Name; degrees; affiliation; email. "
            "Put * after the name of the corresponding author."
        )
        form_box = QVBoxLayout()
        form_box.addLayout(form)
        form_box.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form_box, 3)
        lay.addLayout(members_box, 2)
        self.setEnabled(False)

    def _text(self, name: str, hint: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(hint)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        edit.textChanged.connect(self._typed)
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.timer.isActive():
            self.flush()
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        if not self._loading:
            self.timer.start()

    # -- showing -----------------------------------------------------------------------

    def set_series(self, series: Series | None) -> None:
        if self.timer.isActive():
            self.flush()
        self.series = series
        self._loading = True
        try:
            self.setEnabled(series is not None)
            s = series or Series(title="")
            self.title.setText(s.title)
            self.title.setCursorPosition(0)
            self.title_problem.hide()
            self.authors.setPlainText(authors_text(s.authors))
            for key, edit in self.sections.items():
                edit.setPlainText(getattr(s, key) or "")
            self.references.setPlainText("\n".join(s.references))
            self._show_members(s.case_ids)
        finally:
            self._loading = False

    def _show_members(self, case_ids: list[int]) -> None:
        self.members.clear()
        for i, case_id in enumerate(case_ids, start=1):
            item = QListWidgetItem(f"Patient {i}: {self._member_label(case_id)}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            self.members.addItem(item)
        self.remove_button.setEnabled(bool(case_ids))

    def member_ids(self) -> list[int]:
        return [
            self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())
        ]

    # -- saving ------------------------------------------------------------------------

    def edited(self) -> Series | None:
        """The series as the fields now read (None when no series is shown)."""
        if self.series is None:
            return None

        def section(key: str) -> str | None:
            return self.sections[key].toPlainText().strip() or None

        refs = [r.strip() for r in self.references.toPlainText().splitlines() if r.strip()]
        return replace(
            self.series,
            title=self.title.text().strip(),
            authors=parse_authors(self.authors.toPlainText()),
            references=refs,
            introduction=section("introduction"),
            methods=section("methods"),
            discussion=section("discussion"),
            conclusion=section("conclusion"),
        )

    def flush(self) -> Series | None:
        """Save what the fields hold, if it differs from what is stored."""
        self.timer.stop()
        edited = self.edited()
        if edited is None or self._loading:
            return None
        if not edited.title:
            self.title_problem.setText("A series needs a title; the stored one is kept.")
            self.title_problem.show()
            edited = replace(edited, title=self.series.title if self.series else "")
        else:
            self.title_problem.hide()
        if edited == self.series:
            return self.series
        return self._write(edited)

    def add_cases(self, case_ids: list[int]) -> Series | None:
        if self.series is None:
            return None
        self.flush()
        have = list(self.series.case_ids)
        new = [c for c in case_ids if c not in have]
        if not new:
            return self.series
        return self._write(replace(self.series, case_ids=have + new))

    def remove_selected(self) -> Series | None:
        if self.series is None:
            return None
        self.flush()
        gone = {i.data(Qt.ItemDataRole.UserRole) for i in self.members.selectedItems()}
        if not gone:
            return self.series
        kept = [c for c in self.series.case_ids if c not in gone]
        return self._write(replace(self.series, case_ids=kept))

    def _write(self, series: Series) -> Series | None:
        stored = self._save(series)
        if stored is None:
            return None
        self.series = stored
        if self.member_ids() != stored.case_ids:
            self._show_members(stored.case_ids)
        self.saved.emit(stored)
        return stored
