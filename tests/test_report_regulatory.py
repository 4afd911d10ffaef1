"""The regulator's outputs over the plain facts of a case: the CIOMS I and MedWatch 3500
forms, the E2B(R3) message and the FHIR R4 Bundle (no database)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from lxml import etree
from pydantic import ValidationError
from pypdf import PdfReader

from caselog.clinical.coding import MedDRA, WHODrug
from caselog.clinical.regulatory import Facts, facts_of
from caselog.core.model import Case
from caselog.interchange import e2b, fhir
from caselog.report.regulatory import render_form
from caselog.report.regulatory.cioms import cioms_form, seriousness_cell
from caselog.report.regulatory.common import dd_mmm_yyyy
from caselog.report.regulatory.form import Form
from caselog.report.regulatory.medwatch import medwatch_form
from tests.examples import load_example
from tests.meddra_fixture import VERSION, write_meddra
from tests.regulatory_cases import unseen_case, unseen_raw
from tests.whodrug_fixture import DD, dd_line, write_whodrug
from tests.whodrug_fixture import VERSION as WHODRUG_VERSION


def unseen_case_assessment() -> dict[str, Any]:
    assessment: dict[str, Any] = unseen_raw()["assessment"]
    return assessment


NS = {"h": e2b.HL7}
MADE = dt.date(2026, 1, 5)


def _facts(case: Case, meddra: MedDRA | None = None, whodrug: WHODrug | None = None) -> Facts:
    return facts_of(case, meddra=meddra, whodrug=whodrug, today=MADE)


def _whodrug(folder: Path, *, without: str | None = None) -> WHODrug:
    """The synthetic WHODrug distribution, ``without`` one of its names when given."""
    rows = [r for r in DD if r[4] != without]
    return WHODrug.load(write_whodrug(folder, dd=[dd_line(*r) for r in rows]))


def _pdf(facts: Facts, template: str) -> tuple[int, str]:
    out = io.BytesIO()
    pages = render_form(facts, template, out, invariant=True)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    return pages, " ".join(text.split())


def _cell(form: Form, number: str) -> Any:
    return next(c for row in form.rows for c in row.cells if c.number == number)


CASES: dict[str, Callable[[], Case]] = {"example": load_example, "unseen": unseen_case}


# ---------------------------------------------------------------- the forms


@pytest.mark.parametrize("name", CASES)
def test_the_cioms_form_carries_its_boxes_filled_from_the_record(name: str) -> None:
    case = CASES[name]()
    pages, text = _pdf(_facts(case), "cioms")
    assert pages >= 1
    for box in ("1. PATIENT INITIALS", "1a. COUNTRY", "2a. AGE", "4-6. REACTION ONSET",
                "7 + 13. DESCRIBE REACTION", "8-12. CHECK ALL APPROPRIATE", "14. SUSPECT DRUG",
                "15. DAILY DOSE", "16. ROUTE", "17. INDICATION", "18. THERAPY DATES",
                "19. THERAPY DURATION", "20. DID REACTION ABATE", "21. DID REACTION REAPPEAR",
                "22. CONCOMITANT DRUG", "23. OTHER RELEVANT HISTORY", "24a. NAME AND ADDRESS",
                "25a. REPORT TYPE", "DATE OF THIS REPORT"):  # fmt: skip
        assert box in text, box
    assert "05 JAN 2026" in text  # the date of this report
    for drug in case.suspect_drugs():
        assert drug in text


def test_the_unseen_case_prints_its_regulatory_facts_on_the_cioms_form() -> None:
    _, text = _pdf(_facts(unseen_case()), "cioms")
    for fact in ("K.M.", "DE", "67", "male", "14 FEB 2025", "allopurinol (batch/lot AL-2291;",
                 "100 mg, daily", "oral", "gout", "10 JAN 2025 to 15 FEB 2025",
                 "furosemide: MAY 2023 to no stop recorded", "Erika Beispiel", "+49 30 1234567",
                 "WHO-UMC probable"):  # fmt: skip
        assert fact in text, fact


def test_seriousness_never_recorded_ticks_no_box_and_says_so() -> None:
    facts = _facts(unseen_case())  # it records no seriousness
    cell = seriousness_cell(facts)
    assert not any(ticked for _, ticked in cell.checks)
    assert cell.lines == ["Seriousness: not recorded"]
    example = seriousness_cell(_facts(load_example()))
    ticked = {text for text, on in example.checks if on}
    assert ticked == {"INVOLVED OR PROLONGED INPATIENT HOSPITALISATION",
                      "OTHER MEDICALLY IMPORTANT CONDITION"}  # fmt: skip
    assert example.lines == []
    assert "not serious" not in _pdf(facts, "cioms")[1].lower()


def test_seriousness_recorded_as_none_met_says_not_serious_in_every_output() -> None:
    raw_assessment = dict(unseen_case_assessment())
    raw_assessment["seriousness"] = []  # assessed: no criterion met
    case = unseen_case(assessment=raw_assessment)
    facts = _facts(case)
    cell = seriousness_cell(facts)
    assert not any(ticked for _, ticked in cell.checks)
    assert cell.lines == ["Not serious (recorded: no criterion met)"]
    for code, _ in e2b.SERIOUSNESS:
        assert _values(_e2b(case), code)[0].get("value") == "false"
    [event] = _resources(fhir.build(facts), "AdverseEvent")
    assert event["seriousness"]["coding"][0]["code"] == "non-serious"
    # and never recorded stays "not recorded" (the unseen case leaves the key out)
    assert seriousness_cell(_facts(unseen_case())).lines == ["Seriousness: not recorded"]


def test_dechallenge_and_rechallenge_tick_only_what_is_recorded() -> None:
    form = cioms_form(_facts(unseen_case()))
    assert [t for t, on in _cell(form, "20").checks if on] == ["YES"]  # positive
    assert not any(on for _, on in _cell(form, "21").checks)  # "unknown": none ticked
    assert _cell(form, "21").lines == ["unknown"]
    bare = unseen_case()
    assert bare.assessment is not None
    bare.assessment = dataclasses.replace(bare.assessment, dechallenge=None, rechallenge=None)
    form = cioms_form(_facts(bare))
    assert _cell(form, "20").lines == ["not recorded"]
    assert not any(on for _, on in _cell(form, "20").checks)


def test_a_case_without_regulatory_fields_leaves_their_boxes_blank() -> None:
    case = load_example()
    form = cioms_form(_facts(case))
    assert _cell(form, "1").lines == [""] and _cell(form, "1a").lines == [""]
    assert not any(on for _, on in _cell(form, "25a").checks)
    assert not any(on for _, on in _cell(form, "24d").checks)


def test_box_7_13_overflows_onto_a_continuation_page_that_it_names() -> None:
    case = unseen_case()
    long_note = "Day-by-day course: " + " ".join(f"finding number {n}." for n in range(1500))
    case.events[2].notes = long_note + " THE LAST WORDS."
    pages, text = _pdf(_facts(case), "cioms")
    assert pages >= 3  # the form, and more than one continuation page
    assert "(continued on page 2)" in text
    assert "7 + 13. DESCRIBE REACTION(S) (including relevant tests/lab data) (continued)" in text
    assert "THE LAST WORDS." in text  # nothing of the narrative is dropped
    assert "HHV-6 PCR: detected" in text  # the lab data after it too
    assert text.count("CONTINUATION") == pages - 1
    assert f"page {pages} of {pages}" in text


def test_user_text_is_escaped_before_it_reaches_the_pdf() -> None:
    case = unseen_case()
    case.events[2].notes = "<b>not bold</b> & <unclosed"
    _, text = _pdf(_facts(case), "cioms")
    assert "<b>not bold</b> & <unclosed" in text


@pytest.mark.parametrize("name", CASES)
def test_the_medwatch_form_has_its_sections_and_dd_mmm_yyyy_dates(name: str) -> None:
    case = CASES[name]()
    _, text = _pdf(_facts(case), "medwatch")
    for section in ("A. PATIENT INFORMATION", "B. ADVERSE EVENT, PRODUCT PROBLEM",
                    "C. PRODUCT AVAILABILITY", "D. SUSPECT PRODUCTS",
                    "E. SUSPECT MEDICAL DEVICE", "F. OTHER (CONCOMITANT) MEDICAL PRODUCTS",
                    "G. REPORTER", "FORM FDA 3500"):  # fmt: skip
        assert section in text
    assert "05-Jan-2026" in text
    onset = _facts(case).onset
    assert onset is not None and dd_mmm_yyyy(onset) in text


def test_medwatch_outcome_and_reporter_follow_the_record() -> None:
    form = medwatch_form(_facts(unseen_case()))
    outcome = next(c for row in form.rows for c in row.cells if c.title.startswith("Outcome"))
    assert not any(on for _, on in outcome.checks) and outcome.lines == ["Outcome: not recorded"]
    professional = next(c for row in form.rows for c in row.cells
                        if c.title == "Health Professional?")  # fmt: skip
    assert professional.checks == [("Yes", True), ("No", False)]
    _, text = _pdf(_facts(unseen_case()), "medwatch")
    assert "14-Feb-2025" in text and "Lot #: AL-2291" in text
    assert "Manufacturer: Example Generics GmbH" in text and "K.M." in text


def test_dates_keep_their_precision_on_the_forms() -> None:
    from caselog.core.dates import PartialDate

    assert dd_mmm_yyyy(PartialDate(2024, 6, 3)) == "03-Jun-2024"
    assert dd_mmm_yyyy(PartialDate(2023, 5)) == "May-2023"
    assert dd_mmm_yyyy(PartialDate(2019)) == "2019"
    assert dd_mmm_yyyy(PartialDate(2024, 6, 3), " ", upper=True) == "03 JUN 2024"


def test_without_meddra_the_forms_say_the_terms_are_uncoded(tmp_path: Path) -> None:
    _, text = _pdf(_facts(unseen_case()), "cioms")
    assert "Terms are uncoded" in text and "(uncoded)" in text
    meddra = MedDRA.load(write_meddra(tmp_path))
    _, coded = _pdf(_facts(unseen_case(), meddra), "cioms")
    assert f"MedDRA {VERSION} LLT 91000001" in coded
    assert "Gout (MedDRA" in coded  # history coded too
    assert "arterial hypertension (uncoded)" in coded  # no such LLT: said per term


# ---------------------------------------------------------------- E2B(R3)


def _e2b(case: Case, meddra: MedDRA | None = None, whodrug: WHODrug | None = None) -> Any:
    xml = e2b.build(_facts(case, meddra, whodrug), now=dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC))
    return etree.fromstring(xml)  # well-formed, or this raises


def _x(root: Any, path: str) -> list[Any]:
    found: list[Any] = root.xpath(path, namespaces=NS)
    return found


def _values(root: Any, code: str) -> list[Any]:
    return _x(root, f"//h:observation[h:code/@code='{code}']/h:value")


@pytest.mark.parametrize("name", CASES)
def test_the_e2b_message_is_well_formed_with_its_mandatory_elements(name: str) -> None:
    case = CASES[name]()
    root = _e2b(case)
    assert etree.QName(root).localname == "MCCI_IN200100UV01"
    assert _x(root, "//h:PORR_IN049016UV/h:id/@extension")  # N.2.r.1
    assert _x(root, "//h:controlActProcess/h:effectiveTime/@value") == [
        "20260105090000+0000"
    ]  # C.1.2
    ids = _x(root, "//h:investigationEvent/h:id/@root")
    assert e2b.CASE_ID in ids and e2b.WORLDWIDE_ID in ids  # C.1.1, C.1.8.1
    assert _x(root, "//h:investigationEvent/h:text/text()")  # H.1
    assert _x(root, "//h:player1/h:name")  # D.1
    reaction = _x(root, "//h:observation[h:code/@code='29']/h:value/h:originalText/text()")
    assert case.assessment is not None and reaction == [case.assessment.reaction]  # E.i.1.1a
    assert (
        len(_x(root, "//h:observation[h:code/@code='29']/h:outboundRelationship2")) >= 6
    )  # E.i.3.2
    names = _x(root, "//h:kindOfProduct/h:name/text()")
    assert set(case.suspect_drugs()) <= set(names)  # G.k.2.2
    roles = _x(root, "//h:causalityAssessment[h:code/@code='20']/h:value/@code")
    assert "1" in roles  # G.k.1: suspect


def test_e2b_seriousness_is_as_recorded_and_no_information_when_never_recorded() -> None:
    root = _e2b(load_example())
    assert _values(root, "33")[0].get("value") == "true"  # hospitalisation
    assert _values(root, "26")[0].get("value") == "true"  # other medically important
    # seriousness was assessed, and death was not among the criteria met
    assert _values(root, "34")[0].get("value") == "false"
    unseen = _e2b(unseen_case())
    for code, _ in e2b.SERIOUSNESS:
        value = _values(unseen, code)[0]
        assert value.get("nullFlavor") == "NI" and value.get("value") is None


def test_e2b_fills_what_the_record_holds_and_leaves_out_what_it_does_not() -> None:
    root = _e2b(unseen_case())
    assert _x(root, "//h:player1/h:name/text()") == ["K.M."]
    assert _x(root, "//h:administrativeGenderCode/@code") == ["1"]
    assert _x(root, "//h:investigationEvent/h:effectiveTime/h:low/@value") == ["20250220"]  # C.1.4
    assert _x(root, "//h:investigationCharacteristic/h:value/@code") == ["1"]  # spontaneous
    assert _x(root, "//h:locatedPlace/h:code/@code") == ["DE"]  # E.i.9
    assert _x(root, "//h:observation[h:code/@code='27']/h:value/@code") == ["2"]  # recovering
    assert _x(root, "//h:lotNumberText/text()") == ["AL-2291"]
    assert _x(root, "//h:assignedPerson/h:name/text()") == ["Erika Beispiel"]
    assert _x(root, "//h:asQualifiedEntity/h:code/@code") == ["1"]  # physician
    methods = _x(
        root, "//h:causalityAssessment[h:code/@code='39']/h:methodCode/h:originalText/text()"
    )
    assert methods == ["WHO-UMC", "Naranjo"]
    assert _x(root, "//h:center[@unit='10*9/L']/@value") == ["1.9"]  # UCUM where it has a code
    assert _x(root, "//h:center[@unit='mg per dL']/@value") == ["3.4"]  # else as written
    # no age at onset without a birth date (the recorded age is at the index date)
    assert _x(root, "//h:observation[h:code/@code='3']") == []
    example = _e2b(load_example())
    assert _x(example, "//h:player1/h:name/@nullFlavor") == ["UNK"]  # no initials recorded
    assert _x(example, "//h:investigationCharacteristic") == []  # no report type recorded: left out
    assert _x(example, "//h:investigationEvent/h:effectiveTime") == []  # no C.1.4 date recorded
    assert _x(example, "//h:assignedPerson") == []  # no reporter recorded
    assert _x(example, "//h:observation[h:code/@code='3']/h:value/@value") == [
        "75"
    ]  # from birth date


def test_e2b_codes_the_reaction_with_meddra_when_a_distribution_is_given(
    tmp_path: Path,
) -> None:
    assert _values(_e2b(unseen_case()), "29")[0].get("code") is None
    value = _values(_e2b(unseen_case(), MedDRA.load(write_meddra(tmp_path))), "29")[0]
    assert (value.get("code"), value.get("codeSystemVersion")) == ("91000001", VERSION)


def test_the_e2b_message_validates_against_a_schema_the_user_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    xml = e2b.build(_facts(unseen_case()))
    loose = tmp_path / "loose" / "MCCI_IN200100UV01.xsd"
    loose.parent.mkdir()
    loose.write_text(_XSD.format(root="MCCI_IN200100UV01"), encoding="utf-8")
    monkeypatch.setenv(e2b.SCHEMA_ENV, str(loose.parent))
    found = e2b.schema_path()
    assert found == loose
    e2b.validate(xml, found)
    strict = tmp_path / "strict.xsd"
    strict.write_text(_XSD.format(root="SomethingElse"), encoding="utf-8")
    with pytest.raises(e2b.SchemaError, match="does not validate"):
        e2b.validate(xml, strict)
    monkeypatch.setenv(e2b.SCHEMA_ENV, str(tmp_path / "nowhere.xsd"))
    with pytest.raises(e2b.SchemaError, match="no such schema file"):
        e2b.schema_path()
    monkeypatch.delenv(e2b.SCHEMA_ENV)
    assert e2b.schema_path() is None


_XSD = """<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:hl7-org:v3"
  elementFormDefault="qualified">
  <xs:element name="{root}"><xs:complexType><xs:sequence>
    <xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>
