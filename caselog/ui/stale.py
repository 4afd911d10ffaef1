"""Two clinicians at once, in the window: what happens when a write is refused as stale,
and when someone else changes the open case while the user has unsaved edits.

No update is lost silently. A refused write (``CaseController.on_stale``) asks the user
(``StaleDialog``): Reload shows their version and drops the edit; Compare sets the edit
beside theirs field by field (``CompareDialog``) and saves it on top of their version;
Cancel keeps the edit, and the form its typed values, with a bar above the case saying who
changed it (``StaleBar``). A change someone else made to the open case (``stale_watch``)
refreshes the view, unless the user has unsaved edits: then the bar says so instead.

``choose`` and ``compare`` are the two questions, replaced by tests (as ``DialogService``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

import caselog.store.services as services
from caselog.core.model import Case
from caselog.store.changes import CASE_PARTS, Change, Part
from caselog.store.errors import NotFound
from caselog.ui.stale_compare import Action, CompareDialog, Outcome
from caselog.ui.stale_dialog import Choice, Notice, StaleDialog, who_when
from caselog.ui.stale_merge import Edit, Row, compare_edit, merged

if TYPE_CHECKING:
    from caselog.ui.main_window import MainWindow


T = TypeVar("T")


class OthersChange(Change):
    """A change someone else made (found by ``stale_watch``, or shown on Reload): views
    follow it as any write, but the window neither opens the case nor records an undo
    step for it."""


class StaleFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.choose: Callable[[Notice], Choice] = lambda n: StaleDialog.ask(window, n)
        self.compare: Callable[[Notice, Sequence[Row]], Outcome] = lambda n, rows: (
            CompareDialog.ask(window, n, rows)
        )
        self.held: Edit | None = None  # a refused edit the user kept (Cancel)
        self._direct: Choice | None = None  # the bar's button answers the next refusal
        self._wired = False  # the bar's buttons, once the case view is built
        self.asking = 0  # a stale question is open (``_ask``)
        self.controller.on_stale = self.refused
        self.controller.on_stale_step = self.refused_step

    # -- the open case and what the user has not saved --------------------------------------

    def shown(self) -> Case | None:
        return self.window.current_case()

    def typing(self) -> bool:
        """Whether the field with the window's focus (kept while another window is active),
        in the open case, holds text not yet saved."""
        view = self.window._case_view
        widget = self.window.focusWidget()
        if view is None or widget is None or not view.isAncestorOf(widget):
            return False
        if isinstance(widget, QLineEdit):
            return widget.isModified()
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            return widget.document().isModified()
        return False

    def unsaved(self) -> bool:
        shown = self.shown()
        held = self.held is not None and shown is not None and self.held.case_id == shown.id
        return held or self.typing()

    # -- a refused write -------------------------------------------------------------------

    def notice(self, what: str, edit: Edit | None, case_id: int, version: int) -> Notice:
        entries = services.changes_since(case_id, version, store=self.controller.store)
        try:
            theirs: Case | None = self.controller.get_case(case_id)
        except NotFound:
            theirs = None
        return Notice(what, edit, entries, theirs)

    def _ask(self, question: Callable[..., T], *args: object) -> T:
        """A question to the user: while it is open (its own event loop) the watcher shows
        nothing of theirs, so the form keeps what the user typed until they choose."""
        self.asking += 1
        try:
            return question(*args)
        finally:
            self.asking -= 1

    def refused(self, edit: Edit, exc: services.StaleCase) -> Change | None:
        """``CaseController.on_stale``: the user decides; the change re-applied, or None."""
        notice = self.notice(edit.text, edit, edit.case_id, exc.version)
        if notice.theirs is None:
            self.gone(edit.case_id, notice)
            return None
        choice, self._direct = self._direct or self._ask(self.choose, notice), None
        if choice is Choice.RELOAD:
            self.reload(notice.theirs)
        elif choice is Choice.COMPARE:
            return self.side_by_side(notice)
        else:
            self.keep(edit, notice)
        return None

    def refused_step(self, what: str, exc: services.StaleCase) -> None:
        """``CaseController.on_stale_step``: an undo or redo someone else's change made
        stale; it left the history. Reload, or keep the case as shown."""
        notice = self.notice(what, None, exc.case_id, exc.version)
        if notice.theirs is None:
            self.gone(exc.case_id, notice)
        elif self._ask(self.choose, notice) is Choice.RELOAD:
            self.reload(notice.theirs)
        else:
            self.window.statusBar().showMessage(
                f"{what} was not made: changed by {who_when(notice.entries)}.", 8000
            )

    def side_by_side(self, notice: Notice) -> Change | None:
        edit, theirs = notice.edit, notice.theirs
        assert edit is not None and theirs is not None
        rows = compare_edit(edit, theirs)
        outcome = self._ask(self.compare, notice, rows)
        if outcome.action is Action.RELOAD:
            self.reload(theirs)
            return None
        if outcome.action is Action.CANCEL:
            self.keep(edit, notice)
            return None
        value = merged(edit.part(theirs), rows, outcome.keep)
        self.show_case(theirs)  # their version under what is saved on top of it
        self.held = None
        return self.controller.reapply(edit.on(theirs, value))

    def keep(self, edit: Edit, notice: Notice) -> None:
        """Cancel: the edit stays in the form, the view on the version it was made on."""
        self.held = edit
        self.bar(f"Not saved ({edit.text}): changed by {who_when(notice.entries)}.")

    def gone(self, case_id: int, notice: Notice) -> None:
        self.window.dialogs.error("Changed by someone else", _gone_text(notice))
        self.held = None
        self.controller.changed.emit(
            OthersChange(parts=frozenset({Part.CASES}), case_id=case_id, removed=(case_id,))
        )

    # -- showing their version ---------------------------------------------------------------

    def bar(self, text: str) -> None:
        view = self.window.case_view
        if not self._wired:
            self._wired = True
            view.stale_bar.reloadClicked.connect(lambda: self.reload())
            view.stale_bar.compareClicked.connect(self.compare_now)
        view.stale_bar.say(f"{text} Reload shows their version; Compare sets yours beside it.")

    def show_case(self, theirs: Case) -> None:
        """Show ``theirs`` whole (every tab, the list's row), dropping what the form held."""
        view = self.window.case_view
        shown = view.case
        view.title.setModified(False)
        view.stale_bar.hide()
        self.held = None
        before = shown if shown is not None and shown.id == theirs.id else theirs
        self.controller.changed.emit(
            OthersChange(parts=CASE_PARTS, case_id=theirs.id, before=before, after=theirs)
        )

    def reload(self, theirs: Case | None = None) -> None:
        shown = self.shown()
        if theirs is None and shown is not None and shown.id is not None:
            try:
                theirs = self.controller.get_case(shown.id)
            except NotFound:
                theirs = None
        if theirs is not None:
            self.show_case(theirs)

    def compare_now(self) -> None:
        """The bar's Compare: the kept edit, or what is being typed (saved now, and so
        refused), beside the stored version."""
        shown = self.shown()
        if shown is None or shown.id is None:
            return
        if self.held is not None:
            notice = self.notice(self.held.text, self.held, shown.id, shown.version or 0)
            if notice.theirs is None:
                self.gone(shown.id, notice)
            else:
                self.side_by_side(notice)
            return
        self._direct = Choice.COMPARE
        self.window.commit_pending_edit()  # refused as stale: ``refused`` compares
        if self._direct is not None:  # nothing was unsaved after all: their version
            self._direct = None
            self.reload()

    # -- someone else changed the open case (``stale_watch``) ------------------------------

    def changed_elsewhere(self, theirs: Case) -> bool:
        """Show ``theirs``, the open case as someone else saved it; with unsaved edits, say
        so in the bar instead (True: shown)."""
        shown = self.shown()
        if shown is None or shown.id is None or shown.id != theirs.id:
            return False
        entries = services.changes_since(shown.id, shown.version or 0, store=self.controller.store)
        who = who_when(entries)
        if self.unsaved():
            self.bar(f"Changed by {who}, while you were editing.")
            return False
        change = OthersChange.of_case(shown, theirs)
        if change.parts:
            self.controller.changed.emit(change)
        else:  # a new version showing nothing new: the next write is made on it
            self.window.case_view.case = theirs
        self.window.statusBar().showMessage(f"“{theirs.title}” was changed by {who}.", 8000)
        return True


def _gone_text(notice: Notice) -> str:
    return f"{notice.what} was not saved: the case was deleted by {who_when(notice.entries)}."
