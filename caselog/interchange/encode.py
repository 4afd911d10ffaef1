"""Model objects as case-file JSON: keys in the spec's order, absent values left out.

Which keys a part has, in which order, and how each value is written come from the one
description of the fields (``caselog.core.parts``, ``caselog.core.fields`` for events).

An :class:`Encoder` decides how dates, free text and image paths come out, so the plain
export and the anonymised one share this code (see ``writer.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from caselog.core import figure, parts
from caselog.core.dates import PartialDate
from caselog.core.fields import EVENT_FIELDS
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    CaseOutcome,
    CslItem,
    Event,
    Image,
    Patient,
    Regulatory,
    Reporter,
    ReportText,
)
from caselog.interchange.schema import EVENT_FIELD_TYPES


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
        """Writes the PRIVATE_KEYS (``age``, ``birth_date``, ``name``, ``mrn``) into ``out``,
        which holds them in the spec's order; the anonymised export overrides it."""
        out["age"] = patient.age
        out["birth_date"] = self.date(patient.private.birth_date)
        out["name"] = patient.private.name
        out["mrn"] = patient.private.mrn
        out["initials"] = patient.private.initials

    def reporter_private(self, reporter: Reporter, out: dict[str, Any]) -> None:
        """Writes the reporter's identity and contact (``parts.REPORTER_PRIVATE``) into
        ``out``; the anonymised export overrides it to write none of them."""
        for name in parts.REPORTER_PRIVATE:
            out[name] = getattr(reporter, name)


_PLAIN = Encoder(lambda image: "")
# Written by Encoder.patient_private: the identifiers and the age the anonymised export derives
PRIVATE_KEYS = ("age", *parts.PRIVATE.keys)


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
        "outcome": outcome_to_dict(case.outcome, enc) if case.outcome is not None else None,
        "report": report_to_dict(case.report, enc) if case.report else None,
        "regulatory": regulatory_to_dict(case.regulatory, enc) if case.regulatory else None,
    }
    return {k: v for k, v in out.items() if k == "events" or (v is not None and v != [])}


def encoded(part: parts.Part, obj: Any, enc: Encoder, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The case-file object of ``obj`` as ``part`` describes it: its keys in the spec's order,
    ``None`` where a value is absent and for the keys in ``skip`` (the caller writes those)."""
    out: dict[str, Any] = dict.fromkeys(part.keys)
    for f in part.fields:
        if f.key is not None and f.key not in skip:
            out[f.key] = _value(f, getattr(obj, f.name), enc)
    return out


def _value(f: parts.Field, value: Any, enc: Encoder) -> Any:
    holds = f.holds
    if holds == parts.TEXT:
        return enc.text(value)
    if holds == parts.DATE:
        return enc.date(value)
    if holds == parts.FLAG and f.type is bool:  # never unknown: written only when true
        return True if value else None
    if holds == parts.PART:
        assert f.part is not None
        return None if value is None else _compact(encoded(f.part, value, enc))
    if holds == parts.PARTS:
        assert f.part is not None
        return [_compact(encoded(f.part, item, enc)) for item in value]
    if holds == parts.ANSWERS:
        return {q: value[q] for q in f.questions if q in value} or None
    if holds == parts.SHAPE:
        return figure.to_plain(value)
    if holds in (parts.CHOICES, parts.TEXTS):
        return None if value is None else list(value)
    if holds == parts.REFERENCES:
        return [dict(r.data) if isinstance(r, CslItem) else r for r in value]
    return value


def author_to_dict(author: Author) -> dict[str, Any]:
    return _compact(encoded(parts.AUTHOR, author, _PLAIN))


def patient_to_dict(patient: Patient, enc: Encoder) -> dict[str, Any]:
    out = encoded(parts.PATIENT, patient, enc, skip=PRIVATE_KEYS)
    enc.patient_private(patient, out)
    return _compact(out)


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
    out = encoded(parts.IMAGE, image, enc)
    out["path"] = enc.image_path(image)
    return _compact(out)


def assessment_to_dict(assessment: Assessment, enc: Encoder) -> dict[str, Any]:
    out = encoded(parts.ASSESSMENT, assessment, enc)
    # an empty seriousness list says "not serious" (absent: not recorded), so it is written
    return {k: v for k, v in out.items() if k == "seriousness" and v == [] or k in _compact(out)}


def outcome_to_dict(outcome: CaseOutcome, enc: Encoder) -> dict[str, Any]:
    """The case's outcome object (an empty one stays, to read back as it was)."""
    return _compact(encoded(parts.OUTCOME, outcome, enc))


def report_to_dict(report: ReportText, enc: Encoder) -> dict[str, Any]:
    return _compact(encoded(parts.REPORT, report, enc))


def regulatory_to_dict(regulatory: Regulatory, enc: Encoder) -> dict[str, Any]:
    out = encoded(parts.REGULATORY, regulatory, enc, skip=("reporter",))
    if regulatory.reporter is not None:
        reporter = encoded(parts.REPORTER, regulatory.reporter, enc, skip=parts.REPORTER_PRIVATE)
        enc.reporter_private(regulatory.reporter, reporter)
        out["reporter"] = _compact(reporter)
    return _compact(out)
