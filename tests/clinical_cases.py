"""Small Case builders for the clinical tests; the example case from ``tests.examples``."""

from __future__ import annotations

from itertools import count
from typing import Any

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Kidney, Patient
from tests.examples import load_example

__all__ = ["calcium", "case", "d", "event", "load_example", "med", "monthly", "symptom"]

_ids = count(1)


def d(text: str) -> PartialDate:
    return PartialDate.parse(text)


def event(kind: str, date: str, **fields: Any) -> Event:
    """An event with a fresh id (so findings can name it)."""
    return Event(kind=kind, date=d(date), id=next(_ids), **fields)


def med(date: str, action: str, drug: str = "romosozumab", **fields: Any) -> Event:
    fields.setdefault("role", "suspect" if drug == "romosozumab" else "concomitant")
    if action in ("start", "dose") and "dose" not in fields:
        fields.update(dose=210.0, dose_unit="mg")
    return event("medication", date, drug=drug, action=action, **fields)


def calcium(date: str, value: float, **fields: Any) -> Event:
    fields.setdefault("unit", "mg/dL")
    fields.setdefault("ref_low", 8.5)
    fields.setdefault("ref_high", 10.5)
    return event("lab", date, test="Calcium", value=value, **fields)


def symptom(date: str, name: str = "back pain", **fields: Any) -> Event:
    return event("symptom", date, name=name, **fields)


def case(*events: Event, dialysis: str | None = None, **fields: Any) -> Case:
    kidney = Kidney(dialysis=dialysis) if dialysis else None
    patient = fields.pop("patient", None) or Patient(sex="female", age=70, kidney=kidney)
    return Case(
        title=fields.pop("title", "Test case"), patient=patient, events=list(events), **fields
    )


def monthly(first: str, n: int, *, gap_days: int = 30, drug: str = "romosozumab") -> list[Event]:
    """n administrations ``gap_days`` apart: a start then doses."""
    start = d(first)
    out = [med(first, "start", drug)]
    for i in range(1, n):
        out.append(med(start.shifted(i * gap_days).isoformat(), "dose", drug))
    return out
