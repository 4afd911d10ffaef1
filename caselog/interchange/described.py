"""Reading a part of the case file as its one description says (``caselog.core.parts``).

Each key is read in the order of the description's fields with the reader its value needs
(text, number above zero, choice, date not before ``birth``, flag, list), a part within it by
this same function; the issues are those of the readers in ``fields.py``, with their paths.
A part whose required value is missing or wrong gives ``None`` (its issues say why).
"""

from __future__ import annotations

from typing import Any

from caselog.core import parts
from caselog.core.dates import PartialDate
from caselog.core.model import Reference
from caselog.interchange.fields import Context, Fields, clean_text
from caselog.references.items import OWN_KEY, check_item


def read_part(
    ctx: Context, part: parts.Part, raw: Any, where: str, birth: PartialDate | None = None
) -> Any | None:
    f = Fields(ctx, raw, where, part.keys)
    if not f.ok:
        return None
    values: dict[str, Any] = {}
    complete = True
    for field in part.fields:
        if field.key is None:
            continue
        value = _read(ctx, f, field, field.key, birth)
        if field.required and value is None:
            complete = False
        values[field.name] = value
    return part.cls(**values) if complete else None


def single_line(field: parts.Field) -> bool:
    """Whether a text field is a single-line value (docs/case-format.md, "Limits"): one
    the window edits on one line, or with no field of its own there, any but ``notes``."""
    if field.form is not None:
        return not field.form.long
    return field.name != "notes"


def _read(ctx: Context, f: Fields, field: parts.Field, key: str, birth: PartialDate | None) -> Any:
    holds, required = field.holds, field.required
    if holds == parts.TEXT:
        return f.text(key, required=required, line=single_line(field))
    if holds == parts.NUMBER:
        return f.number(key, required=required, positive=True)
    if holds == parts.CHOICE:
        return f.choice(key, field.vocabulary, required=required)
    if holds == parts.CHOICES:
        return f.choices(key, field.vocabulary)
    if holds == parts.DATE:
        return f.date(key, required=required, birth=birth)
    if holds == parts.FLAG:
        flag = f.boolean(key)
        return bool(flag) if field.type is bool else flag  # never unknown: absent is false
    if holds == parts.TEXTS:
        return f.texts(key, line=single_line(field))
    if holds == parts.REFERENCES:
        return read_references(ctx, f, key)
    if holds == parts.PART and field.part is not None:
        return read_part(ctx, field.part, f.raw[key], f.path(key), birth) if f.has(key) else None
    if holds == parts.PARTS and field.part is not None:
        read = (read_part(ctx, field.part, item, w, birth) for w, item in f.items(key))
        return [item for item in read if item is not None]
    raise ValueError(f"{field.name}: {holds} is read by its part's own reader")


def read_references(ctx: Context, f: Fields, key: str) -> list[Reference]:
    """Each reference a formatted text or a CSL-JSON item (``caselog.references.items``). An
    item's key may be no other reference's key (an item's, or a text's own ``[@key]``)."""
    out: list[Reference] = []
    keys: dict[str, tuple[str, bool]] = {}  # folded key -> (where, of an item)
    for where, raw in f.items(key):
        ref: Reference | None
        if isinstance(raw, str):
            ref = clean_text(ctx, raw, where, required=True)
            own = OWN_KEY.match(ref) if ref is not None else None
            key_of = own.group(1) if own else None
        else:
            ref = check_item(raw, where, ctx.add)
            key_of = ref.key if ref is not None else None
        if ref is None:
            continue
        if key_of is not None:
            earlier = keys.get(key_of.casefold())
            if earlier is not None and (earlier[1] or not isinstance(ref, str)):
                ctx.add(where, f"the key {key_of!r} is already the key of {earlier[0]}")
                continue
            keys.setdefault(key_of.casefold(), (where, not isinstance(ref, str)))
        out.append(ref)
    return out
