"""A clinical case as plain Python objects: what the store, the reports and the window share.

No Qt, no SQL. Field names follow spec/case-format.md so that the case file, the store and
the forms speak one language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from caselog.core.dates import PartialDate
from caselog.core.figure import Annotation, Crop, PixelSource, Window
from caselog.core.summary import CaseSummary as CaseSummary  # its own module: the list's alone


@dataclass
class Author:
    name: str
    degrees: str | None = None
    affiliation: str | None = None
    email: str | None = None
    corresponding: bool = False


@dataclass
class Kidney:
    ckd_stage: str | None = None
    dialysis: str | None = None
    dialysis_since: PartialDate | None = None
    cause: str | None = None


@dataclass
class HistoryItem:
    condition: str
    since: PartialDate | None = None
    ongoing: bool | None = None
    notes: str | None = None


@dataclass
class PrivateIdentifiers:
    """Identifiers of the patient: stored and shown in the app, never in a report."""

    name: str | None = None
    mrn: str | None = None
    birth_date: PartialDate | None = None
    initials: str | None = None  # printed on a regulator's form (CIOMS I box 1) only

    def is_empty(self) -> bool:
        return (
            self.name is None
            and self.mrn is None
            and self.birth_date is None
            and self.initials is None
        )


@dataclass
class Patient:
    sex: str
    label: str | None = None
    age: int | None = None
    weight_kg: float | None = None
    height_cm: float | None = None
    kidney: Kidney | None = None
    history: list[HistoryItem] = field(default_factory=list)
    private: PrivateIdentifiers = field(default_factory=PrivateIdentifiers)

    @property
    def display_label(self) -> str:
        return self.label or "the patient"


@dataclass
class Image:
    """An image of an imaging event. ``data`` holds the (metadata-free) bytes.

    ``sha256`` is the content address in the store; ``filename`` the name it had on the
    way in (used for export).
    """

    data: bytes
    media_type: str  # "image/png" or "image/jpeg"
    sha256: str = ""
    filename: str | None = None
    caption: str | None = None
    panel: str | None = None
    width: int | None = None
    height: int | None = None
    # the figure it makes (caselog.core.figure): non-destructive, the pixels stay as stored
    window: Window | None = None
    crop: Crop | None = None
    annotations: list[Annotation] = field(default_factory=list)
    source: PixelSource | None = None  # what a DICOM file told of its pixels
    marks_accepted: bool = False  # the author judged the burned-in text warning a false alarm


@dataclass
class Event:
    """One timeline event. Only the fields of its kind are set: ``caselog.core.fields``
    describes each field (a test holds this class to that description)."""

    kind: str
    date: PartialDate
    notes: str | None = None
    id: int | None = None
    # medication
    drug: str | None = None
    action: str | None = None
    role: str | None = None
    dose: float | None = None
    dose_unit: str | None = None
    route: str | None = None
    frequency: str | None = None
    indication: str | None = None
    reason: str | None = None
    # symptom, finding, procedure, diagnosis
    name: str | None = None
    severity: str | None = None
    status: str | None = None
    # lab
    test: str | None = None
    value: float | None = None
    text: str | None = None  # lab text result, or the text of a note
    unit: str | None = None
    ref_low: float | None = None
    ref_high: float | None = None
    loinc: str | None = None
    specimen: str | None = None
    # imaging
    modality: str | None = None
    findings: str | None = None
    region: str | None = None
    impression: str | None = None
    images: list[Image] = field(default_factory=list)
    # follow_up
    summary: str | None = None
    # medication, for a regulator's form: the product's lot and its maker
    batch: str | None = None
    manufacturer: str | None = None

    @property
    def effective_role(self) -> str | None:
        if self.kind != "medication":
            return None
        return self.role or "concomitant"

    @property
    def effective_status(self) -> str | None:
        if self.kind != "diagnosis":
            return None
        return self.status or "confirmed"


@dataclass
class Assessment:
    reaction: str
    onset_date: PartialDate | None = None
    seriousness: list[str] | None = None  # None: not recorded; []: not serious
    outcome: str | None = None
    dechallenge: str | None = None
    rechallenge: str | None = None
    naranjo: dict[str, str] = field(default_factory=dict)
    who_umc: str | None = None


@dataclass
class CaseOutcome:
    """The outcome of any case and its follow-up, as the clinician records them (CARE item
    10). ``category`` takes the ICH E2B E.i.7 words; for a suspected drug reaction it is
    not recorded here but as the reaction's outcome (``Assessment.outcome``), so that it is
    entered once: ``Case.outcome_category`` reads the one that applies."""

    category: str | None = None
    date: PartialDate | None = None  # when the outcome was last assessed (the last follow-up)
    follow_up: str | None = None  # follow-up and outcome in the clinician's words

    def is_empty(self) -> bool:
        return self.category is None and self.date is None and self.follow_up is None


@dataclass
class Reporter:
    """Who reports the reaction to a regulator (ICH E2B(R3) C.2.r). Everything but the
    qualification and the country is private: shown in the window, printed on a
    regulator's form only, never in a journal report or an anonymised export."""

    qualification: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    name: str | None = None
    organisation: str | None = None
    department: str | None = None
    street: str | None = None
    city: str | None = None
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class Regulatory:
    """What a regulator's report asks that the clinical record does not hold (CIOMS I,
    MedWatch 3500, E2B(R3)): each absent value is printed as not recorded."""

    report_type: str | None = None  # E2B C.1.3
    submission: str | None = None  # initial or follow-up (CIOMS I 25a)
    country: str | None = None  # where the reaction occurred, ISO 3166-1 alpha-2
    received_date: PartialDate | None = None  # first received from the source (E2B C.1.4)
    reporter: Reporter | None = None


