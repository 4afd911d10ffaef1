"""One paragraph per patient of a series, each sentence from a recorded fact, in the
order things happened: who, history, earlier drugs, diagnoses and imaging before day 0, the
presenting fractures, baseline bone density, the treatment and what followed, the reaction
when one was assessed, later diagnoses and imaging, the changes measured, new fractures,
and the reaction's outcome."""

from __future__ import annotations

from collections.abc import Sequence

from caselog.core.model import Event
from caselog.core.vocab import label
from caselog.report._context import decimals_of, lower_first, sentence
from caselog.report.draft import kidney_phrase, pronoun, who
from caselog.report.series import bone
from caselog.report.series.characteristics import grades, signed_value
from caselog.report.series.members import Measure, Member, baseline
from caselog.report.series.regimen import regimen
from caselog.report.series.words import (
    by_text,
    change,
    course_phrase,
    indication,
    listing,
    prose_name,
)
from caselog.report.tables import imaging_name
from caselog.review.onset import onset_date


def presentation(m: Member) -> str | None:
    """``On day −55, multiple vertebral fractures (T12-L3) were diagnosed, 13 months after
    the last dose of denosumab.``"""
    first = bone.episode(m)
    if not first:
        return None
    counted = [x for x in first if bone.count_in(x.text) is not None]
    pick = next(iter(counted), next((x for x in first if x.event.kind == "diagnosis"), first[0]))
    e, on = pick.event, m.ctx.on(pick.event.date)
    if e.kind == "diagnosis":
        verb = (
            "were"
            if pick.text.casefold().rstrip(" )").endswith("s")
            or "fractures" in (pick.text.casefold())
            else "was"
        )
        status = "suspected" if e.effective_status == "suspected" else "diagnosed"
        text = f"{on}, {pick.text} {verb} {status}"
    elif e.kind == "imaging":
        text = f"{imaging_name(e)} {on} showed {lower_first(pick.text)}"
    else:
        text = f"{on}, {lower_first(pick.text)} was recorded"
    gap = bone.stopped_before_fracture(m)
    if gap is not None:
        text += f", {bone.span_text(gap.days, gap.exact)} after the last dose of {gap.course.drug}"
        due = bone.after_due(m, gap)
        if due:
            text += f" ({due})"
    return sentence(text)


def density_sentence(m: Member) -> str | None:
    items = []
    for d in bone.densities(m):
        base = baseline(m, d.events)
        if base is None or base.value is None:
            continue
        places = decimals_of([e.value or 0.0 for e in d.events])
        unit = "" if bone.is_score(d.name, base.unit) or not base.unit else f" {base.unit}"
        value = signed_value(base.value, places)
        name = lower_first(prose_name(d.name))
        items.append(f"the {name} was {value}{unit} ({m.ctx.when(base.date)})")
    return sentence(f"At baseline, {listing(items)}") if items else None


def moves_sentence(m: Member, found: Sequence[Measure]) -> str | None:
    """``By month 12, lumbar spine BMD rose from 0.712 to 0.801 g/cm² (+12.5%) and CTX
    fell from 1210 to 480 pg/mL (−60.3%).``"""
    moves: list[tuple[int, str]] = []
    whens: dict[int, str] = {}
    for measure in found:
        for member, events in measure.tracks:
            moved = change(m, events) if member is m else None
            if moved is None or moved.base.value is None or moved.last.value is None:
                continue
            d = decimals_of([e.value for e in events if e.value is not None])
            unit = f" {measure.unit}" if measure.unit and not moved.absolute else ""
            verb = "rose" if moved.by > 0 else "fell" if moved.by < 0 else "was unchanged"
            values = (
                f"from {signed_value(moved.base.value, d)} to "
                f"{signed_value(moved.last.value, d)}{unit}"
            )
            name = lower_first(prose_name(measure.name))
            moves.append((moved.months, f"{name} {verb} {values} ({by_text(moved, d)})"))
            whens[moved.months] = (
                f"month {moved.months}" if moved.months >= 2 else m.ctx.when(moved.last.date)
            )
    if not moves:
        return None
    if len({month for month, _ in moves}) == 1:
        return sentence(f"by {whens[moves[0][0]]}, {listing([t for _, t in moves])}")
    return sentence("; ".join(f"{t} by {whens[month]}" for month, t in moves))


def new_fracture_sentence(m: Member) -> str | None:
    new = bone.new_fractures(m)
    if new.present:
        first = new.present[0]
        what = first.text if first.text.lower().startswith("new ") else f"new {first.text}"
        return sentence(f"a {lower_first(what)} was recorded {m.ctx.on(first.event.date)}")
    if new.absent:
        last = new.absent[-1]
        where = "at follow-up " if last.event.kind == "follow_up" else ""
        what = clinical([last])
        return sentence(f"no new {what} were recorded {where}{m.ctx.on(last.event.date)}")
    return None


