"""The closed vocabularies of the case file (spec/case-format.md), with readable labels."""

from __future__ import annotations

SEXES = ("female", "male", "other", "unknown")
CKD_STAGES = ("1", "2", "3a", "3b", "4", "5", "5D")
DIALYSIS = ("none", "hemodialysis", "peritoneal")
EVENT_KINDS = (
    "medication",
    "symptom",
    "finding",
    "lab",
    "imaging",
    "procedure",
    "diagnosis",
    "follow_up",
    "note",
)
MED_ACTIONS = ("start", "dose", "change", "stop")
MED_ROLES = ("suspect", "concomitant", "treatment")
SEVERITIES = ("mild", "moderate", "severe", "life_threatening")
MODALITIES = ("CT", "MRI", "X-ray", "DXA", "ultrasound", "PET", "scintigraphy", "other")
DIAGNOSIS_STATUS = ("suspected", "confirmed", "ruled_out")
SERIOUSNESS = (
    "death",
    "life_threatening",
    "hospitalization",
    "disability",
    "congenital_anomaly",
    "other_medically_important",
)
OUTCOMES = (
    "recovered",
    "recovering",
    "not_recovered",
    "recovered_with_sequelae",
    "fatal",
    "unknown",
)
DECHALLENGE = ("positive", "negative", "unknown", "not_applicable")
RECHALLENGE = ("positive", "negative", "not_done", "unknown")
NARANJO_ANSWERS = ("yes", "no", "unknown")
NARANJO_KEYS = (
    "previous_reports",
    "after_drug",
    "improved_on_stop",
    "reappeared_on_readministration",
    "alternative_causes",
    "placebo_reaction",
    "toxic_concentration",
    "dose_response",
    "previous_similar_reaction",
    "objective_evidence",
)
# Reporting to a regulator (ICH E2B(R3) C.1.3, C.2.r.4; CIOMS I box 25a)
REPORT_TYPES = ("spontaneous", "study", "other", "not_available")
SUBMISSIONS = ("initial", "follow_up")
QUALIFICATIONS = (
    "physician",
    "pharmacist",
    "other_health_professional",
    "lawyer",
    "consumer",
)
# What caselog writes for a regulator: forms (caselog report --template) and messages
# (caselog export --format)
REGULATORY_FORMS = ("cioms", "medwatch")
REGULATORY_FORMATS = ("e2b", "fhir")
WHO_UMC = ("certain", "probable", "possible", "unlikely", "conditional", "unassessable")

KIND_LABELS = {
    "medication": "Medication",
    "symptom": "Symptom",
    "finding": "Finding",
    "lab": "Laboratory",
    "imaging": "Imaging",
    "procedure": "Procedure",
    "diagnosis": "Diagnosis",
    "follow_up": "Follow-up",
    "note": "Note",
}


def label(value: str) -> str:
    """A vocabulary value as a person reads it: ``ruled_out`` -> ``ruled out``."""
    return value.replace("_", " ")
