"""The series, overview, backups and history models over plain data, with qtmodeltester."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt

from caselog.core.model import Series
from caselog.review.overview import COLUMNS, OverviewRow
from caselog.store.audit import AuditEntry
from caselog.store.backup import BackupInfo
from caselog.ui.durability_models import BackupListModel, HistoryModel, human_size
from caselog.ui.overview_model import OverviewModel
from caselog.ui.series_model import SeriesListModel


def overview_rows() -> list[OverviewRow]:
    def row(i: int, onset: int | None, band: str | None, who: str | None) -> OverviewRow:
        return OverviewRow(i, f"Case {i}", f"Patient {i}", "drug", "rash", onset, "recovered",
                           None if band is None else 3, band, who)  # fmt: skip

    return [
        row(1, 30, "possible", "possible"),
        row(2, None, None, None),
        row(3, 5, "probable", "certain"),
        row(4, 100, "possible", "unlikely"),
    ]


def test_overview_model_sorts_with_empty_cells_last(qtmodeltester: Any) -> None:
    model = OverviewModel()
    model.set_rows(overview_rows())
    qtmodeltester.check(model)
    onset = COLUMNS.index("time_to_onset_days")
    keep = QPersistentModelIndex(model.index(2, 0))  # case 3
    model.sort(onset, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, onset).data() for r in range(4)] == ["5", "30", "100", ""]
    assert keep.row() == 0 and keep.data(OverviewModel.CaseIdRole) == 3
    model.sort(onset, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, onset).data() for r in range(4)] == ["100", "30", "5", ""]
    assert model.headerData(onset, Qt.Orientation.Horizontal) == "Time to onset (days)"
    qtmodeltester.check(model)


def test_series_model(qtmodeltester: Any) -> None:
    model = SeriesListModel()
    model.set_series([Series("One", [1, 2], id=1), Series("Two", [3, 4, 5], id=2)])
    qtmodeltester.check(model)
    assert model.index(1, SeriesListModel.CASES).data() == "3"
    model.replace(Series("Two, renamed", [3], id=2))
    assert model.index(1, SeriesListModel.TITLE).data() == "Two, renamed"
    assert model.row_of(2) == 1 and model.row_of(9) is None
    qtmodeltester.check(model)


def test_backup_and_history_models(qtmodeltester: Any, tmp_path: Path) -> None:
    at = dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.UTC)
    backups = [
        BackupInfo(tmp_path / "a.db", at, "open", 2_500_000),
        BackupInfo(tmp_path / "b.db", at - dt.timedelta(days=1), "import", 900),
    ]
    model = BackupListModel()
    model.set_backups(backups)
    qtmodeltester.check(model)
    assert model.index(0, BackupListModel.VERIFIED).data() == "checking…"
    model.set_checks({str(backups[0].path): [], str(backups[1].path): ["page 3 is bad"]})
    assert model.index(0, BackupListModel.VERIFIED).data() == "✓ good"
    assert model.index(1, BackupListModel.VERIFIED).data() == "✗ damaged"
    assert model.index(1, BackupListModel.VERIFIED).data(Qt.ItemDataRole.ToolTipRole) == (
        "page 3 is bad"
    )
    assert model.index(0, BackupListModel.TAKEN).data() == "2026-11-20 08:30:00 UTC"
    assert model.index(0, BackupListModel.SIZE).data() == "2.4 MB"
    assert human_size(900) == "900 bytes"
    qtmodeltester.check(model)

    history = HistoryModel()
    history.set_entries(
        [AuditEntry(1, at, "clinician", "update", "case", 7, 7, "title", "Old", "New")]
    )
    qtmodeltester.check(history)
    assert history.index(0, HistoryModel.WHAT).data() == "case title: Old -> New"
    assert history.index(0, HistoryModel.USER).data() == "clinician"
