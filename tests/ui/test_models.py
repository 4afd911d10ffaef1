"""The Qt models over plain data: lazy paging, filtering, sorting, qtmodeltester."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon

from caselog.core.dates import PartialDate
from caselog.core.model import CaseSummary
from caselog.store.query import CaseQuery
from caselog.ui.case_list_model import CaseListModel
from caselog.ui.timeline_model import TimelineModel
from tests.ui.factory import summaries, timeline_events


class FakeStore:
    """list_cases/count_cases over a list, recording every page asked for."""

    def __init__(self, rows: list[CaseSummary]) -> None:
        self.rows = rows
        self.calls: list[tuple[int, int, str | None, str, bool]] = []

    def _match(self, query: CaseQuery) -> list[CaseSummary]:
        text = query.text
        if not text:
            return self.rows
        t = text.lower()
        return [r for r in self.rows if t in r.title.lower() or t in (r.suspect_drug or "")]

    def fetch(
        self, offset: int, limit: int, query: CaseQuery, order_by: str, desc: bool
    ) -> list[CaseSummary]:
        self.calls.append((offset, limit, query.text, order_by, desc))
        key: Any = {
            "title": lambda r: r.title,
            "updated": lambda r: r.updated_at,
            "relevance": lambda r: r.updated_at,
        }[order_by]
        rows = sorted(self._match(query), key=key, reverse=desc)
        return rows[offset : offset + limit]

    def count(self, query: CaseQuery) -> int:
        return len(self._match(query))


def test_case_list_fetches_lazily_in_pages(qtmodeltester: Any) -> None:
    store = FakeStore(summaries(1000))
    model = CaseListModel(store.fetch, store.count, page_size=100)
    model.refresh()
    assert model.rowCount() == 100 and model.total == 1000
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    assert store.calls[-1][:2] == (100, 100)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_a_capped_count_pages_on_until_a_page_comes_back_short(qtmodeltester: Any) -> None:
    store = FakeStore(summaries(250))
    capped = lambda q: min(store.count(q), 101)  # noqa: E731 - counts no further than 100 + 1
    model = CaseListModel(store.fetch, capped, page_size=60, count_cap=100)
    model.refresh()
    assert model.rowCount() == 60 and not model.total_known and model.total == 101
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 250  # past the cap: rows come until a short page
    assert model.total_known and model.total == 250
    qtmodeltester.check(model)
    model.set_filter("calcification")  # 25 match: under the cap, exact at once
    assert model.total_known and model.total == 25 and model.rowCount() == 25


def test_case_list_columns_roles_and_sorting(qtmodeltester: Any) -> None:
    store = FakeStore(summaries(30))
    model = CaseListModel(store.fetch, store.count, page_size=10)
    model.refresh()
    qtmodeltester.check(model)
    # newest change first by default
    assert model.index(0, CaseListModel.TITLE).data() == "Case 00030 fracture"
    assert model.index(0, 0).data(CaseListModel.CaseIdRole) == 30
    assert model.headerData(CaseListModel.DRUG, Qt.Orientation.Horizontal) == "Suspect drug"
    row0 = model.index(0, CaseListModel.OUTCOME)
    assert model.index(1, CaseListModel.OUTCOME).data() == "recovered"
    assert row0.data() == ""
    model.sort(CaseListModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert store.calls[-1][3:] == ("title", False)
    assert model.index(0, CaseListModel.TITLE).data() == "Case 00001 calcification"
    qtmodeltester.check(model)


def test_case_list_filter_narrows_and_resets(qtmodeltester: Any) -> None:
    store = FakeStore(summaries(200))
    model = CaseListModel(store.fetch, store.count, page_size=50)
    model.refresh()
    model.set_filter("  calcification ")
    assert model.filter_text == "calcification"
    assert model.total == 20 and model.rowCount() == 20
    assert all("calcification" in model.index(r, 0).data() for r in range(20))
    qtmodeltester.check(model)
    model.set_filter("")
    assert model.total == 200 and model.rowCount() == 50


def test_timeline_model_sorted_with_relative_time_and_icons(qtmodeltester: Any) -> None:
    model = TimelineModel()
    events = list(reversed(timeline_events()))
    model.set_events(events, PartialDate.parse("2024-03-04"))
    qtmodeltester.check(model)
    dates = [model.index(r, TimelineModel.DATE).data() for r in range(model.rowCount())]
    assert dates == sorted(dates)
    # 2024-06-06 is day 94 after 2024-03-04
    stop_row = model.row_of(6)
    assert stop_row is not None
    assert model.index(stop_row, TimelineModel.RELATIVE).data() == "Day 94 · 3.1 mo"
    assert model.index(0, TimelineModel.RELATIVE).data() == "Day −3 · −0.1 mo"
    # a month-precision date is marked approximate
    assert model.index(model.rowCount() - 1, TimelineModel.RELATIVE).data().startswith("~Day ")
    kind = model.index(stop_row, TimelineModel.KIND)
    assert kind.data() == "Medication"
    assert isinstance(kind.data(Qt.ItemDataRole.DecorationRole), QIcon)
    summary = model.index(stop_row, TimelineModel.SUMMARY).data()
    assert summary.startswith("romosozumab") and "stop" in summary
    low_row = model.row_of(5)
    assert low_row is not None
    assert "LOW" in model.index(low_row, TimelineModel.SUMMARY).data()
    assert model.index(low_row, TimelineModel.SUMMARY).data(Qt.ItemDataRole.ForegroundRole)
    assert model.index(0, 0).data(TimelineModel.EventIdRole) == 1


def test_refresh_after_an_edit_keeps_the_rows_the_user_scrolled_to(qtmodeltester: Any) -> None:
    store = FakeStore(summaries(500))
    model = CaseListModel(store.fetch, store.count, page_size=100)
    model.refresh()
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 300
    model.refresh(keep_loaded=True)
    assert model.rowCount() == 300 and store.calls[-1][:2] == (0, 300)
    model.refresh()
    assert model.rowCount() == 100
    qtmodeltester.check(model)


def test_case_list_refuses_rows_set_by_hand() -> None:
    """Its rows come page by page from the store; the base class's set_rows would leave
    the total and the paging out of step."""
    store = FakeStore(summaries(5))
    model = CaseListModel(store.fetch, store.count, page_size=2)
    model.refresh()
    with pytest.raises(TypeError, match="refresh"):
        model.set_rows(summaries(1))
    assert model.rowCount() == 2 and model.total == 5