@dataclass
class Consent:
    obtained: bool | None = None
    notes: str | None = None


@dataclass(frozen=True)
class CslItem:
    """A structured reference: one CSL-JSON object, its ``id`` the key ``[@id]`` cites
    (docs/case-format.md: References; validated by ``caselog.references.items``)."""

    data: dict[str, Any]

    @property
    def key(self) -> str:
        return str(self.data["id"])


Reference = str | CslItem  # a formatted reference as typed, or a CSL-JSON item


@dataclass
class ReportText:
    introduction: str | None = None
    case_presentation: str | None = None
    discussion: str | None = None
    conclusion: str | None = None
    patient_perspective: str | None = None
    acknowledgments: str | None = None
    references: list[Reference] = field(default_factory=list)
    consent: Consent | None = None
    competing_interests: str | None = None  # the authors' own statement, printed as written
    funding: str | None = None
    ethics: str | None = None  # ethics approval or exemption, as the authors word it


@dataclass
class Case:
    title: str
    patient: Patient
    events: list[Event] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    index_date: PartialDate | None = None
    assessment: Assessment | None = None
    report: ReportText | None = None
    regulatory: Regulatory | None = None
    outcome: CaseOutcome | None = None  # follow-up and outcome of the case (any case)
    id: int | None = None  # database id
    key: str | None = None  # the case file's `id`
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    # the stored version (caselog/store/services/_versions.py): pass it back with a write
    # so that a change made meanwhile by someone else is not overwritten
    version: int | None = field(default=None, compare=False)

    def timeline(self) -> list[Event]:
        """Events sorted by date, stable for equal dates."""
        return sorted(self.events, key=lambda e: e.date.sort_key())

    def effective_index_date(self) -> PartialDate | None:
        """Day 0: the explicit index date; else the first start of a suspect drug; else the
        earliest event (spec/case-format.md)."""
        if self.index_date is not None:
            return self.index_date
        ordered = self.timeline()
        for e in ordered:
            if e.kind == "medication" and e.action == "start" and e.effective_role == "suspect":
                return e.date
        return ordered[0].date if ordered else None

    def outcome_category(self) -> str | None:
        """The case's outcome: a drug reaction's is the reaction's (the assessment's), any
        other case's its own outcome's category; None when not recorded."""
        if self.assessment is not None:
            return self.assessment.outcome
        return self.outcome.category if self.outcome is not None else None

    def suspect_drugs(self) -> list[str]:
        seen: list[str] = []
        for e in self.timeline():
            if e.kind == "medication" and e.effective_role == "suspect" and e.drug:
                if e.drug not in seen:
                    seen.append(e.drug)
        return seen


@dataclass
class Series:
    title: str
    case_ids: list[int] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    introduction: str | None = None
    methods: str | None = None
    discussion: str | None = None
    conclusion: str | None = None
    references: list[str] = field(default_factory=list)
    id: int | None = None
    key: str | None = None  # the case file's series `id`
    case_keys: list[str] = field(default_factory=list)  # as named in a case file
