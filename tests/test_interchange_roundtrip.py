"""The example case reads; read -> write -> read gives back equal cases, images byte for byte."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Series
from caselog.interchange.reader import read_case_file
from caselog.interchange.writer import write_case_file
from tests.examples import EXAMPLE
from tests.strategies import TODAY, cases


def test_example_case_reads() -> None:
    case_file = read_case_file(EXAMPLE, today=TODAY)
    [case] = case_file.cases
    assert case.key == "epidural-calcification"
    assert case.patient.private.name == "Hanako Testcase"
    assert case.patient.private.birth_date == PartialDate(1949, 2, 11)
    assert case.patient.kidney is not None
    assert case.patient.kidney.dialysis_since == PartialDate(2016, 5)
    assert len(case.events) == 21
    assert case.effective_index_date() == PartialDate(2024, 3, 4)
    imaging = [e for e in case.events if e.kind == "imaging"]
    assert [i.filename for e in imaging for i in e.images] == [
        "ct-initial.png",
        "ct-regression.png",
    ]
    image = imaging[0].images[0]
    assert (image.media_type, image.width, image.height, image.panel) == (
        "image/png",
        480,
        480,
        "A",
    )
    assert case.assessment is not None and case.assessment.naranjo["after_drug"] == "yes"
    assert case.report is not None and case.report.consent is not None
    assert case_file.series == []


def test_example_round_trip_keeps_private_fields_and_image_bytes(tmp_path: Path) -> None:
    original = read_case_file(EXAMPLE, today=TODAY)
    out = write_case_file(original.cases, original.series, tmp_path / "export.json")
    again = read_case_file(out, today=TODAY)
    assert again.cases == original.cases
    assert again.cases[0].patient.private.mrn == "MRN-0048213"
    before = [i.data for e in original.cases[0].events for i in e.images]
    after = [i.data for e in again.cases[0].events for i in e.images]
    assert before == after and len(after) == 2
    assert sorted(p.name for p in (tmp_path / "export-images").iterdir()) == [
        "ct-initial.png",
        "ct-regression.png",
    ]


def test_output_is_deterministic_and_in_spec_key_order(tmp_path: Path) -> None:
    original = read_case_file(EXAMPLE, today=TODAY)
    first = write_case_file(original.cases, [], tmp_path / "a.json").read_text("utf-8")
    second = write_case_file(original.cases, [], tmp_path / "b.json").read_text("utf-8")
    assert first.replace("a-images/", "b-images/") == second
    doc = json.loads(first)
    assert list(doc) == ["format", "version", "cases"]
    assert list(doc["cases"][0])[:4] == ["id", "title", "authors", "keywords"]
    assert list(doc["cases"][0]["events"][3]) == [
        "kind",
        "date",
        "drug",
        "action",
        "role",
        "dose",
        "dose_unit",
        "route",
        "frequency",
        "indication",
    ]
    assert '"Hanako Testcase"' in first  # private fields are written unless anonymising
    assert "\\u" not in first and first.endswith("}\n")


def test_series_round_trip_by_case_key(tmp_path: Path) -> None:
    [case] = read_case_file(EXAMPLE, today=TODAY).cases
    other = dataclasses.replace(case, key="second", title="Second case")
    series = Series(title="Two cases", key="s1", case_keys=["epidural-calcification", "second"])
    out = write_case_file([case, other], [series], tmp_path / "series.json")
    again = read_case_file(out, today=TODAY)
    assert again.series == [series]
    assert [c.key for c in again.cases] == ["epidural-calcification", "second"]


@given(st.lists(cases(), min_size=1, max_size=3))
def test_generated_cases_round_trip(
    tmp_path_factory: pytest.TempPathFactory, drawn: list[Case]
) -> None:
    keys = [f"c{n}" for n in range(len(drawn))]
    for key, case in zip(keys, drawn, strict=True):
        case.key = key
    folder = tmp_path_factory.mktemp("rt")
    series = [Series(title="All", key="all", case_keys=keys)] if len(drawn) > 1 else []
    out = write_case_file(drawn, series, folder / "cases.json")
    again = read_case_file(out, today=TODAY)
    assert again.cases == drawn
    assert again.series == series
    # and writing what was read gives the same bytes
    out2 = write_case_file(again.cases, again.series, folder / "cases.json")
    assert out2.read_bytes() == out.read_bytes()
