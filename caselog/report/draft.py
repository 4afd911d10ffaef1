"""Sentences drafted from the case when the clinician has not written them: the patient
paragraph, the chronological narrative, the abstract, the causality paragraph."""

from __future__ import annotations

from itertools import groupby

from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.core.vocab import label
from caselog.report import _naranjo
from caselog.report._context import Context, lower_first, sentence
from caselog.report._time import day_offset, span_words
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
            days = -day_offset(k.dialysis_since, ctx.index)
            if days > 0:
                approx = "" if k.dialysis_since.day else "about "
                out += f" for {approx}{span_words(days)}"
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
                days = -day_offset(h.since, ctx.index)
                if days > 0:
                    approx = "" if h.since.day else "about "
                    bits.append(f"{approx}{span_words(days)} earlier")
            if h.ongoing:
                bits.append("ongoing")
            if h.notes:
                bits.append(h.notes)
            items.append(h.condition + (f" ({'; '.join(bits)})" if bits else ""))
        listed = items[0] if len(items) == 1 else "; ".join(items[:-1]) + "; and " + items[-1]
        text += " " + sentence(f"{poss} history included {listed}")
    return text


def _clause(ctx: Context, e: Event, doses: dict[str, list[Event]]) -> str:
    subj, _ = pronoun(ctx)
    k = e.kind
    ref = ctx.figure_refs.get(id(e))
    if k == "medication":
        if e.action == "start":
            text = f"{medication_text(e)} was started" + (
                f" for {e.indication}" if e.indication else ""
            )
            later = [ctx.offset(d.date) for d in doses.get(e.drug or "", [])]
            if later:
                days = ", ".join(str(n) for n in later[:-1])
                days = f"days {days} and {later[-1]}" if days else f"day {later[0]}"
                text += f". Further doses were given on {days}"
            return text
        if e.action == "stop":
            return f"{e.drug} was stopped" + (f" ({e.reason})" if e.reason else "")
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
    doses: dict[str, list[Event]] = {}
    for e in events:
        if e.kind == "medication" and e.action == "dose" and e.drug:
            doses.setdefault(e.drug, []).append(e)
    started = {e.drug for e in events if e.kind == "medication" and e.action == "start"}
    onset = next((e for e in events if e.kind == "symptom" and ctx.offset(e.date) >= 0), None)
    paragraphs: list[list[str]] = [[patient_paragraph(ctx)], []]
    previous: int | None = None
    for _, group_iter in groupby(events, key=lambda e: e.date.sort_key()):
        group = [
            e
            for e in group_iter
            if not (e.kind == "medication" and e.action == "dose" and e.drug in started)
        ]
        if not group:
            continue
        day = ctx.offset(group[0].date)
        if paragraphs[-1] and (
            (previous is not None and day - previous > 60)
            or (onset is not None and group[0] is onset)
        ):
            paragraphs.append([])
        previous = day
        when = ctx.when(group[0].date)
        if onset is not None and onset in group:
            when += f" ({ctx.relative(group[0].date)})"
        clauses = []
        labs = [e for e in group if e.kind == "lab"]
        more = ""
        if brief or len(labs) > LABS_IN_A_SENTENCE:
            shown = [e for e in labs if e.value is None or _is_flagged(e)]
            if len(shown) < len(labs) and not brief:
                more = "; other results were within their reference ranges (Table 2)"
            labs = shown
        if labs:
            results = ", ".join(lab_text(e, ctx.places(e)) for e in labs)
            clauses.append(f"laboratory results were: {results}{more}")
        clauses += [_clause(ctx, e, doses) for e in group if e.kind not in ("lab", "follow_up")]
        for i, e_clause in enumerate(clauses):
            paragraphs[-1].append(sentence(f"On {when}, {e_clause}" if i == 0 else e_clause))
        for e in group:
            if e.kind == "follow_up":
                head = f"At follow-up on {when}" if not clauses else "At follow-up"
                paragraphs[-1].append(sentence(f"{head}: {lower_first(e.summary or '')}"))
        for e in group:
            if e.notes:
                paragraphs[-1].append(sentence(e.notes))
    return [" ".join(p) for p in paragraphs if p]


