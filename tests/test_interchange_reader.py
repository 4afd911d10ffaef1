"""Reading a case file: syntax and encoding errors with their place; forms share the rules."""
# ruff: noqa: E501  (the exact messages are easier to read unbroken)

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caselog.core.dates import PartialDate
from caselog.core.model import Image
from caselog.interchange.errors import CaseFileError, Issue, ValidationError
from caselog.interchange.reader import read_case_file
from caselog.interchange.validation import (
    assessment_from_dict,
    author_from_dict,
    case_from_dict,
    event_from_dict,
    patient_from_dict,
    report_from_dict,
    series_from_dict,
)
from tests.interchange_helpers import issues_of, minimal_case
from tests.strategies import TODAY


def test_bad_json_names_line_and_column(tmp_path: Path) -> None:
    text = '{\n  "format": "caselog",\n  "version": 1,\n  "cases": [\n    {"title": "x",}\n  ]\n}\n'
    assert issues_of(tmp_path, text) == [
        "line 5, column 19: is not valid JSON: Expecting property name enclosed in double quotes"
    ]


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{\n"title": "Gr\xfcn"}')
    with pytest.raises(CaseFileError) as caught:
        read_case_file(path)
    assert str(caught.value) == f"{path}: line 2: is not UTF-8 text (byte 0xfc at offset 14)"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(
        b'\xef\xbb\xbf{"format": "caselog", "version": 1, "cases": [{"title": "t", '
        b'"patient": {"sex": "male", "age": 1}, '
        b'"events": [{"kind": "note", "date": "2024", "text": "seen"}]}]}'
    )
    assert read_case_file(path, today=TODAY).cases[0].title == "t"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError) as caught:
        read_case_file(tmp_path / "nope.json")
    assert str(caught.value) == f"{tmp_path / 'nope.json'}: no such file"
    with pytest.raises(CaseFileError) as caught:
        read_case_file(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not a case file"


def test_deeply_nested_json_is_an_issue_not_a_crash(tmp_path: Path) -> None:
    text = "[" * 100_000 + "]" * 100_000
    assert issues_of(tmp_path, text) == ["is not a case file: its JSON is nested too deeply"]


def test_issue_and_error_text() -> None:
    error = CaseFileError(
        [Issue("f.json", "cases[0].events[3].date", "bad"), Issue("", "event.date", "worse")]
    )
    assert str(error) == "f.json: cases[0].events[3].date: bad\nevent.date: worse"
    assert str(Issue("", "", "alone")) == "alone"


# ---------------------------------------------------------------- the same rules for forms


def test_event_form_reads_and_refuses_with_field_paths() -> None:
    event = event_from_dict(
        {
            "kind": "medication",
            "date": "2024-03-04",
            "drug": "romosozumab",
            "action": "start",
            "dose": 210.0,
            "route": "",
        },
        today=TODAY,
    )
    assert (event.drug, event.date, event.dose, event.route) == (
        "romosozumab",
        PartialDate(2024, 3, 4),
        210.0,
        None,
    )
    with pytest.raises(ValidationError) as caught:
        event_from_dict(
            {"kind": "medication", "date": "2024-02-30", "drug": "", "action": "start", "dose": -1},
            today=TODAY,
        )
    assert [(i.file, i.where) for i in caught.value.issues] == [
        ("", "event.date"),
        ("", "event.drug"),
        ("", "event.dose"),
    ]
    assert str(caught.value).splitlines()[1] == "event.drug: must not be empty"


def test_event_form_accepts_dates_and_images_as_objects() -> None:
    image = Image(data=b"x", media_type="image/png", sha256="0" * 64)
    event = event_from_dict(
        {
            "kind": "imaging",
            "date": dt.date(2024, 6, 5),
            "modality": "CT",
            "findings": "f",
            "images": [image],
        },
        today=TODAY,
    )
    assert event.date == PartialDate(2024, 6, 5) and event.images == [image]
    with pytest.raises(ValidationError) as caught:
        event_from_dict(
            {
                "kind": "imaging",
                "date": "2024",
                "modality": "CT",
                "findings": "f",
                "images": [{"path": "a.png"}],
            }
        )
    assert (
        str(caught.value)
        == "event.images[0].path: images can only be read from a case file on disk"
    )


def test_event_form_birth_date_and_where() -> None:
    with pytest.raises(ValidationError) as caught:
        event_from_dict(
            {"kind": "symptom", "date": "1940", "name": "x"},
            where="timeline[2]",
            birth_date=PartialDate(1950),
            today=TODAY,
        )
    assert str(caught.value) == "timeline[2].date: 1940 is before the patient's birth date (1950)"


def test_patient_assessment_report_author_series_forms() -> None:
    patient = patient_from_dict(
        {"sex": "female", "birth_date": "1949-02-11", "name": "N", "label": ""}
    )
    assert patient.private.birth_date == PartialDate(1949, 2, 11) and patient.label is None
    with pytest.raises(ValidationError) as caught:
        patient_from_dict({"sex": "female", "age": 200})
    assert (
        str(caught.value)
        == "patient.age: must be a whole number of years from 0 to 130, not the number 200"
    )
    assessment = assessment_from_dict({"reaction": "r", "naranjo": {"after_drug": "yes"}})
    assert assessment.naranjo == {"after_drug": "yes"}
    with pytest.raises(ValidationError) as caught:
        assessment_from_dict({"reaction": "r", "who_umc": "likely"})
    assert str(caught.value).startswith("assessment.who_umc: must be one of certain, probable,")
    assert report_from_dict({"introduction": "<b>plain</b>"}).introduction == "<b>plain</b>"
    with pytest.raises(ValidationError) as caught:
        author_from_dict({"nmae": "X"})
    assert (
        str(caught.value)
        == "author.nmae: unknown key (did you mean 'name'?)\nauthor.name: is required"
    )
    series = series_from_dict({"title": "S", "cases": ["a", "b"]}, case_keys=["a", "b"])
    assert series.case_keys == ["a", "b"]


def test_case_form_checks_stops_against_starts() -> None:
    raw = minimal_case(
        events=[{"kind": "medication", "date": "2024-01-01", "drug": "d", "action": "stop"}]
    )
    with pytest.raises(ValidationError) as caught:
        case_from_dict(raw, today=TODAY)
    assert str(caught.value) == (
        "case.events[0].action: stop of 'd' on 2024-01-01 with no start of it on or before that date"
    )
    assert case_from_dict(minimal_case(), today=TODAY).key == "a"
