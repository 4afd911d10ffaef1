"""Each rule of the case format: the exact message, with its JSON path, and nothing returned."""
# ruff: noqa: E501  (the exact messages are easier to read unbroken)

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.interchange_helpers import document, issues_of, minimal_case, read


def event(**fields: Any) -> dict[str, Any]:
    return minimal_case(events=[fields])


def test_minimal_document_reads(tmp_path: Path) -> None:
    [case] = read(tmp_path, document()).cases
    assert case.title == "A case" and case.patient.age == 70 and len(case.events) == 2


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (
            {"version": 1, "cases": [minimal_case()]},
            'format: is required (a case file starts with "format": "caselog")',
        ),
        (document(format="other"), "format: must be \"caselog\", not the text 'other'"),
        (document(version=2), "version: must be 1, not the number 2"),
        (document(version=True), "version: must be 1, not true"),
        (document(version=1.0), "version: must be 1, not the number 1.0"),
        (document(cases=[]), "cases: must hold at least one case"),
        ([], "must be an object, not a list"),
        (document(extra=1), "extra: unknown key"),
        (document(serie=[]), "serie: unknown key (did you mean 'series'?)"),
    ],
)
def test_top_level(tmp_path: Path, doc: Any, expected: str) -> None:
    assert issues_of(tmp_path, doc) == [expected]


