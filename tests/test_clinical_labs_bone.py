"""The bone and mineral tests of the lab catalogue (issue 16, item 5): albumin, magnesium,
bone-specific ALP, TRACP-5b, BMD, T- and Z-scores, total P1NP apart from intact P1NP, and a
creatinine clearance kept apart from an eGFR."""

import json

import pytest

from caselog.clinical.catalogue import (
    UnitError,
    convert,
    find_test,
    flag,
    implausible,
    lab_test_of,
    labs,
    unit_problem,
)
from caselog.paths import resource_path
from tests.clinical_cases import event


@pytest.mark.parametrize(
    ("name", "unit", "test_id", "loinc"),
    [
        ("Albumin", "g/dL", "albumin", "1751-7"),
        ("serum albumin", "g/L", "albumin", "1751-7"),
        ("Mg", "mmol/L", "magnesium", "19123-9"),
        ("BALP", "ug/L", "balp-mass", "17838-4"),
        ("BALP", "U/L", "balp-activity", "1777-2"),
        ("Bone-specific ALP", "µg/L", "balp-mass", "17838-4"),
        ("TRAP-5b", "U/L", "tracp-5b", None),
        ("Lumbar spine BMD", "g/cm2", "bmd-lumbar-spine", "24966-4"),
        ("Total hip BMD", "g/cm2", "bmd-hip", "38261-4"),
        ("Femoral neck T-score", None, "t-score-femur", "38263-0"),
        ("T-score lumbar spine", None, "t-score-lumbar-spine", "38267-1"),
        ("Z-score", None, "z-score", None),
        ("Total hip Z-score", None, "z-score-hip", "80933-5"),
        ("Total P1NP", "ng/mL", "p1np-total", None),
        ("P1NP", "ng/mL", "p1np", "77370-5"),
        ("Intact P1NP", "ug/L", "p1np", "77370-5"),
        ("CrCl", "mL/min", "creatinine-clearance", "35591-7"),
        ("Creatinine clearance", "mL/min", "creatinine-clearance", "35591-7"),
    ],
)
def test_names_find_their_test_and_code(
    name: str, unit: str | None, test_id: str, loinc: str | None
) -> None:
    lab = lab_test_of(event("lab", "2024-01-01", test=name, value=1.0, unit=unit))
    assert lab is not None and lab.id == test_id and lab.loinc == loinc


def test_total_p1np_under_the_shared_code_stays_total_with_its_own_range() -> None:
    total = event(
        "lab", "2024-01-01", test="Total P1NP", value=105.0, unit="ng/mL", loinc="77370-5"
    )
    intact = event("lab", "2024-01-01", test="P1NP", value=105.0, unit="ng/mL", loinc="77370-5")
    assert lab_test_of(total).id == "p1np-total"  # type: ignore[union-attr]
    assert lab_test_of(intact).id == "p1np"  # type: ignore[union-attr]
    # 105 ng/mL is within the total assay's postmenopausal range, above the intact one's
    assert flag(total) == "normal" and flag(intact) == "high"
    assert find_test("Total P1NP").typical_high != find_test("P1NP").typical_high  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "from_unit", "to_unit", "test", "expected"),
    [
        (3.5, "g/dL", "g/L", "Albumin", 35.0),
        (40.0, "g/L", "g/dL", "albumin", 4.0),
        (2.0, "mg/dL", "mmol/L", "Magnesium", 0.8228),
        (0.8, "mmol/L", "mg/dL", "Mg", 1.9446),
        (2.0, "mg/dL", "mEq/L", "Magnesium", 1.6458),
        (0.85, "g/cm2", "mg/cm2", "BMD", 850.0),
        (60.0, "mL/min", "mL/s", "Creatinine clearance", 1.0002),
    ],
)
def test_conversions(
    value: float, from_unit: str, to_unit: str, test: str, expected: float
) -> None:
    assert convert(value, from_unit, to_unit, test) == pytest.approx(expected, rel=1e-3)


def test_egfr_in_ml_per_min_is_refused_as_a_creatinine_clearance() -> None:
    with pytest.raises(UnitError, match="creatinine clearance"):
        convert(25.0, "mL/min", "mL/min/1.73 m2", "eGFR")
    wrong = event("lab", "2024-01-01", test="eGFR", value=25.0, unit="mL/min")
    problem = unit_problem(wrong)
    assert problem is not None and "creatinine clearance" in problem and "eGFR" in problem
    assert flag(wrong) is None  # never judged against the eGFR range
    crcl = event("lab", "2024-01-01", test="CrCl", value=25.0, unit="mL/min/1.73 m2")
    assert "eGFR" in (unit_problem(crcl) or "")
    ok = event("lab", "2024-01-01", test="eGFR", value=25.0, unit="mL/min/1.73 m2")
    assert unit_problem(ok) is None and flag(ok) == "low"


def test_negative_t_score_is_plausible_but_negative_albumin_is_not() -> None:
    assert implausible(event("lab", "2024-01-01", test="T-score", value=-3.1)) is None
    assert implausible(event("lab", "2024-01-01", test="T-score", value=-14.0)) is not None
    assert "negative" in (
        implausible(event("lab", "2024-01-01", test="Albumin", value=-1.0, unit="g/dL")) or ""
    )
    # albumin typed in g/L under g/dL is caught
    assert (
        implausible(event("lab", "2024-01-01", test="Albumin", value=35.0, unit="g/dL")) is not None
    )


def test_every_new_test_cites_known_sources() -> None:
    raw = json.loads(resource_path("labs.json").read_text(encoding="utf-8"))
    sources = raw["sources"]
    for t in raw["tests"]:
        assert t["sources"], t["id"]
        assert all(s in sources for s in t["sources"]), t["id"]
        if t.get("loinc") is None:
            assert "LOINC" in t.get("notes", ""), t["id"]
    ids = [t.id for t in labs().tests]
    assert len(ids) == len(set(ids))
