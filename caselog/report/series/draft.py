"""Sentences drafted from the cases of a series when the authors have not written them:
the abstract, the methods, and one short summary per patient."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from caselog.clinical import naranjo
from caselog.clinical.relative import relative_days
from caselog.core.model import Event
from caselog.core.vocab import label
from caselog.report._context import decimals_of, number, sentence
from caselog.report.draft import patient_paragraph, pronoun
from caselog.report.series.members import Measure, Member, baseline, course_text, courses
from caselog.review.onset import onset_date

ABSTRACT_WORDS = 250
MINUS = "\u2212"
NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def count_word(n: int) -> str:
    return NUMBERS.get(n, str(n))


def listing(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]


def suspect_drugs(group: Sequence[Member]) -> list[str]:
    seen: dict[str, str] = {}
    for m in group:
        for d in m.case.suspect_drugs():
            seen.setdefault(d.casefold(), d)
    return list(seen.values())


def _range(values: Sequence[float], unit: str = "", places: int = 0) -> str:
    lo, hi = min(values), max(values)
    if lo == hi:
        return f"{number(lo, places)}{unit}"
    return f"{number(lo, places)}\u2013{number(hi, places)}{unit}"


def change(m: Member, events: list[Event]) -> tuple[float, float, float, int] | None:
    """(baseline value, last value, percent change, months) for one patient's track."""
    base = baseline(m, events)
    last = events[-1]
    if base is None or last is base or not base.value or last.value is None:
        return None
    months = round(m.ctx.position(last.date) / 30.44)
    return base.value, last.value, (last.value - base.value) / base.value * 100, months


def pct(value: float) -> str:
    """``+12.5%``, ``−60.3%`` (a true minus sign)."""
    return f"{value:+.1f}%".replace("-", MINUS)


def measures_sentence(found: Sequence[Measure]) -> str | None:
    """``Median change from baseline to the last measurement: CTX −60.3% (range ...); ...``"""
    parts = []
    for measure in found:
        known = [c for c in (change(m, ev) for m, ev in measure.tracks) if c is not None]
        if len(known) < 2:
            continue
        p = [c[2] for c in known]
        parts.append(
            f"{measure.name} {pct(statistics.median(p))} (range {pct(min(p))} to {pct(max(p))})"
        )
    if not parts:
        return None
    return "Median change from baseline to the last measurement: " + "; ".join(parts) + "."


OUTCOME_VERBS = {
    "recovered": ("had recovered", "had recovered"),
    "recovering": ("was recovering", "were recovering"),
    "not_recovered": ("had not recovered", "had not recovered"),
    "recovered_with_sequelae": ("had recovered with sequelae", "had recovered with sequelae"),
    "fatal": ("died", "died"),
    "unknown": ("had an unknown outcome", "had an unknown outcome"),
}


def outcomes_sentence(outcomes: Sequence[str], n: int) -> str:
    counts = {o: outcomes.count(o) for o in dict.fromkeys(outcomes)}
    if len(counts) == 1 and len(outcomes) == n:
        o = outcomes[0]
        everyone = "both patients" if n == 2 else f"all {count_word(n)} patients"
        return f"At last follow-up, {everyone} {OUTCOME_VERBS.get(o, (o, o))[1]}."
    parts = []
    for o, k in counts.items():
        one, many = OUTCOME_VERBS.get(o, (o, o))
        parts.append(f"{count_word(k) if k > 1 else 'one'} {many if k > 1 else one}")
    return sentence("At last follow-up, " + listing(parts))