CASE_RULES = [
    # required keys and types
    (minimal_case(title=""), "cases[0].title: must not be empty"),
    (minimal_case(title="   "), "cases[0].title: must not be empty"),
    (minimal_case(title=5), "cases[0].title: must be text, not the number 5"),
    (
        minimal_case(title="a\x00b"),
        "cases[0].title: contains a NUL character (\\u0000), which text may not hold",
    ),
    ({**minimal_case(), "title": None}, "cases[0].title: is required"),
    (minimal_case(keywords="bone"), "cases[0].keywords: must be a list, not the text 'bone'"),
    (
        minimal_case(authors=[{"name": "X", "corresponding": "yes"}]),
        "cases[0].authors[0].corresponding: must be true or false, not the text 'yes'",
    ),
    (minimal_case(authros=[]), "cases[0].authros: unknown key (did you mean 'authors'?)"),
    # patient
    (minimal_case(patient={"sex": "female"}), "cases[0].patient: needs `age` or `birth_date`"),
    (
        minimal_case(patient={"sex": "f", "age": 3}),
        "cases[0].patient.sex: must be one of female, male, other, unknown, not the text 'f'",
    ),
    (
        minimal_case(patient={"sex": "Female", "age": 3}),
        "cases[0].patient.sex: must be one of female, male, other, unknown, not the text 'Female' (did you mean 'female'?)",
    ),
    (
        minimal_case(patient={"sex": "male", "age": 131}),
        "cases[0].patient.age: must be a whole number of years from 0 to 130, not the number 131",
    ),
    (
        minimal_case(patient={"sex": "male", "age": -1}),
        "cases[0].patient.age: must be a whole number of years from 0 to 130, not the number -1",
    ),
    (
        minimal_case(patient={"sex": "male", "age": 45.5}),
        "cases[0].patient.age: must be a whole number of years from 0 to 130, not the number 45.5",
    ),
    (
        minimal_case(patient={"sex": "male", "age": True}),
        "cases[0].patient.age: must be a whole number of years from 0 to 130, not true",
    ),
    (
        minimal_case(patient={"sex": "male", "age": 50, "weight_kg": -3}),
        "cases[0].patient.weight_kg: must be above zero, not -3",
    ),
    (
        minimal_case(patient={"sex": "male", "age": 50, "weight_kg": True}),
        "cases[0].patient.weight_kg: must be a number, not true",
    ),
    (
        minimal_case(patient={"sex": "male", "age": 50, "height_cm": "170"}),
        "cases[0].patient.height_cm: must be a number, not the text '170'",
    ),
    (
        minimal_case(patient={"sex": "male", "age": 50, "kidney": {"ckd_stage": "5d"}}),
        "cases[0].patient.kidney.ckd_stage: must be one of 1, 2, 3a, 3b, 4, 5, 5D, not the text '5d' (did you mean '5D'?)",
    ),
    (
        minimal_case(
            patient={
                "sex": "male",
                "birth_date": "1950-01-01",
                "kidney": {"dialysis_since": "1949"},
            }
        ),
        "cases[0].patient.kidney.dialysis_since: 1949 is before the patient's birth date (1950-01-01)",
    ),
    (
        minimal_case(
            patient={
                "sex": "male",
                "birth_date": "1950-01-01",
                "history": [{"condition": "x", "since": "1949-12"}],
            }
        ),
        "cases[0].patient.history[0].since: 1949-12 is before the patient's birth date (1950-01-01)",
    ),
    (
        minimal_case(patient={"sex": "male", "age": 50, "history": [{"since": "2000"}]}),
        "cases[0].patient.history[0].condition: is required",
    ),
    (
        minimal_case(patient={"sex": "male", "age": 50, "history": ["diabetes"]}),
        "cases[0].patient.history[0]: must be an object, not the text 'diabetes'",
    ),
    (
        minimal_case(authors=["A. Example"]),
        "cases[0].authors[0]: must be an object, not the text 'A. Example'",
    ),
    (
        event(kind="imaging", date="2024-01-01", modality="CT", findings="x", images=["a.png"]),
        "cases[0].events[0].images[0]: must be an object, not the text 'a.png'",
    ),
    (
        minimal_case(patient={"sex": "male", "age": 50, "mrm": "1"}),
        "cases[0].patient.mrm: unknown key (did you mean 'mrn'?)",
    ),
    # dates
    (
        event(kind="symptom", date="2024-02-30", name="x"),
        "cases[0].events[0].date: '2024-02-30': February 2024 has 29 days, not 30",
    ),
    (
        event(kind="symptom", date="03/04/2024", name="x"),
        "cases[0].events[0].date: '03/04/2024' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    (
        event(kind="symptom", date=2024, name="x"),
        "cases[0].events[0].date: must be a date (YYYY-MM-DD, YYYY-MM or YYYY), not the number 2024",
    ),
    (
        event(kind="symptom", date="2026-01-02", name="x"),
        "cases[0].events[0].date: 2026-01-02 is in the future (today is 2026-01-01)",
    ),
    (
        event(kind="symptom", date="2027", name="x"),
        "cases[0].events[0].date: 2027 is in the future (today is 2026-01-01)",
    ),
    (
        minimal_case(index_date="2030-01-01"),
        "cases[0].index_date: 2030-01-01 is in the future (today is 2026-01-01)",
    ),
    (
        {
            **event(kind="symptom", date="1940-05", name="x"),
            "patient": {"sex": "male", "birth_date": "1950"},
        },
        "cases[0].events[0].date: 1940-05 is before the patient's birth date (1950)",
    ),
    (
        {
            **minimal_case(),
            "patient": {"sex": "male", "birth_date": "1950"},
            "assessment": {"reaction": "r", "onset_date": "1949"},
        },
        "cases[0].assessment.onset_date: 1949 is before the patient's birth date (1950)",
    ),
    # events
    (
        event(date="2024-01-01", name="x"),
        "cases[0].events[0].kind: is required (one of medication, symptom, finding, lab, imaging, procedure, diagnosis, follow_up, note)",
    ),
    (
        event(kind="symptoms", date="2024-01-01", name="x"),
        "cases[0].events[0].kind: must be one of medication, symptom, finding, lab, imaging, procedure, diagnosis, follow_up, note, not the text 'symptoms' (did you mean 'symptom'?)",
    ),
    (event(kind="symptom", name="x"), "cases[0].events[0].date: is required"),
    (event(kind="symptom", date="2024-01-01"), "cases[0].events[0].name: is required"),
    (
        event(kind="symptom", date="2024-01-01", name="x", severity="bad"),
        "cases[0].events[0].severity: must be one of mild, moderate, severe, life_threatening, not the text 'bad'",
    ),
    (
        event(kind="medication", date="2024-01-01", drug="d", action="start", dsoe=3),
        "cases[0].events[0].dsoe: unknown key (did you mean 'dose'?)",
    ),
    (
        event(kind="symptom", date="2024-01-01", name="x", drug="d"),
        "cases[0].events[0].drug: unknown key",
    ),
    (
        event(kind="medication", date="2024-01-01", drug="d", action="start", dose=-5),
        "cases[0].events[0].dose: must not be negative, not -5",
    ),
    (
        event(kind="medication", date="2024-01-01", drug="d", action="start", dose=False),
        "cases[0].events[0].dose: must be a number, not false",
    ),
    (
        event(kind="medication", date="2024-01-01", drug="d", action="begin"),
        "cases[0].events[0].action: must be one of start, dose, change, stop, not the text 'begin'",
    ),
    (
        event(kind="lab", date="2024-01-01", test="Calcium"),
        "cases[0].events[0]: a lab result needs `value` (a number) or `text`",
    ),
    (
        event(kind="lab", date="2024-01-01", test="Calcium", value=1, ref_low=9, ref_high=2),
        "cases[0].events[0].ref_low: 9 is above ref_high (2)",
    ),
    (
        event(kind="imaging", date="2024-01-01", modality="CT scan", findings="x"),
        "cases[0].events[0].modality: must be one of CT, MRI, X-ray, DXA, ultrasound, PET, scintigraphy, other, not the text 'CT scan'",
    ),
    (
        event(
            kind="imaging",
            date="2024-01-01",
            modality="CT",
            findings="x",
            images=[{"caption": "c"}],
        ),
        "cases[0].events[0].images[0].path: is required",
    ),
    (event(kind="note", date="2024-01-01", text=""), "cases[0].events[0].text: must not be empty"),
    (minimal_case(events=["x"]), "cases[0].events[0]: must be an object, not the text 'x'"),
    (minimal_case(events={}), "cases[0].events: must be a list, not an object"),
    # a stop needs a start
    (
        event(kind="medication", date="2024-01-01", drug="d", action="stop"),
        "cases[0].events[0].action: stop of 'd' on 2024-01-01 with no start of it on or before that date",
    ),
    (
        minimal_case(
            events=[
                {"kind": "medication", "date": "2024-02-01", "drug": "Drug", "action": "start"},
                {"kind": "medication", "date": "2024-01-01", "drug": "drug", "action": "stop"},
            ]
        ),
        "cases[0].events[1].action: stop of 'drug' on 2024-01-01 with no start of it on or before that date",
    ),
    # assessment and report
    (
        minimal_case(assessment={"seriousness": ["death"]}),
        "cases[0].assessment.reaction: is required",
    ),
    (
        minimal_case(assessment={"reaction": "r", "seriousness": ["hospitalisation"]}),
        "cases[0].assessment.seriousness[0]: must be one of death, life_threatening, hospitalization, disability, congenital_anomaly, other_medically_important, not the text 'hospitalisation' (did you mean 'hospitalization'?)",
    ),
    (
        minimal_case(assessment={"reaction": "r", "naranjo": {"after_drugs": "yes"}}),
        "cases[0].assessment.naranjo.after_drugs: unknown key (did you mean 'after_drug'?)",
    ),
    (
        minimal_case(assessment={"reaction": "r", "naranjo": {"after_drug": "maybe"}}),
        "cases[0].assessment.naranjo.after_drug: must be one of yes, no, unknown, not the text 'maybe'",
    ),
    (
        minimal_case(report={"consent": {"obtained": 1}}),
        "cases[0].report.consent.obtained: must be true or false, not the number 1",
    ),
    (
        minimal_case(report={"references": ["ok", 3]}),
        "cases[0].report.references[1]: must be a formatted reference (text) or a CSL-JSON object, "
        "not the number 3",
    ),
]


