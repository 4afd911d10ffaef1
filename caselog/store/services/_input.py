"""What the services hold user input to: the case file's own rules
(``caselog.interchange.validation``, docs/case-format.md), run on the model objects the
window or a script hands a service, so that nothing is stored that a case file would refuse
(a control character in a title, a lab with both a value and a text, an age the birth date
contradicts, a text past its limit). ``ValidationError`` (nothing written) names the field.

One exception, said in docs/case-format.md: a case in the window may have no event yet
(a new case starts so); a case file's case has at least one. Undo, redo and a restored
deletion put back what was stored, and are not checked again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    Event,
    Image,
    Patient,
    Regulatory,
    ReportText,
)
from caselog.interchange.encode import (
    Encoder,
    assessment_to_dict,
    author_to_dict,
    case_to_dict,
    event_to_dict,
    patient_to_dict,
    regulatory_to_dict,
    report_to_dict,
)
from caselog.interchange.errors import CaseFileError, Issue, ValidationError
from caselog.interchange.validation import (
    assessment_from_dict,
    author_from_dict,
    case_from_dict,
    event_from_dict,
    patient_from_dict,
    regulatory_from_dict,
    report_from_dict,
)


class _Images:
    """Stands each image in for a path and back, so that the validator resolves the image
    objects in hand (no file is read)."""

    def __init__(self) -> None:
        self.held: dict[str, Image] = {}

    def path(self, image: Image) -> str:
        token = f"image-{len(self.held)}"
        self.held[token] = image
        return token

    def __call__(self, token: str) -> Image:
        return self.held[token]


def check_case(
    case: Case, *, today: dt.date | None = None, where: str = "case", in_progress: bool = True
) -> None:
    """A new case, whole (``in_progress``: it may have no event yet)."""
    images = _Images()
    raw = case_to_dict(case, case.key, Encoder(images.path))
    case_from_dict(raw, where=where, today=today, images=images, in_progress=in_progress)


def check_exportable(cases: Sequence[Case]) -> None:
    """Each case as a case file holds it (at least one event, an age its birth date gives
    at day 0...), so that every file caselog writes reads back: ValidationError naming the
    case (by its id) and the field, before anything is written."""
    issues: list[Issue] = []
    for case in cases:
        try:
            check_case(case, where=f"case {case.id}", in_progress=False)
        except CaseFileError as exc:
            issues += exc.issues
    if issues:
        raise ValidationError(issues)


def check_parts(
    *,
    assessment: Assessment | None = None,
    report: ReportText | None = None,
    authors: Sequence[Author] = (),
    keywords: Sequence[str] = (),
    regulatory: Regulatory | None = None,
    birth: PartialDate | None = None,
) -> None:
    """The parts a service sets beside the patient and the timeline."""
    enc = Encoder(lambda image: "")
    if assessment is not None:
        assessment_from_dict(assessment_to_dict(assessment, enc), birth_date=birth)
    if report is not None:
        report_from_dict(report_to_dict(report, enc))
    for author in authors:
        author_from_dict(author_to_dict(author))
    if keywords:
        check_case(replace(_BLANK, keywords=list(keywords)))
    if regulatory is not None:
        regulatory_from_dict(regulatory_to_dict(regulatory, enc))


_BLANK = Case(title="-", patient=Patient(sex="unknown", age=0))


def check_title(title: str) -> None:
    check_case(replace(_BLANK, title=title))


def check_patient(
    patient: Patient, index_date: PartialDate | None, *, today: dt.date | None = None
) -> None:
    """A patient, its age held to its birth date at the case's day 0 ``index_date``."""
    raw = patient_to_dict(patient, Encoder(lambda image: ""))
    patient_from_dict(raw, where="patient", today=today, index_date=index_date)


def check_event(
    event: Event,
    birth: PartialDate | None,
    *,
    today: dt.date | None = None,
) -> None:
    """An event added or changed, held to the rules of one event (the forms also hold it
    to those across the timeline, a stop after its start: ``event_in_case_from_dict``; quick
    add may stop a drug by its brand name, which that rule does not know, so the store
    does not refuse it, and an export names it)."""
    images = _Images()
    raw = event_to_dict(event, Encoder(images.path))
    event_from_dict(raw, where="event", birth_date=birth, today=today, images=images)
