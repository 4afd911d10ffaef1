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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Merveille est venue avec sa mère.", "Merveille"),
        ("Fidèle a appelé le service.", "Fidèle"),
        ("Patience nous a téléphoné hier.", "Patience"),
        ("Bienvenu conduit le taxi de sa mère.", "Bienvenu"),
        ("Dolores refiere dolores abdominales desde ayer.", "Dolores refiere"),
        ("Consuelo ha llamado esta mañana.", "Consuelo"),
        ("Graça ligou para a unidade.", "Graça"),
        ("Girlie texted the nurse.", "Girlie"),
    ],
)
def test_a_virtue_name_of_other_languages_as_a_persons_subject_is_redacted(
    text: str, name: str
) -> None:
    assert name not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Espoir de guérison modéré.",
        "Chance a été faible.",
        "Dolor refiere el paciente.",
        "Grace period applies to the refill.",
    ],
)
def test_the_word_of_another_language_is_left(text: str) -> None:
    assert _out(text) == text
