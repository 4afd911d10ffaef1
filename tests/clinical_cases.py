"""Small Case builders for the clinical tests, and a loader for the example case file.

The loader reads only what the clinical code needs and exists until
``caselog.interchange.reader.read_case_file`` lands on main.
"""

from __future__ import annotations

import json
from itertools import count
from pathlib import Path
from typing import Any

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Case,
    Consent,
    Event,
    HistoryItem,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
)

EXAMPLE = Path("/work/shared/examples/epidural-calcification/case.json")
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


# ---------------------------------------------------------------- example case file


def _date(raw: dict[str, Any], key: str) -> PartialDate | None:
    return d(raw[key]) if raw.get(key) is not None else None


def _event(raw: dict[str, Any], n: int) -> Event:
    fields = {k: v for k, v in raw.items() if k not in ("kind", "date", "images")}
    for k in ("dose", "value", "ref_low", "ref_high"):
        if k in fields:
            fields[k] = float(fields[k])
    return Event(kind=raw["kind"], date=d(raw["date"]), id=n, **fields)


def load_example() -> Case:
    """The example case with event ids 1..n in file order: read by the interchange reader
    once it is on main, else by the small local loader below."""
    try:
        from caselog.interchange.reader import read_case_file
    except ImportError:
        return _load_example_locally()
    case = read_case_file(EXAMPLE).cases[0]
    for n, e in enumerate(case.events, start=1):
        e.id = n
    return case


def _load_example_locally() -> Case:
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))["cases"][0]
    p = raw["patient"]
    k = p.get("kidney")
    patient = Patient(
        sex=p["sex"],
        label=p.get("label"),
        age=p.get("age"),
        weight_kg=p.get("weight_kg"),
        kidney=Kidney(
            ckd_stage=k.get("ckd_stage"),
            dialysis=k.get("dialysis"),
            dialysis_since=_date(k, "dialysis_since"),
            cause=k.get("cause"),
        )
        if k
        else None,
        history=[
            HistoryItem(h["condition"], _date(h, "since"), h.get("ongoing"), h.get("notes"))
            for h in p.get("history", [])
        ],
        private=PrivateIdentifiers(p.get("name"), p.get("mrn"), _date(p, "birth_date")),
    )
    a = raw.get("assessment")
    assessment = (
        Assessment(
            reaction=a["reaction"],
            onset_date=_date(a, "onset_date"),
            seriousness=list(a.get("seriousness", [])),
            outcome=a.get("outcome"),
            dechallenge=a.get("dechallenge"),
            rechallenge=a.get("rechallenge"),
            naranjo=dict(a.get("naranjo", {})),
            who_umc=a.get("who_umc"),
        )
        if a
        else None
    )
    r = raw.get("report")
    report = None
    if r:
        c = r.get("consent")
        report = ReportText(
            introduction=r.get("introduction"),
            case_presentation=r.get("case_presentation"),
            discussion=r.get("discussion"),
            conclusion=r.get("conclusion"),
            patient_perspective=r.get("patient_perspective"),
            acknowledgments=r.get("acknowledgments"),
            references=list(r.get("references", [])),
            consent=Consent(c.get("obtained"), c.get("notes")) if c else None,
        )
    return Case(
        title=raw["title"],
        patient=patient,
        events=[_event(e, i) for i, e in enumerate(raw["events"], start=1)],
        keywords=list(raw.get("keywords", [])),
        index_date=_date(raw, "index_date"),
        assessment=assessment,
        report=report,
        key=raw.get("id"),
    )