@pytest.mark.parametrize(("case", "expected"), CASE_RULES)
def test_case_rule(tmp_path: Path, case: dict[str, Any], expected: str) -> None:
    assert issues_of(tmp_path, document(case)) == [expected]


def test_stop_on_the_day_of_the_start_is_fine(tmp_path: Path) -> None:
    events = [
        {"kind": "medication", "date": "2024-01", "drug": "Drug", "action": "start"},
        {"kind": "medication", "date": "2024-01-01", "drug": "DRUG", "action": "stop"},
    ]
    [case] = read(tmp_path, document(minimal_case(events=events))).cases
    assert [e.action for e in case.events] == ["start", "stop"]


def test_a_stop_under_the_brand_name_stops_the_generic_started(tmp_path: Path) -> None:
    """Quick add keeps the name typed ("stop Evenity"): the catalogue's drug is the same
    under its brand, so the file reads back; another drug's stop is still refused."""
    events = [
        {"kind": "medication", "date": "2024-01-05", "drug": "romosozumab", "action": "start"},
        {"kind": "medication", "date": "2024-04-05", "drug": "Evenity", "action": "stop"},
    ]
    [case] = read(tmp_path, document(minimal_case(events=events))).cases
    assert [e.drug for e in case.events] == ["romosozumab", "Evenity"]
    events[1]["drug"] = "Prolia"
    assert issues_of(tmp_path, document(minimal_case(events=events))) == [
        "cases[0].events[1].action: stop of 'Prolia' on 2024-04-05 with no start of it on or "
        "before that date"
    ]


