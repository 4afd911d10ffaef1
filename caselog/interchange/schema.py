"""The shape of the case file, version 1 (spec/case-format.md): keys in the spec's order.

The reader checks against these and the writer writes keys in this order. The keys of the
patient, kidney, history, author, image, assessment, report and consent come from the one
description of their fields (``caselog.core.parts``), those of events from
``caselog.core.fields``.
"""

from __future__ import annotations

from caselog.core import fields, parts

FORMAT = "caselog"
VERSION = 1
MAX_AGE = 130

TOP_KEYS = ("format", "version", "cases", "series")
CASE_KEYS = (
    "id",
    "title",
    "authors",
    "keywords",
    "patient",
    "index_date",
    "events",
    "assessment",
    "outcome",
    "report",
    "regulatory",
)
AUTHOR_KEYS = parts.AUTHOR.keys
PATIENT_KEYS = parts.PATIENT.keys
KIDNEY_KEYS = parts.KIDNEY.keys
HISTORY_KEYS = parts.HISTORY.keys
EVENT_COMMON_KEYS = ("kind", "date", "notes")
IMAGE_KEYS = (*parts.IMAGE.keys, "frame")  # ``frame``: read (a DICOM file's slice), never written
ASSESSMENT_KEYS = parts.ASSESSMENT.keys
REPORT_KEYS = parts.REPORT.keys
REPORT_TEXT_KEYS = tuple(f.name for f in parts.REPORT.fields if f.holds == parts.TEXT)
CONSENT_KEYS = parts.CONSENT.keys
REGULATORY_KEYS = parts.REGULATORY.keys
REPORTER_KEYS = parts.REPORTER.keys
OUTCOME_KEYS = parts.OUTCOME.keys
SERIES_KEYS = ("id", "title", "cases", "introduction", "discussion", "conclusion", "references")

# How each event field is read, beyond kind/date/notes (caselog.core.fields): "text",
# "number" (any finite), "amount" (finite, not negative), "images", or a closed vocabulary.
EVENT_FIELD_TYPES: dict[str, str | tuple[str, ...]] = {
    f.name: f.vocabulary if f.read == fields.CHOICE else f.read
    for f in fields.VALUE_FIELDS
    if f not in fields.COMMON
}
EVENT_KEYS = {
    kind: (*EVENT_COMMON_KEYS, *required, *optional)
    for kind, (required, optional) in fields.EVENT_FIELDS.items()
}