def clinical(absences: Sequence[bone.Mention]) -> str:
    """``clinical fractures`` when every recorded absence says so, else ``fractures``."""
    said = all("clinical fractur" in x.text.casefold() for x in absences)
    return "clinical fractures" if said and absences else "fractures"


def reaction_sentences(m: Member) -> list[str]:
    a = m.case.assessment
    if a is None:
        return []
    out = []
    o = onset_date(m.case)
    when = f" {m.ctx.on(o)}" if o is not None else ""
    out.append(sentence(f"{a.reaction} was noted{when}"))
    score, who_umc = grades(a)
    cause = [f"the Naranjo score was {score}"] if score else []
    cause += [f"the WHO-UMC category {who_umc}"] if who_umc else []
    if cause:
        out.append(sentence(f"For the {lower_first(a.reaction)}, {' and '.join(cause)}"))
    return out


def reaction_outcome(m: Member) -> str | None:
    a = m.case.assessment
    if a is None or not a.outcome:
        return None
    return sentence(
        f"the outcome of the {lower_first(a.reaction)} was recorded as {label(a.outcome)}"
    )


def summaries(group: Sequence[Member], found: Sequence[Measure]) -> list[str]:
    """Each patient's paragraph (``summary``). A sentence an earlier patient's paragraph
    already said is told as such ("As in Patient 1, she received ..."), so no sentence is
    printed twice and the reader sees what the patients share."""
    said: dict[str, list[str]] = {}
    out = []
    for m in group:
        kept = []
        for s in summary_sentences(m, found):
            key = " ".join(s.split()).casefold()
            before = said.setdefault(key, [])
            kept.append(f"As in {listing(before)}, {lower_first(s)}" if before else s)
            before.append(m.label)
        out.append(" ".join(kept))
    return out


def summary(m: Member, found: Sequence[Measure]) -> str:
    """One patient's paragraph on its own."""
    return " ".join(summary_sentences(m, found))


def summary_sentences(m: Member, found: Sequence[Measure]) -> list[str]:
    """One patient: who, history, earlier drugs, the presenting fractures, baseline bone
    density, the treatment and what followed, the changes measured, new fractures, and the
    reaction when one was assessed."""
    subj, poss = pronoun(m.ctx)
    subj = subj.capitalize() if subj != "the patient" else m.label
    parts = [sentence(f"{m.label} was {who(m.ctx)}{kidney_phrase(m.ctx)}")]
    history = [h.condition for h in m.case.patient.history]
    if history:
        parts.append(sentence(f"{poss} history included {listing(history)}"))
    r = regimen(m)
    if r.prior:
        parts.append(
            sentence(f"{subj} had received {listing([course_phrase(m, c) for c in r.prior])}")
        )
    events = [*bone.diagnoses(m), *imaging(m)]
    events.sort(key=lambda e: m.ctx.position(e.date))
    early = [e for e in events if m.ctx.position(e.date) <= 0]
    late = [e for e in events if m.ctx.position(e.date) > 0]
    parts += [diagnosis_sentence(m, e) for e in early]
    for s in (presentation(m), density_sentence(m)):
        if s:
            parts.append(s)
    if r.treatment is not None:
        why = indication(r.treatment)
        text = f"{subj} received {course_phrase(m, r.treatment)}" + (f" for {why}" if why else "")
        if r.follow_on:
            text += f", followed by {listing([course_phrase(m, c) for c in r.follow_on])}"
        parts.append(sentence(text))
    parts += reaction_sentences(m)  # the reaction during treatment, before what followed
    parts += [diagnosis_sentence(m, e) for e in late]
    for s in (moves_sentence(m, found), new_fracture_sentence(m), reaction_outcome(m)):
        if s:
            parts.append(s)
    return parts


IMAGING_EVENTS = 3  # a patient's paragraph tells at most this many imaging reports


def imaging(m: Member) -> list[Event]:
    """The imaging reports that do not name a fracture (those tell the presentation)."""
    found = [
        e for e in m.case.timeline()
        if e.kind == "imaging" and e.findings and not bone.FRACTURE.search(bone.event_words(e))
    ]  # fmt: skip
    return found[:IMAGING_EVENTS]


def diagnosis_sentence(m: Member, e: Event) -> str:
    """``On day −3, calciphylaxis was diagnosed.`` (``suspected`` when it was only that);
    ``CT of the lumbar spine on day 93 showed ...`` for an imaging report."""
    if e.kind == "imaging":
        return sentence(
            f"{imaging_name(e)} {m.ctx.on(e.date)} showed {lower_first(e.findings or '')}"
        )
    status = "suspected" if e.effective_status == "suspected" else "diagnosed"
    return sentence(f"{m.ctx.on(e.date)}, {lower_first(e.name or '')} was {status}")
