"""Three synthetic series the series report had never seen, written to break it:

- ``rebound_series``: four patients whose denosumab was stopped (its role left at the
  default), with vertebral fractures 3 to 4 months after the missed dose, then zoledronate
  (a treatment); T-scores at baseline; one new fracture, two recorded absences, one silent.
- ``romo_zol_series``: four patients treated with romosozumab, then zoledronate, with BMD
  and T-scores over two years, no fracture on the timeline (a prior one in the history), no
  assessment, and "no new clinical fractures" at follow-up.
- ``unassessed_series``: two dialysis patients given sodium thiosulfate for calciphylaxis,
  no assessment, nothing about bone.

Every name, number and date is invented; identifiers are planted in free text.
"""

from __future__ import annotations

import datetime as dt

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Author,
    Case,
    Event,
    HistoryItem,
    Kidney,
    Patient,
    PrivateIdentifiers,
    Series,
)


def _day(start: dt.date, n: int) -> PartialDate:
    d = start + dt.timedelta(days=n)
    return PartialDate(d.year, d.month, d.day)


def _med(start: dt.date, n: int, drug: str, action: str, **more: object) -> Event:
    return Event(kind="medication", date=_day(start, n), drug=drug, action=action, **more)  # type: ignore[arg-type]


def _lab(start: dt.date, n: int, test: str, value: float, unit: str | None = None) -> Event:
    return Event(kind="lab", date=_day(start, n), test=test, value=value, unit=unit)


def _patient(i: int, name: str, sex: str, age: int, **more: object) -> Patient:
    birth = PartialDate(2024 - age, 1 + i, 10 + i)
    return Patient(sex=sex, private=PrivateIdentifiers(name, f"MRN-77{i:04d}", birth), **more)  # type: ignore[arg-type]


AUTHORS = [Author("C. Writer", "MD", "Bone Clinic, Example Hospital", "c@example.org", True)]

# -- denosumab rebound -------------------------------------------------------------------

REBOUND_NAMES = ("Oksana Bellweather", "Greta Lindqvist-Moreau", "Hana Okonkwo", "Ruth Aldine")
# days from the last denosumab dose to the fractures (the next dose was due at 182)
REBOUND_GAPS = (282, 290, 300, 305)
REBOUND_T = (-3.1, -2.8, -3.5, -2.9)


def rebound_case(i: int) -> Case:
    s = dt.date(2021, 2 + i, 3 + i)
    name = REBOUND_NAMES[i]
    events = []
    for k in range(6):  # every 6 months for three years; the seventh dose never came
        events.append(
            _med(s, 182 * k, "denosumab", "start" if k == 0 else "dose", dose=60,
                 dose_unit="mg", route="subcutaneous", frequency="every 6 months",
                 indication="postmenopausal osteoporosis")
        )  # fmt: skip
    last = 182 * 5
    fx = last + REBOUND_GAPS[i]
    events += [
        Event(kind="symptom", date=_day(s, fx - 2), name="sudden severe back pain",
              severity="severe", notes=f"{name} called from 555-010-44{i:02d}"),
        Event(kind="imaging", date=_day(s, fx), modality="MRI", region="thoracolumbar spine",
              findings="acute vertebral fractures at L1, L2 and L4" if i != 1 else
              "acute fractures of T12 and L1"),
        Event(kind="diagnosis", date=_day(s, fx + 1), name="multiple vertebral fractures",
              notes=f"seen by Dr Example with {name.split()[0]}"),
        _lab(s, fx + 3, "T-score, lumbar spine", REBOUND_T[i]),
        _med(s, fx + 30, "zoledronate", "start", role="treatment", dose=5, dose_unit="mg",
             route="intravenous", indication="rebound vertebral fractures"),
    ]  # fmt: skip
    if i == 0:
        events.append(Event(kind="follow_up", date=_day(s, fx + 30 + 365),
                            summary="no new fractures; back pain settled"))  # fmt: skip
    elif i == 1:
        events.append(Event(kind="diagnosis", date=_day(s, fx + 30 + 270),
                            name="new T8 vertebral fracture"))  # fmt: skip
    elif i == 2:
        events.append(Event(kind="follow_up", date=_day(s, fx + 30 + 400),
                            summary="Spine X-ray: no further fractures."))  # fmt: skip
    else:  # patient 4: a visit that says nothing about fractures
        events.append(Event(kind="follow_up", date=_day(s, fx + 30 + 180),
                            summary="feels well"))  # fmt: skip
    return Case(
        title=f"Rebound fractures, {name}",
        patient=_patient(i, name, "female", 66 + 3 * i,
                         history=[HistoryItem("postmenopausal osteoporosis", ongoing=True)]),
        events=events,
        authors=list(AUTHORS),
    )  # fmt: skip


