"""The bone outcomes of a series member, read from the record by rule: the fractures the
timeline mentions, their number, the time from the last dose of a stopped drug to the first
one, bone density and T- or Z-scores at baseline, new fractures during follow-up, and how
long follow-up ran. Each is None (printed "not recorded") when the record does not say.

A fracture is any mention of "fracture" in a diagnosis (unless ruled out), a finding, an
imaging report, a follow-up or a note; a mention after "no", "without", "free of" or
"absence of" in the same clause is a recorded absence, not a fracture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from caselog.core.model import Event, HistoryItem
from caselog.report.series.members import Course, Member, courses
from caselog.report.tables import imaging_name

FRACTURE = re.compile(r"\bfractur\w*", re.I)
NEGATED = re.compile(
    r"\b(?:no|not|nor|without|free of|absence of|denies|negative for)\b[^.;:,]*?\bfractur\w*",
    re.I,
)
EPISODE_DAYS = 60  # mentions this close to the first fracture are the same presentation
WORDS = {
    "one": 1, "a": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
COUNT = re.compile(
    r"\b(\d{1,2}|one|single|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:new\s+|acute\s+|osteoporotic\s+|low-trauma\s+|fragility\s+)*"
    r"(?:\w+\s+)?fractur",
    re.I,
)
LEVEL = re.compile(r"\b([CTL])(\d{1,2})\b")
LEVEL_RANGE = re.compile(r"\b([CTL])(\d{1,2})\s*[-\u2013to ]+\s*([CTL])(\d{1,2})\b")
SPINE = {"C": 0, "T": 7, "L": 19}  # C1-C7, T1-T12, L1-L5 in one count
DENSITY = re.compile(r"\bBMD\b|bone mineral density|\baBMD\b", re.I)
SCORE = re.compile(r"\b([TZ])[- ]?score\b", re.I)


@dataclass
class Mention:
    event: Event
    text: str  # as recorded
    present: bool  # False: the text records an absence ("no new fractures")


def event_words(e: Event) -> str:
    """The recorded words of an event that may mention a fracture."""
    if e.kind == "diagnosis":
        return e.name or ""
    if e.kind in ("finding", "symptom", "procedure"):
        return e.name or ""
    if e.kind == "imaging":
        return "; ".join(x for x in (e.findings, e.impression) if x)
    if e.kind == "follow_up":
        return e.summary or ""
    if e.kind == "note":
        return e.text or ""
    return ""


def mentions(m: Member) -> list[Mention]:
    out = []
    for e in m.case.timeline():
        words = event_words(e)
        if not FRACTURE.search(words):
            continue
        if e.kind == "diagnosis" and e.effective_status == "ruled_out":
            out.append(Mention(e, words, False))
            continue
        negated = NEGATED.sub("", words)
        out.append(Mention(e, words, bool(FRACTURE.search(negated))))
    return out


def fractures(m: Member) -> list[Mention]:
    """The mentions of fractures present, one per date and text."""
    seen: set[tuple[object, str]] = set()
    out = []
    for x in mentions(m):
        key = (x.event.date, x.text.casefold())
        if x.present and key not in seen:
            seen.add(key)
            out.append(x)
    return out


def diagnoses(m: Member) -> list[Event]:
    """The diagnoses made (not ruled out) that are not fractures, in order."""
    return [
        e for e in m.case.timeline()
        if e.kind == "diagnosis" and e.effective_status != "ruled_out"
        and not FRACTURE.search(e.name or "")
    ]  # fmt: skip


def common_diagnosis(group: Sequence[Member]) -> str | None:
    """The diagnosis every patient has, as the first one words it."""
    names = [{(e.name or "").casefold(): e.name or "" for e in diagnoses(m)} for m in group]
    shared = set(names[0]).intersection(*names[1:]) if names else set()
    return next((names[0][k] for k in names[0] if k in shared), None)


def history_fractures(m: Member) -> list[HistoryItem]:
    """The history items that name a fracture (a prior vertebral fracture)."""
    return [
        h for h in m.case.patient.history
        if FRACTURE.search(h.condition) and not NEGATED.search(h.condition)
    ]  # fmt: skip


def fracture_text(m: Member, x: Mention) -> str:
    """``Day −55: multiple vertebral fractures (T12-L3)``; imaging says what showed it."""
    what = x.text
    if x.event.kind == "imaging":
        what = f"{imaging_name(x.event)}: {what}"
    return f"{m.ctx.day(x.event.date)}: {what}"


def episode(m: Member) -> list[Mention]:
    """The first presentation: the fractures within ``EPISODE_DAYS`` of the first."""
    found = fractures(m)
    if not found:
        return []
    first = m.ctx.position(found[0].event.date)
    return [x for x in found if m.ctx.position(x.event.date) - first <= EPISODE_DAYS]


def count_in(text: str) -> int | None:
    """The number of fractures a text states: a number word ("three vertebral fractures"),
    vertebral levels named one by one ("L1, L2 and L4") or as a range ("T12-L3"); a single
    "fracture" is one. None when the text does not say how many ("multiple fractures")."""
    said = COUNT.search(text)
    if said:
        word = said.group(1).lower()
        return int(word) if word.isdigit() else WORDS[word]
    ranges = list(LEVEL_RANGE.finditer(text))
    if ranges:
        return None  # a span of levels is not a count: not every level need be broken
    levels = {(a, int(n)) for a, n in LEVEL.findall(text)}
    if len(levels) >= 2:
        return len(levels)
    if re.search(r"\bfractures\b", text, re.I) or re.search(r"\bmultiple\b", text, re.I):
        return None
    return 1


def fracture_count(m: Member) -> int | None:
    """Fractures at the first presentation: the largest count one of its mentions states
    (the same fractures are often named by the imaging and by the diagnosis)."""
    known = [c for c in (count_in(x.text) for x in episode(m)) if c is not None]
    return max(known) if known else None


@dataclass
class Gap:
    course: Course
    days: int  # from its last dose to the first fracture
    exact: bool  # both dates known to the day


def stopped_before_fracture(m: Member) -> Gap | None:
    """The drug whose last dose came last before the first fracture, given on a schedule
    (two or more doses, or one with a frequency) and not after the fracture (a course
    stopped, as denosumab before a rebound)."""
    first = episode(m)
    if not first:
        return None
    at = first[0].event.date
    p = m.ctx.position(at)
    best: Gap | None = None
    for c in courses(m.case):
        given = c.given
        scheduled = len(given) >= 2 or bool(given and given[0].frequency)
        if not scheduled or any(m.ctx.position(e.date) >= p for e in given):
            continue  # a stop recorded when the fracture was found still counts
        last = given[-1].date
        days = p - m.ctx.position(last)
        exact = last.day is not None and at.day is not None
        if best is None or days < best.days:
            best = Gap(c, days, exact)
    return best


def months(days: float) -> int:
    """Whole months, halves rounded up (42 and 54 months are not both "4 years")."""
    return int(days / 30.44 + 0.5)


def span_text(days: int, exact: bool = True) -> str:
    """``13 months``; ``5 weeks``; ``about 9 months`` when a date is known only roughly."""
    about = "" if exact else "about "
    if days < 56:
        weeks = max(round(days / 7), 1) if days >= 7 else 0
        if weeks:
            return f"{about}{weeks} week{'s' if weeks != 1 else ''}"
        return f"{about}{days} day{'s' if days != 1 else ''}"
    n = months(days)
    return f"{about}{n} months"


def after_due(m: Member, gap: Gap) -> str | None:
    """``3 months after the next dose was due`` for a course given every N months/weeks."""
    freq = " ".join(e.frequency or "" for e in gap.course.given).lower()
    every = re.search(r"every\s+(\d+)\s+(month|week)s?", freq)
    if every:
        n, unit = int(every.group(1)), every.group(2)
    elif "monthly" in freq:
        n, unit = 1, "month"
    else:
        return None
    interval = n * (30.44 if unit == "month" else 7)
    late = gap.days - interval
    if late <= 0:
        return None
    return f"{span_text(round(late), gap.exact)} after the next dose was due"


@dataclass
class Density:
    name: str  # as recorded: "BMD, lumbar spine", "T-score, total hip"
    kind: str  # "BMD", "T-score", "Z-score"
    events: list[Event]


def density_kind(test: str) -> str | None:
    score = SCORE.search(test)
    if score:
        return f"{score.group(1).upper()}-score"
    if DENSITY.search(test):
        return "BMD"
    return None


def densities(m: Member) -> list[Density]:
    """The bone density measurements (BMD, T-score, Z-score), one per test name."""
    found: dict[str, Density] = {}
    for e in m.case.timeline():
        if e.kind != "lab" or e.value is None or not e.test:
            continue
        kind = density_kind(e.test)
        if kind is None:
            continue
        found.setdefault(e.test.casefold(), Density(e.test, kind, [])).events.append(e)
    return list(found.values())


def is_score(test: str, unit: str | None) -> bool:
    """T- and Z-scores (and values in SD) change in absolute units, never in percent."""
    return SCORE.search(test) is not None or (unit or "").strip().upper() == "SD"


@dataclass
class NewFractures:
    present: list[Mention]
    absent: list[Mention]  # recorded absences after the start ("no new fractures")


def since(m: Member) -> int:
    """Days from day 0 after which a fracture is new: after the first dose of a drug begun
    after the first fracture when there is one (romosozumab after rebound fractures),
    else after the first presentation when it follows a stopped drug, else day 0."""
    first = episode(m)
    if not first:
        return 0
    p = m.ctx.position(first[0].event.date)
    starts = [
        m.ctx.position(c.events[0].date)
        for c in courses(m.case)
        if c.given and m.ctx.position(c.events[0].date) >= p
    ]
    if starts:
        return min(starts)
    if p <= 0 or stopped_before_fracture(m) is not None:
        return m.ctx.position(first[-1].event.date)
    return 0


def new_fractures(m: Member) -> NewFractures:
    start = since(m)
    later = [x for x in mentions(m) if m.ctx.position(x.event.date) > start]
    first = {id(x.event) for x in episode(m)}
    present = [x for x in later if x.present and id(x.event) not in first]
    absent = [x for x in later if not x.present]
    return NewFractures(present, absent)


def follow_up_days(m: Member) -> int | None:
    """Days from day 0 to the last recorded event, None when nothing follows day 0."""
    events = m.case.timeline()
    if not events:
        return None
    last = max(m.ctx.position(e.date) for e in events)
    return last if last > 0 else None
