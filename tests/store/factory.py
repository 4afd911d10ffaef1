"""Test cases as core objects (built from the shared synthetic example, no interchange)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from caselog.core.dates import PartialDate, parse_date
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    Consent,
    Event,
    HistoryItem,
    Image,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
)

EXAMPLE = Path("/work/shared/examples/epidural-calcification")
_REPO_EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "epidural-calcification"


def example_dir() -> Path:
    return _REPO_EXAMPLE if _REPO_EXAMPLE.is_dir() else EXAMPLE


def _image(folder: Path, raw: dict[str, Any]) -> Image:
    data = (folder / raw["path"]).read_bytes()
    return Image(
        data=data,
        media_type="image/png",
        sha256=hashlib.sha256(data).hexdigest(),
        filename=raw["path"],
        caption=raw.get("caption"),
        panel=raw.get("panel"),
    )


def _event(folder: Path, raw: dict[str, Any]) -> Event:
    fields = dict(raw)
    images = [_image(folder, i) for i in fields.pop("images", [])]
    date = PartialDate.parse(fields.pop("date"))
    return Event(date=date, images=images, **fields)


def example_case() -> Case:
    """The epidural-calcification case, private identifiers and images included."""
    folder = example_dir()
    raw = json.loads((folder / "case.json").read_text())["cases"][0]
    p = raw["patient"]
    k = p["kidney"]
    a = raw["assessment"]
    r = raw["report"]
    return Case(
        key=raw["id"],
        title=raw["title"],
        authors=[Author(**x) for x in raw["authors"]],
        keywords=raw["keywords"],
        patient=Patient(
            sex=p["sex"],
            label=p["label"],
            weight_kg=p["weight_kg"],
            kidney=Kidney(
                ckd_stage=k["ckd_stage"],
                dialysis=k["dialysis"],
                dialysis_since=parse_date(k["dialysis_since"]),
                cause=k["cause"],
            ),
            history=[
                HistoryItem(h["condition"], parse_date(h.get("since")), h.get("ongoing"))
                for h in p["history"]
            ],
            private=PrivateIdentifiers(p["name"], p["mrn"], parse_date(p["birth_date"])),
        ),
        events=[_event(folder, e) for e in raw["events"]],
        assessment=Assessment(
            reaction=a["reaction"],
            seriousness=a["seriousness"],
            outcome=a["outcome"],
            dechallenge=a["dechallenge"],
            rechallenge=a["rechallenge"],
            naranjo=a["naranjo"],
            who_umc=a["who_umc"],
        ),
        report=ReportText(
            introduction=r["introduction"],
            discussion=r["discussion"],
            conclusion=r["conclusion"],
            references=r["references"],
            consent=Consent(**r["consent"]),
        ),
    )


def minimal_case(title: str = "A minimal case", label: str | None = None) -> Case:
    return Case(
        title=title,
        patient=Patient(sex="male", label=label, age=60),
        events=[Event(kind="note", date=PartialDate(2024, 1, 2), text="seen in clinic")],
    )
