"""The shape of the case file, version 1 (spec/case-format.md): keys in the spec's order.

The reader checks against these and the writer writes keys in this order.
"""

from __future__ import annotations

from caselog.core import vocab

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

# How each event field is read, beyond kind/date/notes: "text", "number" (any finite),
# "amount" (finite, not negative), "images", or a closed vocabulary.
EVENT_FIELD_TYPES: dict[str, str | tuple[str, ...]] = {
    "drug": "text",
    "action": vocab.MED_ACTIONS,
    "role": vocab.MED_ROLES,
    "dose": "amount",
    "dose_unit": "text",
    "route": "text",
    "frequency": "text",
    "indication": "text",
    "reason": "text",
    "name": "text",
    "severity": vocab.SEVERITIES,
    "status": vocab.DIAGNOSIS_STATUS,
    "test": "text",
    "value": "number",
    "text": "text",
    "unit": "text",
    "ref_low": "number",
    "ref_high": "number",
    "loinc": "text",
    "specimen": "text",
    "modality": vocab.MODALITIES,
    "findings": "text",
    "region": "text",
    "impression": "text",
    "images": "images",
    "summary": "text",
}
EVENT_KEYS = {
    kind: (*EVENT_COMMON_KEYS, *required, *optional)
    for kind, (required, optional) in vocab.EVENT_FIELDS.items()
}
