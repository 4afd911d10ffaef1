"""The review overview across cases: rows, sorting, CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case, Event, Patient
from caselog.review.overview import COLUMNS, overview, sort_rows, to_csv


def case(title: str, drug: str | None, onset: PartialDate | None, **a: object) -> Case:
    events = [Event(kind="note", date=PartialDate(2024, 1, 1), text="x")]
    if drug:
        events.append(
            Event(kind="medication", date=PartialDate(2024, 1, 10), drug=drug, action="start",
                  role="suspect")
        )  # fmt: skip
    assessment = Assessment(reaction="reaction", onset_date=onset, **a) if a or onset else None  # type: ignore[arg-type]
    return Case(title=title, patient=Patient(sex="female", label=f"{title} patient"),
                events=events, assessment=assessment, id=len(title))  # fmt: skip


@pytest.fixture
def cases() -> list[Case]:
    return [
        case("alpha", "romosozumab", PartialDate(2024, 2, 9), outcome="recovered",
             who_umc="probable", naranjo={"after_drug": "yes", "objective_evidence": "yes",
                                          "alternative_causes": "no", "previous_reports": "yes"}),
        case("beta", "denosumab", PartialDate(2024, 1, 15), outcome="not_recovered",
             who_umc="possible", naranjo={"after_drug": "yes"}),
        case("gamma", None, None, outcome="fatal"),  # no suspect drug: not reviewed
        case("delta", "cinacalcet", None),
    ]  # fmt: skip


def test_rows_across_cases_with_a_suspect_drug(cases: list[Case]) -> None:
    rows = overview(cases)
    assert [r.title for r in rows] == ["alpha", "beta", "delta"]
    alpha, beta, delta = rows
    assert (alpha.suspect_drug, alpha.time_to_onset_days, alpha.outcome) == (
        "romosozumab",
        30,
        "recovered",
    )
    assert (alpha.naranjo_score, alpha.naranjo_band, alpha.who_umc) == (6, "probable", "probable")
    assert (beta.time_to_onset_days, beta.naranjo_score, beta.naranjo_band) == (5, 2, "possible")
    assert (
        delta.reaction is None and delta.time_to_onset_days is None and delta.naranjo_band is None
    )
    assert alpha.patient == "alpha patient"


def test_onset_defaults_to_the_first_symptom_from_day_0(cases: list[Case]) -> None:
    c = replace(cases[3], assessment=Assessment(reaction="rash"))
    c.events.append(Event(kind="symptom", date=PartialDate(2024, 1, 5), name="before day 0"))
    c.events.append(Event(kind="symptom", date=PartialDate(2024, 1, 24), name="rash"))
    [row] = overview([c])
    assert row.time_to_onset_days == 14


def test_sorting_puts_empty_cells_last(cases: list[Case]) -> None:
    rows = overview(cases)
    assert [r.title for r in sort_rows(rows, "time_to_onset_days")] == ["beta", "alpha", "delta"]
    assert [r.title for r in sort_rows(rows, "time_to_onset_days", descending=True)] == [
        "alpha", "beta", "delta",
    ]  # fmt: skip
    assert [r.title for r in sort_rows(rows, "suspect_drug")] == ["delta", "beta", "alpha"]
    with pytest.raises(ValueError, match="cannot sort the overview by 'nope'"):
        sort_rows(rows, "nope")


def test_csv_has_a_header_and_one_line_per_row(cases: list[Case]) -> None:
    rows = overview(cases)
    parsed = list(csv.reader(io.StringIO(to_csv(rows))))
    assert parsed[0][:6] == ["Case", "Title", "Patient", "Suspect drug", "Reaction",
                             "Time to onset (days)"]  # fmt: skip
    assert len(parsed[0]) == len(COLUMNS)
    assert parsed[1] == ["5", "alpha", "alpha patient", "romosozumab", "reaction", "30",
                         "recovered", "6", "probable", "probable"]  # fmt: skip
    assert parsed[2][6] == "not recovered"
    assert parsed[3][4:] == ["", "", "", "", "", ""]


def test_csv_text_cannot_run_as_a_spreadsheet_formula(cases: list[Case]) -> None:
    evil = replace(cases[0], title='=HYPERLINK("http://x","click")', id=9)
    evil.patient = replace(evil.patient, label="+cmd|' /C calc'!A0")
    [row] = list(csv.reader(io.StringIO(to_csv(overview([evil])))))[1:]
    assert row[1] == '\'=HYPERLINK("http://x","click")' and row[2].startswith("'+cmd")
    assert cases[1].assessment is not None
    negative = replace(
        cases[1], assessment=replace(cases[1].assessment, onset_date=PartialDate(2024, 1, 1))
    )
    [row] = list(csv.reader(io.StringIO(to_csv(overview([negative])))))[1:]
    assert row[5] == "-9"  # a number stays a number
