"""A licence number after a council or board's acronym that no list holds
(``shapes._COUNCIL``, issue 14): the registers of every country cannot be listed, but
their acronyms share the letters of "medical council", "dental council", "board".
"""

from __future__ import annotations

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier


def redact(text: str) -> str:
    d = Deidentifier(Case(title="", patient=Patient(sex="female", private=PrivateIdentifiers())))
    return d.redact(text)[0]


LICENCES = [
    ("PNGMC: 44-71", "44-71"),
    ("MBPNG 12 345", "12 345"),
    ("Signed, PNGMC/RN/4182.", "4182"),
    ("SIMDC no. 10384", "10384"),
    ("Registered FPC 41120 in Suva.", "41120"),
    ("VMDC No. A-2291", "2291"),
]


@pytest.mark.parametrize(("text", "number"), LICENCES, ids=[t for t, _ in LICENCES])
def test_a_number_after_a_councils_acronym_is_a_licence(text: str, number: str) -> None:
    out = redact(text)
    assert number not in out, out
    assert "[licence number]" in out, out


# Lab acronyms with the same letters, and counts with their units, keep their values.
LAB_VALUES = [
    ("ANC 1500 /uL", "1500"),
    ("MCHC 330 g/L", "330"),
    ("PCR 4500 copies/mL", "4500"),
    ("PCT 12.5 ng/mL", "12.5"),
    ("uPCR 1250 mg/g", "1250"),
]


@pytest.mark.parametrize(("text", "value"), LAB_VALUES, ids=[t for t, _ in LAB_VALUES])
def test_a_lab_acronym_keeps_its_value(text: str, value: str) -> None:
    out = redact(text)
    assert value in out, out
