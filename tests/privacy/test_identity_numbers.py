"""Identity numbers of Latin America, Asia, Africa and the Gulf after their label, their
groups apart by dots, hyphens or spaces ("DNI 12.345.678", "RUT 12.345.678-5", "HKID
A123456(7)"); the labels that are clinical abbreviations too are no cue."""

from __future__ import annotations

import pytest

from tests.privacy.script_helpers import redacted


def _out(text: str) -> str:
    return redacted(text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("DNI 12.345.678", ("345", "678")),
        ("RUT 12.345.678-5", ("345", "678")),
        ("HKID A123456(7)", ("123456", "(7)")),
        ("Cédula 1-2345-6789", ("2345", "6789")),
        ("Emirates ID 784-1985-1234567-1", ("1985", "1234567")),
        ("NRIC S1234567D", ("1234567",)),
    ],
)
def test_the_whole_number_is_redacted(text: str, digits: tuple[str, ...]) -> None:
    out = _out(text)
    assert not any(d in out for d in digits), out


def test_clinical_abbreviations_are_no_label() -> None:
    text = "We run 2 sessions; TIN 2 on biopsy; CIN 2 lesion; PAN 3 criteria."
    assert _out(text) == text
