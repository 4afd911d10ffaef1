"""Rows <-> core objects: plain dicts for Core inserts, core objects from selected rows.

The columns of each part and how its values become column values come from the one
description of the fields (``caselog.core.fields`` for events, ``caselog.core.parts`` for the
rest). No session, no SQL here: the services decide what to read and write.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from caselog.core import fields, figure, parts
from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    CaseOutcome,
    CslItem,
    Event,
    HistoryItem,
    Image,
    Patient,
    PrivateIdentifiers,
    Reference,
    Regulatory,
    ReportText,
    Series,
)

Row = dict[str, Any]

EVENT_COLUMNS = fields.COLUMNS  # the event's own columns, from its one description
_event_values = operator.attrgetter(*EVENT_COLUMNS)


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


# ---- a described part <-> its columns ----------------------------------------------


class _Plan:
    """How one part's values become columns, worked out once: the plain values copied in
    one ``attrgetter`` call, dates as ISO text, the rest field by field."""

    _SPECIAL = (parts.DATE, parts.PART, parts.ANSWERS, parts.CHOICES, parts.SHAPE)

    def __init__(self, part: parts.Part) -> None:
        stored = [f for f in part.fields if f.column is not None]
        plain = [f for f in stored if f.holds not in self._SPECIAL]
        self.names = tuple(f.name for f in plain)
        self.columns = tuple(str(f.column) for f in plain)
        self.get = _getter(self.names)
        self.dates = tuple((f.name, str(f.column)) for f in stored if f.holds == parts.DATE)
        self.parts = tuple(
            (f.name, str(f.column), f.part) for f in stored if f.part and f.holds == parts.PART
        )
        self.answers = tuple(
            (f.name, tuple((q, f"{f.column}_{q}") for q in f.questions))
            for f in stored
            if f.holds == parts.ANSWERS
        )
        self.lists = tuple((f.name, str(f.column)) for f in stored if f.holds == parts.CHOICES)
        self.shapes = tuple((f.name, str(f.column)) for f in stored if f.holds == parts.SHAPE)
        self.absent = {c: None for c in parts.columns(part)}


def _getter(names: tuple[str, ...]) -> Any:
    if len(names) == 1:
        get = operator.attrgetter(names[0])
        return lambda obj: (get(obj),)
    return operator.attrgetter(*names) if names else (lambda obj: ())


_PLANS = {part: _Plan(part) for part in parts.ALL}


def values_of(part: parts.Part, obj: Any) -> Row:
    """The column values of ``obj`` (or NULLs for an absent part), as ``part`` describes."""
    plan = _PLANS[part]
    if obj is None:
        return dict(plan.absent)
    row: Row = dict(zip(plan.columns, plan.get(obj), strict=True))
    for name, column in plan.dates:
        row[column] = iso(getattr(obj, name))
    for name, column, part_in in plan.parts:
        value = getattr(obj, name)
        row[column] = value is not None
        row.update(values_of(part_in, value))
    for name, questions in plan.answers:
        answers = getattr(obj, name)
        for q, column in questions:
            row[column] = answers.get(q)
    for name, column in plan.lists:
        value = getattr(obj, name)
        row[column] = None if value is None else list(value)
    for name, column in plan.shapes:
        row[column] = figure.to_plain(getattr(obj, name))
    return row


def fields_of(part: parts.Part, row: Mapping[Any, Any]) -> dict[str, Any]:
    """The attributes of ``part`` that its columns in ``row`` hold, by name."""
    plan = _PLANS[part]
    out = {name: row[column] for name, column in zip(plan.names, plan.columns, strict=True)}
    for name, column in plan.dates:
        out[name] = date_of(row[column])
    for name, column, part_in in plan.parts:
        out[name] = part_in.cls(**fields_of(part_in, row)) if row[column] else None
    for name, questions in plan.answers:
        out[name] = {q: row[c] for q, c in questions if row[c] is not None}
    for name, column in plan.lists:  # NULL stays None (seriousness: not recorded)
        out[name] = None if row[column] is None else list(row[column])
    for name, column in plan.shapes:
        out[name] = figure.FROM_PLAIN[name](row[column])
    return out


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
    return {"case_id": case_id, **values_of(parts.PATIENT, p)}


def private_row(case_id: int, p: PrivateIdentifiers) -> Row:
    return {"case_id": case_id, **values_of(parts.PRIVATE, p)}


def history_rows(case_id: int, items: Iterable[HistoryItem]) -> list[Row]:
    return [
        {"case_id": case_id, "position": i, **values_of(parts.HISTORY, h)}
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
            **values_of(parts.IMAGE, img),
            "sha256": sha256_of(img),
        }
        for i, img in enumerate(images)
    ]


def blob_row(img: Image) -> Row:
    return {"sha256": sha256_of(img), "size": len(img.data), "data": img.data}


def assessment_row(case_id: int, a: Assessment) -> Row:
    return {"case_id": case_id, **values_of(parts.ASSESSMENT, a)}


def report_row(case_id: int, r: ReportText) -> Row:
    return {"case_id": case_id, **values_of(parts.REPORT, r)}


def regulatory_row(case_id: int, r: Regulatory) -> Row:
    return {"case_id": case_id, **values_of(parts.REGULATORY, r)}


def outcome_row(case_id: int, o: CaseOutcome) -> Row:
    return {"case_id": case_id, **values_of(parts.OUTCOME, o)}


def author_rows(authors: Iterable[Author], *, case_id: int | None = None,
                series_id: int | None = None) -> list[Row]:  # fmt: skip
    return [
        {"case_id": case_id, "series_id": series_id, "position": i} | values_of(parts.AUTHOR, a)
        for i, a in enumerate(authors)
    ]


def keyword_rows(case_id: int, keywords: Iterable[str]) -> list[Row]:
    return [{"case_id": case_id, "position": i, "text": k} for i, k in enumerate(keywords)]


def reference_rows(refs: Iterable[Reference], *, case_id: int | None = None,
                   series_id: int | None = None) -> list[Row]:  # fmt: skip
    """A text reference in ``text``; a CSL-JSON item as compact JSON in ``item`` (its id in
    ``text``)."""
    return [
        {"case_id": case_id, "series_id": series_id, "position": i, **_reference_columns(r)}
        for i, r in enumerate(refs)
    ]


def _reference_columns(ref: Reference) -> Row:
    if isinstance(ref, CslItem):
        item = json.dumps(ref.data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        return {"text": ref.key, "item": item}
    return {"text": ref, "item": None}


def reference_of(row: Mapping[Any, Any]) -> Reference:
    item = row["item"]
    return CslItem(json.loads(item)) if item is not None else str(row["text"])


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
    ids = PrivateIdentifiers()
    if private is not None:
        ids = PrivateIdentifiers(**fields_of(parts.PRIVATE, private))
    return Patient(
        **fields_of(parts.PATIENT, p),
        history=[HistoryItem(**fields_of(parts.HISTORY, h)) for h in history],
        private=ids,
    )


def image_of(row: Mapping[Any, Any], data: bytes) -> Image:
    return Image(data=data, **fields_of(parts.IMAGE, row))


def event_of(row: Mapping[Any, Any], images: list[Image]) -> Event:
    e = Event(kind=row["kind"], date=PartialDate.parse(row["date"]), id=row["id"])
    for column in EVENT_COLUMNS:
        setattr(e, column, row[column])
    e.images = images
    return e


def assessment_of(row: Mapping[Any, Any]) -> Assessment:
    return Assessment(**fields_of(parts.ASSESSMENT, row))


def report_of(row: Mapping[Any, Any], references: list[Reference]) -> ReportText:
    return ReportText(**fields_of(parts.REPORT, row), references=references)


def regulatory_of(row: Mapping[Any, Any]) -> Regulatory:
    return Regulatory(**fields_of(parts.REGULATORY, row))


def outcome_of(row: Mapping[Any, Any]) -> CaseOutcome:
    return CaseOutcome(**fields_of(parts.OUTCOME, row))


def author_of(row: Mapping[Any, Any]) -> Author:
    return Author(**fields_of(parts.AUTHOR, row))


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
    references: list[Reference] = field(default_factory=list)
    authors: list[Mapping[Any, Any]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    regulatory: Mapping[Any, Any] | None = None
    outcome: Mapping[Any, Any] | None = None


def case_of(rows: CaseRows) -> Case:
    c = rows.case
    return Case(
        id=c["id"],
        key=c["file_key"],
        title=c["title"],
        index_date=date_of(c["index_date"]),
        created_at=c["created_at"],
        updated_at=c["updated_at"],
        version=c["version"],
        patient=patient_of(rows.patient, rows.private, rows.history),
        events=[event_of(e, rows.images.get(e["id"], [])) for e in rows.events],
        authors=[author_of(a) for a in rows.authors],
        keywords=list(rows.keywords),
        assessment=assessment_of(rows.assessment) if rows.assessment is not None else None,
        report=report_of(rows.report, rows.references) if rows.report is not None else None,
        regulatory=regulatory_of(rows.regulatory) if rows.regulatory is not None else None,
        outcome=outcome_of(rows.outcome) if rows.outcome is not None else None,
    )
