"""The window follows the changes others make: one cheap question when it regains the
focus and on a light timer (SQLite), or when the server announces a change (PostgreSQL's
LISTEN/NOTIFY, its socket watched by a ``QSocketNotifier``: nothing waits on the GUI
thread). The question is ``services.changed_since``: the newest trail row, and when it
moved, which cases changed and their versions. Each changed case is refreshed through the
window's one path, ``CaseController.changed``, as an ``OthersChange``: its list row, and the
open case unless the user has unsaved edits there (``StaleFlow.changed_elsewhere``: the bar).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer

import caselog.store.services as services
from caselog.store.changes import Change, Part
from caselog.store.errors import NotFound, StoreError
from caselog.ui.stale import OthersChange, StaleFlow

if TYPE_CHECKING:
    from caselog.ui.main_window import MainWindow

log = logging.getLogger(__name__)
POLL_MS = 4000  # SQLite: how often to ask when the window keeps the focus
PG_POLL_MS = 60000  # PostgreSQL: NOTIFY says when; the timer only backs it up


class Watcher(QObject):
    def __init__(self, window: MainWindow, flow: StaleFlow) -> None:
        super().__init__(window)
        self.window = window
        self.flow = flow
        self.controller = window.controller
        self.known: dict[int, int | None] = {}  # versions this window wrote or showed
        self.seen = services.latest_change(store=self.controller.store)
        self.controller.changed.connect(self._own)
        self.listener: services.Listener | None = None
        self.notifier: QSocketNotifier | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self._listen()
        self.timer.start(PG_POLL_MS if self.listener is not None else POLL_MS)
        window.installEventFilter(self)

    def _listen(self) -> None:
        try:
            self.listener = services.listen(store=self.controller.store)
        except Exception:  # the server refused a second connection: the timer asks instead
            log.warning("cannot listen for changes; asking on a timer", exc_info=True)
            self.listener = None
        if self.listener is not None:
            self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._heard)

    def _heard(self) -> None:
        if self.listener is not None and self.listener.heard():
            self.poll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.poll()
        return False

    def _own(self, change: Change) -> None:
        """This window's own writes (and what it showed of others'): not news."""
        if change.case_id is not None:
            after = change.after
            self.known[change.case_id] = after.version if after is not None else None

    def stop(self) -> None:
        self.timer.stop()
        self.window.removeEventFilter(self)
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def restart(self) -> None:
        """After the store was replaced (a restore): start from what it holds now."""
        self.stop()
        self.controller = self.window.controller
        self.known.clear()
        self.seen = services.latest_change(store=self.controller.store)
        self._listen()
        self.timer.start(PG_POLL_MS if self.listener is not None else POLL_MS)
        self.window.installEventFilter(self)

    # -- asking ----------------------------------------------------------------------------

    def poll(self) -> None:
        """Ask whether anyone else wrote, and show what they changed (one read when
        nobody did). Not while a stale question is open: asked again on the next tick."""
        if self.flow.asking:
            return
        store = self.controller.store
        try:
            found = services.changed_since(self.seen, store=store)
        except StoreError:  # the database went away (closed, restored): asked again later
            log.info("could not ask for changes", exc_info=True)
            return
        if found.latest == self.seen:
            return
        self.seen = found.latest
        if found.many:
            self._everything()
            return
        for case_id, version in sorted(found.cases.items()):
            if version is None:
                self._deleted(case_id)
            elif case_id in found.created:
                self.known[case_id] = version
                self.controller.changed.emit(
                    OthersChange(parts=frozenset({Part.CASES}), added=(case_id,))
                )
            elif self.known.get(case_id, -1) != version:
                self._updated(case_id, version)

    def _deleted(self, case_id: int) -> None:
        self.known.pop(case_id, None)
        self.controller.changed.emit(
            OthersChange(parts=frozenset({Part.CASES}), case_id=case_id, removed=(case_id,))
        )

    def _updated(self, case_id: int, version: int) -> None:
        shown = self.flow.shown()
        if shown is not None and shown.id == case_id and shown.version == version:
            return
        try:
            theirs = self.controller.get_case(case_id)
        except NotFound:
            self._deleted(case_id)
            return
        self.known[case_id] = theirs.version
        if shown is not None and shown.id == case_id:
            if self.flow.changed_elsewhere(theirs):
                return
        self.controller.changed.emit(  # its list row (the open case: the bar says it)
            OthersChange(parts=frozenset({Part.ROW}), case_id=case_id, after=theirs)
        )

    def _everything(self) -> None:
        """Many cases changed (an import): the list is fetched again, the open case read."""
        self.window.case_list.refresh()
        shown = self.flow.shown()
        if shown is not None and shown.id is not None:
            try:
                theirs = self.controller.get_case(shown.id)
            except NotFound:
                self._deleted(shown.id)
                return
            if theirs.version != shown.version:
                self.flow.changed_elsewhere(theirs)
