"""Model objects as case-file JSON: keys in the spec's order, absent values left out.

An :class:`Encoder` decides how dates, free text and image paths come out, so the plain
export and the anonymised one share this code (see ``writer.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from caselog.core import vocab
from caselog.core.dates import PartialDate
from caselog.core.fields import EVENT_FIELDS
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    Event,
    HistoryItem,
    Image,
    Kidney,
    Patient,
    ReportText,
)
from caselog.interchange.schema import EVENT_FIELD_TYPES, REPORT_TEXT_KEYS


class Encoder:
    """The plain export: every field as stored. ``image_path`` names an image file."""

    def __init__(self, image_path: Callable[[Image], str]) -> None:
        self.image_path = image_path

    def date(self, value: PartialDate | None) -> str | None:
        return None if value is None else value.isoformat()

    def text(self, value: str | None) -> str | None:
        """Free text that could name the patient (notes, findings, captions, narrative)."""
        return value

    def patient_private(self, patient: Patient, out: dict[str, Any]) -> None:
        """Adds ``age``/``birth_date``/``name``/``mrn``; the anonymised export overrides it."""
        out["age"] = patient.age
        out["birth_date"] = self.date(patient.private.birth_date)
        out["name"] = patient.private.name
        out["mrn"] = patient.private.mrn


def _compact(out: dict[str, Any]) -> dict[str, Any]:
    """Leave out absent values and empty lists (both read back as absent); an empty object
    stays, so that it reads back as the empty object it was."""
    return {k: v for k, v in out.items() if v is not None and v != []}


def case_to_dict(case: Case, key: str | None, enc: Encoder) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": key,
        "title": enc.text(case.title),
        "authors": [author_to_dict(a) for a in case.authors],
        "keywords": [enc.text(k) for k in case.keywords],
        "patient": patient_to_dict(case.patient, enc),
        "index_date": enc.date(case.index_date),
        "events": [event_to_dict(e, enc) for e in case.events],
        "assessment": assessment_to_dict(case.assessment, enc) if case.assessment else None,
        "report": report_to_dict(case.report, enc) if case.report else None,
    }
    return {k: v for k, v in out.items() if k == "events" or (v is not None and v != [])}


def author_to_dict(author: Author) -> dict[str, Any]:
    return _compact(
        {
            "name": author.name,
            "degrees": author.degrees,
            "affiliation": author.affiliation,
            "email": author.email,
            "corresponding": True if author.corresponding else None,
        }
    )


def patient_to_dict(patient: Patient, enc: Encoder) -> dict[str, Any]:
    out: dict[str, Any] = {"label": enc.text(patient.label), "sex": patient.sex}
    enc.patient_private(patient, out)
    out["weight_kg"] = patient.weight_kg
    out["height_cm"] = patient.height_cm
    out["kidney"] = kidney_to_dict(patient.kidney, enc) if patient.kidney else None
    out["history"] = [history_to_dict(h, enc) for h in patient.history]
    return _compact(out)


def kidney_to_dict(kidney: Kidney, enc: Encoder) -> dict[str, Any]:
    return _compact(
        {
            "ckd_stage": kidney.ckd_stage,
            "dialysis": kidney.dialysis,
            "dialysis_since": enc.date(kidney.dialysis_since),
            "cause": enc.text(kidney.cause),
        }
    )


def history_to_dict(item: HistoryItem, enc: Encoder) -> dict[str, Any]:
    return _compact(
        {
            "condition": enc.text(item.condition),
            "since": enc.date(item.since),
            "ongoing": item.ongoing,
            "notes": enc.text(item.notes),
        }
    )


def event_to_dict(event: Event, enc: Encoder) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": event.kind, "date": enc.date(event.date)}
    required, optional = EVENT_FIELDS[event.kind]
    for key in (*required, *optional):
        how = EVENT_FIELD_TYPES[key]
        if how == "images":
            out[key] = [image_to_dict(i, enc) for i in event.images]
        elif how == "text":
            out[key] = enc.text(getattr(event, key))
        else:
            out[key] = getattr(event, key)
    out["notes"] = enc.text(event.notes)
    return _compact(out)


def image_to_dict(image: Image, enc: Encoder) -> dict[str, Any]:
    return _compact(
        {"path": enc.image_path(image), "caption": enc.text(image.caption), "panel": image.panel}
    )


def assessment_to_dict(assessment: Assessment, enc: Encoder) -> dict[str, Any]:
    return _compact(
        {
            "reaction": enc.text(assessment.reaction),
            "onset_date": enc.date(assessment.onset_date),
            "seriousness": list(assessment.seriousness),
            "outcome": assessment.outcome,
            "dechallenge": assessment.dechallenge,
            "rechallenge": assessment.rechallenge,
            "naranjo": {
                k: assessment.naranjo[k] for k in vocab.NARANJO_KEYS if k in assessment.naranjo
            }
            or None,
            "who_umc": assessment.who_umc,
        }
    )


def report_to_dict(report: ReportText, enc: Encoder) -> dict[str, Any]:
    out: dict[str, Any] = {key: enc.text(getattr(report, key)) for key in REPORT_TEXT_KEYS}
    out["references"] = list(report.references)
    if report.consent is not None:
        consent = report.consent
        out["consent"] = _compact({"obtained": consent.obtained, "notes": enc.text(consent.notes)})
    return _compact(out)
