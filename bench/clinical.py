"""How long ``check_case`` (and the pieces the window calls on every edit) take on a large
timeline. Run: ``.venv/bin/python -m bench.clinical [EVENTS]``.

The synthetic case: a patient on hemodialysis, 12 monthly romosozumab doses, then denosumab,
with weekly calcium/phosphate/PTH results, symptoms, imaging and follow-ups up to EVENTS
events in all. No real data.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable

from caselog.clinical import check_case, exposure, naranjo
from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case, Event, Kidney, Patient


def synthetic_case(n_events: int) -> Case:
    start = PartialDate(2020, 1, 6)
    events: list[Event] = []
    for i in range(12):
        events.append(
            Event(
                "medication",
                start.shifted(28 * i),
                drug="romosozumab",
                action="start" if i == 0 else "dose",
                role="suspect",
                dose=210.0,
                dose_unit="mg",
            )
        )
    events.append(Event("medication", start.shifted(340), drug="Prolia", action="start", dose=60.0))
    day = -30
    tests = (("Calcium", 9.0, "mg/dL"), ("Phosphate", 5.1, "mg/dL"), ("PTH, intact", 300, "pg/mL"))
    while len(events) < n_events:
        kind = len(events) % 10
        date = start.shifted(day)
        if kind < 7:
            name, value, unit = tests[kind % 3]
            events.append(Event("lab", date, test=name, value=float(value), unit=unit))
        elif kind == 7:
            events.append(Event("symptom", date, name="back pain"))
        elif kind == 8:
            events.append(Event("imaging", date, modality="CT", findings="stable"))
        else:
            events.append(Event("follow_up", date, summary="seen in clinic"))
        day += 2
    for i, e in enumerate(events, start=1):
        e.id = i
    return Case(
        title="Synthetic",
        patient=Patient(sex="female", age=75, kidney=Kidney(dialysis="hemodialysis")),
        events=events,
        assessment=Assessment(reaction="pain", who_umc="possible"),
    )


def timed(label: str, fn: Callable[[], object], repeat: int = 5) -> None:
    fn()  # warm the catalogue caches
    best = min(_once(fn) for _ in range(repeat))
    print(f"{label:<40} {best * 1000:8.1f} ms")


def _once(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(argv: list[str]) -> None:
    for n in [int(a) for a in argv] or [100, 1000, 5000]:
        case = synthetic_case(n)
        print(f"-- {n} events (best of 5)")
        timed("check_case", functools.partial(check_case, case))
        timed("exposure.courses", functools.partial(exposure.courses, case))
        timed("naranjo.suggest", functools.partial(naranjo.suggest, case))


if __name__ == "__main__":
    main(sys.argv[1:])
