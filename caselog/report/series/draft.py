"""The drafted parts of a series report that speak of all its patients, each from a
recorded fact: the structured abstract (Objective, Methods, Results; Conclusions only as
the authors wrote them) and the Materials and methods when the authors have not written
them. What the record does not say is left out (Table 1 says "Not recorded"); no sentence
states a judgement nobody made. One patient's paragraph is ``patients.summary``.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from caselog.clinical import naranjo
from caselog.clinical.relative import relative_days
from caselog.report._context import decimals_of, lower_first, sentence
from caselog.report.series import bone
from caselog.report.series.characteristics import answered
from caselog.report.series.members import Measure, Member
from caselog.report.series.patients import clinical
from caselog.report.series.regimen import drug_names, regimen
from caselog.report.series.words import (
    Change,
    by_text,
    change,
    count_word,
    indication,
    listing,
    prose_name,
    value_range,
    whom,
)
from caselog.report.tables import medication_text
from caselog.review.onset import onset_date

ABSTRACT_WORDS = 250


def measures_sentence(found: Sequence[Measure]) -> str | None:
    """``From baseline to the last measurement, the median change was +12.5% in lumbar
    spine BMD (range +8.1% to +15.4%) and +0.8 in the lumbar spine T-score (...).``"""
    parts = []
    for measure in found:
        known = [c for c in (change(m, ev) for m, ev in measure.tracks) if c is not None]
        if len(known) < 2:
            continue
        places = decimals_of([e.value for _, ev in measure.tracks for e in ev if e.value])
        mid = Change(known[0].base, known[0].last, statistics.median(c.by for c in known),
                     known[0].absolute, 0)  # fmt: skip
        lo = min(known, key=lambda c: c.by)
        hi = max(known, key=lambda c: c.by)
        parts.append(
            f"{by_text(mid, places)} in {lower_first(prose_name(measure.name))} "
            f"(range {by_text(lo, places)} to {by_text(hi, places)})"
        )
    if not parts:
        return None
    return f"From baseline to the last measurement, the median change was {listing(parts)}."


def treatment_phrase(group: Sequence[Member]) -> str | None:
    """``romosozumab for rebound vertebral fractures after denosumab discontinuation,
    followed by zoledronate (in three)``."""
    n = len(group)
    regimens = [regimen(m) for m in group]
    drugs = drug_names([r.treatment for r in regimens])
    if not drugs:
        return None
    given = sum(1 for r in regimens if r.treatment is not None)
    if len(drugs) > 1:  # "zoledronate (two) or romosozumab (one)"
        each = [
            sum(1 for r in regimens if r.treatment and r.treatment.drug.casefold() == d.casefold())
            for d in drugs
        ]
        text = " or ".join(
            f"{d} ({count_word(k) if k > 1 else 'one'})" for d, k in zip(drugs, each, strict=True)
        )
    else:
        text = drugs[0] + ("" if given == n else f" ({whom(given, n)})")
    whys = {(indication(r.treatment) or "").casefold() for r in regimens if r.treatment}
    if len(whys) == 1 and next(iter(whys)):
        first = next(r.treatment for r in regimens if r.treatment)
        text += f" for {indication(first)}"
    follow = drug_names([c for r in regimens for c in r.follow_on])
    if follow:
        k = sum(1 for r in regimens if r.follow_on)
        text += f", followed by {listing(follow)}" + ("" if k == n else f" (in {whom(k, n)})")
    return text


def reactions(group: Sequence[Member]) -> list[str]:
    return list(dict.fromkeys(m.case.assessment.reaction for m in group if m.case.assessment))


def objective(group: Sequence[Member]) -> str:
    n = len(group)
    text = f"To describe {count_word(n)} patients"
    common = bone.common_diagnosis(group)
    if common:
        text += f" with {lower_first(common)}"
    gaps = [g for m in group if (g := bone.stopped_before_fracture(m)) is not None]
    if len(gaps) == n and len({g.course.drug.casefold() for g in gaps}) == 1:
        text += f"{' and' if common else ' with'} fractures after the last dose of "
        text += gaps[0].course.drug
    treated = treatment_phrase(group)
    if treated:
        text += f" who received {treated}"
    names = reactions(group)
    if names:
        k = sum(1 for m in group if m.case.assessment)
        text += (f", and the suspected adverse reaction{'s' if len(names) > 1 else ''} "
                 f"({listing(names)}) assessed in {whom(k, n)}")  # fmt: skip
    return sentence(text)


def day0_sentence(group: Sequence[Member]) -> str:
    anchors = list(dict.fromkeys(m.ctx.anchor for m in group))
    if len(anchors) == 1:
        return sentence(f"Times are given from each patient's day 0, {anchors[0]}")
    return "Times are given from each patient's day 0, named for each patient in Table 1."


def measured_sentence(found: Sequence[Measure]) -> str | None:
    if not found:
        return None
    names = listing([lower_first(prose_name(m.name)) for m in found])
    one = len(found) == 1
    text = f"{names} {'was' if one else 'were'} recorded at least twice in two or more patients"
    return sentence(text + f" and {'is' if one else 'are'} shown by patient over time")


def causality_sentence(group: Sequence[Member]) -> str | None:
    scored = [m.label for m in group if m.case.assessment and answered(m.case.assessment.naranjo)]
    graded = [m.label for m in group if m.case.assessment and m.case.assessment.who_umc]
    parts = []
    n = len(group)
    if scored:
        where = "every patient" if len(scored) == n else listing(scored)
        parts.append(f"with the Naranjo adverse drug reaction probability scale in {where}")
    if graded:
        where = "every patient" if len(graded) == n else listing(graded)
        parts.append(f"with the WHO-UMC system in {where}")
    if not parts:
        return None
    return sentence("Causality of the suspected reaction was assessed " + " and ".join(parts))


def methods(group: Sequence[Member], found: Sequence[Measure], bone_series: bool) -> str:
    n = len(group)
    treated = treatment_phrase(group)
    out = [
        sentence(
            f"We describe {count_word(n)} patients"
            + (f" who received {treated}" if treated else "")
        )
    ]
    out.append(day0_sentence(group))
    said = measured_sentence(found)
    if said:
        out.append(said)
    if bone_series:
        out.append(
            "Fractures are those the records name; a fracture is counted as new when it was "
            "recorded after the first dose of the treatment begun for the presenting fractures, "
            "or after day 0 when there were none before it."
        )
    cause = causality_sentence(group)
    if cause:
        out.append(cause)
    out.append("Identifying details were removed and no calendar dates are given.")
    return " ".join(out)


def people_sentence(group: Sequence[Member]) -> str | None:
    """``The four patients, three women and one man, were aged 61–74 years; one was on
    dialysis.``"""
    n = len(group)
    ages = [int(m.ctx.age) for m in group if m.ctx.age and m.ctx.age.isdigit()]
    sexes = [m.case.patient.sex for m in group]
    women, men = sexes.count("female"), sexes.count("male")
    if women == n or men == n:
        sex = f"{'both' if n == 2 else 'all'} {'women' if women else 'men'}"
    else:
        sex = listing(
            [f"{count_word(k) if k > 1 else 'one'} {word if k > 1 else word[:-2] + 'an'}"
             for k, word in ((women, "women"), (men, "men")) if k]
        )  # fmt: skip
    text = f"The {count_word(n)} patients" + (f", {sex}," if sex else "")
    if ages:
        text += f" were aged {value_range(ages)} years"
        text += "" if len(ages) == n else f" (age recorded in {whom(len(ages), n)})"
    dialysed = sum(
        1 for m in group
        if (k := m.case.patient.kidney) and k.dialysis in ("hemodialysis", "peritoneal")
    )  # fmt: skip
    if dialysed:
        verb = "was" if dialysed == 1 else "were"
        clause = f"{whom(dialysed, n)} {verb} on dialysis"
        text += f"; {clause}" if ages else f": {clause}"
    if not ages and not dialysed:
        return None
    return sentence(text.rstrip(","))


def fracture_summary(group: Sequence[Member]) -> str | None:
    n = len(group)
    had = [m for m in group if bone.episode(m)]
    if not had:
        return None
    text = f"{whom(len(had), n).capitalize()} had fractures"
    counts = [bone.fracture_count(m) for m in had]
    known = [c for c in counts if c is not None]
    if known and len(known) == len(had):
        text += f" ({value_range(known)} {'each' if min(known) == max(known) else 'per patient'})"
    gaps = [g for m in had if (g := bone.stopped_before_fracture(m)) is not None]
    drugs = {g.course.drug.casefold() for g in gaps}
    if gaps and len(drugs) == 1:
        spans = [bone.months(g.days) for g in gaps]
        drug = gaps[0].course.drug
        if min(spans) == max(spans):
            text += f", {bone.span_text(gaps[0].days, all(g.exact for g in gaps))} after the "
            text += f"last dose of {drug}"
        else:
            text += f", a median of {statistics.median(spans):g} months (range "
            text += f"{value_range(spans)}) after the last dose of {drug}"
        if len(gaps) < len(had):
            text += f" (in {whom(len(gaps), len(had))})"
    return sentence(text)


def treatment_summary(group: Sequence[Member]) -> str | None:
    n = len(group)
    regimens = [regimen(m) for m in group]
    courses_ = [r.treatment for r in regimens if r.treatment is not None]
    if not courses_:
        return None
    drugs = drug_names(courses_)
    doses = [len(c.given) for c in courses_ if len(c.given) > 1]
    heads = {medication_text(c.given[0] if c.given else c.events[0]) for c in courses_}
    given = heads.pop() if len(heads) == 1 else listing(drugs)
    text = f"{whom(len(courses_), n).capitalize()} received {given}"
    if doses and len(doses) == len(courses_):
        text += f" ({value_range(doses)} doses)"
    follow = drug_names([c for r in regimens for c in r.follow_on])
    if follow:
        k = sum(1 for r in regimens if r.follow_on)
        text += f", and {whom(k, n)} then received {listing(follow)}"
    return sentence(text)


def new_fractures_summary(group: Sequence[Member], bone_series: bool) -> str | None:
    if not bone_series:
        return None
    n = len(group)
    news = [(m, bone.new_fractures(m)) for m in group]
    present = [m.label for m, x in news if x.present]
    absent = [m.label for m, x in news if not x.present and x.absent]
    silent = [m.label for m, x in news if not x.present and not x.absent]
    parts = []
    if present:
        parts.append(f"new fractures were recorded in {listing(present)}")
    if absent:
        what = clinical([x for _, new in news for x in new.absent])
        where = "any patient" if len(absent) == n else listing(absent)
        parts.append(f"no new {what} were recorded in {where}")
    if silent:
        parts.append(f"whether new fractures occurred is not recorded for {listing(silent)}")
    out = sentence("; ".join(parts))
    spans = [d for m in group if (d := bone.follow_up_days(m)) is not None]
    if spans:
        months_ = [bone.months(d) for d in spans]
        where = "" if len(spans) == n else f" in {whom(len(spans), n)}"
        out += f" Follow-up from day 0 was {value_range(months_)} months{where}."
    return out


OUTCOME_VERBS = {
    "recovered": ("had recovered", "had recovered"),
    "recovering": ("was recovering", "were recovering"),
    "not_recovered": ("had not recovered", "had not recovered"),
    "recovered_with_sequelae": ("had recovered with sequelae", "had recovered with sequelae"),
    "fatal": ("died", "died"),
    "unknown": ("had an unknown outcome", "had an unknown outcome"),
}


def reaction_summary(group: Sequence[Member]) -> list[str]:
    n = len(group)
    assessed = [m for m in group if m.case.assessment is not None]
    if not assessed:
        return []
    names = reactions(group)
    out = []
    text = f"The suspected reaction{'s were' if len(names) > 1 else ' was'} {listing(names)}"
    onsets = [(m, o) for m in assessed if (o := onset_date(m.case)) is not None]
    days = [d for m, o in onsets if (d := relative_days(o, m.ctx.index)) is not None]
    if days and min(days) == max(days):
        text += f", beginning on day {days[0]}" + (
            "" if len(days) == n else f" in {whom(len(days), n)}"
        )
    elif days:
        text += f", beginning a median of {statistics.median(days):g} days "
        text += f"(range {value_range(days)}) after day 0"
        text += "" if len(days) == n else f" in {whom(len(days), n)}"
    out.append(sentence(text))
    outcomes = [
        m.case.assessment.outcome
        for m in assessed
        if m.case.assessment and m.case.assessment.outcome
    ]
    if outcomes:
        counts = {o: outcomes.count(o) for o in dict.fromkeys(outcomes)}
        bits = []
        for outcome, k in counts.items():
            one, many = OUTCOME_VERBS.get(outcome, (outcome, outcome))
            bits.append(f"{whom(k, n)} {many if k > 1 else one}")
        out.append(sentence("By the last record of the reaction, " + listing(bits)))
    scores = [
        naranjo.score(a.naranjo)
        for m in assessed
        if (a := m.case.assessment) and answered(a.naranjo)
    ]
    if scores:
        lo, hi = min(scores), max(scores)
        if lo == hi:
            out.append(
                sentence(
                    f"The Naranjo score was {lo} ({naranjo.band(lo)}) in {whom(len(scores), n)}"
                )
            )
        else:
            bands = listing(list(dict.fromkeys(naranjo.band(x) for x in sorted(scores))))
            out.append(f"Naranjo scores ranged from {lo} to {hi} ({bands}).")
    return out


def results(group: Sequence[Member], found: Sequence[Measure], bone_series: bool) -> list[str]:
    out = [
        people_sentence(group),
        fracture_summary(group),
        treatment_summary(group),
        measures_sentence(found),
        new_fractures_summary(group, bone_series),
    ]
    return [s for s in out if s] + reaction_summary(group)


def abstract(
    group: Sequence[Member], found: Sequence[Measure], conclusion: str | None, bone_series: bool
) -> str:
    """The structured abstract: one line each, ``Objective: ...``, ``Methods: ...``,
    ``Results: ...``, and ``Conclusions: ...`` only when the authors wrote them."""
    said = results(group, found, bone_series)
    while len(" ".join(said).split()) >= ABSTRACT_WORDS - 60 and len(said) > 2:
        said.pop(-2)
    anchors = list(dict.fromkeys(m.ctx.anchor for m in group))
    day0 = f", timed from {anchors[0]} (day 0)" if len(anchors) == 1 else ""
    methods_ = [f"Case series of {count_word(len(group))} patients{day0}."]
    scored = sum(1 for m in group if m.case.assessment and answered(m.case.assessment.naranjo))
    graded = sum(1 for m in group if m.case.assessment and m.case.assessment.who_umc)
    tools = [f"the Naranjo scale in {whom(scored, len(group))}"] if scored else []
    tools += [f"the WHO-UMC system in {whom(graded, len(group))}"] if graded else []
    if tools:
        methods_.append(f"Causality was graded with {' and '.join(tools)}.")
    lines = [
        f"Objective: {objective(group)}",
        f"Methods: {' '.join(methods_)}",
        f"Results: {' '.join(said)}",
    ]
    if conclusion and conclusion.strip():
        lines.append("Conclusions: " + " ".join(conclusion.split()))
    return "\n".join(lines)
