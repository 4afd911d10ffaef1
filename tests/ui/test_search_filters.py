"""The case list's search box and filter bar over a real store: as you type, accents and
case folded, filters combined, Ctrl+F focusing the search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt

from caselog.store.engine import Store
from caselog.ui.case_list import FILTER_DELAY_MS, CaseListPane
from caselog.ui.case_list_model import CaseListModel
from caselog.ui.filter_bar import NOT_SERIOUS, SERIOUS
from tests.ui.helpers import focus, make_window
from tests.ui.review_helpers import seed


def titles(pane: CaseListPane) -> set[str]:
    model = pane.model
    return {model.index(r, CaseListModel.TITLE).data() for r in range(model.rowCount())}


def settle(qtbot: Any, pane: CaseListPane) -> None:
    """Wait out the debounce the way a user pausing does."""
    qtbot.wait(FILTER_DELAY_MS + 50)
    qtbot.waitUntil(lambda: not pane.timer.isActive())


def test_search_narrows_as_you_type_with_accents_and_case_folded(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    ids = seed(store)
    window, _ = make_window(qtbot, store, settings)
    pane = window.case_list
    assert len(titles(pane)) == 4
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(pane.filter.hasFocus)
    # typed without accents and in capitals, the note "Café au lait" and the title
    # "Hémodialyse" are found; one key at a time, the list narrows before Enter
    qtbot.keyClicks(pane.filter, "HEMODIAL")
    settle(qtbot, pane)
    assert titles(pane) == {"Hémodialyse et calciphylaxie"}
    assert pane.count_label.text() == "1 case matching “HEMODIAL”"
    pane.filter.clear()
    qtbot.keyClicks(pane.filter, "cafe")
    settle(qtbot, pane)
    assert [pane.model.summary(r).id for r in range(pane.model.rowCount())] == [ids["cafe"]]
    # two words: both must occur; ranked order with no column arrow shown
    pane.filter.clear()
    qtbot.keyClicks(pane.filter, "romosozumab fracture")
    settle(qtbot, pane)
    assert titles(pane) == {"Romosozumab fracture after denosumab"}
    assert pane.model.order == ("relevance", True)
    assert pane.table.horizontalHeader().sortIndicatorSection() == -1
    pane.filter.clear()
    settle(qtbot, pane)
    assert len(titles(pane)) == 4 and pane.model.order == ("updated", True)


def test_filters_combine_with_each_other_and_with_the_search(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    seed(store)
    window, _ = make_window(qtbot, store, settings)
    pane = window.case_list
    bar = pane.filter_bar
    pane.filters_button.click()
    assert bar.isVisible()

    def choose(combo: Any, value: object) -> None:
        combo.setCurrentIndex(combo.findData(value))

    bar.drug.setText("Romosozumab")  # whole name, case ignored
    settle(qtbot, pane)
    assert titles(pane) == {"Romosozumab hypocalcaemia", "Romosozumab fracture after denosumab"}
    choose(bar.outcome, "recovered")
    settle(qtbot, pane)
    assert titles(pane) == {"Romosozumab hypocalcaemia"}
    assert pane.count_label.text() == "1 case (filtered)"
    bar.clear()
    settle(qtbot, pane)
    choose(bar.who_umc, "probable")
    settle(qtbot, pane)
    assert titles(pane) == {"Hémodialyse et calciphylaxie", "Romosozumab fracture after denosumab"}
    choose(bar.seriousness, SERIOUS)
    choose(bar.dialysis, "any")
    settle(qtbot, pane)
    assert len(titles(pane)) == 2
    choose(bar.dialysis, "hemodialysis")
    settle(qtbot, pane)
    assert titles(pane) == {"Hémodialyse et calciphylaxie"}
    # the search words narrow the filtered list further: nothing has both
    focus(qtbot, pane.filter)
    qtbot.keyClicks(pane.filter, "romosozumab")
    settle(qtbot, pane)
    assert titles(pane) == set()
    pane.filter.clear()
    bar.clear()
    choose(bar.seriousness, NOT_SERIOUS)
    settle(qtbot, pane)
    assert titles(pane) == {"Romosozumab hypocalcaemia", "Lithium nephrogenic diabetes insipidus"}
    bar.clear()
    bar.reaction.setText("FRACTURE")
    settle(qtbot, pane)
    assert titles(pane) == {"Romosozumab fracture after denosumab"}
    bar.clear()
    # day 0 (the first suspect dose) in 2024, and onset within 30 days of it
    bar.index_from.setText("2024")
    bar.index_to.setText("2024-12")
    settle(qtbot, pane)
    assert titles(pane) == {"Romosozumab hypocalcaemia", "Romosozumab fracture after denosumab"}
    bar.onset_max.setText("30")
    settle(qtbot, pane)
    assert titles(pane) == {"Romosozumab hypocalcaemia"}


def test_a_date_that_does_not_parse_is_marked_and_left_out(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    seed(store)
    window, _ = make_window(qtbot, store, settings)
    pane = window.case_list
    pane.filters_button.click()
    pane.filter_bar.index_from.setText("2024-13")
    settle(qtbot, pane)
    assert len(titles(pane)) == 4  # not narrowed by a date it cannot read
    assert pane.filter_bar.problem.isVisible()
    assert pane.filter_bar.problem.text().startswith("Day 0 from:")
    pane.filter_bar.onset_min.setText("ten")
    settle(qtbot, pane)
    assert "Onset day from: give a whole number of days" in pane.filter_bar.problem.text()


def test_past_the_count_cap_the_list_says_more_than(qtbot: Any, store: Store) -> None:
    from caselog.store import services as sv

    seed(store)
    model = CaseListModel(
        lambda o, n, q, by, desc: sv.list_cases(
            store=store, query=q, offset=o, limit=n, order_by=by, descending=desc
        ),
        lambda q: sv.count_cases(store=store, query=q, at_most=2),
        page_size=3,
        count_cap=2,
    )
    pane = CaseListPane(model)
    qtbot.addWidget(pane)
    model.refresh()
    assert pane.count_label.text() == "more than 2 cases"
    model.fetchMore(QModelIndex())  # the second page comes back short: the end
    assert model.rowCount() == 4 and pane.count_label.text() == "4 cases"
    model.set_filter("hemodial")
    assert pane.count_label.text() == "1 case matching “hemodial”"
