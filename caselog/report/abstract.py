"""The case report's abstract, its facts chosen by rule (never the first few events):

1. presentation: who, the treatment (the suspect drug, else the first drug started) and why;
2. onset: when, from the first dose, and the presenting symptom;
3. the key diagnostics: the imaging whose words share most with the reaction, the
   diagnoses and the presenting symptom (so the C5/C6 CT, not a wrist X-ray), and at most
   three abnormal results near the onset, one per test, those the reaction names first;
4. the diagnoses: ruled out, then suspected or confirmed;
5. the treatment: the drug stopped, procedures and drugs started after the onset;
6. the outcome: the first record of improvement after the stop, then the recorded outcome
   at the last follow-up;
7. the causality as scored (only when a Naranjo question was answered);
8. the lesson: the first sentence of the authors' conclusion.

Over ``ABSTRACT_WORDS``, the lowest-ranked sentences go first (results, causality,
procedures), never the presentation, the treatment, the outcome or the lesson.
"""

from __future__ import annotations

import re

from caselog.clinical import exposure, naranjo
from caselog.clinical.relative import compare, describe_relative, relative_days
from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event
from caselog.core.vocab import label
from caselog.report import labs, prose
from caselog.report._context import Context, flag, lower_first
from caselog.report.citations import strip_markers
from caselog.report.draft import (
    OUTCOME_WORDS,
    imaging_clause,
    kidney_phrase,
    onset_event,
    pronoun,
    who,
)
from caselog.report.tables import medication_text

ABSTRACT_WORDS = 250
NEAR_ONSET_DAYS = (-7, 30)  # results this near the onset are the presenting ones
KEY_RESULTS = 3
# rank of each kind of sentence: the higher goes last when the abstract is too long
KEEP, DIAGNOSTIC, TREATMENT, RESULTS, CAUSALITY = 0, 1, 2, 3, 4
_STOP_WORDS = frozenset(
    ["with", "from", "that", "this", "were", "was", "have", "after", "before", "into", "than"]
)


def _words(*texts: str | None) -> set[str]:
    return {
        w
        for t in texts
        if t
        for w in re.findall(r"[a-z0-9/]+", t.casefold())
        if (len(w) > 3 or any(c.isdigit() for c in w)) and w not in _STOP_WORDS
    }


def key_words(case: Case, onset: Event | None) -> set[str]:
    """The words the reaction is told in: the reaction, the diagnoses not ruled out, the
    presenting symptom."""
    a = case.assessment
    diagnoses = [
        e.name for e in case.events if e.kind == "diagnosis" and e.effective_status != "ruled_out"
    ]
    return _words(a.reaction if a else None, onset.name if onset else None, *diagnoses)


def key_imaging(ctx: Context, onset_date: PartialDate | None, words: set[str]) -> Event | None:
    """The imaging that shows the reaction: most words shared with it, then one with
    images, then the earliest (on or after the onset when there is one)."""
    candidates = [
        e
        for e in ctx.case.timeline()
        if e.kind == "imaging"
        and (e.findings or e.impression)
        and (onset_date is None or compare(e.date, onset_date) != -1)
    ]
    if not candidates:
        return None

    def rank(e: Event) -> tuple[int, int, int]:
        shared = len(words & _words(e.findings, e.impression, e.region))
        return (-shared, 0 if e.images else 1, candidates.index(e))

    return min(candidates, key=rank)


def key_results(ctx: Context, onset_date: PartialDate | None, words: set[str]) -> list[Event]:
    """At most ``KEY_RESULTS`` abnormal results near the onset, one per test (its first),
    tests the reaction names first."""
    lo, hi = NEAR_ONSET_DAYS
    first: dict[str, Event] = {}
    for e in ctx.case.timeline():
        if e.kind != "lab" or e.value is None or flag(e) is None:
            continue
        if onset_date is not None:
            days = relative_days(e.date, onset_date)
            if days is None or not lo <= days <= hi:
                continue
        first.setdefault((e.test or "").casefold(), e)
    chosen = sorted(first.values(), key=lambda e: 0 if words & _words(e.test) else 1)
    return chosen[:KEY_RESULTS]


def _since(ctx: Context, date: PartialDate) -> str:
    """From the first dose of the suspect drug when there is one, else from day 0."""
    course = exposure.suspect_course(ctx.case)
    if course is None:
        return ctx.relative(date)
    return describe_relative(
        date, course.first_dose_date, anchor=f"the first dose of {course.drug}"
    )


def _treatment(case: Case) -> Event | None:
    course = exposure.suspect_course(case)
    if course is not None and course.events:
        return course.events[0]
    return next(
        (e for e in case.timeline() if e.kind == "medication" and e.action == "start"), None
    )


