"""Properties over generated input: anonymised exports stay valid; no input crashes validation."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caselog.core.dates import Precision
from caselog.core.model import Case, PrivateIdentifiers
from caselog.interchange import schema
from caselog.interchange.errors import ValidationError
from caselog.interchange.reader import read_case_file
from caselog.interchange.validation import document_from_dict
from caselog.interchange.writer import write_case_file
from tests.strategies import cases


@given(st.lists(cases(), min_size=1, max_size=2))
def test_anonymised_export_reads_back_without_identifiers(
    tmp_path_factory: pytest.TempPathFactory, drawn: list[Case]
) -> None:
    out = write_case_file(drawn, [], tmp_path_factory.mktemp("anon") / "a.json", anonymise=True)
    # shifting moves late events past today when the index date is early: judge from far ahead
    again = read_case_file(out, today=dt.date(2100, 1, 1)).cases
    assert len(again) == len(drawn)
    for before, after in zip(drawn, again, strict=True):
        assert after.patient.private == PrivateIdentifiers()
        assert after.patient.age is not None and 0 <= after.patient.age <= 90
        index_before, index_after = before.effective_index_date(), after.effective_index_date()
        if index_before is None:
            continue
        assert index_after is not None and index_after.first_day() == dt.date(2000, 1, 1)
        # day-precision events keep their distance from day 0
        for e0, e1 in zip(before.events, after.events, strict=True):
            assert e1.date.precision == e0.date.precision
            if e0.date.precision is Precision.DAY:
                assert e1.date.first_day() - index_after.first_day() == (
                    e0.date.first_day() - index_before.first_day()
                )


ALL_KEYS = sorted(
    {
        *schema.TOP_KEYS,
        *schema.CASE_KEYS,
        *schema.PATIENT_KEYS,
        *schema.ASSESSMENT_KEYS,
        *schema.REPORT_KEYS,
        *schema.EVENT_FIELD_TYPES,
        *schema.IMAGE_KEYS,
        "kind",
        "date",
    }
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(),
    st.text(max_size=8),
    st.sampled_from(["caselog", "2024-02-30", "2024-06", "lab", "medication", "stop", "female"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(ALL_KEYS) | st.text(max_size=5), inner, max_size=6)
    ),
    max_leaves=30,
)


@settings(max_examples=120, deadline=None)
@given(json_values)
def test_any_json_gives_cases_or_a_validation_error(raw: Any) -> None:
    try:
        document_from_dict(raw, today=dt.date(2026, 1, 1))
    except ValidationError as error:
        assert error.issues and all(issue.message for issue in error.issues)


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(st.sampled_from(ALL_KEYS), json_values, max_size=8),
    st.sampled_from(sorted(schema.EVENT_KEYS)),
)
def test_any_event_gives_an_event_or_a_validation_error(raw: dict[str, Any], kind: str) -> None:
    from caselog.interchange.validation import event_from_dict

    try:
        event_from_dict({**raw, "kind": kind}, today=dt.date(2026, 1, 1))
    except ValidationError as error:
        assert error.issues
