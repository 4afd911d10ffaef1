"""The rules of timeline events (spec/case-format.md, EVENT and IMAGE), used by validation.py.

Per kind: its keys and their types, a lab's `value` or `text`, image references resolved
through the context's image resolver; across events: a drug is stopped only after a start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from caselog import lazy
from caselog.core import vocab
from caselog.core.dates import PartialDate
from caselog.core.fields import BY_NAME, EVENT_FIELDS
from caselog.core.model import Event, Image
from caselog.interchange import figure_keys
from caselog.interchange.errors import ImageError
from caselog.interchange.fields import Context, Fields, clean_choice, describe
from caselog.interchange.limits import lab_result_problem
from caselog.interchange.schema import EVENT_FIELD_TYPES, EVENT_KEYS, IMAGE_KEYS

if TYPE_CHECKING:
    import caselog.clinical.catalogue.drugs as drug_names
else:  # the drug catalogue (JSON) loads on the first stop checked, not with the services
    drug_names = lazy.module("caselog.clinical.catalogue.drugs")


def read_event(ctx: Context, raw: Any, where: str, birth: PartialDate | None) -> Event | None:
    if not isinstance(raw, dict):
        ctx.add(where, f"must be an object, not {describe(raw)}")
        return None
    kind = raw.get("kind")
    if kind is None:
        ctx.add(f"{where}.kind", f"is required (one of {', '.join(vocab.EVENT_KINDS)})")
        return None
    if clean_choice(ctx, kind, f"{where}.kind", vocab.EVENT_KINDS) is None:
        return None
    f = Fields(ctx, raw, where, EVENT_KEYS[kind])
    date = f.date("date", required=True, birth=birth)
    values: dict[str, Any] = {"notes": f.text("notes")}
    required, optional = EVENT_FIELDS[kind]
    missing = False
    for key in (*required, *optional):
        is_required = key in required
        if raw.get(key) is None:
            if is_required:
                ctx.add(f.path(key), "is required")
                missing = True
            continue
        how = EVENT_FIELD_TYPES[key]
        if how == "text":
            values[key] = f.text(key, required=is_required, line=not BY_NAME[key].uses[kind].long)
        elif how == "number":
            values[key] = f.number(key, required=is_required)
        elif how == "amount":
            values[key] = f.not_negative(key)
        elif how == "images":
            values[key] = read_images(ctx, f)
        else:
            values[key] = f.choice(key, how, required=is_required)
    if kind == "lab":
        result = lab_result_problem(f.has("value"), f.has("text"))
        if result is not None:
            ctx.add(where, result)
            missing = True
        low, high = values.get("ref_low"), values.get("ref_high")
        if low is not None and high is not None and low > high:
            ctx.add(f.path("ref_low"), f"{low!r} is above ref_high ({high!r})")
    if date is None or missing or any(values.get(k) is None for k in required):
        return None
    return Event(kind=kind, date=date, **values)


def read_images(ctx: Context, f: Fields) -> list[Image]:
    out: list[Image] = []
    for where, item in f.items("images"):
        if isinstance(item, Image):
            out.append(item)
            continue
        g = Fields(ctx, item, where, IMAGE_KEYS)
        if not g.ok:
            continue
        path = g.text("path", required=True, line=True)
        caption = g.text("caption", line=True)
        panel = g.text("panel", line=True)
        if panel is not None and not (len(panel) == 1 and panel.isascii() and panel.isalpha()):
            ctx.add(g.path("panel"), f"must be a single letter (A, B, ...), not {panel!r}")
        if path is None:
            continue
        frame = figure_keys.frame_of(ctx, g)
        if ctx.images is None:
            ctx.add(g.path("path"), "images can only be read from a case file on disk")
            continue
        try:
            image = ctx.images(path) if frame is None else ctx.images(path, frame)
        except ImageError as exc:
            ctx.add(g.path("frame" if frame and "frame" in str(exc) else "path"), str(exc))
            continue
        out.append(figure_keys.with_figure(ctx, g, _with_caption(image, caption, panel)))
    return out


def _with_caption(image: Image, caption: str | None, panel: str | None) -> Image:
    return replace(image, caption=caption, panel=panel)


def orphan_stops(events: Sequence[Event]) -> list[tuple[int, str]]:
    """``(position, message)`` for each stop of a drug with no start of it on or before the
    stop's date: the one rule a case file and the window's forms both hold a timeline to.
    A drug is the same under its brand or generic name (``drug_key``: "stop Evenity" stops
    a romosozumab started earlier)."""
    starts: dict[str, list[PartialDate]] = {}
    for e in events:
        if e.kind == "medication" and e.action == "start" and e.drug:
            starts.setdefault(drug_names.drug_key(e.drug), []).append(e.date)
    out: list[tuple[int, str]] = []
    for i, e in enumerate(events):
        if e.kind != "medication" or e.action != "stop" or not e.drug:
            continue
        latest = e.date.last_day()
        if not any(s.first_day() <= latest for s in starts.get(drug_names.drug_key(e.drug), ())):
            out.append(
                (i, f"stop of {e.drug!r} on {e.date} with no start of it on or before that date")
            )
    return out


def check_stops(ctx: Context, events: list[tuple[str, Event]]) -> None:
    """A drug may only be stopped after (or on the day) it was started."""
    for i, message in orphan_stops([e for _, e in events]):
        ctx.add(f"{events[i][0]}.action", message)


def check_in_timeline(
    ctx: Context,
    where: str,
    event: Event,
    others: Sequence[Event],
    replacing: Event | None = None,
) -> None:
    """``event`` (at ``where``) checked among the case's ``others`` as a case file checks its
    timeline: its own stop needs a start, and it may not leave another event's stop without
    one (moving or changing the start it replaces). Stops that lacked a start before the edit
    are not this edit's doing and are not held against it."""
    timeline = [event, *others]
    before = {i for i, _ in orphan_stops([*others, replacing] if replacing else list(others))}
    for i, message in orphan_stops(timeline):
        if i == 0:
            ctx.add(f"{where}.action", message)
        elif i - 1 not in before:
            ctx.add(f"{where}.date", f"this would leave the {message}")
