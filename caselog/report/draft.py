"""Sentences drafted from the case when the clinician has not written them: the patient
paragraph, the chronological narrative, the abstract, the causality paragraph."""

from __future__ import annotations

from itertools import groupby

from caselog.clinical import exposure, naranjo
from caselog.clinical.relative import INDEX_ANCHOR, compare, describe_relative
from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.core.vocab import label
from caselog.report._context import Context, flag, lower_first, sentence
from caselog.report.tables import event_text, imaging_name, lab_text, medication_text

NOUNS = {"female": "woman", "male": "man"}
PRONOUNS = {"female": ("she", "her"), "male": ("he", "his")}
ABSTRACT_WORDS = 250
LABS_IN_A_SENTENCE = 4  # past this, a day's sentence names only the abnormal results
ACTION_WORDS = {
    "hospitalization": "hospitalisation",
    "life_threatening": "life-threatening",
    "other_medically_important": "other medically important condition",
}
OUTCOME_WORDS = {
    "recovered": "{s} had recovered",
    "recovering": "{s} was recovering",
    "not_recovered": "{s} had not recovered",
    "recovered_with_sequelae": "{s} had recovered with sequelae",
    "fatal": "the outcome was fatal",
    "unknown": "the outcome is unknown",
}


def pronoun(ctx: Context) -> tuple[str, str]:
    return PRONOUNS.get(ctx.case.patient.sex, ("the patient", "the patient's"))


def who(ctx: Context) -> str:
    """``a 75-year-old woman``; ``a woman aged 90 or older``."""
    noun = NOUNS.get(ctx.case.patient.sex, "patient")
    if ctx.age is None:
        return f"a {noun}"
    if not ctx.age.isdigit():
        return f"a {noun} aged {ctx.age}"
    article = "an" if ctx.age.startswith(("8", "11", "18")) and len(ctx.age) in (1, 2) else "a"
    return f"{article} {ctx.age}-year-old {noun}"


def kidney_phrase(ctx: Context) -> str:
    k = ctx.case.patient.kidney
    if k is None:
        return ""
    out = ""
    if k.ckd_stage:
        out += f" with chronic kidney disease stage {k.ckd_stage}"
        if k.cause:
            out += f" due to {k.cause}"
    elif k.cause:
        out += f" with {k.cause}"
    if k.dialysis and k.dialysis != "none":
        out += f", on {'peritoneal dialysis' if k.dialysis == 'peritoneal' else k.dialysis}"
        if k.dialysis_since:
            span = ctx.before(k.dialysis_since)
            if span is not None:
                out += f" for {span}"
    return out


def patient_paragraph(ctx: Context) -> str:
    p = ctx.case.patient
    _, poss = pronoun(ctx)
    text = sentence(f"the patient was {who(ctx)}{kidney_phrase(ctx)}")
    body = []
    if p.weight_kg is not None:
        body.append(f"weight {p.weight_kg:g} kg")
    if p.height_cm is not None:
        body.append(f"height {p.height_cm:g} cm")
    if body:
        text = text[:-1] + f" ({', '.join(body)})."
    if p.history:
        items = []
        for h in p.history:
            bits = []
            if h.since:
                span = ctx.before(h.since)
                if span is not None:
                    bits.append(f"{span} earlier")
            if h.ongoing:
                bits.append("ongoing")
            if h.notes:
                bits.append(h.notes)
            items.append(h.condition + (f" ({'; '.join(bits)})" if bits else ""))
        listed = items[0] if len(items) == 1 else "; ".join(items[:-1]) + "; and " + items[-1]
        text += " " + sentence(f"{poss} history included {listed}")
    return text


