"""The FDA MedWatch Form 3500 (voluntary reporting by a health professional), section by
section (A patient, B adverse event, C product availability, D suspect products, E device,
F other medical products, G reporter), from the record. Dates are ``dd-mmm-yyyy``.

A box the record cannot fill stays blank or says "not recorded"; a check box is ticked
only for a recorded fact (an outcome never recorded ticks nothing and says so).
"""

from __future__ import annotations

from reportlab.lib.pagesizes import LETTER

from caselog.clinical.regulatory import Drug, Facts
from caselog.core.dates import PartialDate
from caselog.core.vocab import label
from caselog.report.regulatory.common import (
    NOT_RECORDED,
    concomitant_lines,
    dd_mmm_yyyy,
    history_lines,
    lab_lines,
    narrative,
    reporter_lines,
)
from caselog.report.regulatory.form import Cell, Form, Row

OUTCOMES = (  # B.2, in the form's order
    ("death", "Death"),
    ("life_threatening", "Life-threatening"),
    ("hospitalization", "Hospitalization – initial or prolonged"),
    ("disability", "Disability or Permanent Damage"),
    ("congenital_anomaly", "Congenital Anomaly/Birth Defects"),
    ("other_medically_important", "Other Serious (Important Medical Events)"),
)
ABATED = {"positive": "Yes", "negative": "No", "not_applicable": "Doesn't apply"}
REAPPEARED = {"positive": "Yes", "negative": "No", "not_done": "Doesn't apply"}
HEALTH_PROFESSIONALS = ("physician", "pharmacist", "other_health_professional")


def _d(value: PartialDate | None) -> str:
    return dd_mmm_yyyy(value, "-")


def _answer(answer: str | None, mapping: dict[str, str]) -> tuple[list[tuple[str, bool]], str]:
    ticked = mapping.get(answer or "")
    checks = [(word, word == ticked) for word in ("Yes", "No", "Doesn't apply")]
    if answer is None:
        return checks, NOT_RECORDED
    return checks, "" if ticked else label(answer)


def _numbered(suspects: list[Drug], line: object) -> list[str]:
    show = line  # a function of one drug
    return [f"#{n} {show(d)}" for n, d in enumerate(suspects, start=1)]  # type: ignore[operator]


def _product(d: Drug, whodrug_version: str | None) -> str:
    bits = [d.name]
    code = d.code_note(whodrug_version)
    if code:
        bits.append(f"Coded: {code}")
    bits.append("Manufacturer: " + (", ".join(d.manufacturers) or NOT_RECORDED))
    bits.append("Lot #: " + (", ".join(d.batches) or NOT_RECORDED))
    return "; ".join(bits)


def _dose(d: Drug) -> str:
    dose = ", ".join(d.doses) or NOT_RECORDED
    frequency = ", ".join(d.frequencies) or NOT_RECORDED
    route = ", ".join(d.routes) or NOT_RECORDED
    return f"Dose: {dose}; Frequency: {frequency}; Route: {route}"


def _dates(d: Drug) -> str:
    start = _d(d.start) or NOT_RECORDED
    stop = _d(d.stop) or "no stop recorded"
    duration = f" ({d.duration})" if d.duration else ""
    return f"From {start} To {stop}{duration}"


def _reason(d: Drug) -> str:
    return "; ".join(d.indications) or NOT_RECORDED