</xs:schema>
"""


# ---------------------------------------------------------------- FHIR R4


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.mark.parametrize("name", CASES)
def test_the_fhir_bundle_validates_with_the_r4b_models(name: str) -> None:
    bundle = fhir.build(_facts(CASES[name]()))
    parsed = Bundle.model_validate(bundle)
    kinds = {type(e.resource).__name__ for e in parsed.entry or []}
    assert {"Patient", "AdverseEvent", "MedicationStatement", "MedicationAdministration",
            "Observation", "Procedure", "Condition"} <= kinds  # fmt: skip


def test_the_r4b_models_refuse_a_broken_bundle() -> None:
    bundle = fhir.build(_facts(unseen_case()))
    _resources(bundle, "Observation")[0]["status"] = ["not", "a", "code"]
    with pytest.raises(ValidationError):
        Bundle.model_validate(bundle)


def test_the_fhir_patient_carries_no_identifier() -> None:
    bundle = fhir.build(_facts(load_example()))
    [patient] = _resources(bundle, "Patient")
    assert set(patient) == {"resourceType", "id", "gender"}
    text = fhir.dumps(_facts(unseen_case()))
    case = load_example()
    for word in ("K.M.", "Erika Beispiel", "+49 30 1234567", case.patient.private.mrn,
                 case.patient.private.name, "1949-02-11"):  # fmt: skip
        assert word is not None and word not in text and word not in fhir.dumps(_facts(case))


def test_the_fhir_adverse_event_has_its_suspects_and_causality() -> None:
    bundle = fhir.build(_facts(unseen_case()))
    [event] = _resources(bundle, "AdverseEvent")
    [suspect] = event["suspectEntity"]
    statements = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    drug = statements[suspect["instance"]["reference"]]
    assert drug["medicationCodeableConcept"]["text"] == "allopurinol"
    who, naranjo = suspect["causality"]
    assert who["assessment"]["coding"][0]["code"] == "Probably-Likely"
    assert naranjo["method"]["coding"][0]["code"] == "ProbabilityScale"
    assert "Naranjo" in naranjo["method"]["text"]
    assert "seriousness" not in event  # never recorded: left out, not "non-serious"
    assert event["outcome"]["coding"][0]["code"] == "recovering"
    assert event["date"] == "2025-02-14"


def test_fhir_labs_carry_loinc_and_ucum_where_known() -> None:
    labs = _resources(fhir.build(_facts(unseen_case())), "Observation")
    by_test = {o["code"]["text"]: o for o in labs}
    eos = by_test["Eosinophils"]
    assert eos["code"]["coding"] == [{"system": fhir.LOINC, "code": "711-2"}]
    ucum = {"system": "http://unitsofmeasure.org", "code": "10*9/L"}
    assert eos["valueQuantity"] == {"value": 1.9, "unit": "10^9/L", **ucum}
    assert "system" not in by_test["Creatinine"]["valueQuantity"]  # no UCUM code: none given
    assert by_test["HHV-6 PCR"]["valueString"] == "detected"


# ---------------------------------------------------------------- WHODrug


@pytest.mark.parametrize("template", ["cioms", "medwatch"])
def test_without_whodrug_the_forms_say_drug_names_are_uncoded(template: str) -> None:
    _, text = _pdf(_facts(unseen_case()), template)
    assert "Drug names are uncoded" in text and "WHODrug 9" not in text


def test_whodrug_codes_the_suspect_and_concomitant_drugs_on_the_cioms_form(
    tmp_path: Path,
) -> None:
    _, text = _pdf(_facts(unseen_case(), whodrug=_whodrug(tmp_path)), "cioms")
    assert "allopurinol (WHODrug 90000101001" in text  # box 14, the suspect
    assert "furosemide (WHODrug 90000201001" in text  # box 22, the concomitant
    assert f"Drug names coded with WHODrug ({WHODRUG_VERSION}) Drug Codes." in text
    assert "Drug names are uncoded" not in text


def test_a_drug_naming_no_whodrug_name_is_marked_uncoded(tmp_path: Path) -> None:
    _, text = _pdf(_facts(unseen_case(), whodrug=_whodrug(tmp_path, without="FUROSEMIDE")),
                   "cioms")  # fmt: skip
    assert "furosemide (uncoded" in text and "allopurinol (WHODrug 90000101001" in text
    assert "drugs marked uncoded name none" in text


def test_whodrug_codes_the_suspect_on_the_medwatch_form(tmp_path: Path) -> None:
    _, text = _pdf(_facts(unseen_case(), whodrug=_whodrug(tmp_path)), "medwatch")
    assert "#1 allopurinol; Coded: WHODrug 90000101001" in text
    assert f"Drug names coded with WHODrug ({WHODRUG_VERSION})" in text


def _products(root: Any) -> dict[str, Any]:
    return {p.findtext(f"{{{e2b.HL7}}}name"): p for p in _x(root, "//h:kindOfProduct")}


def test_e2b_carries_the_whodrug_drug_code_as_the_product_identifier(tmp_path: Path) -> None:
    plain = _e2b(unseen_case())
    assert _x(plain, "//h:kindOfProduct/h:code") == []
    assert "Drug names are uncoded" in _x(plain, "//h:investigationEvent/h:text/text()")[0]
    coded = _products(_e2b(unseen_case(), whodrug=_whodrug(tmp_path, without="FUROSEMIDE")))
    code = coded["allopurinol"].find(f"{{{e2b.HL7}}}code")  # G.k.2.1.1a/b before G.k.2.2
    assert code is not None and code.getnext().tag == f"{{{e2b.HL7}}}name"
    assert (code.get("code"), code.get("codeSystemVersion")) == ("90000101001", WHODRUG_VERSION)
    assert code.get("codeSystemName") == e2b.WHODRUG_NAME
    assert coded["furosemide"].find(f"{{{e2b.HL7}}}code") is None  # uncoded: the name alone


def test_fhir_codes_the_medication_with_the_whodrug_drug_code(tmp_path: Path) -> None:
    assert all(
        "coding" not in r["medicationCodeableConcept"]
        for r in _resources(fhir.build(_facts(unseen_case())), "MedicationStatement")
    )
    bundle = fhir.build(_facts(unseen_case(), whodrug=_whodrug(tmp_path, without="FUROSEMIDE")))
    Bundle.model_validate(bundle)  # still valid R4B
    concepts = {r["medicationCodeableConcept"]["text"]: r["medicationCodeableConcept"]
                for r in _resources(bundle, "MedicationStatement")}  # fmt: skip
    assert concepts["allopurinol"]["coding"] == [
        {"system": fhir.WHODRUG, "version": WHODRUG_VERSION, "code": "90000101001",
         "display": "ALLOPURINOL"}
    ]  # fmt: skip
    assert "coding" not in concepts["furosemide"]
    given = _resources(bundle, "MedicationAdministration")
    assert given and all(
        r["medicationCodeableConcept"]["coding"][0]["code"] == "90000101001"
        for r in given if r["medicationCodeableConcept"]["text"] == "allopurinol"
    )  # fmt: skip
