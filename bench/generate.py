"""Synthetic cases of realistic shape for benchmarks: never real patient data.

A case has about 25 events (a suspect drug started, dosed and stopped; repeated panels of
labs; symptoms, a diagnosis, follow-up), a kidney history, an assessment, a short report
and, by default, two small PNG images (distinct bytes per case).
"""

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Iterator

from PIL import Image as PILImage

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    Event,
    HistoryItem,
    Image,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
)
from caselog.core.vocab import NARANJO_ANSWERS, NARANJO_KEYS, OUTCOMES

DRUGS = ("romosozumab", "denosumab", "cinacalcet", "teriparatide", "zoledronate", "etelcalcetide")
REACTIONS = (
    "epidural calcification",
    "severe hypocalcaemia",
    "calciphylaxis",
    "osteonecrosis of the jaw",
    "atypical femoral fracture",
)
LABS = (
    ("Calcium", "mg/dL", 8.5, 10.5),
    ("Phosphate", "mg/dL", 2.5, 4.5),
    ("PTH, intact", "pg/mL", 15.0, 65.0),
    ("Alkaline phosphatase", "U/L", 35.0, 104.0),
)


def png(rng: random.Random, size: int = 24) -> Image:
    """A small PNG of random colour blocks (different bytes every call)."""
    img = PILImage.new("L", (size, size))
    img.putdata([rng.randrange(256) for _ in range(size * size)])
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    data = buf.getvalue()
    return Image(
        data=data,
        media_type="image/png",
        sha256=hashlib.sha256(data).hexdigest(),
        filename="scan.png",
        caption="Synthetic image",
        width=size,
        height=size,
    )


def _date(year: int, day_of_year: int) -> PartialDate:
    month = min(12, 1 + day_of_year // 30)
    return PartialDate(year, month, 1 + day_of_year % 28)


def make_case(rng: random.Random, n: int, *, images: int = 2) -> Case:
    year = rng.randrange(2015, 2025)
    drug = rng.choice(DRUGS)
    events: list[Event] = []
    for month in range(4):
        day = month * 30 + rng.randrange(5)
        for test, unit, low, high in LABS:
            events.append(
                Event(kind="lab", date=_date(year, day), test=test, unit=unit, ref_low=low,
                      ref_high=high, value=round(rng.uniform(low * 0.7, high * 1.4), 1))
            )  # fmt: skip
        action = "start" if month == 0 else "dose"
        events.append(
            Event(kind="medication", date=_date(year, day + 1), drug=drug, action=action,
                  role="suspect", dose=210, dose_unit="mg", route="subcutaneous")
        )  # fmt: skip
    events += [
        Event(kind="symptom", date=_date(year, 125), name="new back pain", severity="severe"),
        Event(kind="medication", date=_date(year, 127), drug=drug, action="stop", role="suspect",
              reason="suspected adverse reaction"),
        Event(kind="imaging", date=_date(year, 126), modality="CT", region="lumbar spine",
              findings="calcification", images=[png(rng) for _ in range(images)]),
        Event(kind="diagnosis", date=_date(year, 130), name=rng.choice(REACTIONS),
              status="suspected"),
        Event(kind="follow_up", date=_date(year, 300), summary="recovered, no recurrence"),
        Event(kind="note", date=_date(year, 301), text="synthetic case for benchmarks"),
    ]  # fmt: skip
    return Case(
        title=f"Synthetic case {n}: {drug} and {rng.choice(REACTIONS)}",
        key=f"case-{n}",
        patient=Patient(
            sex=rng.choice(("female", "male")),
            label=f"patient {n}",
            age=rng.randrange(30, 90),
            weight_kg=round(rng.uniform(40, 100), 1),
            kidney=Kidney(ckd_stage="5D", dialysis="hemodialysis", cause="diabetic nephropathy"),
            history=[HistoryItem("osteoporosis", PartialDate(year - 3), True)],
            private=PrivateIdentifiers(f"Test Person {n}", f"SYN-{n:06d}"),
        ),
        events=events,
        authors=[Author("A. Example", degrees="MD", corresponding=True)],
        keywords=[drug, "adverse drug reaction"],
        assessment=Assessment(
            reaction=rng.choice(REACTIONS),
            seriousness=["hospitalization"],
            outcome=rng.choice(OUTCOMES),
            naranjo={k: rng.choice(NARANJO_ANSWERS) for k in NARANJO_KEYS},
            who_umc="probable",
        ),
        report=ReportText(introduction="Synthetic.", references=["Ref A.", "Ref B."]),
    )


def cases(count: int, *, seed: int = 1, images: int = 2) -> Iterator[Case]:
    rng = random.Random(seed)
    for n in range(count):
        yield make_case(rng, n, images=images)
