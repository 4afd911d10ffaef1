"""A change someone else made, said in the window's words: what the stale-write refusal
lists (``StaleDialog``) instead of the trail's field paths.

The trail keeps ``event 12 dose: 210.0 -> 105.0`` and ``patient kidney.ckd_stage``; the
user reads ``dose of the romosozumab medication on 12 March 2024: 210 mg → 105 mg`` and
``CKD stage: 4 → 5``. The labels are the ones the window's forms use (each field's label
in ``caselog.core.parts`` and, for an event, the label its kind gives it in
``caselog.core.fields``); an event is named by what it is and its date, found in the case
as now stored (or as it was, for one removed). What is not known in words (an image, a
field no form asks) falls back to the trail's own line: nothing is guessed.
"""

from __future__ import annotations

import calendar
import json
import re

from caselog.core import fields as event_fields
from caselog.core import parts
from caselog.core.dates import DateError, PartialDate
from caselog.core.model import Case, Event
from caselog.core.vocab import KIND_LABELS, label
from caselog.store.services import AuditEntry
from caselog.ui.stale_merge import field_name
from caselog.ui.text import number

ARROW = "→"
_CASE_LABELS = {"title": "Title", "index_date": "Index date", "keywords": "Keywords"}
_CASE_PARTS = {"outcome": parts.OUTCOME, "regulatory": parts.REGULATORY}
_ITEMS = {"history": "history item", "authors": "author", "author": "author"}
_ASSESSMENT_EXTRA = {"seriousness": "Seriousness", "who_umc": "WHO-UMC causality category"}
_PARTS: dict[str, parts.Part] = {
    "patient": parts.PATIENT,
    "assessment": parts.ASSESSMENT,
    "report": parts.REPORT,
}
_ITEM = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")
_UNITS = {"dose": "dose_unit", "value": "unit"}


def date_words(value: PartialDate) -> str:
    """``12 March 2024``, ``March 2024`` or ``2024``, as the date was recorded."""
    if value.month is None:
        return str(value.year)
    month = calendar.month_name[value.month]
    return f"{value.day} {month} {value.year}" if value.day else f"{month} {value.year}"


def _lower_first(text: str) -> str:
    """``Dose`` -> ``dose``; ``CKD stage`` stays as written (an abbreviation)."""
    if len(text) > 1 and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _form_label(field: parts.Field | None) -> str | None:
    if field is None or field.form is None:
        return None
    return field.form.label.replace("&", "")


def _part_label(part: parts.Part, path: str) -> str | None:
    """The form label of ``path`` in ``part``: ``weight_kg`` -> ``Weight (kg)``,
    ``kidney.ckd_stage`` -> ``CKD stage``, ``history[0].condition`` -> ``condition of
    history item 1``."""
    head, _, rest = path.partition(".")
    item = _ITEM.match(path)
    if item is not None:
        name, n, leaf = item.groups()
        return f"{label(leaf)} of {_ITEMS.get(name, label(name) + ' item')} {int(n) + 1}"
    field = part.by_name.get(head)
    if field is None:
        return None
    if not rest:
        return _form_label(field) or label(head).capitalize()
    if field.part is not None:
        return _part_label(field.part, rest)
    if field.holds == parts.ANSWERS:  # the Naranjo answers: one per question
        return f"Naranjo answer to {label(rest)}"
    return None


_NAMING = ("drug", "test", "name", "modality")


def event_name(event: Event) -> str:
    """``the romosozumab medication on 12 March 2024``: what it is, and its date."""
    return _named(
        event.kind,
        next((getattr(event, k) for k in _NAMING if getattr(event, k)), None),
        event.date,
    )


def _named(kind: str, named: object, date: PartialDate | None) -> str:
    what = KIND_LABELS.get(kind, kind).lower()
    what = f"{named} {what}" if named else what
    return f"the {what} on {date_words(date)}" if date is not None else f"the {what}"


def _removed_name(raw: str | None) -> str:
    """The event a ``remove`` row kept (its fields, as the trail rendered them)."""
    try:
        kept = json.loads(raw or "")
        date = PartialDate.parse(str(kept["date"])) if kept.get("date") else None
        named = next((kept[k] for k in _NAMING if kept.get(k)), None)
        return _named(str(kept["kind"]), named, date)
    except (ValueError, KeyError, TypeError, AttributeError):
        return "an event"


