"""Results pasted from a lab system: every line read, or shown as not read."""

from __future__ import annotations

import pytest

from caselog.clinical.lab_paste import Pasted, Unread, read_block


@pytest.mark.parametrize(
    ("line", "test", "value", "unit", "low", "high", "flag", "catalogue"),
    [
        ("Calcium 8.3 mg/dL 8.5-10.5", "Calcium", 8.3, "mg/dL", 8.5, 10.5, None, "17861-6"),
        ("ALP\t412\tU/L\t40-130", "ALP", 412, "U/L", 40, 130, None, "6768-6"),
        ("Phosphate 1.9 mmol/L (0.8-1.5) H", "Phosphate", 1.9, "mmol/L", 0.8, 1.5, "H", "2777-1"),
        ("PTH, intact: 310 pg/mL [15 - 65]", "PTH, intact", 310, "pg/mL", 15, 65, None, "2731-8"),
        ("Calcium 8,3 mg/dL 8,5-10,5 L", "Calcium", 8.3, "mg/dL", 8.5, 10.5, "L", "17861-6"),
        ("25-OH vitamin D 32 ng/mL 30-100", "25-OH vitamin D", 32, "ng/mL", 30, 100, None,
         "62292-8"),
        ("eGFR, CKD-EPI 2021 8 mL/min/1.73 m2 >60 L", "eGFR, CKD-EPI 2021", 8,
         "mL/min/1.73 m2", 60, None, "L", "98979-8"),
        ("White blood cells 6.8 10^3/uL 3.5-9.0", "White blood cells", 6.8, "10^3/uL", 3.5,
         9.0, None, "6690-2"),
        ("Sodium 140 mmol/L 135-145", "Sodium", 140, "mmol/L", 135, 145, None, None),
        ("Calcium\t8.3\tmg/dL\t8.5 - 10.5\tL", "Calcium", 8.3, "mg/dL", 8.5, 10.5, "L",
         "17861-6"),
        ("ALP 412", "ALP", 412, None, None, None, None, "6768-6"),
    ],
)  # fmt: skip
def test_lines_a_lab_system_prints(
    line: str, test: str, value: float, unit: str | None, low: float | None,
    high: float | None, flag: str | None, catalogue: str | None,
) -> None:  # fmt: skip
    [got] = read_block(line)
    assert isinstance(got, Pasted)
    assert (got.test, got.value, got.unit, got.ref_low, got.ref_high, got.printed_flag) == (
        test, value, unit, low, high, flag,
    )  # fmt: skip
    assert (got.catalogue.loinc if got.catalogue else None) == catalogue


def test_text_and_censored_results_are_kept_as_text() -> None:
    culture, crp = read_block("Culture of drained fluid: no growth\nCRP <0.3 mg/dL")
    assert isinstance(culture, Pasted) and culture.text == "no growth" and culture.value is None
    assert isinstance(crp, Pasted) and crp.text == "<0.3" and crp.value is None


def test_nothing_is_dropped_without_saying_so() -> None:
    block = "Test\tResult\tUnit\tRange\n\nCalcium 8.3 mg/dL\nsee attached report\r\nALP 412 U/L\n"
    got = read_block(block)
    assert [type(g).__name__ for g in got] == ["Unread", "Pasted", "Unread", "Pasted"]
    head, _, words, _ = got
    assert isinstance(head, Unread) and "heading" in head.why and head.line == 1
    assert isinstance(words, Unread) and words.line == 4 and "type it into the grid" in words.why
