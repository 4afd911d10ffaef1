"""Writing case files: anonymisation (docs/cli.md export --anonymise), series, atomicity."""
# ruff: noqa: E501  (the exact messages are easier to read unbroken)

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient, PrivateIdentifiers, Series
from caselog.interchange.reader import read_case_file
from caselog.interchange.writer import shift_date, write_case_file
from caselog.privacy import age_at
from tests.examples import EXAMPLE
from tests.report_helpers import date_forms, plant
from tests.strategies import TODAY


def example() -> Case:
    return read_case_file(EXAMPLE, today=TODAY).cases[0]


def all_output_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_anonymise_drops_private_fields_and_moves_index_date_to_2000(tmp_path: Path) -> None:
    out = write_case_file([example()], [], tmp_path / "anon.json", anonymise=True)
    text = out.read_text("utf-8")
    for identifier in (
        "Hanako",
        "Testcase",
        "MRN-0048213",
        "1949",
        "birth_date",
        'epidural-calcification"',
    ):
        assert identifier not in text
    assert b"Hanako" not in all_output_bytes(tmp_path)
    [case] = read_case_file(out, today=TODAY).cases
    assert case.patient.private == PrivateIdentifiers()
    assert case.patient.age == 75  # from 1949-02-11 to the index date 2024-03-04
    assert case.effective_index_date() == PartialDate(2000, 1, 1)
    shift = dt.date(2000, 1, 1) - dt.date(2024, 3, 4)
    original = example()
    assert [e.date for e in case.events if e.date.precision == "day"] == [
        PartialDate.of(e.date.first_day() + shift) for e in original.events
    ]
    assert case.key == "case-1"
    assert [i.filename for e in case.events for i in e.images] == [
        "image-b6132d76ff43.png",
        "image-37404f6b0ff9.png",
    ]
    # the images themselves are unchanged
    assert [i.data for e in case.events for i in e.images] == [
        i.data for e in original.events for i in e.images
    ]


def test_anonymise_shifts_month_and_year_dates_keeping_their_precision(tmp_path: Path) -> None:
    case = Case(
        title="t",
        patient=Patient(sex="male", age=60),
        index_date=PartialDate(2024, 3),
        events=[
            Event(kind="symptom", date=PartialDate(2024, 3), name="same month"),
            Event(kind="symptom", date=PartialDate(2024, 5, 20), name="day"),
            Event(kind="symptom", date=PartialDate(2023), name="year"),
        ],
    )
    out = write_case_file([case], [], tmp_path / "a.json", anonymise=True)
    doc = json.loads(out.read_text("utf-8"))["cases"][0]
    assert doc["index_date"] == "2000-01"
    assert [e["date"] for e in doc["events"]] == ["2000-01", "2000-03-21", "1999"]


def test_ages_over_89_are_written_as_90(tmp_path: Path) -> None:
    old_by_birth = Case(
        title="t",
        patient=Patient(
            sex="female", private=PrivateIdentifiers(birth_date=PartialDate(1920, 5, 1))
        ),
        events=[Event(kind="note", date=PartialDate(2024, 1, 1), text="n")],
    )
    old_by_age = dataclasses.replace(old_by_birth, patient=Patient(sex="male", age=95))
    young = dataclasses.replace(old_by_birth, patient=Patient(sex="male", age=89))
    out = write_case_file(
        [old_by_birth, old_by_age, young], [], tmp_path / "a.json", anonymise=True
    )
    ages = [c["patient"]["age"] for c in json.loads(out.read_text("utf-8"))["cases"]]
    assert ages == [90, 90, 89]


def test_age_and_shift_helpers() -> None:
    assert age_at(PartialDate(1949, 2, 11), dt.date(2024, 2, 10)) == 74
    assert age_at(PartialDate(1949, 2, 11), dt.date(2024, 2, 11)) == 75
    assert age_at(PartialDate(1949), dt.date(2024, 7, 1)) == 74  # midpoint 1949-07-02
    assert age_at(PartialDate(1949), dt.date(2024, 7, 2)) == 75
    assert shift_date(PartialDate(2024, 2), dt.timedelta(days=-30)) == PartialDate(2024, 1)
    assert shift_date(PartialDate(2024), dt.timedelta(days=-366)) == PartialDate(2023)


def test_anonymised_series_names_the_new_case_ids(tmp_path: Path) -> None:
    first = example()
    second = dataclasses.replace(first, key="hanako-2", title="Second")
    series = Series(title="S", case_keys=["epidural-calcification", "hanako-2"])
    out = write_case_file([first, second], [series], tmp_path / "s.json", anonymise=True)
    doc = json.loads(out.read_text("utf-8"))
    assert doc["series"] == [{"id": "series-1", "title": "S", "cases": ["case-1", "case-2"]}]
    assert read_case_file(out, today=TODAY).series[0].case_keys == ["case-1", "case-2"]


IDENTIFIERS = ["Hanako Testcase", "Testcase, Hanako", "MRN-0048213", "H.T."]
KNOWN_DATES = [
    PartialDate(1949, 2, 11),  # birth date
    PartialDate(2024, 6, 5),  # the first CT
    PartialDate(2024, 3, 1),  # the first labs
    PartialDate(2016, 5),  # dialysis since
]


