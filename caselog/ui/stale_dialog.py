"""The refusal of a write made on a stale version: who changed the case, what, and when,
and the user's choice (Reload, Compare, or Cancel and keep their edit in the form)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caselog import lazy
from caselog.core.model import Case
from caselog.store.services import AuditEntry
from caselog.ui.stale_merge import Edit

if TYPE_CHECKING:
    from caselog.ui import stale_words
else:  # the words load the window's text helpers, and the clinical catalogue behind them:
    # only when a refusal is shown, not with the store at start-up (caselog/lazy.py)
    stale_words = lazy.module("caselog.ui.stale_words")

SHOWN = 12  # changes listed; the rest are counted


class Choice(StrEnum):
    RELOAD = "reload"  # discard my edit, show theirs
    COMPARE = "compare"  # side by side, then re-apply mine on top of theirs
    CANCEL = "cancel"  # keep my edit in the form


@dataclass(frozen=True)
class Notice:
    """A write refused as stale: the user's ``edit`` (None: an undo or redo step, named
    ``what``), the trail rows written since the version it was made on, and the case as now
    stored (None: deleted since)."""

    what: str
    edit: Edit | None
    entries: Sequence[AuditEntry]
    theirs: Case | None


def when(at: dt.datetime, today: dt.date | None = None) -> str:
    """A trail time as the user reads it: local ``HH:MM``, with the date unless today."""
    local = (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone()
    if local.date() == (today or dt.datetime.now().astimezone().date()):
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def who_when(entries: Sequence[AuditEntry]) -> str:
    """``alice at 14:32`` (everyone who changed it, the time of the last change)."""
    if not entries:
        return "someone else"  # changed without a trail row: said as such, never guessed
    users = ", ".join(dict.fromkeys(e.user for e in entries))
    return f"{users} at {when(max(e.at for e in entries))}"


def change_lines(entries: Sequence[AuditEntry], case: Case | None = None) -> list[str]:
    """One line per change, in the window's words (``stale_words``): ``14:32 alice: dose
    of the romosozumab medication on 12 March 2024: 210 mg → 105 mg``; ``case`` is the
    case as now stored, which names its events."""
    lines = [f"{when(e.at)} {e.user}: {stale_words.entry_words(e, case)}" for e in entries[:SHOWN]]
    if len(entries) > SHOWN:
        lines.append(f"… and {len(entries) - SHOWN} more")
    return lines


def headline(notice: Notice) -> str:
    """What was refused, and why: ``Not saved (Edit title): …`` for an edit; an undo, redo
    or delete (no edit of the user's in a form) was ``Not done``."""
    who = who_when(notice.entries)
    refused = "Not saved" if notice.edit is not None else "Not done"
    if notice.theirs is None:
        return f"{refused} ({notice.what}): the case was deleted by {who}."
    return (
        f"{refused} ({notice.what}): “{notice.theirs.title}” was changed by {who}, "
        "after you opened it."
    )


def reassurance(notice: Notice) -> str:
    if notice.edit is None:
        return "Nothing was changed or deleted, and nothing of theirs was overwritten."
    return (
        "Nothing of yours was saved, and nothing of theirs was overwritten. What you "
        "typed stays in the form until you choose."
    )


class StaleDialog(QDialog):
    def __init__(self, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Changed by someone else")
        self.choice = Choice.CANCEL
        head = QLabel(headline(notice), self)
        head.setWordWrap(True)
        head.setObjectName("staleHeadline")
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        self.changes = QListWidget(self)
        self.changes.setAccessibleName("Changes made since you opened the case")
        self.changes.setWordWrap(True)
        self.changes.addItems(change_lines(notice.entries, notice.theirs))
        keep = QLabel(reassurance(notice), self)
        keep.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        mine = notice.edit is not None
        self.reload = QPushButton("&Reload (discard my change)" if mine else "&Reload", self)
        self.reload.setToolTip(
            "Show the case as they saved it" + ("; your change is dropped" if mine else "")
        )
        self.compare = QPushButton("&Compare…", self)
        self.compare.setToolTip("Your change beside theirs, field by field, to save it on top")
        self.compare.setEnabled(notice.edit is not None and notice.theirs is not None)
        self.cancel = QPushButton("Cancel (keep my change in the form)" if mine else "Cancel", self)
        for button, role in (
            (self.compare, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.reload, QDialogButtonBox.ButtonRole.DestructiveRole),
            (self.cancel, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            buttons.addButton(button, role)
        self.reload.clicked.connect(lambda: self._done(Choice.RELOAD))
        self.compare.clicked.connect(lambda: self._done(Choice.COMPARE))
        self.cancel.clicked.connect(lambda: self._done(Choice.CANCEL))
        (self.compare if self.compare.isEnabled() else self.cancel).setDefault(True)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(QLabel("Changed since you opened it:", self))
        lay.addWidget(self.changes, 1)
        lay.addWidget(keep)
        lay.addWidget(buttons)
        self.resize(640, 360)

    def _done(self, choice: Choice) -> None:
        self.choice = choice
        self.accept() if choice is not Choice.CANCEL else self.reject()

    @classmethod
    def ask(cls, parent: QWidget | None, notice: Notice) -> Choice:
        dialog = cls(notice, parent)
        dialog.exec()
        return dialog.choice
