"""A synthetic case the project has not seen, written for the regulator's outputs: a
drug reaction in another organ, sex and country than the example, with every regulatory
field filled, no seriousness recorded (the key left out), a lab text result, a unit with
no UCUM code of its own spelling, month dates, a treatment of the reaction and a
concomitant drug."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from caselog.core.model import Case
from caselog.interchange.validation import case_from_dict

TODAY = dt.date(2026, 1, 1)

PRIVATE_WORDS = (  # what must never leave in a journal report or an anonymised export
    "K.M.",
    "Erika Beispiel",
    "Klinikum Beispielstadt",
    "Nephrologische Ambulanz",
    "Musterweg 12",
    "10115",
    "Berlin",
    "+49 30 1234567",
    "e.beispiel@example.org",
)

RAW: dict[str, Any] = {
    "id": "dress-allopurinol",
    "title": "DRESS after allopurinol in stage 4 chronic kidney disease",
    "patient": {
        "sex": "male",
        "age": 67,
        "initials": "K.M.",
        "weight_kg": 81.5,
        "kidney": {"ckd_stage": "4", "dialysis": "none", "cause": "hypertensive nephrosclerosis"},
        "history": [
            {"condition": "Gout", "since": "2015", "ongoing": True},
            {"condition": "arterial hypertension", "since": "2009-04", "notes": "on two drugs"},
        ],
    },
    "events": [
        {
            "kind": "medication",
            "date": "2023-05",
            "drug": "furosemide",
            "action": "start",
            "role": "concomitant",
            "dose": 40,
            "dose_unit": "mg",
            "frequency": "daily",
            "route": "oral",
        },
        {
            "kind": "medication",
            "date": "2025-01-10",
            "drug": "allopurinol",
            "action": "start",
            "role": "suspect",
            "dose": 100,
            "dose_unit": "mg",
            "frequency": "daily",
            "route": "oral",
            "indication": "gout",
            "batch": "AL-2291",
            "manufacturer": "Example Generics GmbH",
        },
        {
            "kind": "symptom",
            "date": "2025-02-14",
            "name": "generalised maculopapular rash",
            "severity": "severe",
            "notes": "Fever 38.9 °C, facial oedema.",
        },
        {
            "kind": "lab",
            "date": "2025-02-15",
            "test": "Eosinophils",
            "value": 1.9,
            "unit": "10^9/L",
            "ref_low": 0,
            "ref_high": 0.5,
            "loinc": "711-2",
        },
        {
            "kind": "lab",
            "date": "2025-02-15",
            "test": "ALT",
            "value": 240,
            "unit": "U/L",
            "ref_low": 7,
            "ref_high": 56,
            "loinc": "1742-6",
        },
        {
            "kind": "lab",
            "date": "2025-02-15",
            "test": "Creatinine",
            "value": 3.4,
            "unit": "mg per dL",
        },
        {"kind": "lab", "date": "2025-02-18", "test": "HHV-6 PCR", "text": "detected"},
        {
            "kind": "medication",
            "date": "2025-02-15",
            "drug": "allopurinol",
            "action": "stop",
            "role": "suspect",
            "reason": "suspected DRESS",
        },
        {
            "kind": "medication",
            "date": "2025-02-16",
            "drug": "prednisolone",
            "action": "start",
            "role": "treatment",
            "dose": 60,
            "dose_unit": "mg",
            "frequency": "daily",
        },
        {"kind": "procedure", "date": "2025-02-16", "name": "skin biopsy"},
        {"kind": "diagnosis", "date": "2025-02-20", "name": "DRESS", "status": "confirmed"},
        {"kind": "follow_up", "date": "2025-05", "summary": "Rash resolved; ALT normal."},
    ],
    "assessment": {
        "reaction": "Drug reaction with eosinophilia and systemic symptoms",
        "outcome": "recovering",
        "dechallenge": "positive",
        "rechallenge": "unknown",
        "naranjo": {"after_drug": "yes", "improved_on_stop": "yes", "alternative_causes": "no"},
        "who_umc": "probable",
    },
    "regulatory": {
        "report_type": "spontaneous",
        "submission": "initial",
        "country": "DE",
        "received_date": "2025-02-20",
        "reporter": {
            "qualification": "physician",
            "country": "DE",
            "name": "Erika Beispiel",
            "organisation": "Klinikum Beispielstadt",
            "department": "Nephrologische Ambulanz",
            "street": "Musterweg 12",
            "city": "Berlin",
            "postcode": "10115",
            "phone": "+49 30 1234567",
            "email": "e.beispiel@example.org",
        },
    },
}


def unseen_raw() -> dict[str, Any]:
    return copy.deepcopy(RAW)


def unseen_case(**changes: Any) -> Case:
    """The case, read as the case file reader reads it; ``changes`` replace top-level keys
    of its case-file object (``assessment=...``)."""
    raw = unseen_raw()
    raw.update(changes)
    return case_from_dict(raw, today=TODAY)


def case_file(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "caselog", "version": 1, "cases": list(cases)}
