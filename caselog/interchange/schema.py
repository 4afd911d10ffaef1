"""The shape of the case file, version 1 (spec/case-format.md): keys in the spec's order.

The reader checks against these and the writer writes keys in this order.
"""

from __future__ import annotations

from caselog.core import fields

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
    "report",
)
AUTHOR_KEYS = ("name", "degrees", "affiliation", "email", "corresponding")
PATIENT_KEYS = (
    "label",
    "sex",
    "age",
    "birth_date",
    "name",
    "mrn",
    "weight_kg",
    "height_cm",
    "kidney",
    "history",
)
KIDNEY_KEYS = ("ckd_stage", "dialysis", "dialysis_since", "cause")
HISTORY_KEYS = ("condition", "since", "ongoing", "notes")
EVENT_COMMON_KEYS = ("kind", "date", "notes")
IMAGE_KEYS = ("path", "caption", "panel")
ASSESSMENT_KEYS = (
    "reaction",
    "onset_date",
    "seriousness",
    "outcome",
    "dechallenge",
    "rechallenge",
    "naranjo",
    "who_umc",
)
REPORT_TEXT_KEYS = (
    "introduction",
    "case_presentation",
    "discussion",
    "conclusion",
    "patient_perspective",
    "acknowledgments",
)
REPORT_KEYS = (*REPORT_TEXT_KEYS, "references", "consent")
CONSENT_KEYS = ("obtained", "notes")
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
