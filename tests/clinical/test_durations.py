"""Durations in words (issue 16, item 7): two years or more are whole years rounded half up
from the calendar months between the dates, whatever the dates' precision."""

import datetime as dt
from fractions import Fraction

import pytest

from caselog.clinical.relative import Span, calendar_months, describe_relative, duration_words
from tests.clinical_cases import d


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2020-01-15", "2021-07-15", "18 months"),
        ("2020-01-15", "2022-07-15", "about 3 years"),  # 30 months: 2.5 years, half up
        ("2020-01-15", "2023-07-15", "about 4 years"),  # 42: 3.5
        ("2020-01-15", "2024-07-15", "about 5 years"),  # 54: 4.5 (not 4, as half to even)
        ("2020-01-15", "2022-07-14", "about 2 years"),  # a day short of 30 months
        ("2020-01-15", "2022-01-15", "2 years"),  # exactly 24 months
        ("2020-01-01", "2021-12-20", "2 years"),  # 23.6 months: within 0.1 year of 2
        ("2020-01-01", "2021-12-10", "about 23 months"),  # 23.3: still months
        ("2020-02-29", "2022-08-29", "about 3 years"),  # from a leap day
        ("2020-01-15", "2020-03-15", "2 months"),
        ("2020-01-15", "2020-02-28", "about 6 weeks"),
    ],
)
def test_day_precise_durations(start: str, end: str, words: str) -> None:
    assert duration_words(d(start), d(end)) == words
    assert duration_words(d(end), d(start)) == words  # the sign is dropped


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ("2020-01", "2021-07", "about 18 months"),
        ("2020-01", "2022-07", "about 3 years"),
        ("2020-01", "2023-07", "about 4 years"),
        ("2020-01", "2024-07", "about 5 years"),
        ("2020-01", "2022-01", "about 2 years"),
        ("2020-01", "2021-12", "about 23 months"),
    ],
)
def test_month_precise_durations(start: str, end: str, words: str) -> None:
    assert duration_words(d(start), d(end)) == words


def test_relative_times_and_spans_use_the_same_rule() -> None:
    index = d("2020-01-15")
    assert describe_relative(d("2022-07-15"), index) == "about 3 years after the index date"
    assert describe_relative(d("2016-07-15"), index) == "about 4 years before the index date"
    assert Span(index, d("2024-07-15")).describe() == "1643 days (about 5 years)"


def test_calendar_months_are_exact() -> None:
    assert calendar_months(dt.date(2024, 1, 15), dt.date(2024, 7, 15)) == 6
    assert calendar_months(dt.date(2024, 1, 15), dt.date(2024, 7, 30)) == 6 + Fraction(15, 31)
    assert calendar_months(dt.date(2024, 1, 31), dt.date(2024, 2, 29)) == 1  # month-end clamp
    assert calendar_months(dt.date(2024, 3, 4), dt.date(2024, 3, 4)) == 0
