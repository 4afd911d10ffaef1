"""The case as an HL7 FHIR R4 Bundle (JSON), from the regulator's facts of the record
(``caselog.clinical.regulatory``): a ``collection`` of

- Patient: sex and nothing that identifies (no name, record number, initials, birth date);
- AdverseEvent: the reaction, its date, seriousness and outcome when recorded, each suspect
  drug as a suspect entity with its causality: the WHO-UMC category and the Naranjo result;
- MedicationStatement per course of a drug, MedicationAdministration per recorded dose;
- Observation per laboratory result (LOINC when recorded, UCUM units when the unit has a
  UCUM code, the unit as written otherwise);
- Procedure per procedure, Condition per history item, diagnosis and the kidney disease.

Plain dicts: FHIR's models are not needed to write it (the tests validate it with the
``fhir.resources`` R4B models). Every element comes from a recorded fact; a status FHIR
requires and the record does not hold is ``unknown``.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from caselog.clinical.regulatory import Drug, Facts, Lab
from caselog.clinical.ucum import SYSTEM as UCUM
from caselog.clinical.ucum import ucum
from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.core.vocab import label

TERMINOLOGY = "http://terminology.hl7.org/CodeSystem"
LOINC = "http://loinc.org"
MEDDRA = "http://terminology.hl7.org/CodeSystem/mdr"
# UMC's own URI for the Drug Code (its IDMP FHIR guide); HL7's terminology has none.
WHODRUG = "https://who-umc.org/whodrug/CodeSystem/drugcode"
GENDER = {"female": "female", "male": "male", "other": "other"}
OUTCOME = {
    "recovered": "resolved",
    "recovering": "recovering",
    "not_recovered": "ongoing",
    "recovered_with_sequelae": "resolvedWithSequelae",
    "fatal": "fatal",
    "unknown": "unknown",
}
WHO_UMC = {  # R4's causality assessment codes are the WHO-UMC categories
    "certain": "Certain",
    "probable": "Probably-Likely",
    "possible": "Possible",
    "unlikely": "Unlikely",
    "conditional": "Conditional-Classified",
    "unassessable": "Unassessable-Unclassifiable",
}
VERIFICATION = {"suspected": "provisional", "confirmed": "confirmed", "ruled_out": "refuted"}


def _date(d: PartialDate | None) -> str | None:
    return None if d is None else d.isoformat()


def _concept(text: str, coding: list[dict[str, str]] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"text": text}
    if coding:
        out["coding"] = coding
    return out


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != {}}


class _Bundle:
    def __init__(self, f: Facts) -> None:
        self.key = f"caselog:{f.case.id if f.case.id is not None else f.case.key}"
        self.entries: list[dict[str, Any]] = []

    def add(self, resource: dict[str, Any], name: str) -> str:
        rid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.key}:{name}"))
        resource = {"resourceType": resource.pop("resourceType"), "id": rid, **resource}
        url = f"urn:uuid:{rid}"
        self.entries.append({"fullUrl": url, "resource": _compact(resource)})
        return url


def build(f: Facts) -> dict[str, Any]:
    """The Bundle of ``f`` as JSON-ready dicts."""
    b = _Bundle(f)
    patient = b.add({"resourceType": "Patient", "gender": GENDER.get(f.sex or "")}, "patient")
    subject = {"reference": patient}
    statements: dict[int, str] = {}
    for n, d in enumerate([*f.suspects, *f.concomitants, *f.treatments]):
        statements[n] = b.add(_statement(d, subject), f"statement-{n}")
        for i, e in enumerate(x for x in d.events if x.dose is not None):
            b.add(_administration(d, e, subject), f"administration-{n}-{i}")
    suspects = [statements[n] for n in range(len(f.suspects))]
    if f.reaction is not None:
        b.add(_adverse_event(f, subject, suspects), "adverse-event")
    for i, lab in enumerate(f.labs):
        b.add(_observation(lab, subject), f"lab-{i}")
    for i, e in enumerate(f.clinical):
        if e.kind == "procedure":
            b.add(_procedure(e, subject), f"procedure-{i}")
        elif e.kind == "diagnosis":
            b.add(_diagnosis(e, subject), f"diagnosis-{i}")
    for i, (item, term) in enumerate(f.history):
        coding = _meddra(term.coded)
        resource = {
            "resourceType": "Condition",
            "category": [_concept("Medical history")],
            "code": _concept(item.condition, coding),
            "subject": subject,
            "onsetDateTime": _date(item.since),
            "clinicalStatus": _clinical_status(item.ongoing),
            "note": [{"text": item.notes}] if item.notes else None,
        }
        b.add(resource, f"history-{i}")
    for i, text in enumerate(f.kidney):
        b.add({"resourceType": "Condition", "code": _concept(text), "subject": subject},
              f"kidney-{i}")  # fmt: skip
    return {"resourceType": "Bundle", "type": "collection", "entry": b.entries}


def dumps(f: Facts) -> str:
    return json.dumps(build(f), indent=2, ensure_ascii=False) + "\n"


def _meddra(coded: Any) -> list[dict[str, str]] | None:
    if coded is None:
        return None
    return [
        {"system": MEDDRA, "version": coded.version, "code": coded.llt_code,
         "display": coded.llt_name},
        {"system": MEDDRA, "version": coded.version, "code": coded.pt_code,
         "display": coded.pt_name},
    ]  # fmt: skip


def _medication(d: Drug) -> dict[str, Any]:
    """The drug as reported, with its WHODrug Drug Code when its name is a WHODrug name."""
    if d.coded is None:
        return _concept(d.name)
    c = d.coded
    coding = {"system": WHODRUG, "version": c.version, "code": c.drug_code,
              "display": c.drug_name}  # fmt: skip
    return _concept(d.name, [coding])


def _clinical_status(ongoing: bool | None) -> dict[str, Any] | None:
    if ongoing is None:
        return None
    code = "active" if ongoing else "inactive"
    system = f"{TERMINOLOGY}/condition-clinical"
    return {"coding": [{"system": system, "code": code}]}


def _period(d: Drug) -> dict[str, str] | None:
    period = _compact({"start": _date(d.start), "end": _date(d.stop)})
    return period or None


def _statement(d: Drug, subject: dict[str, str]) -> dict[str, Any]:
    dosage = _compact(
        {
            "text": d.dosage(),
            "route": _concept(", ".join(d.routes)) if d.routes else None,
        }
    )
    notes = [f"batch/lot {b}" for b in d.batches] + [f"manufacturer {m}" for m in d.manufacturers]
    return {
        "resourceType": "MedicationStatement",
        "status": "stopped" if d.stop is not None else "unknown",
        "medicationCodeableConcept": _medication(d),
        "subject": subject,
        "effectivePeriod": _period(d),
        "reasonCode": [_concept(i) for i in d.indications],
        "dosage": [dosage] if dosage else None,
        "note": [{"text": n} for n in notes],
        "category": _concept(f"{d.role} drug"),
    }


def _quantity(value: float, unit: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"value": value}
    if unit:
        out["unit"] = unit
        code = ucum(unit)
        if code is not None:
            out["system"] = UCUM
            out["code"] = code
    return out


def _administration(d: Drug, e: Event, subject: dict[str, str]) -> dict[str, Any]:
    assert e.dose is not None
    dosage = _compact(
        {
            "dose": _quantity(e.dose, e.dose_unit),
            "route": _concept(e.route) if e.route else None,
        }
    )
    return {
        "resourceType": "MedicationAdministration",
        "status": "completed",  # a dose the record holds as given
        "medicationCodeableConcept": _medication(d),
        "subject": subject,
        "effectiveDateTime": e.date.isoformat(),
        "dosage": dosage,
    }


def _adverse_event(f: Facts, subject: dict[str, str], suspects: list[str]) -> dict[str, Any]:
    assert f.reaction is not None
    causality: list[dict[str, Any]] = []
    if f.who_umc:
        causality.append(
            {
                "assessment": {
                    "coding": [{"system": f"{TERMINOLOGY}/adverse-event-causality-assess",
                                "code": WHO_UMC[f.who_umc]}],
                    "text": f"WHO-UMC: {label(f.who_umc)}",
                },
                "method": _concept("WHO-UMC system"),
            }
        )  # fmt: skip
    if f.naranjo_score is not None:
        causality.append(
            {
                "assessment": _concept(f"Naranjo: {f.naranjo_band}"),
                "productRelatedness": f"Naranjo score {f.naranjo_score}",
                "method": {
                    "coding": [{"system": f"{TERMINOLOGY}/adverse-event-causality-method",
                                "code": "ProbabilityScale"}],
                    "text": "Naranjo adverse drug reaction probability scale",
                },
            }
        )  # fmt: skip
    serious = None
    if f.serious_recorded and not f.criteria:  # recorded as not serious
        serious = {
            "coding": [{"system": f"{TERMINOLOGY}/adverse-event-seriousness",
                        "code": "non-serious"}],
            "text": "not serious",
        }  # fmt: skip
    elif f.serious_recorded:  # criteria recorded: serious; not recorded: left out
        serious = {
            "coding": [{"system": f"{TERMINOLOGY}/adverse-event-seriousness", "code": "serious"}],
            "text": "serious: " + ", ".join(label(s) for s in f.criteria),
        }
    outcome = None
    if f.outcome is not None:
        system = f"{TERMINOLOGY}/adverse-event-outcome"
        outcome = {"coding": [{"system": system, "code": OUTCOME[f.outcome]}]}
    return {
        "resourceType": "AdverseEvent",
        "actuality": "actual",
        "event": _concept(f.reaction.text, _meddra(f.reaction.coded)),
        "subject": subject,
        "date": _date(f.onset),
        "seriousness": serious,
        "outcome": outcome,
        "suspectEntity": [
            _compact({"instance": {"reference": s}, "causality": causality or None})
            for s in suspects
        ],
    }


def _observation(lab: Lab, subject: dict[str, str]) -> dict[str, Any]:
    coding = [{"system": LOINC, "code": lab.loinc}] if lab.loinc else None
    ranges = _compact(
        {
            "low": _quantity(lab.ref_low, lab.unit) if lab.ref_low is not None else None,
            "high": _quantity(lab.ref_high, lab.unit) if lab.ref_high is not None else None,
        }
    )
    return {
        "resourceType": "Observation",
        "status": "unknown",  # the record does not say whether a result was final
        "category": [
            {"coding": [{"system": f"{TERMINOLOGY}/observation-category", "code": "laboratory"}]}
        ],  # fmt: skip
        "code": _concept(lab.test, coding),
        "subject": subject,
        "effectiveDateTime": lab.date.isoformat(),
        "valueQuantity": _quantity(lab.value, lab.unit) if lab.value is not None else None,
        "valueString": lab.result if lab.value is None else None,
        "referenceRange": [ranges] if ranges else None,
    }


def _procedure(e: Event, subject: dict[str, str]) -> dict[str, Any]:
    return {
        "resourceType": "Procedure",
        "status": "completed",  # the record holds it as done on its date
        "code": _concept(e.name or ""),
        "subject": subject,
        "performedDateTime": e.date.isoformat(),
        "note": [{"text": e.notes}] if e.notes else None,
    }


def _diagnosis(e: Event, subject: dict[str, str]) -> dict[str, Any]:
    status = e.effective_status or "confirmed"
    system = f"{TERMINOLOGY}/condition-ver-status"
    return {
        "resourceType": "Condition",
        "verificationStatus": {"coding": [{"system": system, "code": VERIFICATION[status]}]},
        "category": [_concept("Diagnosis")],
        "code": _concept(e.name or ""),
        "subject": subject,
        "recordedDate": e.date.isoformat(),
        "note": [{"text": e.notes}] if e.notes else None,
    }
