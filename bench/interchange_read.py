"""How long reading and writing a case file of many cases takes.

    python -m bench.interchange_read [CASES] [EVENTS_PER_CASE]

Generates a synthetic case file (seeded, no images), then times read_case_file (parse +
validate) and write_case_file. Prints one line per measurement.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from caselog.interchange.reader import read_case_file
from caselog.interchange.writer import write_case_file

DRUGS = ["romosozumab", "denosumab", "cinacalcet", "calcitriol", "sevelamer"]


def generate(cases: int, events: int, seed: int = 1) -> dict[str, Any]:
    rng = random.Random(seed)
    out = []
    for n in range(cases):
        timeline: list[dict[str, Any]] = []
        for k in range(events):
            day = f"20{10 + k // 12:02d}-{k % 12 + 1:02d}-{rng.randint(1, 28):02d}"
            kind = rng.choice(["lab", "lab", "medication", "symptom", "note", "diagnosis"])
            if kind == "lab":
                timeline.append(
                    {
                        "kind": "lab",
                        "date": day,
                        "test": "Calcium",
                        "value": round(rng.uniform(7, 11), 1),
                        "unit": "mg/dL",
                        "ref_low": 8.5,
                        "ref_high": 10.5,
                        "loinc": "17861-6",
                    }
                )
            elif kind == "medication":
                timeline.append(
                    {
                        "kind": "medication",
                        "date": day,
                        "drug": rng.choice(DRUGS),
                        "action": "start",
                        "role": "suspect",
                        "dose": 210,
                        "dose_unit": "mg",
                        "route": "subcutaneous",
                    }
                )
            elif kind == "symptom":
                timeline.append(
                    {
                        "kind": "symptom",
                        "date": day,
                        "name": "back pain",
                        "severity": "severe",
                        "notes": "No fever. Pain limited walking.",
                    }
                )
            elif kind == "note":
                timeline.append(
                    {"kind": "note", "date": day, "text": "Seen in clinic; stable. Ça va."}
                )
            else:
                timeline.append(
                    {
                        "kind": "diagnosis",
                        "date": day,
                        "name": "ectopic calcification",
                        "status": "suspected",
                    }
                )
        out.append(
            {
                "id": f"case-{n}",
                "title": f"Synthetic case {n}",
                "patient": {
                    "sex": rng.choice(["female", "male"]),
                    "birth_date": "1950-02-11",
                    "name": "Synthetic Person",
                    "mrn": f"MRN-{n:06d}",
                    "weight_kg": 60.5,
                    "kidney": {"ckd_stage": "5D", "dialysis": "hemodialysis"},
                    "history": [{"condition": "osteoporosis", "since": "2005", "ongoing": True}],
                },
                "events": timeline,
                "assessment": {
                    "reaction": "calcification",
                    "outcome": "recovered",
                    "naranjo": {"after_drug": "yes", "objective_evidence": "yes"},
                },
            }
        )
    return {"format": "caselog", "version": 1, "cases": out}


def main(argv: list[str]) -> None:
    cases = int(argv[0]) if argv else 1000
    events = int(argv[1]) if len(argv) > 1 else 20
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.json"
        path.write_text(json.dumps(generate(cases, events)), encoding="utf-8")
        size = path.stat().st_size
        best_read = best_write = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            case_file = read_case_file(path)
            best_read = min(best_read, time.perf_counter() - start)
            start = time.perf_counter()
            write_case_file(case_file.cases, [], Path(tmp) / "out.json")
            best_write = min(best_write, time.perf_counter() - start)
        total = cases * events
        print(
            f"read  {cases} cases x {events} events ({size / 1e6:.1f} MB): "
            f"{best_read * 1000:.0f} ms "
            f"({best_read / total * 1e6:.1f} us per event)"
        )
        print(f"write {cases} cases x {events} events: {best_write * 1000:.0f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
