"""Writing cases as a case file (spec/case-format.md), plain or anonymised.

Layout: the JSON at ``out`` and its images in the folder ``<stem>-images/`` beside it
(``export.json`` -> ``export-images/ct-initial.png``), named in the JSON by relative paths.
The output is deterministic (keys in the spec's order, indent 2, UTF-8 unescaped), every file
is written atomically (temporary file, fsync, rename) and readable by the user alone, and the
JSON is written last, so a failed export never leaves a case file pointing at missing images.
Images already in the folder under other names are left alone.

``anonymise=True`` (spec/cli.md ``export --anonymise``):

- drops the private identifiers (name, record number, birth date, initials) and the
  reporter's identity and contact (name, organisation, department, address, phone, e-mail);
- when the patient has no ``age``, writes the age at the index date computed from the birth
  date; any age over 89 is written as 90 ("90 or older", as the reports show it);
- shifts every date by the same number of days, so that the index date (explicit, or the
  default of the spec) falls on 2000-01-01; a month or year date is shifted by its midpoint
  and keeps its precision; a case without any date is shifted from today;
- renames case ids ``case-1``, ``case-2``, ..., series ids ``series-1``, ... and image files
  ``image-<sha256 prefix>``, since ids and file names can carry a patient's name;
- writes the case as ``caselog.privacy.Deidentifier(case).case_copy()`` gives it: every free
  text (title, keywords, label, history, notes, findings, captions, reasons, narrative,
  consent notes, ...) with the patient's known identifiers and the Safe Harbor patterns
  redacted, a known date becoming its relative time ("day 93"); authors and references lose
  only the patient's own identifiers. A series' texts go through the engines of its cases.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Case, Image, Patient, Reporter, Series
from caselog.figures.compose import cropped_image, redacted_pixels
from caselog.interchange import outputs
from caselog.interchange.encode import Encoder, case_to_dict
from caselog.interchange.images import pixels_only
from caselog.interchange.schema import FORMAT, VERSION
from caselog.privacy import Deidentifier, age_at, shown_age

ANONYMOUS_INDEX_DATE = dt.date(2000, 1, 1)

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg"}


def write_case_file(
    cases: Sequence[Case],
    series: Sequence[Series],
    out: Path,
    *,
    anonymise: bool = False,
    notes: outputs.Notes | None = None,
) -> Path:
    """Write ``cases`` and ``series`` as the case file ``out`` (+ image folder); return ``out``.

    A series names its cases by ``case_keys`` (case file ids) or, failing that, ``case_ids``
    (database ids); every case it names must be among ``cases`` (else ValueError).
    ``notes`` lists the temporary files while they are written (``outputs.written``); what
    an earlier, killed export left in these folders is removed first (``outputs.sweep``).
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    images = _ImageFolder(out, anonymise=anonymise, notes=notes)
    outputs.sweep(out.parent, [out.name])
    keys = _case_keys(cases, anonymise)
    docs = []
    engines: list[Deidentifier] = []
    for case, key in zip(cases, keys, strict=True):
        if anonymise:
            anon = _AnonymousEncoder(case, images.path)
            engines.append(anon.engine)
            docs.append(case_to_dict(anon.clean, key, anon))
        else:
            docs.append(case_to_dict(case, key, Encoder(images.path)))
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "cases": docs}
    if series:
        doc["series"] = [
            _series_to_dict(s, n, cases, keys, engines if anonymise else None)
            for n, s in enumerate(series, start=1)
        ]
    text = json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    images.write()
    outputs.write_bytes(out, text.encode("utf-8"), notes=notes)
    return out


# ---------------------------------------------------------------- anonymisation


def anonymised_case(case: Case, key: str = "case-1") -> dict[str, Any]:
    """The case as ``export --anonymise`` writes it, with its images withheld: each is
    named ``withheld/image-<sha256 prefix>`` and no pixels are kept (a department's
    shared copy of the case, caselog/store/server.py)."""

    def withheld(image: Image) -> str:
        digest = image.sha256 or hashlib.sha256(image.data).hexdigest()
        return f"withheld/image-{digest[:12]}"

    anon = _AnonymousEncoder(case, withheld)
    return case_to_dict(anon.clean, key, anon)


class _AnonymousEncoder(Encoder):
    """Writes ``clean`` (the case de-identified by ``engine``, built once per case) with its
    dates shifted and the age in place of the birth date."""

    def __init__(self, case: Case, image_path: Any) -> None:
        super().__init__(image_path)
        self.engine = Deidentifier(case)
        self.clean = self.engine.case_copy()
        for event in self.clean.events:  # a crop's outside (a name in a corner) stays out
            event.images = [cropped_image(im) for im in event.images]
        index = case.effective_index_date()
        reference = index.first_day() if index is not None else dt.date.today()
        self.shift = dt.timedelta(days=(ANONYMOUS_INDEX_DATE - reference).days)
        self.age = self.engine.age()  # at the index date
        birth = case.patient.private.birth_date
        if self.age is None and birth is not None:  # a case without any date: age today
            self.age = age_at(birth, dt.date.today())

    def date(self, value: PartialDate | None) -> str | None:
        if value is None:
            return None
        return shift_date(value, self.shift).isoformat()

    def patient_private(self, patient: Patient, out: dict[str, Any]) -> None:
        if self.age is not None:
            out["age"] = shown_age(self.age)

    def reporter_private(self, reporter: Reporter, out: dict[str, Any]) -> None:
        """The reporter's identity and contact stay out (its qualification and country,
        closed values, are written)."""


