import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caselog.clinical.catalogue import (
    UnitError,
    complete,
    convert,
    drugs,
    find_drug,
    find_test,
    flag,
    implausible,
    labs,
    unit_problem,
)
from tests.clinical_cases import event

SIX = (
    "romosozumab",
    "denosumab",
    "zoledronic acid",
    "alendronate",
    "teriparatide",
    "abaloparatide",
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("romosozumab", "romosozumab"),
        ("EVENITY", "romosozumab"),
        ("Evenity®", "romosozumab"),
        ("romosozumab-aqqg", "romosozumab"),
        ("Evenity 105 mg x 2", "romosozumab"),
        ("prolia", "denosumab"),
        ("Denosumab-bbdz", "denosumab"),
        ("Aclasta", "zoledronic acid"),
        ("zoledronate", "zoledronic acid"),
        ("Fosamax", "alendronate"),
        ("alendronic acid", "alendronate"),
        ("Forsteo", "teriparatide"),
        ("tymlos", "abaloparatide"),
    ],
)
def test_drug_lookup_by_name_synonym_or_brand(text: str, name: str) -> None:
    drug = find_drug(text)
    assert drug is not None and drug.name == name


def test_unknown_drugs_are_not_guessed() -> None:
    assert find_drug("paracetamol") is None
    assert find_drug("") is None
    assert find_drug(None) is None


def test_the_six_drugs_carry_atc_class_regimen_and_sources() -> None:
    cat = drugs()
    atc = {d.name: d.atc for d in cat.drugs}
    assert atc["romosozumab"] == "M05BX06"
    assert atc["denosumab"] == "M05BX04"
    assert atc["zoledronic acid"] == "M05BA08"
    assert atc["alendronate"] == "M05BA04"
    assert atc["teriparatide"] == "H05AA02"
    assert atc["abaloparatide"] == "H05AA04"
    for name in SIX:
        drug = cat.get(name)
        assert drug.regimen.text and drug.drug_class and drug.brands
        assert cat.source_text(drug)
    assert cat.get("romosozumab").regimen.max_doses == 12
    assert [d.name for d in cat.drugs if d.antiresorptive][:3] == [
        "denosumab",
        "zoledronic acid",
        "alendronate",
    ]
    assert not cat.get("romosozumab").antiresorptive
    assert not cat.get("teriparatide").antiresorptive


def test_lab_catalogue_has_the_reference_tests_with_loinc_and_attribution() -> None:
    codes = {t.loinc for t in labs().tests}
    for code in ("17861-6", "29265-6", "1994-3", "2777-1", "2731-8", "6768-6", "62292-8"):
        assert code in codes
    for code in ("41171-0", "77370-5", "2160-0", "98979-8", "1988-5", "6690-2"):
        assert code in codes
    assert "LOINC" in labs().attribution and "Regenstrief" in labs().attribution
    p1np = find_test("P1NP")
    assert p1np is not None and p1np.loinc_unconfirmed


def test_lookup_by_synonym_and_loinc() -> None:
    assert find_test("ionised calcium").id == "calcium-ionized"  # type: ignore[union-attr]
    assert find_test("iPTH").loinc == "2731-8"  # type: ignore[union-attr]
    assert find_test(loinc="62292-8").name == "25-OH vitamin D"  # type: ignore[union-attr]
    assert find_test("unobtainium") is None


def test_completion_ranks_names_before_synonyms_before_words() -> None:
    names = [t.name for t in complete("cal")]
    assert names[:3] == ["Calcium, total", "Calcium, albumin-corrected", "Calcium, ionized"]
    assert [t.name for t in complete("vit")] == ["25-OH vitamin D"]
    assert "Calcium, albumin-corrected" in [t.name for t in complete("corr")]
    assert complete("zzz") == []
    assert len(complete("")) == len(labs().tests)


@pytest.mark.parametrize(
    ("value", "src", "dst", "test", "expected"),
    [
        (10.0, "mg/dL", "mmol/L", "calcium", 2.495),
        (2.5, "mmol/L", "mg/dL", "Calcium, total", 10.02),
        (4.5, "mg/dL", "mmol/L", "phosphate", 1.453),
        (1.0, "mg/dL", "µmol/L", "creatinine", 88.4),
        (1.0, "mg/dL", "umol/L", "creatinine", 88.4),
        (30.0, "ng/mL", "nmol/L", "vitamin D", 74.88),
        (2.3, "mmol/L", "mg/dL", "corrected calcium", 9.218),
    ],
)
def test_conversions(value: float, src: str, dst: str, test: str, expected: float) -> None:
    assert convert(value, src, dst, test) == pytest.approx(expected, rel=1e-3)


