"""The case list's first fill, from the file itself, before the store has loaded.

``fetchers(target)`` gives the list model a page fetcher and a counter that run the
store's own statements for the whole list (``caselog.store.list_sql``: plain SQL, the
standard library's sqlite3, the file opened read-only) while SQLAlchemy and the rest of the
store load on a worker. ``MainWindow.show_file_list`` fills the list with them and
``attach_store`` hands it to the store. Searching and filtering wait for the store.
"""

from __future__ import annotations

from caselog.core.summary import CaseSummary
from caselog.store.list_sql import count, file_of, page, read_file
from caselog.store.query import CaseQuery
from caselog.ui.case_list_model import Counter, PageFetcher

_WHOLE = CaseQuery()


def fetchers(target: str | None) -> tuple[PageFetcher, Counter] | None:
    """Fetcher and counter of the whole list in the file ``target`` names (as ``--db``
    does), or None for a database that is not a file."""
    path = file_of(target)
    if path is None:
        return None

    def fetch(
        offset: int, limit: int, q: CaseQuery, order_by: str, desc: bool
    ) -> list[CaseSummary]:
        if q != _WHOLE:  # words or filters: the store's, once it is open
            return []
        found = read_file(
            path, lambda c: page(c, order_by=order_by, descending=desc, offset=offset, limit=limit)
        )
        return found or []

    def counter(q: CaseQuery) -> int:
        return (read_file(path, count) or 0) if q == _WHOLE else 0

    return fetch, counter