def causality(ctx: Context) -> str | None:
    a = ctx.case.assessment
    if a is None:
        return None
    drugs = " and ".join(ctx.case.suspect_drugs()) or "the suspected drug"
    score = _naranjo.score(a.naranjo)
    answered = sum(1 for v in a.naranjo.values() if v in ("yes", "no"))
    parts = [
        f"Causality of {a.reaction} with respect to {drugs} was assessed with the Naranjo adverse "
        f"drug reaction probability scale: a score of {score}, {_naranjo.band(score)} "
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
    start = next(
        (e for e in events if e.kind == "medication" and e.effective_role == "suspect"), None
    )
    reaction = c.assessment.reaction if c.assessment else None
    onset = next((e for e in events if e.kind == "symptom" and ctx.offset(e.date) >= 0), None)
    onset_date: PartialDate | None
    if c.assessment and c.assessment.onset_date:
        onset_date = c.assessment.onset_date
    else:
        onset_date = onset.date if onset else None
    out = []
    intro = f"We report {who(ctx)}{kidney_phrase(ctx)}"
    if start is not None:
        intro += f"{',' if kidney_phrase(ctx) else ''} who received {medication_text(start)}"
        if start.indication:
            intro += f" for {start.indication}"
    out.append(sentence(intro))
    if onset_date is not None:
        what = onset.name if onset else reaction
        when = f"on {ctx.when(onset_date)}, {ctx.relative(onset_date)}"
        out.append(sentence(f"{when}, {subj} presented with {what}"))
    after = [
        e for e in events if onset_date is None or ctx.offset(e.date) >= ctx.offset(onset_date)
    ]
    imaging = next((e for e in after if e.kind == "imaging"), None)
    if imaging is not None and imaging.findings:
        out.append(
            sentence(
                f"{imaging_name(imaging)} showed {lower_first(_first_sentence(imaging.findings))}"
            )
        )
    abnormal = [e for e in after[:40] if e.kind == "lab" and e.value is not None and _is_flagged(e)]
    if abnormal:
        results = ", ".join(lab_text(e, ctx.places(e)) for e in abnormal[:4])
        out.append(sentence(f"abnormal results included {results}"))
    for e in after:
        if e.kind == "diagnosis":
            out.append(sentence(_clause(ctx, e, {})))
    stop = next(
        (
            e
            for e in events
            if e.kind == "medication" and e.action == "stop" and e.effective_role == "suspect"
        ),
        None,
    )
    if stop is not None:
        out.append(sentence(f"{stop.drug} was stopped on {ctx.when(stop.date)}"))
    if c.assessment:
        a = c.assessment
        if a.outcome:
            follow = next((e for e in reversed(events) if e.kind == "follow_up"), None)
            tail = f" by {ctx.when(follow.date)}" if follow else ""
            said = OUTCOME_WORDS.get(a.outcome, "the outcome was " + label(a.outcome))
            out.append(sentence(said.format(s=subj) + (tail if a.outcome != "unknown" else "")))
        score = _naranjo.score(a.naranjo)
        out.append(f"The Naranjo score was {score} ({_naranjo.band(score)}).")
    if c.report and c.report.conclusion:
        out.append(_first_sentence(c.report.conclusion))
    while len(" ".join(out).split()) >= ABSTRACT_WORDS and len(out) > 2:
        out.pop(-2)
    return " ".join(out)


def _is_flagged(e: Event) -> bool:
    return (e.ref_high is not None and (e.value or 0) > e.ref_high) or (
        e.ref_low is not None and (e.value or 0) < e.ref_low
    )


def _first_sentence(text: str) -> str:
    text = text.strip()
    cut = text.find(". ")
    return sentence(text[: cut + 1] if cut > 0 else text)