def abstract(group: Sequence[Member], found: Sequence[Measure]) -> str:
    """Who, which drug, what reaction and when, what changed, outcomes, causality."""
    n = len(group)
    ages = [int(m.ctx.age) for m in group if m.ctx.age and m.ctx.age.isdigit()]
    bits = []
    if ages:
        bits.append(f"aged {_range(ages)} years")
    women = [m.case.patient.sex for m in group].count("female")
    if women:
        bits.append(f"{count_word(women)} women" if women > 1 else "one woman")
    dialysed = sum(
        1
        for m in group
        if m.case.patient.kidney
        and m.case.patient.kidney.dialysis in ("hemodialysis", "peritoneal")
    )
    if dialysed:
        bits.append(f"{count_word(dialysed) if dialysed > 1 else 'one'} on dialysis")
    drugs = suspect_drugs(group)
    first = f"We describe {count_word(n)} patients" + (f" ({', '.join(bits)})" if bits else "")
    if drugs:
        first += f" who received {listing(drugs)}"
    out = [sentence(first)]
    reactions = [(m, m.case.assessment) for m in group if m.case.assessment is not None]
    if reactions:
        names = list(dict.fromkeys(a.reaction for _, a in reactions if a))
        onsets = [(m, o) for m, _ in reactions if (o := onset_date(m.case)) is not None]
        # day counts only for onsets known to the day (clinical.relative)
        days = [d for m, o in onsets if (d := relative_days(o, m.ctx.index)) is not None]
        text = f"The suspected reaction{'s were' if len(names) > 1 else ' was'} {listing(names)}"
        whom = "every patient" if len(days) == n else f"{len(days)} of the {n} patients"
        if days and min(days) == max(days):
            text += f", beginning on day {days[0]} in {whom}"
        elif days:
            text += (
                f", beginning a median of {statistics.median(days):g} days "
                f"(range {_range(days)}) after the index date"
                + ("" if len(days) == n else f" in {whom}")
            )
        out.append(sentence(text))
    said = measures_sentence(found)
    if said:
        out.append(said)
    outcomes = [a.outcome for _, a in reactions if a and a.outcome]
    if outcomes:
        out.append(outcomes_sentence(outcomes, n))
    scores = [naranjo.score(a.naranjo) for _, a in reactions if a]
    if scores:
        lo, hi = min(scores), max(scores)
        if lo == hi and len(scores) == n:
            out.append(f"The Naranjo score was {lo} ({naranjo.band(lo)}) in every patient.")
        else:
            bands = listing(list(dict.fromkeys(naranjo.band(x) for x in sorted(scores))))
            out.append(f"Naranjo scores ranged from {lo} to {hi} ({bands}).")
    while len(" ".join(out).split()) >= ABSTRACT_WORDS and len(out) > 2:
        out.pop(-2)
    return " ".join(out)


def methods(group: Sequence[Member]) -> str:
    anchors = list(dict.fromkeys(m.ctx.anchor for m in group))
    day0 = (
        f"the index date (day 0) of every patient was {anchors[0]}"
        if len(anchors) == 1
        else "each patient's index date (day 0) is given in Table 1"
    )
    return " ".join(
        [
            f"We describe {count_word(len(group))} patients from the authors' records.",
            sentence(f"Times are given relative to each patient's index date; {day0}"),
            "Measurements are reported as recorded, with their units; a measurement is shown "
            "across patients when two or more patients had it measured at least twice.",
            "Causality was assessed with the Naranjo adverse drug reaction probability scale "
            "and the WHO-UMC system.",
            "Identifying details were removed and no calendar dates are given.",
        ]
    )


def summary(m: Member, found: Sequence[Measure]) -> str:
    """A short paragraph on one patient: who, the drugs, the reaction, the trends, the end."""
    subj, _ = pronoun(m.ctx)
    subj = subj.capitalize()
    text = patient_paragraph(m.ctx)
    if text.startswith("The patient was"):
        text = m.label + text[len("The patient") :]
    parts = [text]
    for c in courses(m.case):
        if c.role == "suspect":
            parts.append(sentence(f"{subj} received {course_text(m.ctx, c)}"))
    a = m.case.assessment
    if a is not None:
        o = onset_date(m.case)
        when = f" on {m.ctx.when(o)} ({m.ctx.relative(o)})" if o is not None else ""
        parts.append(sentence(f"{a.reaction} was noted{when}"))
    moves = []
    for measure in found:
        for member, events in measure.tracks:
            moved = change(m, events) if member is m else None
            if moved is None:
                continue
            base, last, pct_, months = moved
            d = decimals_of([e.value for e in events if e.value is not None])
            unit = f" {measure.unit}" if measure.unit else ""
            moves.append(
                f"{measure.name} {number(base, d)} to {number(last, d)}{unit} at month "
                f"{months} ({pct(pct_)})"
            )
    if moves:
        parts.append(f"Change from baseline: {'; '.join(moves)}.")
    if a is not None and a.outcome:
        follow = next((e for e in reversed(m.case.timeline()) if e.kind == "follow_up"), None)
        tail = f" at {m.ctx.when(follow.date)}" if follow else ""
        parts.append(sentence(f"Outcome{tail}: {label(a.outcome)}"))
    return " ".join(parts)
