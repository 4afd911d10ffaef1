"""The calcium rules with and without an albumin (issue 16, items 3 and 5): a total calcium
with an albumin of its day is judged corrected by Payne's formula, except on dialysis; the
monitoring window is said to be caselog's choice; a creatinine clearance is not an eGFR."""

import pytest

from caselog.clinical.catalogue import corrected_calcium, corrections
from caselog.clinical.findings import Finding
from caselog.clinical.rules import run_rules
from caselog.core.model import Case, Event, Kidney, Patient
from tests.clinical_cases import calcium, case, event, med, monthly

LOW = "romosozumab.hypocalcaemia-before-dose"
WATCH = "romosozumab.calcium-monitoring"


def fired(c: Case, rule: str) -> list[Finding]:
    return [f for f in run_rules(c) if f.rule == rule]


def albumin(date: str, value: float, unit: str = "g/dL") -> Event:
    return event("lab", date, test="Albumin", value=value, unit=unit)


def before_dose(*labs: Event, dialysis: str | None = None) -> Case:
    return case(med("2024-01-01", "start"), *labs, med("2024-02-01", "dose"), dialysis=dialysis)


# ---------------------------------------------------------------- Payne's formula


@pytest.mark.parametrize(
    ("ca", "ca_unit", "alb", "alb_unit", "expected"),
    [
        (8.0, "mg/dL", 2.5, "g/dL", 9.2),  # 8.0 + 0.8 x (4.0 - 2.5)
        (8.0, "mg/dL", 25.0, "g/L", 9.2),  # albumin in g/L, calcium in mg/dL
        (9.0, "mg/dL", 4.0, "g/dL", 9.0),  # a normal albumin changes nothing
        (8.6, "mg/dL", 5.0, "g/dL", 7.8),  # a high albumin lowers it
        (2.00, "mmol/L", 30.0, "g/L", 2.20),  # 2.00 + 0.02 x (40 - 30)
        (2.00, "mmol/L", 3.0, "g/dL", 2.20),
    ],
)
def test_payne_in_either_unit_system(
    ca: float, ca_unit: str, alb: float, alb_unit: str, expected: float
) -> None:
    total = calcium("2024-01-29", ca, unit=ca_unit)
    fixed = corrected_calcium(total, [total, albumin("2024-01-29", alb, alb_unit)])
    assert fixed is not None and fixed.unit == ca_unit
    assert fixed.value == pytest.approx(expected, abs=1e-6)


def test_no_correction_without_a_same_day_albumin_known_to_the_day_with_a_unit() -> None:
    total = calcium("2024-01-29", 8.0)
    assert corrected_calcium(total, [albumin("2024-01-28", 2.5)]) is None  # another day
    assert corrected_calcium(total, [albumin("2024-01", 2.5)]) is None  # month only
    no_unit = event("lab", "2024-01-29", test="Albumin", value=2.5)
    assert corrected_calcium(total, [no_unit]) is None
    ionized = event("lab", "2024-01-29", test="iCa", value=1.0, unit="mmol/L")
    assert corrected_calcium(ionized, [albumin("2024-01-29", 2.5)]) is None  # not a total
    assert corrections([total, ionized]) == {}


# ---------------------------------------------------------------- hypocalcaemia before a dose


def test_low_only_once_corrected_fires_naming_the_albumin_and_the_formula() -> None:
    total, alb = calcium("2024-01-29", 8.6), albumin("2024-01-29", 5.0)
    (f,) = fired(before_dose(total, alb), LOW)
    assert f.level == "warning" and alb.id in f.event_ids and total.id in f.event_ids
    assert "within its range, but corrected for albumin 5 g/dL by Payne's formula" in f.message
    assert "it is 7.8 mg/dL, below the lower limit" in f.message
    # without the albumin the same calcium is normal: silent
    assert fired(before_dose(calcium("2024-01-29", 8.6)), LOW) == []


