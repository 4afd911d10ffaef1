"""The search index's merging, done after the writes instead of inside them.

A write adds its new index entries as segments of their own and merges none
(db/versions/0020); ``tidy_search_index`` merges the segments afterwards, one short
transaction a step (``caselog.store.fts.merge_step``, tens of milliseconds at 100,000
cases), so a write of the user's waits at most for one step. The window runs it on its
task runner a moment after its writes (``caselog.ui.search_tidy``), the command line after
an import. It changes no case, no audit row and no data version: a backup made before it
still holds the same data.
"""

from __future__ import annotations

from collections.abc import Callable

from caselog.store import fts
from caselog.store.engine import Store


def tidy_search_index(*, store: Store, stop: Callable[[], bool] | None = None) -> int:
    """Merge the search index's segments until there is nothing left to merge, ``stop()``
    turns true between two steps, or the store closes (``Store.close`` waits for the step
    under way); the number of steps that merged. Nothing to do on a read-only file, on
    PostgreSQL or on a database without the index: 0."""
    if store.read_only is not None or store.path is None or store.closed:
        return 0
    with store.read() as conn:
        if not fts.available(conn):
            return 0
    steps = 0
    while stop is None or not stop():
        with store.upkeep:
            if store.closed:
                break
            with store.write(keeps_data=True) as conn:
                if not fts.merge_step(conn):
                    break
        steps += 1
    return steps