@given(
    st.sampled_from(
        [
            ("calcium", "mg/dL", "mmol/L"),
            ("phosphate", "mg/dL", "mmol/L"),
            ("creatinine", "mg/dL", "umol/L"),
            ("25-OH vitamin D", "ng/mL", "nmol/L"),
            ("PTH", "pg/mL", "pmol/L"),
        ]
    ),
    st.floats(min_value=0.0, max_value=1e5, allow_nan=False),
)
def test_conversions_round_trip(spec: tuple[str, str, str], value: float) -> None:
    test, a, b = spec
    there = convert(value, a, b, test)
    assert math.isclose(convert(there, b, a, test), value, rel_tol=1e-12, abs_tol=1e-12)


def test_unknown_unit_or_test_is_refused_with_a_message() -> None:
    with pytest.raises(UnitError, match="furlongs"):
        convert(1.0, "furlongs", "mg/dL", "calcium")
    with pytest.raises(UnitError, match="unknown laboratory test"):
        convert(1.0, "mg/dL", "mmol/L", "unobtainium")


def test_flag_uses_the_results_own_range_first() -> None:
    own = event("lab", "2024-01-01", test="Calcium", value=8.6, unit="mg/dL", ref_low=8.8)
    assert flag(own) == "low"  # 8.6 is normal for the catalogue but low for this lab
    high = event("lab", "2024-01-01", test="Calcium", value=10.6, unit="mg/dL", ref_high=11.0)
    assert flag(high) == "normal"


def test_flag_falls_back_on_the_catalogue_range_in_the_results_unit() -> None:
    assert flag(event("lab", "2024-01-01", test="Calcium", value=8.1, unit="mg/dL")) == "low"
    assert flag(event("lab", "2024-01-01", test="Calcium", value=2.0, unit="mmol/L")) == "low"
    assert flag(event("lab", "2024-01-01", test="Calcium", value=2.4, unit="mmol/L")) == "normal"
    assert flag(event("lab", "2024-01-01", test="Calcium", value=2.7, unit="mmol/L")) == "high"
    assert flag(event("lab", "2024-01-01", test="eGFR", value=12, unit="mL/min/1.73 m2")) == "low"
    assert flag(event("lab", "2024-01-01", test="eGFR", value=95, unit="mL/min/1.73m²")) == "normal"


def test_no_flag_without_a_range_or_a_value() -> None:
    assert flag(event("lab", "2024-01-01", test="T-score", value=-3.1)) is None
    assert flag(event("lab", "2024-01-01", test="Culture", text="no growth")) is None
    assert flag(event("lab", "2024-01-01", test="Calcium", value=9.0, unit="furlongs")) is None
    assert flag(event("symptom", "2024-01-01", name="pain")) is None


def test_implausible_values_ask_for_confirmation() -> None:
    msg = implausible(event("lab", "2024-01-01", test="Calcium", value=80, unit="mg/dL"))
    assert msg is not None and "80 mg/dL" in msg and "plausible" in msg
    neg = implausible(event("lab", "2024-01-01", test="WBC", value=-2, unit="10^3/uL"))
    assert neg is not None and "negative" in neg
    # the same calcium in mmol/L is plausible and so is a severe but real value
    assert implausible(event("lab", "2024-01-01", test="Calcium", value=2.1, unit="mmol/L")) is None
    assert implausible(event("lab", "2024-01-01", test="Calcium", value=6.2, unit="mg/dL")) is None
    assert implausible(event("lab", "2024-01-01", test="Calcium", value=2.1, unit="mg/dL")) is None
    assert implausible(event("lab", "2024-01-01", test="Calcium", value=1.2, unit="mg/dL"))
    # an unknown unit is not judged but reported on its own
    odd = event("lab", "2024-01-01", test="Calcium", value=9.0, unit="furlongs")
    assert implausible(odd) is None
    assert "furlongs" in (unit_problem(odd) or "")
    assert unit_problem(event("lab", "2024-01-01", test="Calcium", value=9.0, unit="mg/dl")) is None
    # a negative T-score is normal: uncatalogued tests are not judged
    assert implausible(event("lab", "2024-01-01", test="T-score", value=-3.1)) is None


def test_a_malformed_catalogue_entry_is_reported_with_its_place() -> None:
    from caselog.clinical.catalogue.drugs import _drug_from
    from caselog.clinical.catalogue.files import CatalogueError
    from caselog.clinical.catalogue.labs import _test_from

    with pytest.raises(CatalogueError, match=r"drugs\[3\].*'atc'"):
        _drug_from(
            {"name": "x", "class": "y", "antiresorptive": False, "regimen": {"text": ""}},
            "drugs[3]",
        )
    with pytest.raises(CatalogueError, match=r"tests\[0\].*factor"):
        _test_from(
            {"id": "t", "name": "T", "unit": "mg", "units": [{"unit": "g", "factor": 0}]},
            "tests[0]",
        )
