"""A shared, anonymised case as read-only text (HTML for a ``QTextBrowser``): what the case
view shows of a case, in the case view's own words, with nothing to edit.

The labels are the window's: each field's form label (``caselog.core.parts``), the
timeline's columns and its one-line event summaries (``caselog.ui.text``), the assessment
tab's group titles. A field not recorded is left out; a part with nothing recorded says
"Not recorded". Every value is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from html import escape
from typing import Any

from caselog.core import parts
from caselog.core.dates import PartialDate
from caselog.core.model import Case
from caselog.core.vocab import KIND_LABELS, label
from caselog.references.lines import reference_line
from caselog.store.services import SharedCopy
from caselog.ui.stale_dialog import when
from caselog.ui.text import event_summary, number, relative_text

NOT_RECORDED = "Not recorded"


def field_label(field: parts.Field) -> str:
    """A field as the window labels it, without its mnemonic: ``Weight (kg)``."""
    form = field.form
    return (form.label if form is not None else label(field.name)).replace("&", "")


def shown(value: Any, field: parts.Field | None = None) -> str:
    """A recorded value as the window shows it: ``210`` not ``210.0``, ``ruled out``,
    ``yes``/``no``, a date as written (ISO, to its precision)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, float | int):
        return number(value)
    if isinstance(value, list | tuple):
        return ", ".join(shown(v, field) for v in value)
    text = str(value)
    if field is not None and field.holds in (parts.CHOICE, parts.CHOICES):
        return label(text)
    return text


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{escape(v)}</td></tr>"
        for k, v in pairs
    )
    return f"<table cellspacing='0' cellpadding='3'>{cells}</table>" if cells else ""


def _recorded(obj: Any, part: parts.Part) -> list[tuple[str, str]]:
    """The part's fields the window asks, as ``(label, value)``, those recorded only."""
    if obj is None:
        return []
    out = []
    for f in part.formed():
        value = getattr(obj, f.name)
        if value is None or value == [] or value == "":
            continue
        if f.holds == parts.REFERENCES:
            value = [reference_line(r) for r in value]  # as the Report tab lists them
        out.append((field_label(f), shown(value, f)))
    return out


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>" + (body or f"<p><i>{NOT_RECORDED}</i></p>")


def _patient(case: Case) -> str:
    p = case.patient
    pairs = _recorded(p, parts.PATIENT) + _recorded(p.kidney, parts.KIDNEY)
    body = _rows(pairs)
    if p.history:
        items = []
        for h in p.history:
            bits = [h.condition or ""]
            if h.since is not None:
                bits.append(f"since {h.since.isoformat()}")
            if h.ongoing is not None:
                bits.append("ongoing" if h.ongoing else "not ongoing")
            if h.notes:
                bits.append(h.notes)
            items.append("<li>" + escape("; ".join(b for b in bits if b)) + "</li>")
        body += "<p><b>History</b></p><ul>" + "".join(items) + "</ul>"
    return _section("Patient", body)


def _timeline(case: Case) -> str:
    events = case.timeline()
    if not events:
        return _section("Timeline", "")
    index = case.effective_index_date()
    head = "".join(f"<th align='left'>{h}</th>" for h in ("Date", "From index", "Kind", "What"))
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td valign='top'>{escape(c)}</td>"
            for c in (
                e.date.isoformat(),
                relative_text(e.date, index),
                KIND_LABELS.get(e.kind, e.kind),
                event_summary(e) + (f" — {e.notes}" if e.notes else ""),
            )
        )
        + "</tr>"
        for e in events
    )
    table = f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"
    return _section("Timeline", table)


def _assessment(case: Case) -> str:
    a = case.assessment
    pairs = _recorded(a, parts.ASSESSMENT)
    if a is not None and a.seriousness:
        pairs.append(("Seriousness", shown(a.seriousness, parts.ASSESSMENT.by_name["seriousness"])))
    if a is not None and a.who_umc:
        pairs.append(("WHO-UMC causality category", label(a.who_umc)))
    if a is not None and a.naranjo:
        answered = ", ".join(f"{label(q)}: {label(v)}" for q, v in sorted(a.naranjo.items()))
        pairs.append(("Naranjo answers", answered))
    return _section("Suspected adverse drug reaction", _rows(pairs))


def _outcome(case: Case) -> str:
    return _section("Outcome", _rows(_recorded(case.outcome, parts.OUTCOME)))


def _report(case: Case) -> str:
    r = case.report
    pairs = _recorded(r, parts.REPORT)
    if r is not None and r.consent is not None:
        pairs += _recorded(r.consent, parts.CONSENT)
    if case.keywords:
        pairs.insert(0, ("Keywords", ", ".join(case.keywords)))
    return _section("Report", _rows(pairs))


def _updated(at: dt.datetime | None) -> str:
    return when(at) if at is not None else NOT_RECORDED.lower()


def copy_html(copy: SharedCopy, *, own: bool = False) -> str:
    """The whole read-only page of one shared copy."""
    case, s = copy.case, copy.summary
    team = f"team {s.team}'s" if s.team else "a"
    about = (
        f"Read only. The anonymised copy of {team} case {s.id}, as every team of the "
        f"department reads it (updated {_updated(s.updated_at)}): identifiers removed, "
        "dates shifted."
    )
    if copy.withheld:
        n = copy.withheld
        about += f" {n} image{'s' if n != 1 else ''} withheld (a shared copy keeps no pixels)."
    if own:
        about += " The case is your team's: open it from the case list to edit it."
    return (
        f"<h2>{escape(case.title)}</h2><p><i>{escape(about)}</i></p>"
        + _patient(case)
        + _timeline(case)
        + _assessment(case)
        + _outcome(case)
        + _report(case)
    )
