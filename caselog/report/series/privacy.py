"""De-identification of a case series: every patient's identifiers out of every text.

Each case goes through its own ``Deidentifier`` (the one engine of every output), then
through the engine of every other patient of the series, since one patient's notes may
name another; the series' own texts go through every patient's engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from caselog.core.model import Author, Case, Patient, Series
from caselog.privacy import Deidentifier, Redaction


@dataclass
class Clean:
    cases: list[Case]  # de-identified copies, in series order
    series: Series  # de-identified copy
    ages: list[str | None]  # as printed: "75", "90 or older"
    redactions: list[Redaction]


def deidentify_series(cases: Sequence[Case], series: Series) -> Clean:
    engines = [Deidentifier(c) for c in cases]
    ages = [e.age_text() for e in engines]
    copies = [e.case_copy() for e in engines]
    redactions = [r for e in engines for r in e.redactions]
    for i in range(len(copies)):
        for j, other in enumerate(cases):
            if i == j or other.patient.private.is_empty():
                continue
            probe = replace(copies[i], patient=replace(copies[i].patient))
            probe.patient.private = other.patient.private
            engine = Deidentifier(probe)
            copies[i] = engine.case_copy()
            redactions += engine.redactions
    for engine in engines:
        engine.redactions = []
    clean = replace(series, authors=[replace(a) for a in series.authors])
    for engine, case in zip(engines, cases, strict=True):
        prose = _prose_engine(engine, case)
        for name in ("title", "introduction", "methods", "discussion", "conclusion"):
            value = getattr(clean, name)
            if value:
                setattr(clean, name, prose.text(value, f"series.{name}"))
        redactions += prose.redactions
        clean.references = [
            engine.text(r, f"series.references[{n}]", known_only=True)
            for n, r in enumerate(clean.references)
        ]
        clean.authors = [_author(engine, a, n) for n, a in enumerate(clean.authors)]
        redactions += engine.redactions
        engine.redactions = []
    return Clean(copies, clean, ages, redactions)


def _prose_engine(engine: Deidentifier, case: Case) -> Deidentifier:
    """An engine knowing the patient's identifiers but none of the timeline's dates: in
    the series' own text a date of one patient's timeline told as "day 93" would say
    nothing, so every date there becomes "[date]"."""
    patient = Patient(sex=case.patient.sex, age=engine.age(), private=case.patient.private)
    return Deidentifier(Case(title="", patient=patient))


def _author(engine: Deidentifier, a: Author, n: int) -> Author:
    def known(value: str | None, name: str) -> str | None:
        if value is None:
            return None
        return engine.text(value, f"series.authors[{n}].{name}", known_only=True)

    return replace(
        a,
        name=known(a.name, "name") or "",
        affiliation=known(a.affiliation, "affiliation"),
        email=known(a.email, "email"),
    )
