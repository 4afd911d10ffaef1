"""Hypothesis strategies for valid cases (docs/case-format.md), for every part's tests.

``cases()`` draws a :class:`Case` that the case-file validator accepts with ``today=TODAY``:
birth dates lie before every other date, dates are on or before TODAY, every medication
stop has an earlier start of the same drug, text is non-blank NFC without NUL, numbers are
finite. ``images`` are drawn from a few small PNG/JPEG files already passed through
``load_image`` (so their bytes survive a round trip unchanged).
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from functools import cache
from typing import Any

from hypothesis import strategies as st
from PIL import Image as PILImage

from caselog.core import vocab
from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    CaseOutcome,
    Consent,
    Event,
    HistoryItem,
    Image,
    Kidney,
    Patient,
    PrivateIdentifiers,
    ReportText,
)
from caselog.interchange.images import load_image
from caselog.interchange.limits import ages_possible

TODAY = dt.date(2026, 1, 1)
BIRTH_FIRST, BIRTH_LAST = dt.date(1900, 1, 1), dt.date(1980, 12, 31)
LIFE_FIRST, LIFE_LAST = dt.date(1981, 1, 1), dt.date(2025, 12, 31)

_chars = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


texts = st.text(_chars, min_size=1, max_size=40).map(_nfc).filter(lambda s: bool(s.strip()))
"""Non-blank, NFC-normalised text without NUL or lone surrogates."""

_line_chars = st.characters(
    exclude_categories=["Cs", "Cc"],
    exclude_characters="\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
)
lines = st.text(_line_chars, min_size=1, max_size=40).map(_nfc).filter(lambda s: bool(s.strip()))
"""A single-line value (a title, label, name, record number): no control character or
direction override (docs/case-format.md, "Limits")."""

finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9)
positive = st.floats(min_value=0.1, max_value=1000, allow_nan=False) | st.integers(1, 1000)
amounts = st.floats(min_value=0, max_value=1e6, allow_nan=False) | st.integers(0, 10_000)


def optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


@st.composite
def partial_dates(
    draw: st.DrawFn, first: dt.date = LIFE_FIRST, last: dt.date = LIFE_LAST
) -> PartialDate:
    day = draw(st.dates(first, last))
    precision = draw(st.sampled_from(["day", "day", "day", "month", "year"]))
    if precision == "day":
        return PartialDate.of(day)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate(day.year)


@cache
def _image_pool() -> tuple[Image, ...]:
    made = []
    kinds: list[tuple[str, str, int | tuple[int, int, int]]] = [
        ("PNG", "RGB", (200, 30, 30)),
        ("PNG", "L", 90),
        ("JPEG", "RGB", (20, 120, 200)),
    ]
    for n, (fmt, mode, color) in enumerate(kinds):
        buffer = io.BytesIO()
        PILImage.new(mode, (8 + n, 6), color).save(buffer, fmt)
        ext = "png" if fmt == "PNG" else "jpg"
        made.append(load_image(buffer.getvalue(), name=f"figure-{n}.{ext}"))
    return tuple(made)


@st.composite
def images(draw: st.DrawFn) -> Image:
    base = draw(st.sampled_from(_image_pool()))
    return Image(
        data=base.data,
        media_type=base.media_type,
        sha256=base.sha256,
        filename=base.filename,
        caption=draw(optional(lines)),
        panel=draw(optional(st.sampled_from("ABCD"))),
        width=base.width,
        height=base.height,
    )


def _kind_fields(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    t = optional(lines)  # the one-line fields (docs/case-format.md, "Limits")
    if kind == "medication":
        return st.fixed_dictionaries(
            {
                "drug": st.sampled_from(["romosozumab", "Denosumab", "cinacalcet"]),
                "action": st.sampled_from(vocab.MED_ACTIONS),
                "role": optional(st.sampled_from(vocab.MED_ROLES)),
                "dose": optional(amounts),
                "dose_unit": t,
                "route": t,
                "frequency": t,
                "indication": t,
                "reason": t,
            }
        )
    if kind == "symptom":
        return st.fixed_dictionaries(
            {"name": lines, "severity": optional(st.sampled_from(vocab.SEVERITIES))}
        )
    if kind in ("finding", "procedure"):
        return st.fixed_dictionaries({"name": lines})
    if kind == "diagnosis":
        return st.fixed_dictionaries(
            {"name": lines, "status": optional(st.sampled_from(vocab.DIAGNOSIS_STATUS))}
        )
    if kind == "lab":
        result = st.one_of(
            st.fixed_dictionaries({"value": finite, "text": st.none()}),  # one, not both
            st.fixed_dictionaries({"value": st.none(), "text": lines}),
        )
        ranges = st.tuples(optional(finite), optional(finite)).map(
            lambda r: tuple(sorted(r)) if None not in r else r
        )
        return st.tuples(
            result,
            ranges,
            st.fixed_dictionaries({"test": lines, "unit": t, "loinc": t, "specimen": t}),
        ).map(lambda p: {**p[0], "ref_low": p[1][0], "ref_high": p[1][1], **p[2]})
    if kind == "imaging":
        return st.fixed_dictionaries(
            {
                "modality": st.sampled_from(vocab.MODALITIES),
                "findings": texts,
                "region": t,
                "impression": t,
                "images": st.lists(images(), max_size=2),
            }
        )
    if kind == "follow_up":
        return st.fixed_dictionaries({"summary": texts})
    return st.fixed_dictionaries({"text": texts})


@st.composite
def events(draw: st.DrawFn, kind: str | None = None) -> Event:
    kind = kind or draw(st.sampled_from(vocab.EVENT_KINDS))
    fields = draw(_kind_fields(kind))
    return Event(kind=kind, date=draw(partial_dates()), notes=draw(optional(texts)), **fields)


def _start_before_stop(events: list[Event]) -> list[Event]:
    """Turn each stop without an earlier-or-same-day start of its drug into a start."""
    for e in events:
        if e.kind == "medication" and e.action == "stop":
            started = any(
                s.kind == "medication"
                and s.action == "start"
                and s.drug is not None
                and e.drug is not None
                and s.drug.casefold() == e.drug.casefold()
                and s.date.first_day() <= e.date.last_day()
                for s in events
            )
            if not started:
                e.action = "start"
    return events


@st.composite
def patients(draw: st.DrawFn) -> Patient:
    birth = draw(optional(partial_dates(BIRTH_FIRST, BIRTH_LAST)))
    age = draw(st.integers(0, 130) if birth is None else optional(st.integers(0, 130)))
    kidney = draw(
        optional(
            st.builds(
                Kidney,
                ckd_stage=optional(st.sampled_from(vocab.CKD_STAGES)),
                dialysis=optional(st.sampled_from(vocab.DIALYSIS)),
                dialysis_since=optional(partial_dates()),
                cause=optional(lines),
            )
        )
    )
    history = draw(
        st.lists(
            st.builds(
                HistoryItem,
                condition=lines,
                since=optional(partial_dates()),
                ongoing=optional(st.booleans()),
                notes=optional(texts),
            ),
            max_size=3,
        )
    )
    return Patient(
        sex=draw(st.sampled_from(vocab.SEXES)),
        label=draw(optional(lines)),
        age=age,
        weight_kg=draw(optional(positive)),
        height_cm=draw(optional(positive)),
        kidney=kidney,
        history=history,
        private=PrivateIdentifiers(
            name=draw(optional(lines)), mrn=draw(optional(lines)), birth_date=birth
        ),
    )


assessments = st.builds(
    Assessment,
    reaction=lines,
    onset_date=optional(partial_dates()),
    # None: not recorded; []: recorded as not serious (both must come back as they went)
    seriousness=optional(st.lists(st.sampled_from(vocab.SERIOUSNESS), max_size=3)),
    outcome=optional(st.sampled_from(vocab.OUTCOMES)),
    dechallenge=optional(st.sampled_from(vocab.DECHALLENGE)),
    rechallenge=optional(st.sampled_from(vocab.RECHALLENGE)),
    naranjo=st.dictionaries(
        st.sampled_from(vocab.NARANJO_KEYS), st.sampled_from(vocab.NARANJO_ANSWERS)
    ),
    who_umc=optional(st.sampled_from(vocab.WHO_UMC)),
)

reports = st.builds(
    ReportText,
    introduction=optional(texts),
    case_presentation=optional(texts),
    discussion=optional(texts),
    conclusion=optional(texts),
    patient_perspective=optional(texts),
    acknowledgments=optional(texts),
    references=st.lists(texts, max_size=3),
    consent=optional(st.builds(Consent, obtained=optional(st.booleans()), notes=optional(lines))),
    competing_interests=optional(texts),
    funding=optional(texts),
    ethics=optional(texts),
)

outcomes = st.builds(
    CaseOutcome,
    category=optional(st.sampled_from(vocab.OUTCOMES)),
    date=optional(partial_dates()),
    follow_up=optional(texts),
)

authors = st.builds(
    Author,
    name=lines,
    degrees=optional(lines),
    affiliation=optional(lines),
    email=optional(lines),
    corresponding=st.booleans(),
)


@st.composite
def cases(draw: st.DrawFn, max_events: int = 8) -> Case:
    """A valid case; ``key`` (the file id) is left None for the caller to set. It has at
    least one event, and an age beside a birth date is one the birth date gives at day 0. A
    drug reaction's outcome category is its assessment's, so its own outcome has none."""
    assessment = draw(optional(assessments))
    outcome = draw(optional(outcomes))
    if assessment is not None and outcome is not None:
        outcome = CaseOutcome(date=outcome.date, follow_up=outcome.follow_up)
    case = Case(
        title=draw(lines),
        patient=draw(patients()),
        events=_start_before_stop(draw(st.lists(events(), min_size=1, max_size=max_events))),
        authors=draw(st.lists(authors, max_size=2)),
        keywords=draw(st.lists(lines, max_size=5)),
        index_date=draw(optional(partial_dates())),
        assessment=assessment,
        report=draw(optional(reports)),
        outcome=outcome,
    )
    birth, index = case.patient.private.birth_date, case.effective_index_date()
    if case.patient.age is not None and birth is not None and index is not None:
        low, high = ages_possible(birth, index)
        case.patient.age = draw(st.integers(low, min(high, 130)))
    return case