def planted_example() -> tuple[Case, list[str], int]:
    """The example with the patient's identifiers, in their written forms, planted into
    every free text (empty optional texts filled too)."""
    case = example()
    forms = IDENTIFIERS + [f for d in KNOWN_DATES for f in date_forms(d)]
    text = " ".join(f"<{f}>" for f in forms)
    assert case.report is not None and case.report.consent is not None
    case.report.case_presentation = "Presented."
    case.report.patient_perspective = "Grateful."
    case.report.acknowledgments = "Thanks."
    for h in case.patient.history:
        h.notes = "noted"
    for e in case.events:
        if e.kind == "medication":
            e.reason = e.reason or "reason"
            e.frequency = e.frequency or "monthly"
        if e.kind in ("symptom", "lab", "diagnosis", "follow_up"):
            e.notes = e.notes or "seen"
    count = plant(case, text)
    return case, forms, count


def test_anonymised_export_leaks_no_identifier_in_any_free_text(tmp_path: Path) -> None:
    case, forms, planted = planted_example()
    assert planted > 60  # title, keywords, label, history, every event text, report, authors...
    plain = write_case_file([case], [], tmp_path / "plain.json").read_text("utf-8")
    assert plain.count("Hanako Testcase") >= planted  # planted where the file has text
    out = write_case_file([case], [], tmp_path / "anon.json", anonymise=True)
    text = out.read_text("utf-8")
    left = [f for f in forms if f in text]
    assert left == []
    assert "Hanako" not in text and "Testcase" not in text and "0048213" not in text
    # known dates became relative times; the clinical text around them stayed
    assert "<day 93>" in text and "<day \u22123>" in text
    assert "<[name]>" in text and "<[record number]>" in text
    assert "Chalky white fluid aspirated" in text
    assert "Cosman F, Crittenden DB" in text  # a reference keeps its own text
    # it re-imports, and every free text there is clean too
    [again] = read_case_file(out, today=TODAY).cases
    assert again.patient.private == PrivateIdentifiers() and again.patient.age == 75
    assert again.report is not None and again.report.patient_perspective is not None
    assert "[name]" in again.report.patient_perspective


def test_anonymised_series_text_is_redacted_with_its_cases_identifiers(tmp_path: Path) -> None:
    first = example()
    second = dataclasses.replace(first, key="two", title="Second")
    series = Series(
        title="Two patients like Hanako Testcase",
        case_keys=["epidural-calcification", "two"],
        introduction="First seen on 5 June 2024 (MRN-0048213).",
        references=["Testcase H. A letter. 2024."],
    )
    out = write_case_file([first, second], [series], tmp_path / "s.json", anonymise=True)
    [written] = json.loads(out.read_text("utf-8"))["series"]
    assert written["title"] == "Two patients like [name]"
    assert written["introduction"] == "First seen on day 93 ([record number])."
    assert written["references"] == ["[name] H. A letter. 2024."]


def test_the_plain_export_keeps_text_as_stored(tmp_path: Path) -> None:
    case, forms, _ = planted_example()
    text = write_case_file([case], [], tmp_path / "plain.json").read_text("utf-8")
    assert all(f in text for f in forms)


def test_series_by_database_ids(tmp_path: Path) -> None:
    first = dataclasses.replace(example(), id=7, key=None)
    second = dataclasses.replace(first, id=9)
    out = write_case_file(
        [first, second], [Series(title="S", case_ids=[9, 7])], tmp_path / "s.json"
    )
    doc = json.loads(out.read_text("utf-8"))
    assert [c["id"] for c in doc["cases"]] == ["case-7", "case-9"]
    assert doc["series"][0]["cases"] == ["case-9", "case-7"]


def test_series_naming_a_case_not_written_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="names cases \\['other'\\]"):
        write_case_file(
            [example()],
            [Series(title="S", case_keys=["epidural-calcification", "other"])],
            tmp_path / "s.json",
        )
    assert list(tmp_path.iterdir()) == []


def test_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    bad = Case(title="t", patient=Patient(sex="male", age=1, weight_kg=float("nan")))
    with pytest.raises(ValueError):
        write_case_file([bad], [], tmp_path / "bad.json")
    assert list(tmp_path.iterdir()) == []


def test_files_are_private_to_the_user_and_replace_atomically(tmp_path: Path) -> None:
    out = tmp_path / "c.json"
    out.write_text("old")
    write_case_file([example()], [], out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "c-images").stat().st_mode) == 0o700
    assert json.loads(out.read_text("utf-8"))["format"] == "caselog"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c-images", "c.json"]  # no temp files


def test_same_image_name_different_content_gets_a_distinct_name(tmp_path: Path) -> None:
    case = example()
    images = [i for e in case.events for i in e.images]
    images[1].filename = images[0].filename  # two different pictures both called ct-initial.png
    out = write_case_file([case], [], tmp_path / "c.json")
    names = sorted(p.name for p in (tmp_path / "c-images").iterdir())
    assert names == ["ct-initial-37404f6b.png", "ct-initial.png"]
    again = read_case_file(out, today=TODAY).cases[0]
    assert [i.data for e in again.events for i in e.images] == [i.data for i in images]