def test_low_total_that_corrects_to_normal_is_info_asking_for_ionized_calcium() -> None:
    total = calcium("2024-01-29", 8.1)
    (f,) = fired(before_dose(total, albumin("2024-01-29", 2.5)), LOW)
    assert f.level == "info" and "9.3 mg/dL" in f.message and "ionized calcium" in f.message
    # without the albumin: the warning it always was
    (g,) = fired(before_dose(calcium("2024-01-29", 8.1)), LOW)
    assert g.level == "warning" and "is below its lower limit" in g.message
    # an albumin of another day does not correct it
    (h,) = fired(before_dose(calcium("2024-01-29", 8.1), albumin("2024-01-20", 2.5)), LOW)
    assert h.level == "warning"


def test_low_in_both_fires_once_and_normal_in_both_is_silent() -> None:
    (f,) = fired(before_dose(calcium("2024-01-29", 7.9), albumin("2024-01-29", 4.2)), LOW)
    assert f.level == "warning" and "it still is (7.7 mg/dL)" in f.message
    assert fired(before_dose(calcium("2024-01-29", 9.4), albumin("2024-01-29", 3.0)), LOW) == []


def test_si_units_calcium_mmol_and_albumin_g_per_litre() -> None:
    total = calcium("2024-01-29", 2.10, unit="mmol/L", ref_low=2.15, ref_high=2.55)
    (f,) = fired(before_dose(total, albumin("2024-01-29", 30.0, "g/L")), LOW)
    assert f.level == "info" and "2.30 mmol/L" in f.message


def test_on_dialysis_the_uncorrected_calcium_is_judged_and_the_limit_said() -> None:
    low_total = calcium("2024-01-29", 8.1)
    (f,) = fired(before_dose(low_total, albumin("2024-01-29", 2.5), dialysis="hemodialysis"), LOW)
    assert f.level == "warning" and "not relied on" in f.message and "Clase" in f.message
    normal_total = calcium("2024-01-29", 8.6)
    c = before_dose(normal_total, albumin("2024-01-29", 5.0), dialysis="peritoneal")
    (g,) = fired(c, LOW)
    assert g.level == "info" and "ionized calcium" in g.message
    # on dialysis without an albumin: judged as before
    assert fired(before_dose(calcium("2024-01-29", 8.6), dialysis="hemodialysis"), LOW) == []


def test_dialysis_started_after_the_result_does_not_count() -> None:
    patient = Patient(
        sex="female",
        age=70,
        kidney=Kidney(dialysis="hemodialysis", dialysis_since=event("note", "2025-01-01").date),
    )
    c = case(
        med("2024-01-01", "start"),
        calcium("2024-01-29", 8.1),
        albumin("2024-01-29", 2.5),
        med("2024-02-01", "dose"),
        patient=patient,
    )
    (f,) = fired(c, LOW)
    assert f.level == "info"  # corrected: normal, judged so before dialysis began


# ---------------------------------------------------------------- calcium monitoring


def test_monitoring_message_says_the_window_is_the_products_choice() -> None:
    (f,) = fired(case(*monthly("2024-01-01", 2), dialysis="hemodialysis"), WATCH)
    assert "14 days" in f.message and "caselog's choice, not label text" in f.message


def test_a_total_calcium_with_albumin_counts_as_monitored() -> None:
    doses = monthly("2024-01-01", 2)
    labs = []
    for dose in doses:
        day = dose.date.shifted(-3).isoformat()
        labs += [calcium(day, 8.9), albumin(day, 3.1)]
    assert fired(case(*labs, *doses, dialysis="hemodialysis"), WATCH) == []


def test_creatinine_clearance_below_30_is_a_risk_and_named_as_such() -> None:
    crcl = event("lab", "2023-12-01", test="Creatinine clearance", value=22.0, unit="mL/min")
    (f,) = fired(case(crcl, med("2024-01-01", "start")), WATCH)
    assert "Creatinine clearance 22 mL/min" in f.message and "eGFR" not in f.message
    fine = event("lab", "2023-12-01", test="CrCl", value=45.0, unit="mL/min")
    assert fired(case(fine, med("2024-01-01", "start")), WATCH) == []


def test_egfr_written_in_ml_per_min_is_named_a_creatinine_clearance_by_its_unit() -> None:
    odd = event("lab", "2023-12-01", test="eGFR", value=25.0, unit="mL/min")
    (f,) = fired(case(odd, med("2024-01-01", "start")), WATCH)
    assert "eGFR 25 mL/min (a creatinine clearance's unit)" in f.message