def shift_date(value: PartialDate, shift: dt.timedelta) -> PartialDate:
    """``value`` moved by ``shift``; a month or year date moves by its midpoint, keeping its
    precision (moving its first day would put a date in the index month before day 0)."""
    if value.precision is Precision.DAY:
        return PartialDate.of(value.first_day() + shift)
    moved = value.midpoint() + shift
    if value.precision is Precision.MONTH:
        return PartialDate(moved.year, moved.month)
    return PartialDate(moved.year)


# ---------------------------------------------------------------- ids and series


def _case_keys(cases: Sequence[Case], anonymise: bool) -> list[str]:
    keys: list[str] = []
    for n, case in enumerate(cases, start=1):
        key = None if anonymise else case.key
        if key is None or key in keys:
            key = f"case-{case.id}" if case.id is not None and not anonymise else f"case-{n}"
        while key in keys:
            key += "-x"
        keys.append(key)
    return keys


def _series_to_dict(
    series: Series,
    n: int,
    cases: Sequence[Case],
    keys: list[str],
    engines: Sequence[Deidentifier] | None,
) -> dict[str, Any]:
    """The series as JSON; ``engines`` (the anonymised export) redact its texts with the
    identifiers of the cases it names."""
    anonymise = engines is not None
    named: list[Any] = list(series.case_keys or series.case_ids)
    lookup: dict[Any, str] = {
        (c.key if series.case_keys else c.id): k for c, k in zip(cases, keys, strict=True)
    }
    lookup.pop(None, None)
    missing = [m for m in named if m not in lookup]
    if missing:
        raise ValueError(
            f"series {series.title!r} names cases {missing} that are not among the cases written"
        )
    members = {lookup[m] for m in named}
    named_engines = [e for e, k in zip(engines or [], keys, strict=False) if k in members]

    def text(value: str | None, *, known_only: bool = False) -> str | None:
        for engine in named_engines:
            if value is not None:
                value = engine.text(value, "series", known_only=known_only)
        return value

    out = {
        "id": f"series-{n}" if anonymise or not series.key else series.key,
        "title": text(series.title),
        "cases": [lookup[m] for m in named],
        "introduction": text(series.introduction),
        "discussion": text(series.discussion),
        "conclusion": text(series.conclusion),
        "references": [text(r, known_only=True) for r in series.references],
    }
    return {k: v for k, v in out.items() if v is not None and v != []}


# ---------------------------------------------------------------- files


class _ImageFolder:
    """Names the images of an export and writes them into ``<stem>-images/``."""

    def __init__(self, out: Path, *, anonymise: bool, notes: outputs.Notes | None) -> None:
        self.folder = out.parent / f"{out.stem}-images"
        self.anonymise = anonymise
        self.notes = notes
        self.names: dict[str, str] = {}  # sha256 -> file name
        self.taken: set[str] = set()
        self.data: dict[str, bytes] = {}

    def path(self, image: Image) -> str:
        data, media_type = image.data, image.media_type
        if self.anonymise and any(a.kind == "redact" for a in image.annotations):
            # anonymised: what lies under a redaction box is gone from the pixels too
            data, media_type = redacted_pixels(image), "image/png"
        digest = hashlib.sha256(data).hexdigest() if data is not image.data else image.sha256
        digest = digest or hashlib.sha256(data).hexdigest()
        if digest not in self.names:
            name = self._name(image, digest, media_type)
            self.names[digest] = name
            self.taken.add(name)
            # anonymised: the pixels only, whatever an older store kept beside them
            self.data[name] = pixels_only(data, media_type) if self.anonymise else data
        return f"{self.folder.name}/{self.names[digest]}"

    def _name(self, image: Image, digest: str, media_type: str) -> str:
        ext = _EXTENSIONS[media_type]
        fallback = f"image-{digest[:12]}"
        stem = fallback
        if not self.anonymise and image.filename:
            cleaned = _UNSAFE_NAME.sub("-", Path(image.filename).stem).strip("-.")
            stem = cleaned[:80] or fallback
        if stem + ext in self.taken:
            stem = f"{stem}-{digest[:8]}"
        return stem + ext

    def write(self) -> None:
        if not self.data:
            return
        self.folder.mkdir(mode=0o700, exist_ok=True)
        outputs.sweep(self.folder, self.data)
        for name, data in self.data.items():
            outputs.write_bytes(self.folder / name, data, notes=self.notes)
