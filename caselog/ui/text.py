"""How the window words events and times: one-line summaries and relative-time labels."""

from __future__ import annotations

from caselog.clinical.catalogue import flag
from caselog.core.dates import PartialDate, Precision
from caselog.core.model import Event
from caselog.core.vocab import KIND_LABELS, label

DAYS_PER_MONTH = 30.4375


def number(value: float | None) -> str:
    """A number as people write it: 210 not 210.0, 9.1 not 9.100000001."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:g}"


def days_between(index: PartialDate, date: PartialDate) -> int:
    """Days from ``index`` to ``date``, using the middle of a date known only to the month."""
    start = index.first_day() if index.precision is Precision.DAY else index.midpoint()
    end = date.first_day() if date.precision is Precision.DAY else date.midpoint()
    return (end - start).days


def relative_text(date: PartialDate, index: PartialDate | None) -> str:
    """``Day 95 · 3.1 mo`` from the index date; ``~`` marks a date not known to the day."""
    if index is None:
        return ""
    days = days_between(index, date)
    approx = (
        "~" if date.precision is not Precision.DAY or index.precision is not Precision.DAY else ""
    )
    months = days / DAYS_PER_MONTH
    sign = "−" if days < 0 else ""
    return f"{approx}Day {sign}{abs(days)} · {sign}{abs(months):.1f} mo"


def lab_flag(event: Event) -> str | None:
    """``low`` or ``high`` when a numeric lab result lies outside its reference range, or,
    without one, the catalogue's typical range (the reports' rule: ``catalogue.flag``)."""
    found = flag(event)
    return found if found in ("low", "high") else None


def _range(event: Event) -> str:
    if event.ref_low is None and event.ref_high is None:
        return ""
    low = number(event.ref_low) if event.ref_low is not None else ""
    high = number(event.ref_high) if event.ref_high is not None else ""
    return f" ({low}–{high})"


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def event_summary(event: Event) -> str:
    """One line that says what happened, e.g. ``romosozumab 210 mg subcutaneous — start``."""
    k = event.kind
    if k == "medication":
        dose = _join(number(event.dose), event.dose_unit)
        head = _join(event.drug, dose, event.route, event.frequency)
        tail = label(event.action or "")
        role = f" [{event.effective_role}]" if event.effective_role == "suspect" else ""
        reason = f" ({event.reason})" if event.reason else ""
        return f"{head} — {tail}{reason}{role}"
    if k == "symptom":
        sev = f" ({label(event.severity)})" if event.severity else ""
        return f"{event.name or ''}{sev}"
    if k in ("finding", "procedure"):
        return event.name or ""
    if k == "diagnosis":
        return f"{event.name or ''} ({label(event.effective_status or '')})"
    if k == "lab":
        if event.value is not None:
            result = _join(number(event.value), event.unit) + _range(event)
        else:
            result = event.text or ""
        flag = lab_flag(event)
        mark = f" — {flag.upper()}" if flag else ""
        return f"{event.test or ''}: {result}{mark}"
    if k == "imaging":
        where = _join(event.modality, event.region)
        pics = len(event.images)
        extra = f" [{pics} image{'s' if pics != 1 else ''}]" if pics else ""
        return f"{where}: {event.findings or ''}{extra}"
    if k == "follow_up":
        return event.summary or ""
    if k == "note":
        return event.text or ""
    return KIND_LABELS.get(k, k)
