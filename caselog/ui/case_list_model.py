"""The case list as a Qt table model that fetches rows a page at a time.

The model knows nothing of the store: it is given two callables, one fetching a page of
``CaseSummary`` rows and one counting them, each for a ``CaseQuery`` (the search words and
filters), so it opens 10,000 cases at once and is tested without a database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from caselog.core.summary import CaseSummary
from caselog.core.vocab import label
from caselog.store.query import CaseQuery
from caselog.ui.table_model import Column, Index, RowsTableModel

# fetch(offset, limit, query, order_by, descending) -> rows; count(query) -> how many
PageFetcher = Callable[[int, int, CaseQuery, str, bool], list[CaseSummary]]
Counter = Callable[[CaseQuery], int]
RELEVANCE = "relevance"  # the store's order for search words: the best match first


def _updated_text(row: CaseSummary) -> str:
    stamp = row.updated_at.astimezone() if row.updated_at.tzinfo else row.updated_at
    return stamp.strftime("%Y-%m-%d %H:%M")


class CaseListModel(RowsTableModel[CaseSummary]):
    TITLE, PATIENT, DRUG, REACTION, OUTCOME, UPDATED = range(6)
    # The store's sort keys (list_cases(order_by=...)) for each column.
    SORT_KEYS = ("title", "patient", "drug", "reaction", "outcome", "updated")

    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    SummaryRole = Qt.ItemDataRole.UserRole + 2

    PAGE_SIZE = 200

    def __init__(
        self,
        fetch: PageFetcher,
        count: Counter,
        *,
        page_size: int = PAGE_SIZE,
        count_cap: int | None = None,
        parent: Any = None,
    ) -> None:
        """``count_cap``: ``count`` counts no further than this; a count above it means
        "more than ``count_cap``", and rows are fetched until a page comes back short."""
        super().__init__(
            (
                Column("Title", lambda r: r.title),
                Column("Patient", lambda r: r.patient),
                Column("Suspect drug", lambda r: r.suspect_drug or ""),
                Column("Reaction", lambda r: r.reaction or ""),
                Column("Outcome", lambda r: label(r.outcome) if r.outcome else ""),
                Column("Last change", _updated_text),
            ),
            parent,
            row_roles={self.CaseIdRole: lambda r: r.id, self.SummaryRole: lambda r: r},
        )
        self._fetch = fetch
        self._count = count
        self._page_size = page_size
        self._count_cap = count_cap
        self._total = 0
        self._capped = False  # the total is a lower bound: more cases match than counted
        self._query = CaseQuery()
        self._order_by = "updated"
        self._descending = True
        self._resetting = False
        self._fetching = False
        self._loaded = False

    # -- state -------------------------------------------------------------------------

    @property
    def filter_text(self) -> str | None:
        return self._query.text

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def narrowed(self) -> bool:
        """True when words or filters narrow the list."""
        return self._query != CaseQuery()

    @property
    def order(self) -> tuple[str, bool]:
        return self._order_by, self._descending

    @property
    def total(self) -> int:
        """How many cases match the filter (not how many are loaded); while
        ``total_known`` is False, at least that many (``count_cap`` + 1) match."""
        return self._total

    @property
    def total_known(self) -> bool:
        return not self._capped

    def set_filter(self, text: str | None) -> None:
        """Search for ``text`` (the other filters stay as they are)."""
        self.set_query(replace(self._query, text=(text or "").strip() or None))

    def set_query(self, query: CaseQuery) -> None:
        """Show the cases matching ``query``. Words arriving sort by relevance; when the
        last word goes, a relevance order goes back to the latest updated first."""
        if query == self._query:
            return
        had_words = self._query.has_words()
        self._query = query
        if query.has_words() and not had_words:
            self._order_by, self._descending = RELEVANCE, True
        elif not query.has_words() and self._order_by == RELEVANCE:
            self._order_by, self._descending = "updated", True
        self.refresh()

    def refresh(self, *, keep_loaded: bool = False) -> None:
        """Fetch the rows again: the first page, or (``keep_loaded``) as many as were
        loaded, so a row the user scrolled to stays in the list after an edit."""
        want = max(self._page_size, len(self._rows)) if keep_loaded else self._page_size
        # No fetchMore from listeners of the reset itself: rows arrive after it.
        self._resetting = True
        try:
            self.beginResetModel()
            self._total = self._count(self._query)
            cap = self._count_cap
            self._capped = cap is not None and self._total > cap
            wanted = want if self._capped else min(want, self._total)
            self._rows = self._fetch(0, wanted, self._query, self._order_by, self._descending)
            self._ran_short(wanted)
            self.endResetModel()
            self._loaded = True
        finally:
            self._resetting = False

    def adopt(self, fetch: PageFetcher, count: Counter, *, count_cap: int | None) -> bool:
        """Fetch through ``fetch`` and ``count`` (the store's) from now on, in place of those
        the list was filled with (the file read before the store opened). When they give
        the same count and rows, nothing is emitted (no reset, the selection and scroll
        stay); else the list is fetched again. True when nothing changed."""
        self._fetch, self._count, self._count_cap = fetch, count, count_cap
        if not self._loaded:
            return False
        total = self._count(self._query)
        if count_cap is not None and total > count_cap:  # "more than": so was the total known
            same_total = self._capped or self._total > count_cap
        else:
            same_total = not self._capped and total == self._total
        rows = self._fetch(0, len(self._rows), self._query, self._order_by, self._descending)
        if same_total and rows == self._rows:
            return True
        self.refresh(keep_loaded=True)
        return False

    def _ran_short(self, wanted: int) -> None:
        """A page that came back short ends a capped list: its total is now known."""
        if self._capped and len(self._rows) < wanted:
            self._capped, self._total = False, len(self._rows)
        elif self._capped:
            self._total = max(self._total, len(self._rows))

    def set_rows(self, rows: Iterable[CaseSummary]) -> None:
        """Not for this model: its rows come page by page from the store (``refresh``,
        ``set_query``); setting them by hand would desynchronise the total and paging."""
        raise TypeError("CaseListModel fetches its rows from the store: call refresh()")

    def update_row(self, row: CaseSummary) -> bool:
        """Show the case's new summary in its row, if loaded (``dataChanged`` for that row;
        it keeps its place until the list is next fetched). True when it was loaded."""
        i = self.row_of(row.id)
        if i is None:
            return False
        self._rows[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        return True

    def remove_case(self, case_id: int) -> bool:
        """Take a deleted case's row out (``rowsRemoved``); True when it was loaded."""
        i = self.row_of(case_id)
        if i is None:
            return False
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._rows[i]
        if not self._capped:
            self._total = max(0, self._total - 1)
        self.endRemoveRows()
        return True

    def row_of(self, case_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == case_id:
                return i
        return None

    def summary(self, row: int) -> CaseSummary:
        return self.row_at(row)

    # -- Qt model API --------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() or self._resetting or self._fetching:
            return False
        return self._capped or len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._resetting or self._fetching:
            return
        start = len(self._rows)
        limit = self._page_size if self._capped else min(self._page_size, self._total - start)
        if limit <= 0:
            return
        rows = self._fetch(start, limit, self._query, self._order_by, self._descending)
        if not rows:
            self._capped, self._total = False, start  # the end (or the store shrank): stop
            return
        # Listeners of the insertion may ask for more: they get it after this page is in.
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self._ran_short(start + limit)
            self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        order_by = self.SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self._order_by, self._descending) and self._loaded:
            return  # already in this order (a view announcing its sort indicator)
        self._order_by, self._descending = order_by, descending
        if self._loaded:  # before the first refresh, only remember the order it will use
            self.refresh()