def _listed(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _times(ctx: Context, dates: list[PartialDate]) -> str:
    """``on day 28``, ``on days 28 and 59``; ``in month 2 and month 3`` for dates known to
    the month."""
    labels = [ctx.when(d) for d in dates]
    if all(x.startswith("day ") for x in labels):
        days = [x[4:] for x in labels]
        return f"on day {days[0]}" if len(days) == 1 else "on days " + _listed(days)
    return ("on " if labels[0].startswith("day") else "in ") + _listed(labels)


def later_doses(ctx: Context) -> dict[int, list[PartialDate]]:
    """For each recorded ``start`` (by ``id(event)``), the dates of the further
    administrations of its course (``clinical.exposure``: same-day doses are one)."""
    out: dict[int, list[PartialDate]] = {}
    for course in exposure.courses(ctx.case):
        if course.start is not None:
            start = course.start
            out[id(start)] = [
                a.date for a in course.administrations if all(x is not start for x in a.events)
            ]
    return out


def _clause(ctx: Context, e: Event, doses: dict[int, list[PartialDate]]) -> str:
    subj, _ = pronoun(ctx)
    k = e.kind
    ref = ctx.figure_refs.get(id(e))
    if k == "medication":
        if e.action == "start":
            text = f"{medication_text(e)} was started" + (
                f" for {e.indication}" if e.indication else ""
            )
            later = doses.get(id(e), [])
            if later:
                text += f". Further doses were given {_times(ctx, later)}"
            return text
        if e.action == "stop":
            return f"{e.drug} was stopped" + (f" ({e.reason})" if e.reason else "")
        if e.action == "dose":
            return f"{medication_text(e)} was given" + (f" ({e.reason})" if e.reason else "")
        return f"{e.drug} was changed to {medication_text(e)}" + (
            f" ({e.reason})" if e.reason else ""
        )
    if k == "symptom":
        return f"{subj} developed {event_text(e)}"
    if k == "finding":
        return f"examination showed {e.name}"
    if k == "imaging":
        text = f"{imaging_name(e)} showed {lower_first(e.findings or '').rstrip('.')}"
        if ref:
            text += f" ({ref})"
        if e.impression:
            text += f". Impression: {e.impression.rstrip('.')}"
        return text
    if k == "procedure":
        return f"{e.name} was performed"
    if k == "diagnosis":
        verb = {"suspected": "was suspected", "ruled_out": "was ruled out"}
        return f"{e.name} {verb.get(e.effective_status or '', 'was diagnosed')}"
    return e.text or ""


def narrative(ctx: Context, *, brief: bool = False) -> list[str]:
    """The case told in order, in paragraphs; times relative to the index date.

    ``brief`` (a clinical image's short text) keeps only abnormal and text lab results.
    """
    events = ctx.case.timeline()
    doses = later_doses(ctx)
    # doses told with their course's start ("Further doses were given on ...")
    told = {
        id(e)
        for c in exposure.courses(ctx.case)
        if c.start is not None
        for e in c.events
        if e.action == "dose"
    }
    onset = onset_event(ctx)
    paragraphs: list[list[str]] = [[patient_paragraph(ctx)], []]
    previous: int | None = None
    for _, group_iter in groupby(events, key=lambda e: e.date.sort_key()):
        group = [e for e in group_iter if id(e) not in told]
        if not group:
            continue
        day = ctx.position(group[0].date)
        if paragraphs[-1] and (
            (previous is not None and day - previous > 60)
            or (onset is not None and group[0] is onset)
        ):
            paragraphs.append([])
        previous = day
        when = ctx.on(group[0].date)
        if onset is not None and any(e is onset for e in group):
            when += f" ({ctx.relative(group[0].date)})"
        clauses = []
        labs = [e for e in group if e.kind == "lab"]
        more = ""
        if brief or len(labs) > LABS_IN_A_SENTENCE:
            shown = [e for e in labs if e.value is None or flag(e) is not None]
            if len(shown) < len(labs) and not brief:
                more = "; other results were within their reference ranges (Table 2)"
            labs = shown
        if labs:
            results = ", ".join(lab_text(e, ctx.places(e)) for e in labs)
            clauses.append(f"laboratory results were: {results}{more}")
        clauses += [_clause(ctx, e, doses) for e in group if e.kind not in ("lab", "follow_up")]
        for i, e_clause in enumerate(clauses):
            paragraphs[-1].append(sentence(f"{when}, {e_clause}" if i == 0 else e_clause))
        for e in group:
            if e.kind == "follow_up":
                head = f"At follow-up {when}" if not clauses else "At follow-up"
                paragraphs[-1].append(sentence(f"{head}: {lower_first(e.summary or '')}"))
        for e in group:
            if e.notes:
                paragraphs[-1].append(sentence(e.notes))
    return [" ".join(p) for p in paragraphs if p]


def onset_event(ctx: Context) -> Event | None:
    """The symptom marking the onset of the reaction (``clinical.exposure.onset``); when the
    onset date is entered in the assessment, the first symptom on that date."""
    found = exposure.onset(ctx.case)
    if found is None:
        return None
    date, symptom = found
    if symptom is None:
        symptom = next(
            (e for e in ctx.case.timeline() if e.kind == "symptom" and e.date == date), None
        )
    return symptom


def causality(ctx: Context) -> str | None:
    a = ctx.case.assessment
    if a is None:
        return None
    drugs = " and ".join(ctx.case.suspect_drugs()) or "the suspected drug"
    score = naranjo.score(a.naranjo)
    answered = naranjo.answered(a.naranjo)
    parts = [
        f"Causality of {a.reaction} with respect to {drugs} was assessed with the Naranjo adverse "
        f"drug reaction probability scale: a score of {score}, {naranjo.band(score)} "
        f"({answered} of the 10 questions could be answered)."
    ]
    if a.who_umc:
        parts.append(f"The WHO-UMC causality category was {label(a.who_umc)}.")
    de = {
        "positive": "positive (the reaction abated after withdrawal)",
        "negative": "negative (the reaction persisted after withdrawal)",
        "not_applicable": "not applicable",
    }.get(a.dechallenge or "", "unknown")
    re_ = {
        "positive": "positive (the reaction recurred)",
        "negative": "negative (the reaction did not recur)",
        "not_done": "not done",
    }.get(a.rechallenge or "", "unknown")
    parts.append(f"Dechallenge was {de}; rechallenge was {re_}.")
    if a.seriousness:
        crit = [ACTION_WORDS.get(s, label(s)) for s in a.seriousness]
        listed = crit[0] if len(crit) == 1 else ", ".join(crit[:-1]) + " and " + crit[-1]
        parts.append(f"The reaction was serious ({listed}).")
    else:
        parts.append("The reaction was not serious.")
    parts.append(f"Outcome: {label(a.outcome or 'unknown')}.")
    return " ".join(parts)


def abstract(ctx: Context) -> str:
    """Who, which drug, what reaction, time to onset, key findings, outcome (< 250 words)."""
    c = ctx.case
    events = c.timeline()
    subj, _ = pronoun(ctx)
    course = exposure.suspect_course(c)
    start = course.events[0] if course is not None else None
    reaction = c.assessment.reaction if c.assessment else None
    found = exposure.onset(c)
    onset_date: PartialDate | None = found[0] if found else None
    onset = onset_event(ctx)
    out = []
    intro = f"We report {who(ctx)}{kidney_phrase(ctx)}"
    if start is not None:
        intro += f"{',' if kidney_phrase(ctx) else ''} who received {medication_text(start)}"
        if start.indication:
            intro += f" for {start.indication}"
    out.append(sentence(intro))
    if onset_date is not None:
        what = onset.name if onset else reaction
        when = f"{ctx.on(onset_date)}, {_since_first_dose(ctx, onset_date)}"
        out.append(sentence(f"{when}, {subj} presented with {what}"))
    # events not surely before the onset (a month-precision onset spans its month)
    after = [e for e in events if onset_date is None or compare(e.date, onset_date) != -1]
    imaging = next((e for e in after if e.kind == "imaging"), None)
    if imaging is not None and imaging.findings:
        out.append(
            sentence(
                f"{imaging_name(imaging)} showed {lower_first(_first_sentence(imaging.findings))}"
            )
        )
    abnormal = [e for e in after[:40] if e.kind == "lab" and flag(e) is not None]
    if abnormal:
        results = ", ".join(lab_text(e, ctx.places(e)) for e in abnormal[:4])
        out.append(sentence(f"abnormal results included {results}"))
    for e in after:
        if e.kind == "diagnosis":
            out.append(sentence(_clause(ctx, e, {})))
    stop = course.stop if course is not None else None
    if stop is not None:
        out.append(sentence(f"{stop.drug} was stopped {ctx.on(stop.date)}"))
    if c.assessment:
        a = c.assessment
        if a.outcome:
            follow = next((e for e in reversed(events) if e.kind == "follow_up"), None)
            tail = f" by {ctx.when(follow.date)}" if follow else ""
            said = OUTCOME_WORDS.get(a.outcome, "the outcome was " + label(a.outcome))
            out.append(sentence(said.format(s=subj) + (tail if a.outcome != "unknown" else "")))
        score = naranjo.score(a.naranjo)
        out.append(f"The Naranjo score was {score} ({naranjo.band(score)}).")
    if c.report and c.report.conclusion:
        out.append(_first_sentence(c.report.conclusion))
    while len(" ".join(out).split()) >= ABSTRACT_WORDS and len(out) > 2:
        out.pop(-2)
    return " ".join(out)


def _since_first_dose(ctx: Context, date: PartialDate) -> str:
    """Time to onset: from the first dose of the suspect drug (``clinical.exposure``), else
    from the index date."""
    course = exposure.suspect_course(ctx.case)
    if course is None or ctx.anchor != INDEX_ANCHOR:
        return ctx.relative(date)
    first = f"the first dose of {course.drug}"
    return describe_relative(date, course.first_dose_date, anchor=first)


def _first_sentence(text: str) -> str:
    text = text.strip()
    cut = text.find(". ")
    return sentence(text[: cut + 1] if cut > 0 else text)
