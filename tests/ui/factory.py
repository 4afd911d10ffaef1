"""Small synthetic cases and summaries for the UI tests (no real patient data)."""

from __future__ import annotations

import datetime as dt

from caselog.core.dates import PartialDate
from caselog.core.model import Case, CaseSummary, Event, Patient

D = PartialDate.parse


def summaries(n: int) -> list[CaseSummary]:
    base = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    drugs = ("romosozumab", "denosumab", "alendronate", None)
    return [
        CaseSummary(
            id=i + 1,
            title=f"Case {i + 1:05d} {'calcification' if i % 10 == 0 else 'fracture'}",
            patient_label=f"patient {i + 1}",
            suspect_drug=drugs[i % 4],
            reaction="hypocalcaemia" if i % 3 == 0 else None,
            outcome="recovered" if i % 2 == 0 else None,
            updated_at=base + dt.timedelta(minutes=i),
        )
        for i in range(n)
    ]


def timeline_events() -> list[Event]:
    return [
        Event(
            "lab",
            D("2024-03-01"),
            id=1,
            test="Calcium",
            value=9.1,
            unit="mg/dL",
            ref_low=8.5,
            ref_high=10.5,
        ),
        Event(
            "medication",
            D("2024-03-04"),
            id=2,
            drug="romosozumab",
            action="start",
            role="suspect",
            dose=210,
            dose_unit="mg",
            route="subcutaneous",
        ),
        Event(
            "medication",
            D("2024-04-01"),
            id=3,
            drug="romosozumab",
            action="dose",
            role="suspect",
            dose=210,
            dose_unit="mg",
        ),
        Event("symptom", D("2024-06-03"), id=4, name="severe low back pain", severity="severe"),
        Event(
            "lab",
            D("2024-06-04"),
            id=5,
            test="Calcium",
            value=8.3,
            unit="mg/dL",
            ref_low=8.5,
            ref_high=10.5,
        ),
        Event(
            "medication",
            D("2024-06-06"),
            id=6,
            drug="romosozumab",
            action="stop",
            role="suspect",
            reason="suspected adverse reaction",
        ),
        Event("diagnosis", D("2024-06-14"), id=7, name="spondylodiscitis", status="ruled_out"),
        Event("follow_up", D("2025-06"), id=8, summary="asymptomatic"),
    ]


def small_case() -> Case:
    return Case(title="A case", patient=Patient(sex="female", age=75), events=timeline_events())
