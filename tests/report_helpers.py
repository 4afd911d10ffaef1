"""Test support for the report and privacy tests: the example case, and planted identifiers.

``load_example`` uses the case-file reader once it is on main, and a small loader of its own
until then (it reads only what the example holds, without the reader's validation).
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

from PIL import Image as PILImage

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

EXAMPLE = Path("/work/shared/examples/epidural-calcification/case.json")
if not EXAMPLE.exists():  # pragma: no cover - a checkout elsewhere
    EXAMPLE = (
        Path(__file__).resolve().parents[2] / "shared/examples/epidural-calcification/case.json"
    )


def load_example() -> Case:
    try:
        from caselog.interchange.reader import read_case_file  # type: ignore[import-not-found]
    except ImportError:
        return _load(EXAMPLE)
    return read_case_file(EXAMPLE).cases[0]  # type: ignore[no-any-return]


def _image(folder: Path, raw: dict[str, Any]) -> Image:
    data = (folder / raw["path"]).read_bytes()
    with PILImage.open(io.BytesIO(data)) as im:
        w, h = im.size
        fmt = im.format
    return Image(
        data=data,
        media_type="image/png" if fmt == "PNG" else "image/jpeg",
        sha256=hashlib.sha256(data).hexdigest(),
        filename=raw["path"],
        caption=raw.get("caption"),
        panel=raw.get("panel"),
        width=w,
        height=h,
    )


def _load(path: Path) -> Case:
    raw = json.loads(path.read_text(encoding="utf-8"))["cases"][0]
    p = raw["patient"]
    k = p.get("kidney")
    patient = Patient(
        sex=p["sex"],
        label=p.get("label"),
        age=p.get("age"),
        weight_kg=p.get("weight_kg"),
        height_cm=p.get("height_cm"),
        kidney=Kidney(
            ckd_stage=k.get("ckd_stage"),
            dialysis=k.get("dialysis"),
            dialysis_since=parse_date(k.get("dialysis_since")),
            cause=k.get("cause"),
        )
        if k
        else None,
        history=[
            HistoryItem(
                h["condition"], parse_date(h.get("since")), h.get("ongoing"), h.get("notes")
            )
            for h in p.get("history", [])
        ],
        private=PrivateIdentifiers(p.get("name"), p.get("mrn"), parse_date(p.get("birth_date"))),
    )
    events = []
    for i, e in enumerate(raw["events"]):
        fields = {k2: v for k2, v in e.items() if k2 not in ("kind", "date", "images")}
        images = [_image(path.parent, im) for im in e.get("images", [])]
        events.append(
            Event(
                kind=e["kind"], date=PartialDate.parse(e["date"]), id=i + 1, images=images, **fields
            )
        )
    a = raw.get("assessment")
    r = raw.get("report")
    return Case(
        title=raw["title"],
        patient=patient,
        events=events,
        authors=[Author(**au) for au in raw.get("authors", [])],
        keywords=list(raw.get("keywords", [])),
        index_date=parse_date(raw.get("index_date")),
        assessment=Assessment(
            reaction=a["reaction"],
            onset_date=parse_date(a.get("onset_date")),
            seriousness=list(a.get("seriousness", [])),
            outcome=a.get("outcome"),
            dechallenge=a.get("dechallenge"),
            rechallenge=a.get("rechallenge"),
            naranjo=dict(a.get("naranjo", {})),
            who_umc=a.get("who_umc"),
        )
        if a
        else None,
        report=ReportText(
            **{k2: v for k2, v in r.items() if k2 != "consent"},
            consent=Consent(**r["consent"]) if "consent" in r else None,
        )
        if r
        else None,
        key=raw.get("id"),
    )


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, pages joined, whitespace collapsed to single spaces."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def date_forms(d: PartialDate) -> list[str]:
    """The usual written forms of a date (all for a day, month-year forms for a month)."""
    import calendar

    y, m, dd = d.year, d.month, d.day
    if m is None:
        return []
    month, mon = calendar.month_name[m], calendar.month_abbr[m]
    if dd is None:
        return [f"{month} {y}", f"{mon} {y}", f"{m:02d}/{y}", f"{y}-{m:02d}"]
    return [
        f"{y}-{m:02d}-{dd:02d}",
        f"{dd:02d}/{m:02d}/{y}",
        f"{m:02d}/{dd:02d}/{y}",
        f"{m}/{dd}/{y}",
        f"{dd}/{m}/{y}",
        f"{month} {dd}, {y}",
        f"{dd} {month} {y}",
        f"{dd} {mon} {y}",
        f"{mon} {dd} {y}",
        f"{y}/{m:02d}/{dd:02d}",
        f"{y}{m:02d}{dd:02d}",
        f"{dd}-{mon}-{y}",
        f"{dd}.{m:02d}.{y}",
    ]


# Fields of the case that hold a closed vocabulary, a letter, or bytes: not free text.
VOCAB_FIELDS = {
    "kind", "action", "role", "severity", "status", "modality", "media_type", "sha256", "sex",
    "ckd_stage", "dialysis", "outcome", "dechallenge", "rechallenge", "who_umc", "seriousness",
    "panel", "loinc", "key", "filename", "private",
}  # fmt: skip


def plant(
    case: Case, text: str, *, skip: frozenset[str] = frozenset(), fill_empty: bool = False
) -> int:
    """Append ``text`` to every free-text field of ``case`` (walking its dataclasses); return
    how many fields were planted. ``skip`` names fields (e.g. ``authors``) left alone;
    ``fill_empty`` also fills the text fields that are empty (None)."""
    import dataclasses

    count = 0

    def walk(obj: Any) -> None:
        nonlocal count
        for f in dataclasses.fields(obj):
            if f.name in VOCAB_FIELDS or f.name in skip:
                continue
            v = getattr(obj, f.name)
            if isinstance(v, str):
                setattr(obj, f.name, f"{v} {text}")
                count += 1
            elif v is None and fill_empty and str(f.type).startswith("str"):
                setattr(obj, f.name, text)
                count += 1
            elif isinstance(v, list):
                for i, item in enumerate(v):
                    if isinstance(item, str):
                        v[i] = f"{item} {text}"
                        count += 1
                    elif dataclasses.is_dataclass(item):
                        walk(item)
            elif dataclasses.is_dataclass(v) and not isinstance(v, PartialDate):
                walk(v)

    walk(case)
    return count
