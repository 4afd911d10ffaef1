"""Three-way merge of cases as case-file objects: what changed on a laptop and on the server
since the laptop took the case (its base), field by field.

A case here is the JSON object of docs/case-format.md (``encode.case_to_dict``), with two
additions that make its lists mergeable by stable identity rather than by position:

- each event carries ``"_key"``: who the event is, across the two databases (the service
  gives the server's event id, ``"#17"``; an event added on the laptop ``"new-3"``);
- each image's ``path`` is the SHA-256 of its pixels (what the image is).

References are known by their citation key (a CSL-JSON item's ``id``, a text's own
``[@key]`` label) or else by their text. Every other list (authors, keywords, history,
seriousness, annotations, a crop) is one value: it merges whole.

The rules, for every field at every depth: a field changed on one side only takes that
side's value; the same change on both is taken once; a field changed differently on both
sides is a :class:`Conflict`, with the three values. An item of a keyed list added on one
side is added, removed on one side and untouched on the other is removed, removed on one
side and edited on the other is a conflict of the whole item; an item edited on both sides
merges field by field. A conflict is settled by ``choose`` (``"local"``, ``"server"``, or
``"base"``: neither change);
an unsettled one keeps the server's value in ``merged`` and is listed in ``conflicts``.

Pure: no store, no Qt; the same input gives the same output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Side = Literal["local", "server", "base"]
SIDES: tuple[Side, ...] = ("local", "server", "base")
KEY = "_key"  # an event's stable identity (see the module's docstring)

_OWN_LABEL = re.compile(r"^\[@([^\]\s;,@]+)\]\s")


@dataclass(frozen=True)
class Conflict:
    """A field changed differently on the laptop and on the server since the base.

    ``path`` names it as ``field_path`` prints it (``events[#17].dose``); a value ``None``
    is the field absent (an item removed, a key left out)."""

    path: str
    base: Any
    local: Any
    server: Any


@dataclass
class Merge:
    """The merged case, the conflicts left unsettled, and those ``choose`` settled (each
    with the side it took)."""

    merged: dict[str, Any]
    conflicts: list[Conflict] = field(default_factory=list)
    settled: list[tuple[Conflict, Side]] = field(default_factory=list)
    from_local: list[str] = field(default_factory=list)  # fields taken from the laptop


Chooser = Callable[[Conflict], Side | None]


def merge_case(
    base: Mapping[str, Any],
    local: Mapping[str, Any],
    server: Mapping[str, Any],
    choose: Chooser | None = None,
) -> Merge:
    """Merge the laptop's ``local`` and the ``server``'s case, both descended from ``base``."""
    state = Merge(merged={})
    merged = _merge(base, local, server, "", state, choose or (lambda _c: None))
    state.merged = merged if isinstance(merged, dict) else {}
    return state


def value_text(value: Any) -> str:
    """A value as a conflict listing shows it: JSON on one line, ``(absent)`` for none."""
    if value is None:
        return "(absent)"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def shown(conflict: Conflict, side: str, limit: int = 200) -> str:
    """One side's value of a conflict (``base``, ``local``, ``server``) as a listing shows
    it; for a whole case (``(case)``): ``deleted``, ``unchanged`` or ``edited (FIELDS)``."""
    value = getattr(conflict, side)
    if conflict.path == "(case)":
        if value is None:
            return "deleted"
        changed = changed_fields(conflict.base, value) if side != "base" else []
        return f"edited ({', '.join(changed)})" if changed else "unchanged"
    text = " ".join(value_text(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_EVENT_PATH = re.compile(r"^events\[([^\]]+)\]\.?(.*)$")
_IMAGE_KEY = re.compile(r"images\[([0-9a-f]{8})[0-9a-f]*(~\d+)?\]")
_NAMING = ("drug", "test", "name", "modality", "summary", "action")


def field_label(path: str, *cases: Mapping[str, Any] | None) -> str:
    """``path`` in words for a reader: an event named by what it is and its date (found
    in ``cases``), not by its key: ``medication romosozumab start 2023-01-05 › dose``."""
    found = _EVENT_PATH.match(path)
    if found is None:
        return path.replace(".", " › ")
    key, rest = found.groups()
    events = (e for c in cases if c for e in c.get("events") or [] if isinstance(e, dict))
    event = next((e for e in events if e.get(KEY) == key), None)
    if event is None:
        what = f"event {key}"
    else:
        named = [str(event[k]) for k in _NAMING if event.get(k) not in (None, "")]
        what = " ".join([str(event.get("kind", "event")), *named[:2], str(event.get("date", ""))])
    rest = _IMAGE_KEY.sub(lambda m: f"image {m.group(1)}…", rest)
    return f"{what.strip()} › {rest.replace('.', ' › ')}" if rest else what.strip()


def reference_key(ref: Any) -> str:
    """A reference's identity: an item's ``id``, a text's ``[@key]`` label, else its text."""
    if isinstance(ref, dict):
        return str(ref.get("id", json.dumps(ref, sort_keys=True)))
    text = str(ref)
    label = _OWN_LABEL.match(text)
    return label.group(1) if label else text


def _keyed(path: str) -> Callable[[Any], str] | None:
    """How the items of the list at ``path`` are known, or None: the list is one value."""
    if path == "events":
        return lambda e: str(e.get(KEY)) if isinstance(e, dict) else json.dumps(e)
    if path.endswith(".images") and path.startswith("events["):
        return lambda i: str(i.get("path")) if isinstance(i, dict) else json.dumps(i)
    if path == "report.references":
        return reference_key
    return None


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _merge(base: Any, local: Any, server: Any, path: str, state: Merge, choose: Chooser) -> Any:
    if local == server:
        return server
    if local == base:
        return server
    if server == base:
        state.from_local += changed_fields(base, local, path)
        return local
    key_of = _keyed(path)
    if key_of is not None and all(v is None or isinstance(v, list) for v in (base, local, server)):
        items = _merge_list(base or [], local or [], server or [], path, key_of, state, choose)
        return items or None  # an empty list is written as the key left out
    if _all(dict, local, server) and (base is None or isinstance(base, dict)):
        out: dict[str, Any] = {}
        for k in _union(base or {}, local, server):
            value = _merge(
                (base or {}).get(k), local.get(k), server.get(k), _join(path, k), state, choose
            )
            if value is not None:
                out[k] = value
        return out
    return _conflict(Conflict(path or "(case)", base, local, server), state, choose)


def _merge_list(
    base: list[Any],
    local: list[Any],
    server: list[Any],
    path: str,
    key_of: Callable[[Any], str],
    state: Merge,
    choose: Chooser,
) -> list[Any]:
    b = _by_key(base, key_of)
    lo = _by_key(local, key_of)
    s = _by_key(server, key_of)
    kept: dict[str, Any] = {}
    for k in _union(b, lo, s):
        value = _merge(b.get(k), lo.get(k), s.get(k), f"{path}[{k}]", state, choose)
        if value is not None:
            kept[k] = value
    return [kept[k] for k in _order(list(s), list(lo), kept)]


def _order(server: list[str], local: list[str], kept: Mapping[str, Any]) -> list[str]:
    """The server's order, each item only the laptop has placed after the item before it
    on the laptop (at the start when none is)."""
    out = [k for k in server if k in kept]
    for i, k in enumerate(local):
        if k in out or k not in kept:
            continue
        before = next((p for p in reversed(local[:i]) if p in out), None)
        out.insert(0 if before is None else out.index(before) + 1, k)
    return out


def changed_fields(before: Any, after: Any, path: str = "") -> list[str]:
    """The paths of the fields that differ between ``before`` and ``after`` (leaves)."""
    if before == after:
        return []
    key_of = _keyed(path)
    if key_of is not None and all(v is None or isinstance(v, list) for v in (before, after)):
        b, a = _by_key(before or [], key_of), _by_key(after or [], key_of)
        return [p for k in _union(b, a) for p in changed_fields(b.get(k), a.get(k), f"{path}[{k}]")]
    if isinstance(before, dict) and isinstance(after, dict):
        return [
            p
            for k in _union(before, after)
            for p in changed_fields(before.get(k), after.get(k), _join(path, k))
        ]
    return [path or "(case)"]


def _by_key(items: list[Any], key_of: Callable[[Any], str]) -> dict[str, Any]:
    """Items by identity; a second item of the same identity is told apart by its place."""
    out: dict[str, Any] = {}
    for item in items:
        k = key_of(item)
        n = 2
        while k in out:
            k = f"{key_of(item)}~{n}"
            n += 1
        out[k] = item
    return out


def _union(*maps: Mapping[str, Any]) -> list[str]:
    return list(dict.fromkeys(k for m in maps for k in m))


def _all(kind: type, *values: Any) -> bool:
    return all(isinstance(v, kind) for v in values)


def _conflict(conflict: Conflict, state: Merge, choose: Chooser) -> Any:
    side = choose(conflict)
    if side is None:
        state.conflicts.append(conflict)
        return conflict.server
    state.settled.append((conflict, side))
    if side == "local":
        state.from_local.append(conflict.path)
    return {"local": conflict.local, "server": conflict.server, "base": conflict.base}[side]
