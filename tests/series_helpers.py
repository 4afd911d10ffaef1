"""Four synthetic patients for the case-series tests: romosozumab for rebound vertebral
fractures after denosumab was stopped, with lumbar spine BMD, CTX and P1NP over a year.

Every name, number and date is invented. Identifiers are planted in free text on purpose
(names, record numbers, calendar dates, one patient named in another's notes).
"""

from __future__ import annotations

import datetime as dt

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    Consent,
    Event,
    HistoryItem,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
    Series,
)

NAMES = ("Marguerite Oyelaran", "Tobias Wrenfield", "Ingrid Halvorsen", "Priya Castellanos")
MRNS = ("MRN-5512001", "MRN-5512002", "MRN-5512003", "MRN-5512004")
BIRTHS = (dt.date(1951, 4, 17), dt.date(1958, 9, 2), dt.date(1947, 12, 29), dt.date(1962, 6, 8))
STARTS = (dt.date(2023, 3, 14), dt.date(2023, 5, 2), dt.date(2022, 11, 21), dt.date(2023, 8, 30))
KIDNEYS = (
    Kidney(ckd_stage="3b", dialysis="none", cause="hypertensive nephrosclerosis"),
    Kidney(ckd_stage="5D", dialysis="hemodialysis", cause="IgA nephropathy",
           dialysis_since=PartialDate(2018, 6)),
    None,
    Kidney(ckd_stage="4", dialysis="none", cause="diabetic nephropathy"),
)  # fmt: skip
SEXES = ("female", "male", "female", "female")
# (baseline, month 6, month 12) lumbar spine BMD; (0, 3, 6, 12) CTX and P1NP
BMD = ((0.712, 0.768, 0.801), (0.655, 0.690, 0.702), (0.803, 0.851, 0.880), (0.690, 0.735, 0.760))
CTX = ((1210, 640, 520, 480), (1890, 1320, 980, 900), (980, 450, 410, 390), (1450, 700, 610, 560))
P1NP = ((98, 180, 150, 120), (140, 260, 210, 170), (75, 130, 110, 95), (110, 205, 170, 140))


def day(start: dt.date, n: int) -> PartialDate:
    d = start + dt.timedelta(days=n)
    return PartialDate(d.year, d.month, d.day)


def lab(start: dt.date, n: int, test: str, value: float, unit: str, **more: object) -> Event:
    return Event(kind="lab", date=day(start, n), test=test, value=value, unit=unit, **more)  # type: ignore[arg-type]