def _event_field_label(event: Event | None, name: str) -> str:
    if name == "date":
        return "date"
    found = event_fields.BY_NAME.get(name)
    use = found.uses.get(event.kind) if found is not None and event is not None else None
    return _lower_first(use.label.replace("&", "")) if use is not None else label(name)


def _value(raw: str | None, *, unit: str | None = None) -> str:
    """A trail value as the window shows it: ``210`` not ``210.0``, a date in words, a list
    joined, a word of a vocabulary with spaces; empty: ``not recorded``."""
    if raw is None or raw == "":
        return "not recorded"
    try:
        parsed = json.loads(raw)
    except ValueError:
        parsed = raw
    if isinstance(parsed, bool):
        return "yes" if parsed else "no"
    if isinstance(parsed, int | float):
        return " ".join(filter(None, (number(parsed), unit)))
    if isinstance(parsed, list):
        return ", ".join(_value(json.dumps(v) if not isinstance(v, str) else v) for v in parsed)
    text = str(raw)
    try:
        return date_words(PartialDate.parse(text))
    except DateError:
        pass
    return " ".join(text.split())


def _find(case: Case | None, event_id: int | None) -> Event | None:
    if case is None or event_id is None:
        return None
    return next((e for e in case.events if e.id == event_id), None)


def entry_words(entry: AuditEntry, case: Case | None) -> str:
    """One change in words: ``dose of the romosozumab medication on 12 March 2024: 210 mg
    → 105 mg``; the trail's own line when it is not a field the window names."""
    subject = _subject(entry, case)
    if subject is None:
        return entry.what()
    event = _find(case, entry.entity_id) if entry.entity == "event" else None
    unit_key = _UNITS.get(entry.field or "")
    unit = getattr(event, unit_key, None) if event is not None and unit_key else None
    if entry.action == "update":
        old, new = _value(entry.old_value, unit=unit), _value(entry.new_value, unit=unit)
        return f"{subject}: {old} {ARROW} {new}"
    return subject


def _subject(entry: AuditEntry, case: Case | None) -> str | None:
    if entry.entity == "event":
        event = _find(case, entry.entity_id)
        name = event_name(event) if event is not None else "an event no longer in the case"
        if entry.action == "add":
            return f"added {name}"
        if entry.action == "remove":
            return f"removed {_removed_name(entry.old_value)}"
        if entry.field:
            return f"{_event_field_label(event, entry.field)} of {name}"
        return None
    if entry.entity == "case" and entry.field:
        head, _, rest = entry.field.partition(".")
        if head in _CASE_PARTS and rest:
            return _part_label(_CASE_PARTS[head], rest)
        item = _ITEM.match(entry.field)
        if item is not None:
            name, n, leaf = item.groups()
            return f"{label(leaf)} of {_ITEMS.get(name, label(name) + ' item')} {int(n) + 1}"
        return _CASE_LABELS.get(entry.field)
    part = _PARTS.get(entry.entity)
    if part is None:
        return None
    if entry.action in ("add", "remove") and not entry.field:
        return f"{'added' if entry.action == 'add' else 'removed'} the {entry.entity}"
    if not entry.field:
        return None
    if entry.entity == "assessment" and entry.field in _ASSESSMENT_EXTRA:
        return _ASSESSMENT_EXTRA[entry.field]
    return _part_label(part, entry.field)


_EDIT_PARTS: dict[str, parts.Part] = {
    "Patient": parts.PATIENT,
    "Assessment": parts.ASSESSMENT,
    "Outcome": parts.OUTCOME,
    "Regulator": parts.REGULATORY,
}


def field_words(label_: str, path: str, mine: object) -> str:
    """A row of the compare view in the window's words: ``Weight (kg)``, ``CKD stage``,
    ``dose`` of an event (``mine``: the edit's value, which names the event's kind); a
    path no form names stays ``Patient › history``."""
    said: str | None = None
    if isinstance(mine, Event) and path:
        said = _event_field_label(mine, path).capitalize() if "." not in path else None
    elif label_ in _EDIT_PARTS and path:
        said = _part_label(_EDIT_PARTS[label_], path)
    elif label_ == "Report" and path:
        head, _, rest = path.partition(".")
        if head == "keywords":
            said = "Keywords"
        elif head == "report" and rest:
            said = _part_label(parts.REPORT, rest)
    if said is None:
        return field_name(label_, path)
    return said[0].upper() + said[1:]
