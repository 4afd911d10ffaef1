"""Sentences drafted from the case when the clinician has not written them: the patient
paragraph, the chronological narrative and the causality paragraph (the abstract is in
``abstract``).

Truth by construction: each sentence words one recorded fact (through ``prose``), each note
stays in its own event's sentence, a result is judged only by a recorded or catalogued
range, and what was not recorded is left out or said to be not recorded, never given a
default ("not serious", "a score of 0").
"""

from __future__ import annotations

from itertools import groupby

from caselog.clinical import exposure, naranjo
from caselog.clinical.relative import compare, duration_words, relative_days
from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Event
from caselog.core.vocab import label
from caselog.report import labs, prose
from caselog.report._context import Context, lower_first
from caselog.report.tables import imaging_name, medication_text

NOUNS = {"female": "woman", "male": "man"}
PRONOUNS = {"female": ("she", "her"), "male": ("he", "his")}
NEW_PARAGRAPH_DAYS = 60  # a longer gap between events starts a paragraph
CHAINED_DAYS = 60  # "4 days later" within a paragraph, up to this gap
SERIOUS_WORDS = {
    "life_threatening": "life-threatening",
    "other_medically_important": "other medically important condition",
}
OUTCOME_WORDS = {
    "recovered": "{s} had recovered",
    "recovering": "{s} was recovering",
    "not_recovered": "{s} had not recovered",
    "recovered_with_sequelae": "{s} had recovered with sequelae",
    "fatal": "the outcome was fatal",
}
DECHALLENGE = {
    "positive": "positive (the reaction abated after withdrawal)",
    "negative": "negative (the reaction persisted after withdrawal)",
    "not_applicable": "not applicable",
    "unknown": "recorded as unknown",
}
RECHALLENGE = {
    "positive": "positive (the reaction recurred)",
    "negative": "negative (the reaction did not recur)",
    "not_done": "not done",
    "unknown": "recorded as unknown",
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
    text = prose.opening(f"the patient was {who(ctx)}{kidney_phrase(ctx)}")
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
                bits.append(h.notes.strip().rstrip("."))
            items.append(h.condition + (f" ({'; '.join(bits)})" if bits else ""))
        listed = items[0] if len(items) == 1 else "; ".join(items[:-1]) + "; and " + items[-1]
        text += " " + prose.opening(f"{poss} history included {listed}")
    return text


def _times(ctx: Context, dates: list[PartialDate]) -> str:
    """``on day 28``, ``on days 28 and 59``; ``in month 2 and month 3`` for dates known to
    the month."""
    labels = [ctx.when(d) for d in dates]
    if all(x.startswith("day ") for x in labels):
        days = [x[4:] for x in labels]
        return f"on day {days[0]}" if len(days) == 1 else "on days " + prose.listed(days)
    return ("on " if labels[0].startswith("day") else "in ") + prose.listed(labels)


def later_doses(ctx: Context) -> dict[int, list[PartialDate]]:
    """For the first event of each course (its ``start``, else its first dose), by
    ``id(event)``, the dates of the course's further administrations (``clinical.exposure``:
    same-day doses are one)."""
    out: dict[int, list[PartialDate]] = {}
    for course in exposure.courses(ctx.case):
        if course.events:
            head = course.events[0]
            out[id(head)] = [
                a.date for a in course.administrations if all(x is not head for x in a.events)
            ]
    return out


def _further(ctx: Context, later: list[PartialDate]) -> str:
    """``further doses were given on days 28 and 59``; past four, ``12 further doses were
    given, the last on day 365``."""
    if len(later) > 4:
        return f"{len(later)} further doses were given, the last {ctx.on(later[-1])}"
    return f"further doses were given {_times(ctx, later)}"


def _reason(text: str | None) -> str:
    return f" (reason: {text.strip().rstrip('.')})" if text and text.strip() else ""


def clause(ctx: Context, e: Event, doses: dict[int, list[PartialDate]]) -> str:
    """The event as one clause, its note attached (never a sentence of its own)."""
    subj, _ = pronoun(ctx)
    k = e.kind
    ref = ctx.figure_refs.get(id(e))
    text = ""
    if k == "medication":
        if e.action == "start":
            text = f"{medication_text(e)} was started" + (
                f" for {e.indication}" if e.indication else ""
            )
            later = doses.get(id(e), [])
            if later:
                text += "; " + _further(ctx, later)
        elif e.action == "stop":
            text = f"{e.drug} was stopped{_reason(e.reason)}"
        elif e.action == "dose":
            later = doses.get(id(e), [])
            first = "a first dose" if later else "a dose"
            text = f"{first} of {medication_text(e)} was given{_reason(e.reason)}"
            if later:
                text += "; " + _further(ctx, later)
        else:
            text = f"{e.drug} was changed to {medication_text(e)}{_reason(e.reason)}"
    elif k == "symptom":
        name = (e.name or "").strip()
        sev = label(e.severity) if e.severity else ""
        if sev and sev.casefold() not in name.casefold():
            name = f"{sev} {name}"
        text = f"{subj} developed {name}"
    elif k == "finding":
        text = f"examination showed {prose.with_article(lower_first(e.name or ''))}"
    elif k == "imaging":
        text = imaging_clause(e, ref)
    elif k == "procedure":
        text = prose.procedure_clause(e.name or "")
    elif k == "diagnosis":
        verb = {"suspected": "was suspected", "ruled_out": "was ruled out"}
        text = f"{e.name} {verb.get(e.effective_status or '', 'was diagnosed')}"
    elif k == "follow_up":
        text = prose.note_clauses(e.summary, subj)
    else:
        return prose.note_clauses(e.text or e.notes, subj)
    return prose.attach(text, e.notes, subj)


def imaging_clause(e: Event, ref: str | None) -> str:
    """``CT of the lumbar spine showed extensive calcification ... (Figure 1A); the
    impression was ...``: findings and impression folded into one sentence."""
    name, findings = prose.strip_label(e.findings or "", imaging_name(e), e.modality)
    findings = findings.strip()
    first, *rest = prose.sentences(findings) or [""]
    first = first.rstrip(".")
    text = (
        f"{name} showed {prose.with_article(lower_first(first))}"
        if first
        else f"{name} was performed"
    )
    if ref:
        text += f" ({ref})"
    for more in rest:
        text += "; " + lower_first(more.rstrip("."))
    if e.impression and e.impression.strip():
        text += "; " + prose.impression_clause(e.impression)
    return text


def time_phrase(
    ctx: Context, date: PartialDate, previous: PartialDate | None, said: str = ""
) -> str:
    """When a group of events happened, as a clinician writes it: "3 days before the first
    dose of romosozumab", "3 months after ...", and within a paragraph, after the group
    before it (both known to the day): "the next day" (not twice running), "4 weeks later"
    from day 0, else "on day 98" (the day of Table 1)."""
    if (
        previous is not None
        and date.precision is Precision.DAY
        and previous.precision is Precision.DAY
        and compare(date, previous) == 1
        and compare(previous, ctx.index) in (0, 1)
    ):
        gap = relative_days(date, previous)
        if gap is not None and gap <= CHAINED_DAYS:
            if gap == 1 and said != "the next day":
                return "the next day"
            if previous == ctx.index:
                return f"{duration_words(previous, date)} later"
            return ctx.on(date)
    return ctx.relative(date)


def narrative(ctx: Context, *, brief: bool = False) -> list[str]:
    """The case told in order, in paragraphs; times as a clinician tells them.

    ``brief`` (a clinical image's short text) keeps only the abnormal and text results
    from the onset of the reaction on (when there is one).
    """
    events = ctx.case.timeline()
    doses = later_doses(ctx)
    told = {  # doses told with their course's first event ("further doses were given ...")
        id(e) for c in exposure.courses(ctx.case) for e in c.events[1:] if e.action == "dose"
    }
    onset = onset_event(ctx)
    paragraphs: list[list[str]] = [[patient_paragraph(ctx)], []]
    said: set[str] = set()
    previous: PartialDate | None = None
    last_when = ""
    onset_date = onset.date if onset is not None else None
    # a run of days whose results are all within range, of the same tests, told as one
    # sentence: (its place in the paragraph, the tests, each day's time phrase and results)
    run: tuple[int, tuple[str, ...], list[tuple[str, list[labs.ToldResult]]]] | None = None
    for _, group_iter in groupby(events, key=lambda e: e.date.sort_key()):
        group = [e for e in group_iter if id(e) not in told]
        if not group:
            continue
        if brief and onset_date is not None and compare(group[0].date, onset_date) == -1:
            group = [e for e in group if e.kind != "lab"]
        clauses = _group_clauses(ctx, group, doses, brief, said)
        if not clauses:
            continue
        date = group[0].date
        starts_onset = onset is not None and any(e is onset for e in group)
        if paragraphs[-1] and (
            starts_onset
            or (
                previous is not None
                and ctx.position(date) - ctx.position(previous) > NEW_PARAGRAPH_DAYS
            )
        ):
            paragraphs.append([])
        chain = previous if paragraphs[-1] else None
        when = time_phrase(ctx, date, chain, last_when)
        last_when = when
        if starts_onset and not when.startswith(("on the day", "the next day")):
            when += f" ({ctx.when(date)})"
        anchor_start = any(
            e.kind == "medication"
            and e.action in ("start", "dose")
            and e.date == ctx.index
            and ctx.anchor == f"the first dose of {e.drug}"
            for e in group
        )
        normal_day = (
            labs.within_only(
                group, {id(x): ctx.places(x) for x in group}, dialysis=labs.on_dialysis(ctx)
            )
            if not brief and not anchor_start and all(e.kind == "lab" for e in group)
            else None
        )
        if normal_day is not None:
            names = tuple(r.test for r in normal_day)
            if run is not None and run[1] == names and run[0] == len(paragraphs[-1]) - 1:
                run[2].append((when, normal_day))
                paragraphs[-1][run[0]] = prose.opening(labs.within_again(run[2]))
                previous = date
                continue
            run = (len(paragraphs[-1]), names, [(when, normal_day)])
        else:
            run = None
        for i, (kind, text) in enumerate(clauses):
            if i:
                paragraphs[-1].append(prose.opening(text))
            elif kind == "follow_up":
                paragraphs[-1].append(
                    prose.opening(f"at follow-up {when}, {prose.soft_lower(text)}")
                )
            elif anchor_start:
                paragraphs[-1].append(prose.opening(text))  # the start is day 0 itself
            else:
                paragraphs[-1].append(prose.opening(f"{when}, {prose.soft_lower(text)}"))
        previous = date
    return [" ".join(p) for p in paragraphs if p]


def _results(n: int) -> str:
    return "1 result" if n == 1 else f"{n} results"


def brief_cuts(ctx: Context) -> list[str]:
    """What ``narrative(ctx, brief=True)`` leaves out for a clinical image's length, said
    for the author (never cut unannounced): the results before the onset (with their
    notes) and the results within their ranges from the onset on, each as "N results
    (tests)"."""
    onset = onset_event(ctx)
    onset_date = onset.date if onset is not None else None
    before: list[Event] = []
    within: list[str] = []
    for _, day in groupby(ctx.case.timeline(), key=lambda e: e.date.sort_key()):
        results = [e for e in day if e.kind == "lab"]
        if not results:
            continue
        if onset_date is not None and compare(results[0].date, onset_date) == -1:
            before += results
            continue
        places = {id(x): ctx.places(x) for x in results}
        told = labs.told(results, places, dialysis=labs.on_dialysis(ctx))
        within += [r.test for r in told if r.normal]
    out = []
    if before:
        names = prose.listed(sorted({e.test or "a result" for e in before}))
        noted = sum(1 for e in before if e.notes and e.notes.strip())
        notes = f", and the notes of {noted}" if noted else ""
        out.append(f"{_results(len(before))} before the onset ({names}){notes}")
    if within:
        tests = prose.listed(sorted(set(within)))
        out.append(f"{_results(len(within))} within their ranges ({tests})")
    return out


def _group_clauses(
    ctx: Context,
    group: list[Event],
    doses: dict[int, list[PartialDate]],
    brief: bool,
    said: set[str],
) -> list[tuple[str, str]]:
    """(kind, clause) for one day's events in their order, the day's results in one clause
    where the first of them stands, nothing said twice."""
    out: list[tuple[str, str]] = []
    results = [e for e in group if e.kind == "lab"]
    results_told = False
    for e in group:
        if e.kind == "lab":
            if results_told:
                continue
            results_told = True
            places = {id(x): ctx.places(x) for x in results}
            text = labs.lab_sentence(results, places, brief=brief, dialysis=labs.on_dialysis(ctx))
            notes = "; ".join(x.notes.strip().rstrip(".") for x in results if x.notes)
            text = prose.attach(text, notes, pronoun(ctx)[0]) if text else ""
        else:
            text = clause(ctx, e, doses)
        if not text:
            continue
        # a diagnosis said already, alone or inside an earlier clause ("... was ruled out");
        # a dose or a result is never dropped for reading like an earlier one
        if prose.said_before(text, said) and e.kind == "diagnosis":
            continue
        out.append((e.kind, text))
    return out


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


def naranjo_sentence(answers: dict[str, str]) -> str | None:
    """``a score of 4 (possible), 6 of the 10 questions answered`` (``all 10 questions``
    when every one is); None when no score can
    be given (``clinical.naranjo.scored``: no question answered yes or no). The count is
    ``clinical.naranjo.answered``, as the window gives it."""
    if not naranjo.scored(answers):
        return None
    answered = naranjo.answered(answers)
    score = naranjo.score(answers)
    count = "all 10 questions" if answered == 10 else f"{answered} of the 10 questions"
    return f"a score of {score} ({naranjo.band(score)}), {count} answered"


def seriousness_sentence(a_seriousness: list[str] | None) -> str:
    if a_seriousness is None:
        return "Seriousness was not recorded."
    if not a_seriousness:
        return "The reaction was recorded as not serious."
    crit = [SERIOUS_WORDS.get(s, label(s)) for s in a_seriousness]
    return f"The reaction was serious ({prose.listed(crit)})."


def causality(ctx: Context, *, brief: bool = False) -> str | None:
    """The assessment as recorded: only what was entered is said. ``brief`` (a clinical
    image) keeps the Naranjo score and the WHO-UMC category."""
    a = ctx.case.assessment
    if a is None:
        return None
    if brief:
        said = []
        if naranjo.scored(a.naranjo):
            score = naranjo.score(a.naranjo)
            n = naranjo.answered(a.naranjo)
            said.append(
                f"the Naranjo score was {score} ({naranjo.band(score)}; {n} of 10 answered)"
            )
        if a.who_umc:
            said.append(f"the WHO-UMC causality category was {label(a.who_umc)}")
        return prose.opening(" and ".join(said)) if said else None
    drugs = " and ".join(ctx.case.suspect_drugs())
    target = f" with respect to {drugs}" if drugs else ""
    scored = naranjo_sentence(a.naranjo)
    if scored:
        parts = [
            f"The causality of {a.reaction}{target} was assessed with the Naranjo adverse drug "
            f"reaction probability scale: {scored}."
        ]
    else:
        parts = [
            f"The suspected adverse reaction was {a.reaction}"
            + (f" to {drugs}" if drugs else "")
            + "; no Naranjo question was answered, so no Naranjo score is given."
        ]
    if a.who_umc:
        parts.append(f"The WHO-UMC causality category was {label(a.who_umc)}.")
    challenge = []
    if a.dechallenge:
        challenge.append(f"dechallenge was {DECHALLENGE.get(a.dechallenge, label(a.dechallenge))}")
    if a.rechallenge:
        challenge.append(f"rechallenge was {RECHALLENGE.get(a.rechallenge, label(a.rechallenge))}")
    if challenge:
        parts.append(prose.opening("; ".join(challenge)))
    parts.append(seriousness_sentence(a.seriousness))
    if a.outcome:
        parts.append(f"The outcome was recorded as {label(a.outcome).lower()}.")
    return " ".join(parts)
