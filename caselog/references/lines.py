"""References as lines of text, as the window's report tab edits them.

A typed reference is its line. A CSL-JSON item (from a reference file) is shown as its key
and a short description, ``[@cosman2016] Cosman F, et al. Romosozumab Treatment ... N Engl
J Med. 2016.``; the report prints it in the journal's own style. The line read back
unchanged is the item again, with all its fields. Edited, it is a typed reference that keeps
the key (the text's citations still find it) and loses the fields, as the author wrote it. A
line of CSL-JSON (``{...}``, pasted) is read as an item, checked again by the case file's
rules when the form is saved.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from caselog.core.model import CslItem, Reference
from caselog.references.items import OWN_KEY


def reference_line(ref: Reference) -> str:
    if isinstance(ref, CslItem):
        return f"[@{ref.key}] {_described(ref.data)}"
    return ref


def reference_from_line(line: str, items: Mapping[str, CslItem] | None = None) -> Any:
    """The case-file value a line stands for: an item of ``items`` (by key) for its own line
    unchanged, a JSON object for ``{...}``, else the text."""
    text = line.strip()
    own = OWN_KEY.match(text)
    if own is not None and items:
        item = items.get(own.group(1))
        if item is not None and text == reference_line(item):
            return item.data
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            return text
        return value if isinstance(value, dict) else text
    return text


def item_parts(d: Mapping[str, Any], *, initials: bool = False) -> tuple[str, ...]:
    """An item's first author (family name, with ``initials``: and the given names'
    initials, "et al" after a second), title, journal and year, each absent one left out:
    the few words a reference is recognised by."""
    names = d.get("author") or d.get("editor") or []
    first = names[0] if names and isinstance(names[0], dict) else {}
    family = " ".join(
        str(p) for p in (first.get("non-dropping-particle"), first.get("family")) if p
    )
    who = str(first.get("literal") or family)
    if initials and not first.get("literal"):
        given = str(first.get("given") or "")
        marks = "".join(w[0] for w in given.replace("-", " ").split() if w[:1].isalpha())
        who = " ".join(p for p in (family, marks) if p)
        if who and len(names) > 1:
            who = f"{who}, et al"
    issued = (d.get("issued") or {}).get("date-parts") or [[]]
    year = str(issued[0][0]) if issued and issued[0] else ""
    journal = d.get("container-title-short") or d.get("container-title")
    return tuple(str(p) for p in (who, d.get("title"), journal, year) if p)


def _described(d: Mapping[str, Any]) -> str:
    """A few words for the author to recognise the item by (no style: cheap to show)."""
    parts = [p.strip().rstrip(".") for p in item_parts(d, initials=True)]
    return ". ".join(p for p in parts if p) + "." if parts else "(an item with no details)"