def rebound_series() -> tuple[list[Case], Series]:
    cases = [rebound_case(i) for i in range(4)]
    return cases, Series(
        title="Vertebral fractures after denosumab discontinuation",
        authors=list(AUTHORS),
        introduction=f"Denosumab discontinuation can be followed by rebound fractures. "
        f"{REBOUND_NAMES[2]} was the first we saw.",
    )


# -- romosozumab then zoledronate ---------------------------------------------------------

ROMO_NAMES = ("Lucia Fenwright", "Marta Szabo-Keane", "Evelyn Drummond", "Ines Waterhouse")
ROMO_T = ((-3.4, -2.6, -2.5), (-3.0, -2.5, -2.4), (-3.8, -3.0, -2.8), (-2.9, -2.4, -2.5))
ROMO_BMD = ((0.702, 0.781, 0.790), (0.744, 0.800, 0.806), (0.650, 0.731, 0.749),
            (0.760, 0.805, 0.801))  # fmt: skip


def romo_case(i: int) -> Case:
    s = dt.date(2020, 5 + i, 11)
    name = ROMO_NAMES[i]
    events = [
        _med(s, 30 * k, "romosozumab", "start" if k == 0 else "dose", role="treatment",
             dose=210, dose_unit="mg", route="subcutaneous", frequency="monthly",
             indication="severe postmenopausal osteoporosis")
        for k in range(12)
    ]  # fmt: skip
    events.append(
        _med(s, 365, "zoledronate", "start", role="treatment", dose=5, dose_unit="mg",
             route="intravenous", frequency="yearly")
    )  # fmt: skip
    for n, t, b in zip((-20, 365, 730), ROMO_T[i], ROMO_BMD[i], strict=True):
        events.append(_lab(s, n, "T-score, lumbar spine", t))
        events.append(_lab(s, n, "BMD, lumbar spine", b, "g/cm²"))
    events.append(
        Event(kind="follow_up", date=_day(s, 730), summary="no new clinical fractures",
              notes=f"{name} walked in unaided")
    )  # fmt: skip
    return Case(
        title=f"Romosozumab then zoledronate, {name}",
        patient=_patient(i, name, "female", 70 + i,
                         history=[HistoryItem("prior vertebral fracture"),
                                  HistoryItem("type 2 diabetes", ongoing=True)]),
        events=events,
        authors=list(AUTHORS),
    )  # fmt: skip


def romo_zol_series() -> tuple[list[Case], Series]:
    cases = [romo_case(i) for i in range(4)]
    return cases, Series(title="", authors=list(AUTHORS))


# -- no assessments, no bone --------------------------------------------------------------


def unassessed_case(i: int) -> Case:
    s = dt.date(2022, 9, 1 + i)
    events = [
        Event(kind="finding", date=_day(s, -10), name="painful violaceous skin lesions, thighs"),
        Event(kind="diagnosis", date=_day(s, -3), name="calciphylaxis"),
        *[
            _med(s, 3 * k, "sodium thiosulfate", "start" if k == 0 else "dose",
                 role="treatment", dose=25, dose_unit="g", route="intravenous",
                 frequency="three times weekly")
            for k in range(10)
        ],
        *[_lab(s, 7 * k, "Phosphate", 6.8 - 0.4 * k - 0.2 * i, "mg/dL") for k in range(3)],
        Event(kind="follow_up", date=_day(s, 90), summary="lesions healing"),
    ]  # fmt: skip
    return Case(
        title="Calciphylaxis",
        patient=_patient(i + 10, ("Abel Tranter", "Nils Overgaard")[i], "male", 58 + 6 * i,
                         kidney=Kidney(ckd_stage="5D", dialysis="hemodialysis")),
        events=events,
        authors=list(AUTHORS),
    )  # fmt: skip


def unassessed_series() -> tuple[list[Case], Series]:
    return [unassessed_case(0), unassessed_case(1)], Series(title="", authors=list(AUTHORS))
