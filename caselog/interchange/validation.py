"""All validation of the case file (spec/case-format.md), shared by import and the window's forms.

Each public ``*_from_dict`` function takes a JSON-shaped dict, checks it completely and returns
the model object, or raises :class:`ValidationError` listing every issue with its JSON path.
``today`` (default: the current date) decides which dates are in the future; ``birth_date``
which ones are before the patient was born.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from caselog.core import parts, vocab
from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    CaseOutcome,
    Event,
    HistoryItem,
    Kidney,
    Patient,
    PrivateIdentifiers,
    Regulatory,
    ReportText,
    Series,
)
from caselog.interchange.described import read_part
from caselog.interchange.errors import ValidationError
from caselog.interchange.events import check_in_timeline, check_stops, read_event
from caselog.interchange.fields import (
    Context,
    Fields,
    ImageResolver,
    clean_text,
    describe,
    join,
)
from caselog.interchange.limits import age_problem
from caselog.interchange.schema import (
    ASSESSMENT_KEYS,
    CASE_KEYS,
    FORMAT,
    MAX_AGE,
    PATIENT_KEYS,
    SERIES_KEYS,
    TOP_KEYS,
    VERSION,
)

T = TypeVar("T")


# ---------------------------------------------------------------- public entry points


def _run(
    build: Callable[[Context], T | None],
    today: dt.date | None,
    images: ImageResolver | None = None,
) -> T:
    ctx = Context(today=today, images=images)
    result = build(ctx)
    if ctx.issues or result is None:
        raise ValidationError(ctx.issues)
    return result


def event_from_dict(
    raw: dict[str, Any],
    *,
    where: str = "event",
    birth_date: PartialDate | None = None,
    today: dt.date | None = None,
    images: ImageResolver | None = None,
) -> Event:
    """One timeline event. ``images`` may hold :class:`Image` objects (a form) but not paths
    (without a resolver ``images``)."""
    return _run(lambda ctx: read_event(ctx, raw, where, birth_date), today, images)


def event_in_case_from_dict(
    raw: dict[str, Any],
    others: Sequence[Event],
    *,
    replacing: Event | None = None,
    where: str = "event",
    birth_date: PartialDate | None = None,
    today: dt.date | None = None,
) -> Event:
    """One timeline event as a form has it, held to every rule a case file holds it to
    (:func:`event_from_dict`) and to those across the case's other events (``others``; with
    ``replacing``, the stored version this edit replaces), as :func:`case_from_dict` does."""

    def build(ctx: Context) -> Event | None:
        event = read_event(ctx, raw, where, birth_date)
        if event is not None:
            check_in_timeline(ctx, where, event, others, replacing)
        return event

    return _run(build, today)


def patient_from_dict(
    raw: dict[str, Any],
    *,
    where: str = "patient",
    today: dt.date | None = None,
    index_date: PartialDate | None = None,
) -> Patient:
    """A patient as a form has it; an age beside a birth date is held to the birth date at
    ``index_date`` (the case's day 0, ``Case.effective_index_date``), as a case file is."""

    def build(ctx: Context) -> Patient | None:
        patient = read_patient(ctx, raw, where)
        if patient is not None:
            problem = age_disagreement(patient, index_date, ctx.today)
            if problem is not None:
                ctx.add(join(where, "age"), problem)
        return patient

    return _run(build, today)


def assessment_from_dict(
    raw: dict[str, Any],
    *,
    where: str = "assessment",
    birth_date: PartialDate | None = None,
    today: dt.date | None = None,
) -> Assessment:
    return _run(lambda ctx: read_assessment(ctx, raw, where, birth_date), today)


def report_from_dict(raw: dict[str, Any], *, where: str = "report") -> ReportText:
    return _run(lambda ctx: read_report(ctx, raw, where), None)


def author_from_dict(raw: dict[str, Any], *, where: str = "author") -> Author:
    return _run(lambda ctx: read_author(ctx, raw, where), None)


def case_from_dict(
    raw: dict[str, Any],
    *,
    where: str = "case",
    today: dt.date | None = None,
    images: ImageResolver | None = None,
    in_progress: bool = False,
) -> Case:
    """A whole case, with the checks that span events (a stop needs an earlier start).
    ``in_progress``: a case being written in the window, which may have no event yet (a
    case file's case has at least one), nor an age, and whose stops are not held to a start
    of the same name (the forms hold them as typed)."""
    return _run(lambda ctx: read_case(ctx, raw, where, in_progress=in_progress), today, images)


def series_from_dict(
    raw: dict[str, Any], *, where: str = "series", case_keys: list[str] | None = None
) -> Series:
    """A series; when ``case_keys`` is given, the series may only name those cases."""
    known = None if case_keys is None else set(case_keys)
    return _run(lambda ctx: read_series(ctx, raw, where, known), None)


def document_from_dict(
    raw: Any,
    *,
    file: str = "",
    today: dt.date | None = None,
    images: ImageResolver | None = None,
) -> tuple[list[Case], list[Series]]:
    """A whole case file (already parsed JSON): its cases and series, or ValidationError."""
    ctx = Context(file=file, today=today, images=images)
    result = read_document(ctx, raw)
    if ctx.issues or result is None:
        raise ValidationError(ctx.issues)
    return result


# ---------------------------------------------------------------- readers (collect issues)


def read_document(ctx: Context, raw: Any) -> tuple[list[Case], list[Series]] | None:
    f = Fields(ctx, raw, "", TOP_KEYS)
    if not f.ok:
        return None
    if "format" not in f.raw:
        ctx.add("format", f'is required (a case file starts with "format": "{FORMAT}")')
    elif f.raw["format"] != FORMAT:
        ctx.add("format", f'must be "{FORMAT}", not {describe(f.raw["format"])}')
    version = f.raw.get("version")
    if version is None:
        ctx.add("version", f"is required (this caselog reads version {VERSION})")
    elif type(version) is not int or version != VERSION:
        ctx.add("version", f"must be {VERSION}, not {describe(version)}")
    cases: list[Case] = []
    first_at: dict[str, str] = {}
    items = list(f.items("cases", required=True))
    if "cases" in f.raw and isinstance(f.raw["cases"], list) and not items:
        ctx.add("cases", "must hold at least one case")
    for where, item in items:
        case = read_case(ctx, item, where)
        if case is not None:
            cases.append(case)
        # ids count even on a case with issues, so a series naming it is not misreported
        key = case.key if case is not None else _raw_id(item)
        if key is not None:
            if key in first_at:
                ctx.add(
                    f"{where}.id", f"duplicate case id {key!r} (already used by {first_at[key]})"
                )
            else:
                first_at[key] = where
    series: list[Series] = []
    series_at: dict[str, str] = {}
    for where, item in f.items("series"):
        one = read_series(ctx, item, where, set(first_at))
        if one is None:
            continue
        series.append(one)
        if one.key is not None:
            if one.key in series_at:
                ctx.add(
                    f"{where}.id",
                    f"duplicate series id {one.key!r} (already used by {series_at[one.key]})",
                )
            else:
                series_at[one.key] = where
    return cases, series


def _raw_id(item: Any) -> str | None:
    key = item.get("id") if isinstance(item, dict) else None
    return key if isinstance(key, str) else None


def read_case(ctx: Context, raw: Any, where: str, *, in_progress: bool = False) -> Case | None:
    f = Fields(ctx, raw, where, CASE_KEYS)
    if not f.ok:
        return None
    key = f.text("id", line=True)
    title = f.text("title", required=True, line=True)
    authors = [a for w, item in f.items("authors") if (a := read_author(ctx, item, w))]
    keywords = f.texts("keywords", line=True)
    patient = (
        read_patient(ctx, f.raw.get("patient"), f.path("patient"), in_progress=in_progress)
        if f.has("patient")
        else None
    )
    if not f.has("patient"):
        ctx.add(f.path("patient"), "is required")
    birth = patient.private.birth_date if patient else None
    index_date = f.date("index_date", birth=birth)
    if not in_progress:
        check_events_present(ctx, f.raw, where)
    events: list[tuple[str, Event]] = []
    for w, item in f.items("events", required=True):
        event = read_event(ctx, item, w, birth)
        if event is not None:
            events.append((w, event))
    if not in_progress:  # the window's forms hold each edit to it (check_in_timeline)
        check_stops(ctx, events)
    assessment = (
        read_assessment(ctx, f.raw["assessment"], f.path("assessment"), birth)
        if f.has("assessment")
        else None
    )
    outcome = (
        read_outcome(ctx, f.raw["outcome"], f.path("outcome"), birth, assessed=f.has("assessment"))
        if f.has("outcome")
        else None
    )
    report = read_report(ctx, f.raw["report"], f.path("report")) if f.has("report") else None
    regulatory = (
        read_regulatory(ctx, f.raw["regulatory"], f.path("regulatory"), birth)
        if f.has("regulatory")
        else None
    )
    if title is None or patient is None:
        return None
    case = Case(
        title=title,
        patient=patient,
        events=[e for _, e in events],
        authors=authors,
        keywords=keywords,
        index_date=index_date,
        assessment=assessment,
        report=report,
        regulatory=regulatory,
        outcome=outcome,
        key=key,
    )
    check_age(ctx, case, where)
    return case


# ---------------------------------------------------------------- rules over a whole case
# (docs/case-format.md, "Limits"; the value rules themselves are in ``limits``, shared with
# the services and the forms)


def check_events_present(ctx: Context, raw: dict[str, Any], where: str) -> None:
    """A case file's case records at least one event (a case in the window may have none
    yet: this is a rule of the file, not of the store)."""
    if raw.get("events") == []:
        ctx.add(join(where, "events"), "must hold at least one event")


def check_age(ctx: Context, case: Case, where: str) -> None:
    """A recorded age beside a birth date must be an age the birth date gives at the
    index date (``limits.age_problem``)."""
    problem = age_disagreement(case.patient, case.effective_index_date(), ctx.today)
    if problem is not None:
        ctx.add(join(join(where, "patient"), "age"), problem)


def age_disagreement(
    patient: Patient, index_date: PartialDate | None, today: dt.date
) -> str | None:
    """The message when ``patient``'s age contradicts its birth date at ``index_date``."""
    birth = patient.private.birth_date
    if patient.age is None or birth is None:
        return None
    return age_problem(patient.age, birth, index_date, today)


def read_author(ctx: Context, raw: Any, where: str) -> Author | None:
    author: Author | None = read_part(ctx, parts.AUTHOR, raw, where)
    return author


def read_patient(
    ctx: Context, raw: Any, where: str, *, in_progress: bool = False
) -> Patient | None:
    """``in_progress``: a new case's patient in the window, whose age may not be known yet."""
    f = Fields(ctx, raw, where, PATIENT_KEYS)
    if not f.ok:
        return None
    sex = f.choice("sex", vocab.SEXES, required=True)
    age = f.integer("age", 0, MAX_AGE, "years")
    birth = f.date("birth_date")
    if not f.has("age") and not f.has("birth_date") and not in_progress:
        ctx.add(where, "needs `age` or `birth_date`")
    kidney = read_kidney(ctx, f.raw["kidney"], f.path("kidney"), birth) if f.has("kidney") else None
    history = [
        h for w, item in f.items("history") if (h := read_history(ctx, item, w, birth)) is not None
    ]
    patient = Patient(
        sex=sex or "unknown",
        label=f.text("label", line=True),
        age=age,
        weight_kg=f.number("weight_kg", positive=True),
        height_cm=f.number("height_cm", positive=True),
        kidney=kidney,
        history=history,
        private=PrivateIdentifiers(
            name=f.text("name", line=True),
            mrn=f.text("mrn", line=True),
            birth_date=birth,
            initials=f.text("initials", line=True),
        ),
    )
    return patient if sex is not None else None


def read_kidney(ctx: Context, raw: Any, where: str, birth: PartialDate | None) -> Kidney | None:
    kidney: Kidney | None = read_part(ctx, parts.KIDNEY, raw, where, birth)
    return kidney


def read_history(
    ctx: Context, raw: Any, where: str, birth: PartialDate | None
) -> HistoryItem | None:
    item: HistoryItem | None = read_part(ctx, parts.HISTORY, raw, where, birth)
    return item


def read_assessment(
    ctx: Context, raw: Any, where: str, birth: PartialDate | None
) -> Assessment | None:
    f = Fields(ctx, raw, where, ASSESSMENT_KEYS)
    if not f.ok:
        return None
    reaction = f.text("reaction", required=True)
    naranjo: dict[str, str] = {}
    if f.has("naranjo"):
        g = Fields(ctx, f.raw["naranjo"], f.path("naranjo"), vocab.NARANJO_KEYS)
        for key in vocab.NARANJO_KEYS:
            answer = g.choice(key, vocab.NARANJO_ANSWERS)
            if answer is not None:
                naranjo[key] = answer
    assessment = Assessment(
        reaction=reaction or "",
        onset_date=f.date("onset_date", birth=birth),
        # absent: not recorded; an empty list: recorded as not serious
        seriousness=f.choices("seriousness", vocab.SERIOUSNESS) if f.has("seriousness") else None,
        outcome=f.choice("outcome", vocab.OUTCOMES),
        dechallenge=f.choice("dechallenge", vocab.DECHALLENGE),
        rechallenge=f.choice("rechallenge", vocab.RECHALLENGE),
        naranjo=naranjo,
        who_umc=f.choice("who_umc", vocab.WHO_UMC),
    )
    return assessment if reaction is not None else None


OUTCOME_ONCE = (
    "is the outcome of a case without an assessment: a suspected drug reaction's outcome is "
    "recorded once, as assessment.outcome"
)


def read_outcome(
    ctx: Context, raw: Any, where: str, birth: PartialDate | None, *, assessed: bool = False
) -> CaseOutcome | None:
    """The case's outcome and follow-up; with an assessment beside it, no category (the
    reaction's outcome is the case's)."""
    outcome: CaseOutcome | None = read_part(ctx, parts.OUTCOME, raw, where, birth)
    if outcome is not None and assessed and outcome.category is not None:
        ctx.add(f"{where}.category", OUTCOME_ONCE)
    return outcome


def outcome_from_dict(
    raw: dict[str, Any],
    *,
    where: str = "outcome",
    birth_date: PartialDate | None = None,
    today: dt.date | None = None,
) -> CaseOutcome:
    return _run(lambda ctx: read_outcome(ctx, raw, where, birth_date), today)


def read_report(ctx: Context, raw: Any, where: str) -> ReportText | None:
    report: ReportText | None = read_part(ctx, parts.REPORT, raw, where)
    return report


def read_regulatory(
    ctx: Context, raw: Any, where: str, birth: PartialDate | None
) -> Regulatory | None:
    """The regulator's part; a country is an ISO 3166-1 alpha-2 code (``JP``, ``US``)."""
    regulatory: Regulatory | None = read_part(ctx, parts.REGULATORY, raw, where, birth)
    if regulatory is None:
        return None
    _check_country(ctx, regulatory.country, f"{where}.country")
    if regulatory.reporter is not None:
        _check_country(ctx, regulatory.reporter.country, f"{where}.reporter.country")
    return regulatory


def _check_country(ctx: Context, code: str | None, where: str) -> None:
    if code is not None and not (
        len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()
    ):
        ctx.add(where, f"must be an ISO 3166-1 alpha-2 code of two capital letters, not {code!r}")


def regulatory_from_dict(
    raw: dict[str, Any], *, where: str = "regulatory", today: dt.date | None = None
) -> Regulatory:
    return _run(lambda ctx: read_regulatory(ctx, raw, where, None), today)


def read_series(ctx: Context, raw: Any, where: str, known: set[str] | None) -> Series | None:
    f = Fields(ctx, raw, where, SERIES_KEYS)
    if not f.ok:
        return None
    title = f.text("title", required=True, line=True)
    keys: list[str] = []
    for w, item in f.items("cases", required=True):
        key = clean_text(ctx, item, w, required=True, line=True)
        if key is None:
            continue
        if known is not None and key not in known:
            ctx.add(w, f"names case {key!r}, which is not a case id in this file")
        elif key in keys:
            ctx.add(w, f"names case {key!r} twice")
        else:
            keys.append(key)
    if isinstance(f.raw.get("cases"), list) and len(f.raw["cases"]) < 2:
        ctx.add(f.path("cases"), "a series names at least two cases")
    series = Series(
        title=title or "",
        key=f.text("id", line=True),
        case_keys=keys,
        introduction=f.text("introduction"),
        discussion=f.text("discussion"),
        conclusion=f.text("conclusion"),
        references=f.texts("references"),
    )
    return series if title is not None else None
