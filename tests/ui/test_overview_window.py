"""The review overview in the window: rows from the stored cases, sorting, CSV export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from caselog.core.model import Case, Patient
from caselog.review.overview import COLUMNS
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.overview_model import OverviewModel
from tests.ui.helpers import make_window
from tests.ui.review_helpers import ReviewDialogs, seed


def column(model: OverviewModel, name: str) -> list[str]:
    c = COLUMNS.index(name)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_overview_shows_suspect_drug_cases_sorts_and_exports_csv(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    ids = seed(store)
    services.create_case(Case(title="No drug at all", patient=Patient(sex="male")), store=store)
    dialogs = ReviewDialogs()
    window, _ = make_window(qtbot, store, settings, dialogs)
    view = window.review.show_overview()
    assert view.task is not None
    with qtbot.waitSignal(view.task.finished, timeout=10000):
        pass
    model = view.model
    assert model.rowCount() == 4  # the case without a suspect drug is not in it
    assert view.summary.text() == "4 cases with a suspect drug"

    view.sort_by(COLUMNS.index("time_to_onset_days"), Qt.SortOrder.AscendingOrder)
    # onsets: romo 20 days, romo2 92, cafe 83, lith 366
    assert column(model, "time_to_onset_days") == ["20", "83", "92", "366"]
    assert column(model, "case_id")[0] == str(ids["romo"])
    view.sort_by(COLUMNS.index("who_umc"), Qt.SortOrder.DescendingOrder)
    assert column(model, "who_umc") == ["probable", "probable", "possible", "certain"]
    view.sort_by(COLUMNS.index("outcome"), Qt.SortOrder.AscendingOrder)
    assert column(model, "outcome")[:2] == ["not recovered", "recovered"]

    out = tmp_path / "overview.csv"
    dialogs.save_paths = [out]
    assert view.export_csv() == out
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Case", "Title", "Patient"]
    # the rows as shown, in the order shown (by outcome)
    assert [r[COLUMNS.index("outcome")] for r in rows[1:]] == [
        "not recovered",
        "recovered",
        "recovered",
        "recovering",
    ]
    by_title = {r[1]: r for r in rows[1:]}
    romo = by_title["Romosozumab hypocalcaemia"]
    assert romo[COLUMNS.index("suspect_drug")] == "romosozumab"
    assert romo[COLUMNS.index("time_to_onset_days")] == "20"
    assert (
        romo[COLUMNS.index("naranjo_band")]
        == model.index(
            column(model, "title").index("Romosozumab hypocalcaemia"), COLUMNS.index("naranjo_band")
        ).data()
    )
    # the export is in each case's history
    from caselog.store.audit import history

    [entry] = [e for e in history(ids["romo"], store=store) if e.action == "export"]
    assert str(out) in (entry.new_value or "")
    assert set(by_title) == {
        "Hémodialyse et calciphylaxie",
        "Romosozumab hypocalcaemia",
        "Romosozumab fracture after denosumab",
        "Lithium nephrogenic diabetes insipidus",
    }


def test_double_click_opens_the_case(qtbot: Any, store: Store, settings: QSettings) -> None:
    ids = seed(store)
    window, _ = make_window(qtbot, store, settings, ReviewDialogs())
    view = window.review.show_overview()
    with qtbot.waitSignal(view.task.finished, timeout=10000):  # type: ignore[union-attr]
        pass
    row = column(view.model, "case_id").index(str(ids["lith"]))
    view.table.doubleClicked.emit(view.model.index(row, 1))
    assert window.current_case() is not None
    assert window.current_case().id == ids["lith"]  # type: ignore[union-attr]
