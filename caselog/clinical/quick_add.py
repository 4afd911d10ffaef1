"""One line typed as a clinician writes it, read as a timeline event (or a medication course).

    2024-04-08 severe low back pain            symptom, severity severe
    +3 months CT lumbar spine: calcification   imaging, 3 months after the index date
    day 12 CT-guided drainage                  procedure, day 12 after the index date
    romosozumab 210 mg monthly x3 from 2024-01-10   a course of three doses
    2024-06-06 stop romosozumab: suspected adverse reaction
    2024-06-14 culture: no growth               lab, text result
    2024-06-04 calcium 8.3 mg/dL                lab, unit and LOINC from the catalogue

``parse`` returns what it understood (``Reading``: the kind, the date, the fields), or raises
``QuickAddError`` with a message saying what it could not read and how to write it. It never
guesses a kind it has no word for: "kind: text" (``symptom: …``, ``note: …``) always works.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from caselog.clinical.catalogue import drug_key, find_drug, find_test
from caselog.clinical.course_plan import CourseError, CoursePlan, Schedule, parse_schedule
from caselog.core.dates import DateError, PartialDate, Precision
from caselog.core.model import Event
from caselog.core.vocab import KIND_LABELS

__all__ = ["QuickAddError", "Reading", "parse"]


class QuickAddError(ValueError):
    """A line quick add cannot read; the message says what and how to write it."""


@dataclass(frozen=True)
class Reading:
    """What a line was read as: ``events`` to add (several for a course), and ``fields``,
    the (label, value) pairs shown to the user before adding."""

    kind: str  # an event kind, or "course"
    date: PartialDate
    events: tuple[Event, ...]
    fields: tuple[tuple[str, str], ...]
    course: CoursePlan | None = None
    date_note: str = ""  # how a relative date was counted

    def describe(self) -> str:
        head = "medication course" if self.kind == "course" else KIND_LABELS[self.kind].lower()
        parts = [f"{head} on {self.date}{self.date_note}"]
        parts += [f"{k}: {v}" for k, v in self.fields]
        return " · ".join(parts)


HINT = (
    "start with a date (2024-04-08), +3 months, or day 12, then what happened "
    "(e.g. '2024-04-08 severe low back pain')"
)

# -- dates -----------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?=\s|$|[,:])")
_SLASH = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?=\s|$)")
_REL = re.compile(
    r"^([+-])\s*(\d+)\s*(d|days?|w|wks?|weeks?|m|mo|months?|y|yrs?|years?)(?=\s|$|[,:])", re.I
)
_DAY_N = re.compile(r"^(day|week|month|year)\s*([+-]?\d+)(?=\s|$|[,:])", re.I)
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_NAMED = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?=\s|$|[,:])")


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("d"):
        return "day"
    if w.startswith("w"):
        return "week"
    if w.startswith("m"):
        return "month"
    return "year"


def shift(date: PartialDate, n: int, unit: str) -> PartialDate:
    """``date`` moved by ``n`` units, keeping the precision the arithmetic can claim."""
    if unit in ("day", "week"):
        if date.precision is not Precision.DAY:
            raise QuickAddError(
                f"the index date {date} is not known to the day: count in months or years"
            )
        return date.shifted(n * (7 if unit == "week" else 1))
    months = n * (12 if unit == "year" else 1)
    if date.month is None:
        if unit == "month":
            raise QuickAddError(f"the index date {date} is only a year: count in years")
        return PartialDate(date.year + n)
    y, m = divmod(date.month - 1 + months, 12)
    year, month = date.year + y, m + 1
    if date.day is None:
        return PartialDate(year, month)
    return PartialDate(year, month, min(date.day, calendar.monthrange(year, month)[1]))


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" + ("" if n == 1 else "s")


def read_date(
    text: str, anchor: PartialDate | None, anchor_name: str = "the index date"
) -> tuple[PartialDate, str, str] | None:
    """The date at the start of ``text``: (date, how it was counted, the rest), or None when
    the text does not start with one. QuickAddError for a date that is wrong."""
    s = text.strip()
    m = _ISO.match(s)
    if m:
        raw = m.group(1)
        parts = raw.split("-")
        norm = "-".join([parts[0], *(p.zfill(2) for p in parts[1:])])
        try:
            return PartialDate.parse(norm), "", s[m.end() :]
        except DateError as exc:
            raise QuickAddError(f"date: {exc}") from exc
    m = _NAMED.match(s)
    if m:
        month = _MONTHS.get(m.group(2)[:3].lower())
        if month is None:
            raise QuickAddError(f"{m.group(0)!r}: {m.group(2)!r} is not a month")
        iso = f"{m.group(3)}-{month:02d}-{int(m.group(1)):02d}"
        try:
            return PartialDate.parse(iso), "", s[m.end() :]
        except DateError as exc:
            raise QuickAddError(f"date: {exc}") from exc
    m = _SLASH.match(s)
    if m:
        raise QuickAddError(
            f"{m.group(0)!r}: day and month order is ambiguous; write it as YYYY-MM-DD"
        )
    m = _REL.match(s)
    if m:
        n = int(m.group(2)) * (-1 if m.group(1) == "-" else 1)
        unit = _unit(m.group(3))
        how = f"{_plural(abs(n), unit)} {'before' if n < 0 else 'after'} {anchor_name}"
        return _relative(anchor, n, unit, how), f" ({how})", s[m.end() :]
    m = _DAY_N.match(s)
    if m:
        unit = m.group(1).lower()
        n = int(m.group(2))
        how = f"{unit} {n} from {anchor_name}"
        return _relative(anchor, n, unit, how), f" ({how})", s[m.end() :]
    return None


def _relative(anchor: PartialDate | None, n: int, unit: str, how: str) -> PartialDate:
    if anchor is None:
        raise QuickAddError(
            f"{how}: the case has no index date or first dose yet; give a date (YYYY-MM-DD)"
        )
    return shift(anchor, n, unit)


# -- medication ------------------------------------------------------------------------------

_ROLE = re.compile(r"\b(suspect(?:ed)?|concomitant|treatment)\b", re.I)
_DOSE = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)?)\s*(mg|mcg|µg|ug|g|iu|units?|ml|mg/kg)(?![\w/])", re.I
)
_ROUTES = {
    "sc": "subcutaneous",
    "s.c.": "subcutaneous",
    "subcut": "subcutaneous",
    "subcutaneous": "subcutaneous",
    "subcutaneously": "subcutaneous",
    "iv": "intravenous",
    "i.v.": "intravenous",
    "intravenous": "intravenous",
    "intravenously": "intravenous",
    "po": "oral",
    "oral": "oral",
    "orally": "oral",
    "im": "intramuscular",
    "intramuscular": "intramuscular",
}


def _longest_first(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so "pet-ct" wins over "pet")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ROUTE = re.compile(
    r"(?<![\w.])(" + _longest_first(_ROUTES) + r")"
    r"(?![\w])",
    re.I,
)
_SCHEDULE = re.compile(
    r"\b(once (?:daily|weekly|monthly|a (?:day|week|month|year))|daily|weekly|fortnightly|"
    r"monthly|quarterly|yearly|annually|every\s+\d*\s*(?:days?|weeks?|months?|years?)|"
    r"q\d+[dwmy])\b",
    re.I,
)
_COUNT = re.compile(
    r"(?:\bx\s*(\d+)\b|\b(\d+)\s*(?:doses|injections|infusions)\b|\bfor\s+(\d+)\s+doses\b)", re.I
)
_FROM = re.compile(r"\b(?:from|starting|since|on)\s+(\S+(?:\s+\S+)?)", re.I)
_UNTIL = re.compile(r"\b(?:until|to|till|through)\s+(\S+(?:\s+\S+)?)", re.I)
_FOR = re.compile(r"\bfor\s+(?!\d+\s+doses)([a-z][^,;]*)$", re.I)
_STOP = re.compile(r"^(stop(?:ped)?|discontinued?|withdrawn?|held)\s+", re.I)
_START = re.compile(r"^(start(?:ed)?|began|begun|initiated?)\s+", re.I)
_DOSE_WORD = re.compile(r"^(dose(?:\s+of)?|given|gave|injected|administered)\s+", re.I)
_REASON = re.compile(
    r"\s*(?::|—|\s-\s|\bbecause(?: of)?\b|\bdue to\b|\bfor\b|\(|,)\s*(.+?)\)?$", re.I
)


def _drug_at(text: str) -> tuple[str, str] | None:
    """The catalogue drug at the start of ``text`` (as typed) and the rest."""
    words = list(re.finditer(r"[^\s,:;]+", text))
    for n in range(min(4, len(words)), 0, -1):
        end = words[n - 1].end()
        head = text[:end].strip()
        drug = find_drug(head)
        if drug is not None and head.lower() in (x.lower() for x in drug.all_names):
            return head, text[end:]
    return None


def _role(word: str) -> str:
    w = word.lower()
    return "suspect" if w.startswith("suspect") else w


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _medication(
    rest: str, date: PartialDate | None, how: str, anchor: PartialDate | None
) -> Reading | None:
    body = rest.strip()
    role = None
    lead = re.match(r"^(suspect(?:ed)?|concomitant|treatment)\s+(?:drug\s+)?", body, re.I)
    if lead:
        role = _role(lead.group(1))
        body = body[lead.end() :]
    action = None
    for pattern, name in ((_STOP, "stop"), (_START, "start"), (_DOSE_WORD, "dose")):
        m = pattern.match(body)
        if m:
            action, body = name, body[m.end() :]
            break
    lead = re.match(r"^(suspect(?:ed)?|concomitant|treatment)\s+(?:drug\s+)?", body, re.I)
    if lead and action is not None:
        role = _role(lead.group(1))
        body = body[lead.end() :]
    found = _drug_at(body)
    if found is None:
        if action is None:
            return None
        raise QuickAddError(
            f"{body.split()[0] if body.split() else 'the drug'!r} is not a drug in the catalogue:"
            " use the medication form for it"
        )
    drug, tail = found
    if action == "stop":
        if date is None:
            raise QuickAddError(f"stop {drug}: give the date of the stop first. {HINT}")
        reason = None
        m = _REASON.match(tail) if tail.strip() else None
        if m:
            reason = m.group(1).strip() or None
            tail = tail[: m.start()]
        role_m = _ROLE.search(tail)
        if role_m:
            role = _role(role_m.group(1))
            tail = (tail[: role_m.start()] + tail[role_m.end() :]).strip()
        if tail.strip():
            raise QuickAddError(
                f"stop {drug}: could not read {tail.strip()!r}; give the reason after a colon"
            )
        event = Event(
            kind="medication", date=date, drug=drug, action="stop", role=role, reason=reason
        )
        fields = [("drug", drug), ("action", "stop")]
        fields += [("role", role)] if role else []
        fields += [("reason", reason)] if reason else []
        return Reading("medication", date, (event,), tuple(fields), date_note=how)

    role_m = _ROLE.search(tail)
    if role_m:
        role = _role(role_m.group(1))
        tail = (tail[: role_m.start()] + tail[role_m.end() :]).strip()
    dose = unit = route = None
    m = _DOSE.search(tail)
    if m:
        dose, unit = _number(m.group(1)), m.group(2).replace("ug", "mcg").replace("µg", "mcg")
        tail = tail[: m.start()] + tail[m.end() :]
    m = _ROUTE.search(tail)
    if m:
        route = _ROUTES[m.group(1).lower()]
        tail = tail[: m.start()] + tail[m.end() :]
    schedule: Schedule | None = None
    m = _SCHEDULE.search(tail)
    if m:
        try:
            schedule = parse_schedule(m.group(1))
        except CourseError as exc:
            raise QuickAddError(str(exc)) from exc
        tail = tail[: m.start()] + tail[m.end() :]
    count = None
    m = _COUNT.search(tail)
    if m:
        count = int(next(g for g in m.groups() if g))
        tail = tail[: m.start()] + tail[m.end() :]
    last = None
    m = _UNTIL.search(tail)
    if m:
        got = read_date(m.group(1), anchor)
        if got is None:
            raise QuickAddError(f"{m.group(0).strip()!r}: the last date is not a date")
        last = got[0]
        tail = tail[: m.start()] + got[2] + tail[m.end() :]
    m = _FROM.search(tail)
    if m:
        got = read_date(m.group(1), anchor, "the index date")
        if got is None:
            raise QuickAddError(f"{m.group(0).strip()!r}: the first date is not a date")
        if date is not None:
            raise QuickAddError("two dates: give the first dose after 'from', or at the start")
        date, how = got[0], got[1]
        tail = tail[: m.start()] + got[2] + tail[m.end() :]
    indication = None
    m = _FOR.search(tail.strip(" ,;"))
    if m:
        indication = m.group(1).strip() or None
        tail = tail.strip(" ,;")[: m.start()]
    left = tail.strip(" ,;")
    if left:
        raise QuickAddError(
            f"{drug}: could not read {left!r} (write dose, unit, route, schedule, "
            "'x3' and 'from DATE', e.g. 'romosozumab 210 mg sc monthly x3 from 2024-01-10')"
        )
    if date is None:
        raise QuickAddError(f"{drug}: when was it given? {HINT}")
    fields = [("drug", drug)]
    fields += [("dose", f"{dose:g} {unit}")] if dose is not None else []
    fields += [("route", route)] if route else []
    fields += [("role", role)] if role else []
    fields += [("indication", indication)] if indication else []
    if count is not None or last is not None:
        if action == "dose":
            raise QuickAddError(f"{drug}: a single dose has no schedule; drop 'dose' for a course")
        plan = CoursePlan(
            drug=drug, first=date, schedule=schedule, n_doses=count if last is None else None,
            last=last, dose=dose, dose_unit=unit, route=route, role=role, indication=indication,
        )  # fmt: skip
        try:
            events = plan.events()
        except CourseError as exc:
            raise QuickAddError(f"{drug}: {exc}") from exc
        dates = [e.date for e in events]
        fields += [("schedule", schedule.text)] if schedule else []
        fields.append(("doses", f"{len(dates)}: " + ", ".join(str(d) for d in dates)))
        return Reading("course", date, tuple(events), tuple(fields), plan, how)
    act = action or ("start" if schedule is not None else "dose")
    if act == "dose" and schedule is not None:
        raise QuickAddError(f"{drug}: a single dose has no schedule; drop 'dose' for a course")
    fields += [("schedule", schedule.text)] if schedule else []
    if act == "dose" and action is None and dose is None:
        raise QuickAddError(
            f"{drug}: start, stop or a dose? Write 'start {drug} …', 'stop {drug}', "
            f"or the dose ('{drug} 210 mg')"
        )
    event = Event(
        kind="medication", date=date, drug=drug, action=act, role=role, dose=dose,
        dose_unit=unit, route=route, indication=indication,
        frequency=schedule.text if schedule is not None and act == "start" else None,
    )  # fmt: skip
    fields.insert(1, ("action", act))
    return Reading("medication", date, (event,), tuple(fields), date_note=how)


# -- other kinds -----------------------------------------------------------------------------

_MODALITIES = {
    "ct": "CT",
    "mri": "MRI",
    "mr": "MRI",
    "x-ray": "X-ray",
    "xray": "X-ray",
    "radiograph": "X-ray",
    "dxa": "DXA",
    "dexa": "DXA",
    "ultrasound": "ultrasound",
    "us": "ultrasound",
    "pet": "PET",
    "pet-ct": "PET",
    "scintigraphy": "scintigraphy",
    "bone scan": "scintigraphy",
}
_MODALITY = re.compile(
    r"^(" + _longest_first(_MODALITIES) + r")"
    r"(?![\w-])\s*(.*)$",
    re.I,
)
_PROCEDURE = re.compile(
    r"(drainage|biopsy|aspiration|puncture|surgery|resection|excision|\w+ectomy|\w+otomy|"
    r"\w+ostomy|\w+plasty|\w+scopy|-guided|transfusion|injection of|implantation|"
    r"decompression|fixation|catheter|debridement|lavage|operation)",
    re.I,
)
_SEVERITY = re.compile(r"\b(mild|moderate|severe|life[- ]threatening)\b", re.I)
_SYMPTOM = re.compile(
    r"\b(pain|ache|fever|nausea|vomiting|rash|itch\w*|pruritus|dyspnoea|dyspnea|fatigue|"
    r"weakness|headache|dizziness|swelling|oedema|edema|cough|diarrh\w+|numbness|cramps?|"
    r"malaise|tenderness|bleeding|palpitations|insomnia)\b",
    re.I,
)
_CULTURE = re.compile(r"\bcultures?\b", re.I)
_NEGATIVE = re.compile(r"^(negative|no growth|sterile|positive)\s+(.+)$", re.I)
_DIAG = re.compile(
    r"^(?:(ruled out|excluded|suspected|confirmed|diagnosis|dx)\s*:?\s+)?(.+?)"
    r"(?:\s+(ruled out|excluded|suspected|confirmed))?$",
    re.I,
)
_STATUS = {
    "ruled out": "ruled_out",
    "excluded": "ruled_out",
    "suspected": "suspected",
    "confirmed": "confirmed",
}
_EXPLICIT = {
    "symptom": "symptom",
    "finding": "finding",
    "exam": "finding",
    "examination": "finding",
    "lab": "lab",
    "imaging": "imaging",
    "procedure": "procedure",
    "diagnosis": "diagnosis",
    "dx": "diagnosis",
    "follow-up": "follow_up",
    "follow up": "follow_up",
    "followup": "follow_up",
    "f/u": "follow_up",
    "note": "note",
    "medication": "medication",
}
_EXPLICIT_RE = re.compile(
    r"^(" + "|".join(re.escape(k) for k in sorted(_EXPLICIT, key=len, reverse=True)) + r")"
    r"\s*:\s*(.*)$",
    re.I,
)
_LAB_VALUE = re.compile(
    r"^(?P<test>.+?)\s*[:=]?\s+(?P<value>[<>]?\d+(?:[.,]\d+)?)\s*(?P<unit>[^\s\d(][^\s(]*)?"
    r"\s*(?:\(?(?P<low>\d+(?:[.,]\d+)?)\s*[-–]\s*(?P<high>\d+(?:[.,]\d+)?)\)?)?\s*(?P<flag>[HL])?$"
)


def _imaging(date: PartialDate, how: str, modality: str, rest: str) -> Reading:
    region, sep, found = rest.partition(":")
    if not sep or not found.strip():
        raise QuickAddError(
            f"{modality}: write the findings after a colon, "
            f"e.g. '{modality} lumbar spine: epidural calcification'"
        )
    event = Event(
        kind="imaging", date=date, modality=modality, region=region.strip() or None,
        findings=found.strip(),
    )  # fmt: skip
    fields = [("modality", modality)]
    fields += [("region", region.strip())] if region.strip() else []
    fields.append(("findings", found.strip()))
    return Reading("imaging", date, (event,), tuple(fields), date_note=how)


def _lab(date: PartialDate, how: str, text: str) -> Reading | None:
    m = _LAB_VALUE.match(text)
    if m and not m.group("value").startswith(("<", ">")):
        test = find_test(m.group("test").strip())
        if test is not None:
            unit = m.group("unit") or test.unit
            low = _number(m.group("low")) if m.group("low") else None
            high = _number(m.group("high")) if m.group("high") else None
            event = Event(
                kind="lab", date=date, test=m.group("test").strip(),
                value=_number(m.group("value")), unit=unit, loinc=test.loinc,
                ref_low=low, ref_high=high,
            )  # fmt: skip
            fields = [("test", event.test or ""), ("value", f"{event.value:g} {unit}")]
            if low is not None or high is not None:
                fields.append(("range", f"{m.group('low') or '…'}–{m.group('high') or '…'}"))
            fields += [("LOINC", test.loinc)] if test.loinc else []
            return Reading("lab", date, (event,), tuple(fields), date_note=how)
    test_name, sep, result = text.partition(":")
    if sep and result.strip() and (_CULTURE.search(test_name) or find_test(test_name.strip())):
        return _text_lab(date, how, test_name.strip(), result.strip())
    m = _NEGATIVE.match(text)
    if m and _CULTURE.search(m.group(2)):
        return _text_lab(date, how, m.group(2).strip(), m.group(1).lower())
    words = text.rsplit(None, 1)
    if len(words) == 2 and _CULTURE.search(words[0]) and words[1].lower() in (
        "negative", "positive", "sterile"
    ):  # fmt: skip
        return _text_lab(date, how, words[0], words[1].lower())
    return None


def _text_lab(date: PartialDate, how: str, test: str, result: str) -> Reading:
    event = Event(kind="lab", date=date, test=test, text=result)
    return Reading("lab", date, (event,), (("test", test), ("result", result)), date_note=how)


def _one(kind: str, date: PartialDate, how: str, text: str) -> Reading:
    key = {
        "symptom": "name", "finding": "name", "procedure": "name", "diagnosis": "name",
        "follow_up": "summary", "note": "text",
    }[kind]  # fmt: skip
    values: dict[str, str | None] = {key: text}
    fields: list[tuple[str, str]] = []
    if kind == "symptom":
        m = _SEVERITY.search(text)
        if m:
            values["severity"] = m.group(1).lower().replace(" ", "_").replace("-", "_")
            fields.append(("severity", m.group(1).lower()))
    if kind == "diagnosis":
        m = _DIAG.match(text)
        assert m is not None
        word = (m.group(1) or m.group(3) or "").lower()
        if word in _STATUS:
            values["name"] = m.group(2).strip()
            values["status"] = _STATUS[word]
            fields.append(("status", word))
    event = Event(kind=kind, date=date, **values)  # type: ignore[arg-type]
    label = {"name": "name", "summary": "summary", "text": "text"}[key]
    return Reading(kind, date, (event,), ((label, values[key] or ""), *fields), date_note=how)


def parse(
    line: str, *, anchor: PartialDate | None = None, roles: Mapping[str, str] | None = None
) -> Reading:
    """Read ``line`` as one event (or a course) dated absolutely or relative to ``anchor``
    (the case's index date: day 0). ``roles``: the role of each drug the case already has
    (by ``drug_key``), given to a medication line that names none. QuickAddError with what
    to write when it cannot."""
    reading = _parse(line, anchor)
    if roles and reading.kind in ("medication", "course"):
        reading = _with_role(reading, roles)
    return reading


def _with_role(reading: Reading, roles: Mapping[str, str]) -> Reading:
    first = reading.events[0]
    role = roles.get(drug_key(first.drug))
    if first.role is not None or role is None:
        return reading
    events = tuple(replace(e, role=role) for e in reading.events)
    fields = (*reading.fields, ("role", f"{role} (as in the case)"))
    course = replace(reading.course, role=role) if reading.course is not None else None
    return replace(reading, events=events, fields=fields, course=course)


def _parse(line: str, anchor: PartialDate | None) -> Reading:
    text = " ".join(line.split())
    if not text:
        raise QuickAddError(f"nothing typed: {HINT}")
    got = read_date(text, anchor)
    date: PartialDate | None = None
    how = ""
    rest = text
    if got is not None:
        date, how, rest = got
        rest = rest.strip().lstrip(",").strip()
    med = _medication(rest, date, how, anchor)
    if med is not None:
        return med
    if date is None:
        raise QuickAddError(f"no date in {text!r}: {HINT}")
    if not rest:
        raise QuickAddError(f"{date}: and what happened? {HINT}")
    m = _EXPLICIT_RE.match(rest)
    if m:
        kind, body = _EXPLICIT[m.group(1).lower()], m.group(2).strip()
        if not body:
            raise QuickAddError(f"{m.group(1)}: and what? Write it after the colon")
        if kind == "medication":
            raise QuickAddError(
                f"{body!r}: write the drug first ('romosozumab 210 mg'), or use the form"
            )
        if kind == "imaging":
            mm = _MODALITY.match(body)
            if mm is None:
                raise QuickAddError(f"imaging: start with the modality (CT, MRI, X-ray…): {body!r}")
            return _imaging(date, how, _MODALITIES[mm.group(1).lower()], mm.group(2))
        if kind == "lab":
            lab = _lab(date, how, body)
            if lab is None:
                raise QuickAddError(
                    f"lab: {body!r} is not 'test value unit' with a catalogued test, "
                    "nor 'test: result'"
                )
            return lab
        return _one(kind, date, how, body)
    if _PROCEDURE.search(rest):
        return _one("procedure", date, how, rest)
    m = _MODALITY.match(rest)
    if m:
        return _imaging(date, how, _MODALITIES[m.group(1).lower()], m.group(2))
    lab = _lab(date, how, rest)
    if lab is not None:
        return lab
    m = _DIAG.match(rest)
    if m and (m.group(1) or m.group(3)):
        return _one("diagnosis", date, how, rest)
    if _SEVERITY.search(rest) or _SYMPTOM.search(rest):
        return _one("symptom", date, how, rest)
    if re.match(r"^(follow[- ]?up|f/u)\b", rest, re.I):
        body = re.sub(r"^(follow[- ]?up|f/u)\b[:,]?\s*", "", rest, flags=re.I)
        if not body:
            raise QuickAddError(
                "follow-up: and how was the patient? e.g. 'follow-up: asymptomatic'"
            )
        return _one("follow_up", date, how, body)
    raise QuickAddError(
        f"could not tell what kind of event {rest!r} is: start it with its kind, e.g. "
        f"'symptom: {rest}', 'finding: …', 'diagnosis: …', 'follow-up: …' or 'note: …'"
    )
