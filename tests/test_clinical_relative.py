import pytest
from hypothesis import given
from hypothesis import strategies as st

from caselog.clinical.relative import (
    Span,
    compare,
    describe,
    describe_relative,
    relative_days,
    relative_months,
    short_relative,
)
from caselog.core.dates import PartialDate

d = PartialDate.parse
INDEX = d("2024-03-04")


def test_days_only_when_both_dates_are_known_to_the_day() -> None:
    assert relative_days(d("2024-06-07"), INDEX) == 95
    assert relative_days(d("2024-02-19"), INDEX) == -14
    assert relative_days(d("2024-06"), INDEX) is None
    assert relative_days(d("2024-06-07"), d("2024-03")) is None
    assert relative_months(d("2024-06"), INDEX) == 3
    assert relative_months(d("2024"), INDEX) is None


@pytest.mark.parametrize(
    ("date", "text"),
    [
        ("2024-03-04", "on the index date"),
        ("2024-03-05", "1 day after the index date"),
        ("2024-03-01", "3 days before the index date"),
        ("2024-02-19", "2 weeks before the index date"),
        ("2024-03-22", "about 3 weeks after the index date"),
        ("2024-06-05", "3 months after the index date"),
        ("2024-07-14", "about 4 months after the index date"),
        ("2026-03-04", "2 years after the index date"),
        ("2024-06", "about 3 months after the index date"),
        ("2024-03", "in the month of the index date"),
        ("2024-04", "in the month after the index date"),
        ("2023-12", "about 3 months before the index date"),
        ("2024", "in the year of the index date"),
        ("2019", "about 5 years before the index date"),
        ("2023", "in the year before the index date"),
    ],
)
def test_describe_relative_as_a_clinician_says_it(date: str, text: str) -> None:
    assert describe_relative(d(date), INDEX) == text


def test_month_precision_never_gets_a_day_count() -> None:
    text = describe_relative(d("2024-06"), INDEX)
    assert "day" not in text and text.startswith("about")
    assert short_relative(d("2024-06"), INDEX) == "Month 3"
    assert short_relative(d("2024-06-05"), d("2024-03")) == "Month 3"


def test_anchor_names_the_index() -> None:
    anchor = "the first dose of romosozumab"
    assert describe(d("2024-06-05"), INDEX, anchor=anchor) == (
        "3 months after the first dose of romosozumab"
    )
    assert describe_relative(INDEX, INDEX, anchor=anchor) == (
        "on the day of the first dose of romosozumab"
    )
    assert describe_relative(d("2024-03"), INDEX, anchor=anchor) == (
        "in the month of the first dose of romosozumab"
    )


def test_short_forms() -> None:
    assert short_relative(d("2024-06-07"), INDEX) == "Day 95"
    assert short_relative(d("2024-02-19"), INDEX) == "Day -14"
    assert short_relative(d("2019"), INDEX) == "Year -5"


def test_spans_honour_precision() -> None:
    assert Span(d("2024-03-04"), d("2024-06-05")).describe() == "93 days (3 months)"
    assert Span(d("2024-03-04"), d("2024-03-10")).describe() == "6 days"
    assert Span(d("2024-03"), d("2024-07")).describe() == "about 4 months"
    assert Span(d("2024-03-04"), d("2024-07")).days is None
    assert Span(d("2020"), d("2024-03-04")).describe() == "about 4 years"


def test_compare_knows_when_it_cannot_tell() -> None:
    assert compare(d("2024-03-01"), INDEX) == -1
    assert compare(d("2024-04"), INDEX) == 1
    assert compare(INDEX, INDEX) == 0
    assert compare(d("2024-03"), INDEX) is None


def test_a_negative_span_says_so() -> None:
    span = Span(d("2024-03-04"), d("2024-02-03"))
    assert span.negative and span.days == -30
    assert span.describe() == "minus 30 days (about 4 weeks)"
    assert not Span(d("2024-03"), d("2024-03-04")).negative


@given(st.integers(min_value=-3000, max_value=3000))
def test_days_round_trip_through_shifted(days: int) -> None:
    assert relative_days(INDEX.shifted(days), INDEX) == days
    assert short_relative(INDEX.shifted(days), INDEX) == f"Day {days}"
    text = describe_relative(INDEX.shifted(days), INDEX)
    assert ("after" in text) == (days > 0) and ("before" in text) == (days < 0)


@given(st.integers(min_value=-400, max_value=400))
def test_coarse_dates_never_claim_days(months: int) -> None:
    total = 2024 * 12 + 2 + months  # March 2024 + months, zero-based month
    date = PartialDate(total // 12, total % 12 + 1)
    text = describe_relative(date, INDEX)
    assert "day" not in text and "week" not in text
    assert short_relative(date, INDEX) == f"Month {months}"
