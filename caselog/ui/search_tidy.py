"""The search index merged a moment after the window's writes, off the GUI thread.

A write no longer merges the full-text index itself (db/versions/0020): it adds its
segments and returns. ``services.tidy_search_index`` does the merging, a short transaction
a step, on the task runner, once the window has had no write for ``AFTER_MS`` (and once
after the store is attached, for what a command-line import left). Installed by
``DurabilityActions`` with the integrity check.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from caselog.store import services
from caselog.store.errors import StoreError
from caselog.ui.taskman import Done, TaskContext, taskman

if TYPE_CHECKING:
    from caselog.ui.window_chrome import WindowChrome

log = logging.getLogger(__name__)

AFTER_MS = 2000  # quiet this long after the last write (an import, a burst of edits)


class SearchTidy(QObject):
    def __init__(self, window: WindowChrome) -> None:
        super().__init__(window)
        self.window = window
        self.running = False
        self.again = False  # a write came while merging: merge once more afterwards
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AFTER_MS)
        self.timer.timeout.connect(self.start)
        window.controller.changed.connect(lambda _change: self.timer.start())
        self.timer.start()

    def start(self) -> None:
        if self.running:
            self.again = True
            return
        store = self.window.store
        self.running = True

        def work(ctx: TaskContext) -> int:
            return services.tidy_search_index(
                store=store, stop=lambda: ctx.cancelled or store is not self.window.store
            )

        taskman().run_in_background(work, self._done, owner=self, name="merge search index")

    def _done(self, done: Done[int]) -> None:
        self.running = False
        if isinstance(done.error, StoreError):  # closed, locked: the next write's turn
            log.warning("the search index was not merged: %s", done.error)
        elif done.error is not None:
            log.error("merging the search index failed: %s", done.message)
        if self.again:
            self.again = False
            self.timer.start()
