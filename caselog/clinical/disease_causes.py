"""Disease causes the record itself may hold for an event: what a causality assessment of
"certain" ("cannot be explained by disease") has to rule out.

One cause is read so far, a disorder of mineral metabolism, because it explains the bone,
mineral and soft-tissue calcification events the drugs caselog knows are reported for:

- **Trigger**: the latest phosphate or intact PTH result on or before the onset (else the
  index date) lies above the upper limit of its reference range (the result's own range,
  else the laboratory catalogue's, ``catalogue.flag``). These are the biochemical markers of
  CKD-mineral and bone disorder (KDIGO 2017 CKD-MBD guideline update, Kidney Int Suppl.
  2017;7:1-59, chapter 3; definition: Moe S, et al. Kidney Int. 2006;69:1945-1953), and
  outside CKD a high PTH is hyperparathyroidism.
- **Events it can explain**: a reaction whose text names calcification, bone, fracture,
  a vertebra or the spine, calcium, phosphate or the parathyroid (``EXPLAINS``); for any other
  reaction (a rash) the markers are not a plausible cause and nothing is said.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from caselog.clinical import events as ev
from caselog.clinical.catalogue import flag, lab_test_of, reference_range
from caselog.clinical.exposure import onset
from caselog.core.model import Case, Event

MARKERS = ("phosphate", "pth-intact")
"""Laboratory catalogue ids of the markers read (resources/labs.json)."""
EXPLAINS = re.compile(
    r"calcif|calciphyla|\bbone|fractur|osteo|skelet|vertebr|spondyl|spine|spinal|"
    r"calc(a)?emi|phosph|parathyr|mineral",
    re.IGNORECASE,
)
SOURCE = (
    "KDIGO 2017 Clinical Practice Guideline Update for CKD-MBD, Kidney Int Suppl. 2017;7:1-59; "
    "Moe S, et al. Definition of CKD-MBD. Kidney Int. 2006;69:1945-1953"
)


@dataclass(frozen=True)
class DiseaseCause:
    """The abnormal results that make a disease a plausible cause of the event."""

    events: list[Event]

    def describe(self, case: Case) -> str:
        index = case.effective_index_date()
        parts = []
        for e in self.events:
            rng = reference_range(e)
            high = rng[1] if rng is not None else None
            above = f" (above its upper limit, {high:g})" if high is not None else ""
            parts.append((ev.ref(e, index) if index is not None else ev.summary(e)) + above)
        kidney = case.patient.kidney
        if kidney is not None and (kidney.ckd_stage or kidney.dialysis not in (None, "none")):
            what = "markers of CKD-mineral and bone disorder"
            if kidney.dialysis not in (None, "none"):
                what += f" (on {kidney.dialysis})"
            elif kidney.ckd_stage:
                what += f" (CKD stage {kidney.ckd_stage})"
        else:
            what = "markers of a disorder of mineral metabolism"
        return (
            f"{'; '.join(parts)}: {what}, which by itself causes bone disease and "
            "soft-tissue calcification"
        )


def _latest_on_or_before(case: Case, test_id: str, at_last_day: dt.date) -> Event | None:
    found = [
        e
        for e in case.timeline()
        if e.kind == "lab"
        and e.value is not None
        and (t := lab_test_of(e)) is not None
        and t.id == test_id
        and e.date.first_day() <= at_last_day
    ]
    return found[-1] if found else None


def mineral_disease(case: Case) -> DiseaseCause | None:
    """A disorder of mineral metabolism in the record that could explain the reaction
    (see the module docstring), or None."""
    a = case.assessment
    if a is None or not EXPLAINS.search(a.reaction or ""):
        return None
    found = onset(case)
    at = found[0] if found is not None else case.effective_index_date()
    if at is None:
        return None
    high = [
        e
        for test in MARKERS
        if (e := _latest_on_or_before(case, test, at.last_day())) is not None and flag(e) == "high"
    ]
    return DiseaseCause(high) if high else None
