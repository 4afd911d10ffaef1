"""The timeline table shows a total calcium's albumin-corrected value beside it once an
albumin of its day is recorded, and drops it when the albumin goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from caselog.core.dates import PartialDate
from caselog.ui.timeline_model import TimelineModel
from tests.clinical_cases import calcium, event


def test_corrected_calcium_beside_the_calcium_and_refreshed_with_the_albumin(
    qtmodeltester: Any,
) -> None:
    model = TimelineModel()
    ca = calcium("2024-01-29", 8.6)
    other = event("lab", "2024-01-29", test="Phosphate", value=4.0, unit="mg/dL")
    model.set_events([ca, other], PartialDate.parse("2024-01-01"))
    row = model.row_of(ca.id)
    assert row is not None
    assert "corrected" not in model.index(row, TimelineModel.SUMMARY).data()
    changed: list[tuple[QModelIndex, QModelIndex]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a, b)))
    albumin = event("lab", "2024-01-29", test="Albumin", value=5.0, unit="g/dL")
    model.set_events([ca, other, albumin], PartialDate.parse("2024-01-01"))
    row = model.row_of(ca.id)
    assert row is not None
    shown = model.index(row, TimelineModel.SUMMARY).data()
    assert "corrected 7.8 mg/dL LOW (albumin 5 g/dL, Payne)" in shown
    assert any(a.column() <= TimelineModel.SUMMARY <= b.column() for a, b in changed)
    qtmodeltester.check(model)
    model.set_events([ca, other], PartialDate.parse("2024-01-01"))
    row = model.row_of(ca.id)
    assert row is not None
    assert "corrected" not in model.index(row, TimelineModel.SUMMARY).data()