def test_nan_and_infinity_literals_are_refused_with_their_path(tmp_path: Path) -> None:
    text = (
        '{"format": "caselog", "version": 1, "cases": [{"title": "t", "patient": '
        '{"sex": "male", "age": 5, "weight_kg": NaN}, "events": [{"kind": "lab", '
        '"date": "2024", "test": "x", "value": -Infinity}]}]}'
    )
    assert issues_of(tmp_path, text) == [
        "cases[0].patient.weight_kg: must be a number, not NaN",
        "cases[0].events[0].value: must be a number, not -Infinity",
    ]


def test_number_too_large_for_a_float_is_refused(tmp_path: Path) -> None:
    assert issues_of(
        tmp_path, document(minimal_case(patient={"sex": "male", "age": 5, "weight_kg": 10**400}))
    ) == [f"cases[0].patient.weight_kg: must be a finite number, not {10**400!r}"]
    text = write_lab_value(tmp_path, "1e999")
    assert issues_of(tmp_path, text) == [
        "cases[0].events[0].value: must be a finite number, not inf"
    ]


def write_lab_value(folder: Path, literal: str) -> str:
    return (
        '{"format": "caselog", "version": 1, "cases": [{"title": "t", "patient": '
        '{"sex": "male", "age": 5}, "events": [{"kind": "lab", '
        f'"date": "2024", "test": "x", "value": {literal}}}]}}]}}'
    )


def test_repeated_key_is_refused(tmp_path: Path) -> None:
    text = (
        '{"format": "caselog", "version": 1, "cases": [{"title": "t", "title": "u", '
        '"patient": {"sex": "male", "age": 5}, '
        '"events": [{"kind": "note", "date": "2024", "text": "seen"}]}]}'
    )
    assert issues_of(tmp_path, text) == [
        "cases[0].title: appears more than once in the same object"
    ]


def test_text_is_normalised_to_nfc(tmp_path: Path) -> None:
    decomposed = "Mu\u0308ller"  # u + combining diaeresis
    [case] = read(tmp_path, document(minimal_case(title=decomposed))).cases
    assert case.title == "M\u00fcller"


def test_lone_surrogate_is_refused(tmp_path: Path) -> None:
    text = write_lab_value(tmp_path, "1").replace('"test": "x"', '"test": "\\ud800"')
    assert issues_of(tmp_path, text) == [
        "cases[0].events[0].test: contains a lone surrogate (\\ud800-\\udfff), which is not a character"
    ]


def test_case_ids_and_series(tmp_path: Path) -> None:
    doc = document(
        minimal_case(id="a"),
        minimal_case(id="a"),
        minimal_case(id="b"),
        series=[
            {"title": "S", "cases": ["a", "zzz"]},
            {"title": "T", "cases": ["a"]},
            {"cases": ["a", "b"]},
        ],
    )
    assert issues_of(tmp_path, doc) == [
        "cases[1].id: duplicate case id 'a' (already used by cases[0])",
        "series[0].cases[1]: names case 'zzz', which is not a case id in this file",
        "series[1].cases: a series names at least two cases",
        "series[2].title: is required",
    ]


def test_series_reads_with_case_keys(tmp_path: Path) -> None:
    doc = document(
        minimal_case(id="a"),
        minimal_case(id="b"),
        series=[{"id": "s", "title": "S", "cases": ["a", "b"]}],
    )
    [series] = read(tmp_path, doc).series
    assert (series.key, series.title, series.case_keys) == ("s", "S", ["a", "b"])


def test_every_issue_is_reported_together(tmp_path: Path) -> None:
    doc = document(
        minimal_case(
            title="",
            patient={"sex": "x", "age": 200},
            events=[
                {"kind": "symptom", "date": "2024-02-30", "name": "x"},
                {"kind": "lab", "date": "2024-01-01", "test": "t", "value": "high"},
            ],
        ),
        minimal_case(id="b", keywords=[1]),
    )
    assert issues_of(tmp_path, doc) == [
        "cases[0].title: must not be empty",
        "cases[0].patient.sex: must be one of female, male, other, unknown, not the text 'x'",
        "cases[0].patient.age: must be a whole number of years from 0 to 130, not the number 200",
        "cases[0].events[0].date: '2024-02-30': February 2024 has 29 days, not 30",
        "cases[0].events[1].value: must be a number, not the text 'high'",
        "cases[1].keywords[0]: must be text, not the number 1",
    ]


def test_series_naming_a_case_with_issues_reports_only_the_case(tmp_path: Path) -> None:
    doc = document(
        minimal_case(id="a", title=""),
        minimal_case(id="b"),
        series=[{"title": "S", "cases": ["a", "b"]}],
    )
    assert issues_of(tmp_path, doc) == ["cases[0].title: must not be empty"]
