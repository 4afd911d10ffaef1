"""What changed between two versions of a case, field by field, for the audit trail.

Pure: plain ``Case`` objects in, ``Change`` rows out. Events are matched by id, so adding,
removing and editing an event each read as such; image bytes are compared by SHA-256.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Image

Key = tuple[str, int | None, str]  # (entity, entity_id, field)


@dataclass(frozen=True)
class Change:
    action: str  # "create", "update", "delete", "add", "remove"
    entity: str  # "case", "patient", "event", "assessment", "report"
    entity_id: int | None
    field: str | None
    old: str | None
    new: str | None


def render(value: Any) -> str | None:
    """A value as the audit trail keeps it: text as is, anything else as JSON."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, PartialDate):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _image_fields(img: Image) -> dict[str, Any]:
    return {
        "sha256": img.sha256 or None,
        "filename": img.filename,
        "caption": img.caption,
        "panel": img.panel,
        "media_type": img.media_type,
    }


def _walk(value: Any, prefix: str, out: dict[str, str]) -> None:
    if value is None:
        return
    if isinstance(value, PartialDate):
        out[prefix] = value.isoformat()
    elif isinstance(value, Image):
        for k, v in _image_fields(value).items():
            _walk(v, f"{prefix}.{k}", out)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name), f"{prefix}.{f.name}" if prefix else f.name, out)
    elif isinstance(value, dict):
        for k in sorted(value):
            _walk(value[k], f"{prefix}.{k}", out)
    elif isinstance(value, list) and any(
        dataclasses.is_dataclass(v) or isinstance(v, Image) for v in value
    ):
        for i, v in enumerate(value):
            _walk(v, f"{prefix}[{i}]", out)
    elif isinstance(value, list):
        if value:
            out[prefix] = render(value) or ""
    else:
        rendered = render(value)
        if rendered is not None:
            out[prefix] = rendered


def flatten(value: Any) -> dict[str, str]:
    """``{"field.path": "value"}`` for every set field of a dataclass (None left out)."""
    out: dict[str, str] = {}
    _walk(value, "", out)
    return out


_CASE_SKIP = {"id", "key", "created_at", "updated_at", "events", "patient", "assessment", "report"}


def _case_fields(case: Case) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in dataclasses.fields(case):
        if f.name not in _CASE_SKIP:
            _walk(getattr(case, f.name), f.name, out)
    return out


def _event_fields(event: Event) -> dict[str, str]:
    fields = flatten(event)
    fields.pop("id", None)
    return fields


def _field_changes(
    entity: str, entity_id: int | None, old: dict[str, str], new: dict[str, str]
) -> list[Change]:
    return [
        Change("update", entity, entity_id, key, old.get(key), new.get(key))
        for key in sorted(old.keys() | new.keys())
        if old.get(key) != new.get(key)
    ]


def diff_cases(before: Case, after: Case) -> list[Change]:
    """The changes that turn ``before`` into ``after`` (same case), in a stable order."""
    changes = _field_changes("case", after.id, _case_fields(before), _case_fields(after))
    changes += _field_changes("patient", after.id, flatten(before.patient), flatten(after.patient))
    old_events = {e.id: e for e in before.events}
    new_events = {e.id: e for e in after.events}
    for eid, ev in new_events.items():
        if eid not in old_events or eid is None:
            changes.append(Change("add", "event", eid, None, None, render(_event_fields(ev))))
        else:
            old_ev = old_events[eid]
            changes += _field_changes("event", eid, _event_fields(old_ev), _event_fields(ev))
    for eid, ev in old_events.items():
        if eid not in new_events or eid is None:
            changes.append(Change("remove", "event", eid, None, render(_event_fields(ev)), None))
    for entity, old_part, new_part in (
        ("assessment", before.assessment, after.assessment),
        ("report", before.report, after.report),
    ):
        if old_part is None and new_part is not None:
            changes.append(Change("add", entity, after.id, None, None, render(flatten(new_part))))
        elif old_part is not None and new_part is None:
            changes.append(
                Change("remove", entity, after.id, None, render(flatten(old_part)), None)
            )
        elif old_part is not None and new_part is not None:
            changes += _field_changes(entity, after.id, flatten(old_part), flatten(new_part))
    return changes


def case_content(case: Case) -> str:
    """The whole case as one JSON object (image bytes by SHA-256): what a deletion keeps."""
    content = _case_fields(case)
    content.update({f"patient.{k}": v for k, v in flatten(case.patient).items()})
    for ev in case.events:
        content.update({f"events[{ev.id}].{k}": v for k, v in _event_fields(ev).items()})
    for name, part in (("assessment", case.assessment), ("report", case.report)):
        content.update({f"{name}.{k}": v for k, v in flatten(part).items()})
    return render(content) or "{}"
