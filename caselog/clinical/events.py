"""Naming timeline events in messages: "day 94, medication romosozumab stop".

Messages name events by their time relative to the index date (never a calendar date, so a
finding can be shown or printed without leaking one), their kind and a short summary.
"""

from __future__ import annotations

from collections.abc import Iterable

from caselog.clinical.relative import day_label
from caselog.core.dates import PartialDate
from caselog.core.model import Event

_MAX = 60


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX else text[: _MAX - 1].rstrip() + "…"


def _num(x: float) -> str:
    return f"{x:g}"


def summary(event: Event) -> str:
    """A short, date-free description of an event."""
    k = event.kind
    if k == "medication":
        parts = [event.drug or "drug", event.action or ""]
        if event.dose is not None:
            parts.append(f"{_num(event.dose)} {event.dose_unit or ''}".strip())
        return _clip(" ".join(p for p in parts if p))
    if k == "lab":
        if event.value is not None:
            unit = f" {event.unit}" if event.unit else ""
            return _clip(f"{event.test} {_num(event.value)}{unit}")
        return _clip(f"{event.test}: {event.text or ''}".rstrip(": "))
    if k == "imaging":
        return _clip(" ".join(p for p in (event.modality, event.region) if p) or "imaging")
    if k == "diagnosis":
        status = event.effective_status
        extra = "" if status == "confirmed" else f" ({(status or '').replace('_', ' ')})"
        return _clip(f"{event.name}{extra}")
    if k == "follow_up":
        return _clip(event.summary or "follow-up")
    if k == "note":
        return _clip(event.text or "note")
    return _clip(event.name or k)


def kind_label(event: Event) -> str:
    return "follow-up" if event.kind == "follow_up" else event.kind


def ref(event: Event, index: PartialDate) -> str:
    """``day 94, medication romosozumab stop``: how a message names an event.

    No calendar date (messages follow the report's rule) and no database id, which means
    nothing to a clinician: the finding carries it in ``event_ids`` for the window."""
    return f"{day_label(event.date, index)}, {kind_label(event)} {summary(event)}"


def ids(events: Iterable[Event]) -> list[int]:
    """The database ids of events (events not yet stored have none), in order, unique."""
    out: list[int] = []
    for e in events:
        if e.id is not None and e.id not in out:
            out.append(e.id)
    return out
