"""Rows <-> core objects: plain dicts for Core inserts, core objects from selected rows.

No session, no SQL here: the services decide what to read and write.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from caselog.core import fields
from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    Consent,
    Event,
    HistoryItem,
    Image,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
    Series,
)
from caselog.store.tables import NARANJO_COLUMNS

Row = dict[str, Any]

EVENT_COLUMNS = fields.COLUMNS  # the event's own columns, from its one description
_event_values = operator.attrgetter(*EVENT_COLUMNS)
REPORT_COLUMNS = (
    "introduction",
    "case_presentation",
    "discussion",
    "conclusion",
    "patient_perspective",
    "acknowledgments",
)
AUTHOR_COLUMNS = ("name", "degrees", "affiliation", "email", "corresponding")


def iso(d: PartialDate | None) -> str | None:
    return None if d is None else d.isoformat()


def date_of(text: str | None) -> PartialDate | None:
    return None if text is None else PartialDate.parse(text)


def date_key(d: PartialDate) -> int:
    year, month, day = d.sort_key()
    return year * 10000 + month * 100 + day


def sha256_of(image: Image) -> str:
    """The content address of an image (computed when the image does not carry it)."""
    return image.sha256 or hashlib.sha256(image.data).hexdigest()


def suspect_drug(case: Case) -> str | None:
    drugs = case.suspect_drugs()
    return drugs[0] if drugs else None


# ---- core -> rows -------------------------------------------------------------------


def case_row(case: Case, now: dt.datetime) -> Row:
    row: Row = {
        "title": case.title,
        "file_key": case.key,
        "index_date": iso(case.index_date),
        "suspect_drug": suspect_drug(case),
        "created_at": case.created_at or now,
        "updated_at": now,
    }
    if case.id is not None:
        row["id"] = case.id
    return row


def patient_row(case_id: int, p: Patient) -> Row:
    k = p.kidney
    return {
        "case_id": case_id,
        "sex": p.sex,
        "label": p.label,
        "age": p.age,
        "weight_kg": p.weight_kg,
        "height_cm": p.height_cm,
        "has_kidney": k is not None,
        "ckd_stage": k.ckd_stage if k else None,
        "dialysis": k.dialysis if k else None,
        "dialysis_since": iso(k.dialysis_since) if k else None,
        "kidney_cause": k.cause if k else None,
    }


def private_row(case_id: int, p: PrivateIdentifiers) -> Row:
    return {"case_id": case_id, "name": p.name, "mrn": p.mrn, "birth_date": iso(p.birth_date)}


def history_rows(case_id: int, items: Iterable[HistoryItem]) -> list[Row]:
    return [
        {
            "case_id": case_id,
            "position": i,
            "condition": h.condition,
            "since": iso(h.since),
            "ongoing": h.ongoing,
            "notes": h.notes,
        }
        for i, h in enumerate(items)
    ]


def event_row(case_id: int, position: int, e: Event) -> Row:
    row: Row = {
        "case_id": case_id,
        "position": position,
        "kind": e.kind,
        "date": e.date.isoformat(),
        "date_key": date_key(e.date),
    }
    row.update(zip(EVENT_COLUMNS, _event_values(e), strict=True))
    if e.id is not None:
        row["id"] = e.id
    return row


def image_rows(event_id: int, images: Iterable[Image]) -> list[Row]:
    return [
        {
            "event_id": event_id,
            "position": i,
            "sha256": sha256_of(img),
            "media_type": img.media_type,
            "filename": img.filename,
            "caption": img.caption,
            "panel": img.panel,
            "width": img.width,
            "height": img.height,
        }
        for i, img in enumerate(images)
    ]


def blob_row(img: Image) -> Row:
    return {"sha256": sha256_of(img), "size": len(img.data), "data": img.data}


def assessment_row(case_id: int, a: Assessment) -> Row:
    row: Row = {
        "case_id": case_id,
        "reaction": a.reaction,
        "onset_date": iso(a.onset_date),
        "seriousness": list(a.seriousness),
        "outcome": a.outcome,
        "dechallenge": a.dechallenge,
        "rechallenge": a.rechallenge,
        "who_umc": a.who_umc,
    }
    for key, column in NARANJO_COLUMNS.items():
        row[column] = a.naranjo.get(key)
    return row


def report_row(case_id: int, r: ReportText) -> Row:
    row: Row = {"case_id": case_id}
    for column in REPORT_COLUMNS:
        row[column] = getattr(r, column)
    row["has_consent"] = r.consent is not None
    row["consent_obtained"] = r.consent.obtained if r.consent else None
    row["consent_notes"] = r.consent.notes if r.consent else None
    return row


def author_rows(authors: Iterable[Author], *, case_id: int | None = None,
                series_id: int | None = None) -> list[Row]:  # fmt: skip
    return [
        {"case_id": case_id, "series_id": series_id, "position": i}
        | {c: getattr(a, c) for c in AUTHOR_COLUMNS}
        for i, a in enumerate(authors)
    ]


def keyword_rows(case_id: int, keywords: Iterable[str]) -> list[Row]:
    return [{"case_id": case_id, "position": i, "text": k} for i, k in enumerate(keywords)]


def reference_rows(texts: Iterable[str], *, case_id: int | None = None,
                   series_id: int | None = None) -> list[Row]:  # fmt: skip
    return [
        {"case_id": case_id, "series_id": series_id, "position": i, "text": t}
        for i, t in enumerate(texts)
    ]


def series_row(s: Series, now: dt.datetime) -> Row:
    row: Row = {
        "title": s.title,
        "file_key": s.key,
        "introduction": s.introduction,
        "methods": s.methods,
        "discussion": s.discussion,
        "conclusion": s.conclusion,
        "updated_at": now,
    }
    if s.id is not None:
        row["id"] = s.id
    return row


# ---- rows -> core -------------------------------------------------------------------


def patient_of(p: Mapping[Any, Any], private: Mapping[Any, Any] | None,
               history: Iterable[Mapping[Any, Any]]) -> Patient:  # fmt: skip
    kidney = None
    if p["has_kidney"]:
        kidney = Kidney(
            ckd_stage=p["ckd_stage"],
            dialysis=p["dialysis"],
            dialysis_since=date_of(p["dialysis_since"]),
            cause=p["kidney_cause"],
        )
    ids = PrivateIdentifiers()
    if private is not None:
        ids = PrivateIdentifiers(
            name=private["name"], mrn=private["mrn"], birth_date=date_of(private["birth_date"])
        )
    return Patient(
        sex=p["sex"],
        label=p["label"],
        age=p["age"],
        weight_kg=p["weight_kg"],
        height_cm=p["height_cm"],
        kidney=kidney,
        history=[
            HistoryItem(
                condition=h["condition"],
                since=date_of(h["since"]),
                ongoing=h["ongoing"],
                notes=h["notes"],
            )
            for h in history
        ],
        private=ids,
    )


def image_of(row: Mapping[Any, Any], data: bytes) -> Image:
    return Image(
        data=data,
        media_type=row["media_type"],
        sha256=row["sha256"],
        filename=row["filename"],
        caption=row["caption"],
        panel=row["panel"],
        width=row["width"],
        height=row["height"],
    )


def event_of(row: Mapping[Any, Any], images: list[Image]) -> Event:
    e = Event(kind=row["kind"], date=PartialDate.parse(row["date"]), id=row["id"])
    for column in EVENT_COLUMNS:
        setattr(e, column, row[column])
    e.images = images
    return e


def assessment_of(row: Mapping[Any, Any]) -> Assessment:
    return Assessment(
        reaction=row["reaction"],
        onset_date=date_of(row["onset_date"]),
        seriousness=list(row["seriousness"] or []),
        outcome=row["outcome"],
        dechallenge=row["dechallenge"],
        rechallenge=row["rechallenge"],
        naranjo={k: row[c] for k, c in NARANJO_COLUMNS.items() if row[c] is not None},
        who_umc=row["who_umc"],
    )


def report_of(row: Mapping[Any, Any], references: list[str]) -> ReportText:
    r = ReportText(references=references)
    for column in REPORT_COLUMNS:
        setattr(r, column, row[column])
    if row["has_consent"]:
        r.consent = Consent(obtained=row["consent_obtained"], notes=row["consent_notes"])
    return r


def author_of(row: Mapping[Any, Any]) -> Author:
    return Author(**{c: row[c] for c in AUTHOR_COLUMNS})


@dataclass
class CaseRows:
    """Everything selected for one case, ready to become a Case."""

    case: Mapping[Any, Any]
    patient: Mapping[Any, Any]
    private: Mapping[Any, Any] | None
    history: list[Mapping[Any, Any]] = field(default_factory=list)
    events: list[Mapping[Any, Any]] = field(default_factory=list)
    images: dict[int, list[Image]] = field(default_factory=dict)
    assessment: Mapping[Any, Any] | None = None
    report: Mapping[Any, Any] | None = None
    references: list[str] = field(default_factory=list)
    authors: list[Mapping[Any, Any]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


def case_of(rows: CaseRows) -> Case:
    c = rows.case
    return Case(
        id=c["id"],
        key=c["file_key"],
        title=c["title"],
        index_date=date_of(c["index_date"]),
        created_at=c["created_at"],
        updated_at=c["updated_at"],
        patient=patient_of(rows.patient, rows.private, rows.history),
        events=[event_of(e, rows.images.get(e["id"], [])) for e in rows.events],
        authors=[author_of(a) for a in rows.authors],
        keywords=list(rows.keywords),
        assessment=assessment_of(rows.assessment) if rows.assessment is not None else None,
        report=report_of(rows.report, rows.references) if rows.report is not None else None,
    )
