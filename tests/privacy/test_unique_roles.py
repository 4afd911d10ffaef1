"""Roles that single a person out: a first of its kind in a place ("the first woman surgeon
in Madagascar"), a fame ("a famous taarab singer"), an office of a group or a place ("the
imam of the main mosque", "the chairman of the Kisumu matatu owners association"); and the
clinical uses of the same words, left."""

from __future__ import annotations

import pytest

from tests.privacy.script_helpers import redacted


def _out(text: str) -> str:
    return redacted(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She was the first woman surgeon in Madagascar.", "woman surgeon"),
        ("She is a famous taarab singer known across the coast.", "taarab singer"),
        ("He is the well-known footballer of the town.", "footballer"),
        ("He is the imam of the main mosque in Lamu.", "imam"),
        ("He is the chairman of the Kisumu matatu owners association.", "chairman"),
    ],
)
def test_the_role_is_redacted(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out and "[unique identifier]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "The first dose in hospital was given at night.",
        "First episode of peritonitis in 2019.",
        "Chief complaint of the patient was pain.",
        "A well-known complication of dialysis.",
        "The famous Tenckhoff catheter was placed.",
        "The first male patient in the series.",
    ],
)
def test_clinical_uses_of_the_words_are_left(text: str) -> None:
    assert _out(text) == text