def patient_case(i: int) -> Case:
    s = STARTS[i]
    name, mrn = NAMES[i], MRNS[i]
    events: list[Event] = []
    for k in range(4):  # denosumab every 6 months, stopped two years before
        n = -1000 + 182 * k
        events.append(
            Event(kind="medication", date=day(s, n), drug="denosumab",
                  action="start" if k == 0 else "dose", role="concomitant", dose=60,
                  dose_unit="mg", route="subcutaneous", frequency="every 6 months",
                  indication="postmenopausal osteoporosis")
        )  # fmt: skip
    events.append(
        Event(kind="medication", date=day(s, -420), drug="denosumab", action="stop",
              role="concomitant", reason="patient preference")
    )  # fmt: skip
    events.append(
        Event(kind="symptom", date=day(s, -60), name="acute low back pain", severity="severe",
              notes=f"{name.split()[1]} phoned on {day(s, -60).isoformat()} from 555-201-3344")
    )  # fmt: skip
    events.append(
        Event(kind="diagnosis", date=day(s, -55), name="multiple vertebral fractures (T12-L3)",
              notes=f"record {mrn}; compare {NAMES[(i + 1) % 4]}'s films")
    )  # fmt: skip
    for k in range(12):
        events.append(
            Event(kind="medication", date=day(s, 30 * k), drug="romosozumab",
                  action="start" if k == 0 else "dose", role="suspect", dose=210, dose_unit="mg",
                  route="subcutaneous", frequency="monthly",
                  indication="rebound vertebral fractures after denosumab discontinuation")
        )  # fmt: skip
    for n, v in zip((-7, 182, 365), BMD[i], strict=True):
        events.append(lab(s, n, "BMD, lumbar spine", v, "g/cm²", specimen="DXA"))
    for n, v in zip((0, 91, 182, 365), CTX[i], strict=True):
        events.append(lab(s, n, "CTX", v, "pg/mL", ref_low=104, ref_high=1008))
    for n, v in zip((0, 91, 182, 365), P1NP[i], strict=True):
        events.append(lab(s, n, "P1NP", v, "ng/mL", ref_low=16, ref_high=96))
    events.append(lab(s, 20, "Calcium", 8.1 + 0.1 * i, "mg/dL", ref_low=8.5, ref_high=10.5))
    events.append(Event(kind="symptom", date=day(s, 20), name="perioral tingling", severity="mild"))
    events.append(
        Event(kind="follow_up", date=day(s, 370), summary="no new fractures; calcium normal",
              notes=f"Seen with {name} on {s.year + 1}-{s.month:02d}")
    )  # fmt: skip
    return Case(
        title=f"Romosozumab after denosumab rebound, {name}",
        patient=Patient(
            sex=SEXES[i],
            kidney=KIDNEYS[i],
            history=[
                HistoryItem("postmenopausal osteoporosis" if SEXES[i] == "female" else
                            "osteoporosis", ongoing=True),
                HistoryItem("hypertension", ongoing=True, notes=f"MRN {mrn[4:]}"),
            ],  # fmt: skip
            private=PrivateIdentifiers(name, mrn, PartialDate(*BIRTHS[i].timetuple()[:3])),
        ),
        events=events,
        keywords=["romosozumab", "denosumab discontinuation", "vertebral fractures"],
        authors=[Author("A. Example", "MD", "Nephrology, Example General Hospital",
                        "a@example.org", True)],
        assessment=Assessment(
            reaction="hypocalcaemia", seriousness=[], outcome="recovered",
            dechallenge="not_applicable", rechallenge="not_done", who_umc="possible",
            naranjo={"after_drug": "yes", "alternative_causes": "yes", "objective_evidence": "yes"},
        ),
        report=ReportText(consent=Consent(obtained=i != 3, notes=f"signed by {name}")),
    )  # fmt: skip


def four_patients() -> tuple[list[Case], Series]:
    cases = [patient_case(i) for i in range(4)]
    series = Series(
        title="Romosozumab for rebound vertebral fractures after denosumab discontinuation",
        authors=[
            Author("A. Example", "MD", "Nephrology, Example General Hospital, Springfield",
                   "a.example@example.org", True),
            Author("B. Sample", "MD, PhD", "Endocrinology, Example University"),
        ],
        introduction=(
            "Stopping denosumab is followed by a rebound in bone turnover and, in some "
            f"patients, multiple vertebral fractures. We first saw {NAMES[0]} in clinic on "
            f"{STARTS[0].isoformat()}."
        ),
        discussion="Romosozumab raised lumbar spine BMD in all four patients.",
        conclusion="Romosozumab may be an option after rebound fractures.",
        references=[
            "Example A, Sample B. Rebound after denosumab. J Bone Miner Res. 2020;35:1-10."
        ],
    )  # fmt: skip
    return cases, series


def identifiers(cases: list[Case]) -> list[str]:
    """Every identifier planted in the cases, in the forms a report could leak them."""
    out: list[str] = []
    for c in cases:
        p = c.patient.private
        assert p.name and p.mrn and p.birth_date
        out += [p.name, *p.name.split(), p.mrn, p.mrn[4:], p.birth_date.isoformat()]
        out += [e.date.isoformat() for e in c.events if e.date.day is not None]
    out += ["555-201-3344", "2023-03-14", "2022-11-21", "1951", "1947"]
    return out
