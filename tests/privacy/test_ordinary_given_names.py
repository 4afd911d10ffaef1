"""Given names that are ordinary English words ("Memory", "Precious", "Gift", "Given") are
redacted as the subject of a person's verb, and left where they are the word."""

from __future__ import annotations

import pytest

from tests.privacy.script_helpers import redacted


def _out(text: str) -> str:
    return redacted(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her daughter Patience visited; Memory phoned.", "Memory"),
        ("Given phoned about transport.", "Given"),
        ("Precious, who drove her, agreed to the plan.", "Precious"),
        ("Gift said she had stopped the tablets.", "Gift"),
        ("Collateral from the neighbour: Loveness rang twice.", "Loveness"),
    ],
)
def test_the_name_as_a_persons_subject_is_redacted(text: str, name: str) -> None:
    assert name not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Memory was poor on testing.",
        "Referred to the Memory Clinic for review.",
        "Given the history, we stopped it.",
        "Evidence suggested infection.",
        "A gift of flowers from the family.",
        "Pharmacy phoned about the dose.",
    ],
)
def test_the_word_is_left(text: str) -> None:
    assert _out(text) == text