def medwatch_form(f: Facts) -> Form:
    s, r = f.suspects, f.reporter
    abated, abated_note = _answer(f.dechallenge, ABATED)
    back, back_note = _answer(f.rechallenge, REAPPEARED)
    outcome_note = [] if f.serious_recorded else [f"Outcome: {NOT_RECORDED}"]
    age = f"{f.age} years" if f.age is not None else ""
    dob = _d(f.birth_date)
    weight = f"{f.weight_kg:g} kg" if f.weight_kg is not None else ""
    professional = None
    if r.qualification is not None:
        professional = r.qualification in HEALTH_PROFESSIONALS
    contact = [x for x in (r.phone and f"Phone: {r.phone}", r.email and f"Email: {r.email}") if x]
    return Form(
        name="FORM FDA 3500",
        heading="MEDWATCH — Voluntary reporting (health professional)",
        page_size=LETTER,
        footer=(
            "Filled by caselog from the recorded case: a blank box or 'not recorded' means "
            "the record does not hold it. Dates are dd-mmm-yyyy."
        ),
        rows=[
            Row(14, (), band="A. PATIENT INFORMATION"),
            Row(
                40,
                (
                    Cell("1", "Patient Identifier", [f.initials or ""], note="In confidence"),
                    Cell("2", "Age or Date of Birth", [x for x in (age, dob) if x] or [""]),
                    Cell("3", "Sex", [label(f.sex) if f.sex else ""], width=0.7),
                    Cell("4", "Weight", [weight], width=0.7),
                    Cell("5", "Ethnicity / Race", [""], width=0.9),
                ),
            ),
            Row(14, (), band="B. ADVERSE EVENT, PRODUCT PROBLEM"),
            Row(
                84,
                (
                    Cell(
                        "1",
                        "Check all that apply",
                        (),
                        [
                            ("Adverse event", f.reaction is not None),
                            ("Product problem", False),
                            ("Product use / medication error", False),
                        ],
                    ),
                    Cell(
                        "2",
                        "Outcome attributed to adverse event (check all that apply)",
                        outcome_note,
                        [(t, k in f.criteria) for k, t in OUTCOMES],
                        width=2,
                    ),
                ),
            ),  # fmt: skip
            Row(
                26,
                (
                    Cell("3", "Date of event", [_d(f.onset)]),
                    Cell("4", "Date of this report", [_d(PartialDate.of(f.made))]),
                ),
            ),
            Row(
                250,
                (
                    Cell(
                        "5",
                        "Describe event or problem",
                        [*narrative(f), f.coding_note()],
                        flow=True,
                    ),
                ),
            ),  # fmt: skip
            Row(
                120,
                (
                    Cell(
                        "6",
                        "Relevant tests / laboratory data, including dates",
                        lab_lines(f, sep="-") or ["none recorded"],
                        flow=True,
                    ),
                ),
            ),  # fmt: skip
            Row(
                80,
                (
                    Cell(
                        "7",
                        "Other relevant history, including preexisting medical "
                        "conditions (e.g. allergies, pregnancy, smoking and alcohol use, "
                        "liver/kidney problems, etc.)",
                        history_lines(f) or ["none recorded"],
                        flow=True,
                    ),
                ),
            ),  # fmt: skip
            Row(14, (), band="C. PRODUCT AVAILABILITY", new_page=True),
            Row(24, (Cell("", "Product available for evaluation?", [NOT_RECORDED]),)),
            Row(14, (), band="D. SUSPECT PRODUCTS"),
            Row(
                48,
                (
                    Cell(
                        "1",
                        "Name, Strength, Manufacturer/Compounder",
                        _numbered(s, lambda d: _product(d, f.whodrug_version)) or [NOT_RECORDED],
                    ),
                ),
            ),  # fmt: skip
            Row(
                44,
                (Cell("3", "Dose or Amount, Frequency, Route", _numbered(s, _dose) or [""]),),
            ),
            Row(
                44,
                (
                    Cell(
                        "4",
                        "Dates of use (From/To for each), or best estimate of duration",
                        _numbered(s, _dates) or [""],
                    ),
                    Cell(
                        "5",
                        "Diagnosis or reason for use (indication)",
                        _numbered(s, _reason) or [""],
                    ),
                ),
            ),  # fmt: skip
            Row(
                56,
                (
                    Cell(
                        "9",
                        "Event abated after use stopped or dose reduced?",
                        [abated_note],
                        abated,
                    ),
                    Cell("10", "Event reappeared after reintroduction?", [back_note], back),
                ),
            ),  # fmt: skip
            Row(14, (), band="E. SUSPECT MEDICAL DEVICE"),
            Row(32, (Cell("", "Device", ["caselog records no medical device"]),)),
            Row(14, (), band="F. OTHER (CONCOMITANT) MEDICAL PRODUCTS"),
            Row(
                70,
                (
                    Cell(
                        "",
                        "Product names and therapy dates (exclude treatment of event)",
                        concomitant_lines(f) or ["none recorded"],
                        flow=True,
                    ),
                ),
            ),  # fmt: skip
            Row(14, (), band="G. REPORTER"),
            Row(
                100,
                (
                    Cell("1", "Name and Address", reporter_lines(r), width=2),
                    Cell("", "Phone / Email", contact or [NOT_RECORDED]),
                ),
            ),
            Row(
                40,
                (
                    Cell(
                        "2",
                        "Health Professional?",
                        (),
                        [("Yes", professional is True), ("No", professional is False)],
                    ),
                    Cell(
                        "3",
                        "Occupation",
                        [label(r.qualification) if r.qualification else NOT_RECORDED],
                    ),
                    Cell("4", "Also reported to", [""]),
                ),
            ),  # fmt: skip
        ],
    )