def abstract(ctx: Context) -> str:
    c = ctx.case
    subj, _ = pronoun(ctx)
    onset = onset_event(ctx)
    found = exposure.onset(c)
    onset_date = found[0] if found else None
    words = key_words(c, onset)
    out: list[tuple[int, str]] = []

    start = _treatment(c)
    intro = f"we report {who(ctx)}{kidney_phrase(ctx)}"
    if start is not None:
        intro += f"{',' if kidney_phrase(ctx) else ''} who received {medication_text(start)}"
        if start.indication:
            intro += f" for {start.indication}"
    out.append((KEEP, prose.opening(intro)))  # course is looked up again below for the stop
    if onset_date is not None:
        what = (
            onset.name if onset is not None else (c.assessment.reaction if c.assessment else None)
        )
        if what:
            out.append(
                (KEEP, prose.opening(f"{_since(ctx, onset_date)}, {subj} presented with {what}"))
            )

    image = key_imaging(ctx, onset_date, words)
    if image is not None:
        told = imaging_clause(image, None)
        out.append((DIAGNOSTIC, prose.opening(told)))
    results = key_results(ctx, onset_date, words)
    if results:
        day = labs.told(
            results, {id(e): ctx.places(e) for e in results}, dialysis=labs.on_dialysis(ctx)
        )
        phrases = [r.phrase() for r in day if r.apart]
        if phrases:
            soon = onset_date is not None and all(
                0 <= (relative_days(e.date, onset_date) or -1) <= 7 for e in results
            )
            lead = "at presentation, " if soon else ""
            out.append((RESULTS, prose.opening(lead + prose.listed(phrases))))
    after = [e for e in c.timeline() if onset_date is None or compare(e.date, onset_date) != -1]
    ruled = [e.name for e in after if e.kind == "diagnosis" and e.effective_status == "ruled_out"]
    kept = [e for e in after if e.kind == "diagnosis" and e.effective_status != "ruled_out"]
    diag = []
    if ruled:
        diag.append(f"{prose.listed([n or '' for n in ruled], 'or')} was ruled out")
    for e in kept:
        verb = "was suspected" if e.effective_status == "suspected" else "was diagnosed"
        diag.append(f"{e.name} {verb}")
    if diag:
        out.append((DIAGNOSTIC, prose.opening(prose.listed(diag))))

    course = exposure.suspect_course(c)
    stop = course.stop if course is not None else None
    if course is not None and stop is not None:
        if onset_date is not None and compare(stop.date, onset_date) == 1:
            when = describe_relative(stop.date, onset_date, anchor="presentation")
        else:
            when = describe_relative(stop.date, course.first_dose_date, anchor="its first dose")
        out.append((KEEP, prose.opening(f"{stop.drug} was stopped {when}")))
    if onset_date is not None:
        for e in after:
            if e.kind == "procedure" and e.name:
                out.append((TREATMENT, prose.opening(prose.procedure_clause(e.name))))
            elif e.kind == "medication" and e.action == "start" and e is not start:
                out.append((TREATMENT, prose.opening(f"{medication_text(e)} was started")))

    if stop is not None:
        better = exposure.improvement_after(c, stop.date)
        if better is not None and better.kind == "imaging":
            when = describe_relative(better.date, stop.date, anchor=f"stopping {stop.drug}")
            told = imaging_clause(better, None)
            out.append((KEEP, prose.opening(f"{when}, {lower_first(told)}")))
    a = c.assessment
    category = c.outcome_category()  # a drug reaction's is the reaction's
    if category:
        follow = next((e for e in reversed(c.timeline()) if e.kind == "follow_up"), None)
        dates = [follow.date] if follow is not None else []
        if c.outcome is not None and c.outcome.date is not None:
            dates.append(c.outcome.date)
        last = max(dates, key=lambda d: d.sort_key()) if dates else None  # the later one
        said = OUTCOME_WORDS.get(category, "the outcome was " + label(category).lower())
        said = said.format(s=subj)
        if last is not None and category != "unknown":
            said = f"at the last follow-up, {_since(ctx, last)}, {said}"
        elif category == "unknown":
            said = "the outcome is unknown"
        out.append((KEEP, prose.opening(said)))
    if a is not None and naranjo.scored(a.naranjo):
        score = naranjo.score(a.naranjo)
        text = f"The Naranjo score was {score} ({naranjo.band(score)})"
        if a.who_umc:
            text += f", and the WHO-UMC category {label(a.who_umc)}"
        out.append((CAUSALITY, text + "."))
    elif a is not None and a.who_umc:
        out.append((CAUSALITY, f"The WHO-UMC causality category was {label(a.who_umc)}."))
    if c.report and c.report.conclusion and c.report.conclusion.strip():
        first = prose.sentences(strip_markers(c.report.conclusion))
        if first:
            out.append((KEEP, prose.opening(first[0])))

    said_set: set[str] = set()
    out = [(rank, s) for rank, s in out if not prose.said_before(s, said_set)]
    while len(" ".join(s for _, s in out).split()) > ABSTRACT_WORDS:
        worst = max(rank for rank, _ in out)
        if worst == KEEP:
            break
        drop = max(i for i, (rank, _) in enumerate(out) if rank == worst)
        out.pop(drop)
    return " ".join(s for _, s in out)
