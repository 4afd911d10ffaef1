"""Measure the second batch (``batch2.py``) as ``measure.py`` measures the first: each note
is written in the field its ``where`` names, and read back from the same field of the
anonymised case file. Outputs: ``caselog export --anonymise`` and ``caselog report
--template cureus|cmaj`` (no series: the first batch's series carry the notes of events).

``python -m tests.privacy.heldout4.measure2 [-v]`` prints the figures.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Case,
    CaseOutcome,
    Consent,
    Event,
    HistoryItem,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
)
from tests.privacy.heldout4.batch2 import BATCH2, TERM_NOTES2
from tests.privacy.heldout4.corpus import Note
from tests.privacy.heldout4.corpus import Patient as Record
from tests.privacy.heldout4.measure import Figures, figures, plain, produce

# an event for each placement in an event: (kind, field, the event's other fields)
TAC = {"drug": "tacrolimus"}
EVENTS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "event": ("note", "text", {}),
    "medication.indication": ("medication", "indication", {**TAC, "action": "start"}),
    "medication.reason": ("medication", "reason", {**TAC, "action": "change"}),
    "medication.notes": ("medication", "notes", {**TAC, "action": "dose"}),
    "lab.text": ("lab", "text", {"test": "creatinine"}),
    "lab.specimen": ("lab", "specimen", {"test": "creatinine", "value": 612.0, "unit": "µmol/L"}),
    "imaging.impression": ("imaging", "impression", {"modality": "CT", "findings": "reviewed"}),
    "imaging.region": ("imaging", "region", {"modality": "MRI", "findings": "reviewed"}),
    "diagnosis.name": ("diagnosis", "name", {}),
    "procedure.name": ("procedure", "name", {}),
}  # fmt: skip
HISTORY = ("history.condition", "history.notes")


def _where(n: Note) -> str:
    return getattr(n, "where", "event")


def to_case2(p: Record, key: str) -> Case:
    """The record as a case, each note in its field; the notes of events (``where`` is
    ``event``) are also the report's case presentation, so the journal PDFs print them."""
    D = PartialDate.parse
    by: dict[str, str] = {}
    events: list[Event] = []
    history: list[HistoryItem] = []
    for n in p.notes:
        text, where = plain(n.text), _where(n)
        if where in EVENTS:
            kind, name, extra = EVENTS[where]
            date = D((dt.date(2024, 1, 1) + dt.timedelta(days=len(events))).isoformat())
            fields: dict[str, Any] = {**extra, name: text}
            events.append(Event(kind=kind, date=date, **fields))
        elif where == "history.condition":
            history.append(HistoryItem(condition=text))
        elif where == "history.notes":
            history.append(HistoryItem(condition="hypertension", notes=text))
        else:
            assert where not in by, (p.name, where)
            by[where] = text
    presentation = " ".join(plain(n.text) for n in p.notes if _where(n) == "event")
    report: dict[str, Any] = {k[7:]: v for k, v in by.items() if k.startswith("report.")}
    return Case(
        title=by.get("title", "Case under test"),
        key=key,
        patient=Patient(
            sex="female",
            age=None if p.birth else 60,
            label=by.get("label"),
            kidney=Kidney(ckd_stage="5D", dialysis="hemodialysis", cause=by.get("kidney.cause")),
            history=history,
            private=PrivateIdentifiers(
                name=p.name, mrn=p.mrn, birth_date=D(p.birth) if p.birth else None
            ),
        ),
        events=events,
        assessment=Assessment(reaction=by["assessment.reaction"])
        if "assessment.reaction" in by
        else None,
        outcome=CaseOutcome(follow_up=by["outcome.follow_up"])
        if "outcome.follow_up" in by
        else None,
        report=ReportText(
            case_presentation=presentation or None,
            consent=Consent(notes=by["consent.notes"]) if "consent.notes" in by else None,
            **report,
        ),
    )


def _at(data: Any, *keys: str) -> str:
    for k in keys:
        if not isinstance(data, dict) or data.get(k) is None:
            return ""
        data = data[k]
    return data if isinstance(data, str) else ""


def notes_of2(case_file: Path, rec: Record) -> list[str]:
    """Each note of ``rec`` as its field of the anonymised case file reads ("" if gone)."""
    [case] = json.loads(case_file.read_text(encoding="utf-8"))["cases"]
    events = sorted(case.get("events", []), key=lambda e: e["date"])
    history = case["patient"].get("history", [])
    paths: dict[str, Callable[[], str]] = {
        "title": lambda: _at(case, "title"),
        "label": lambda: _at(case, "patient", "label"),
        "kidney.cause": lambda: _at(case, "patient", "kidney", "cause"),
        "assessment.reaction": lambda: _at(case, "assessment", "reaction"),
        "outcome.follow_up": lambda: _at(case, "outcome", "follow_up"),
        "consent.notes": lambda: _at(case, "report", "consent", "notes"),
    }
    out, e, h = [], 0, 0
    for n in rec.notes:
        where = _where(n)
        if where in EVENTS:
            field = EVENTS[where][1]
            out.append(_at(events[e], field) if e < len(events) else "")
            e += 1
        elif where in HISTORY:
            key = where.split(".")[1]
            out.append(_at(history[h], key) if h < len(history) else "")
            h += 1
        elif where.startswith("report."):
            out.append(_at(case, "report", where.split(".")[1]))
        else:
            out.append(paths[where]())
    return out


def records2() -> list[Record]:
    return [*BATCH2, Record(name=None, mrn=None, birth=None, notes=list(TERM_NOTES2))]


def run2() -> Figures:
    recs = records2()
    with tempfile.TemporaryDirectory(prefix="heldout4-b2-") as tmp:
        out = produce(recs, Path(tmp), build=to_case2, notes_of=notes_of2, with_series=False)
        return figures(recs, out)


if __name__ == "__main__":
    result = run2()
    print(result.table(verbose="-v" in sys.argv[1:]).replace("heldout4 corpus", "heldout4 batch2"))
    print(result.summary())
