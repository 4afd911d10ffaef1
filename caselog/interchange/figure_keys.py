"""The figure keys of an IMAGE (docs/case-format.md): ``window``, ``crop``, ``annotations``,
``source``, ``marks_accepted`` and ``frame``, each checked with a message naming its JSON
path and what is wrong."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, Final

from caselog.core import figure
from caselog.core.figure import Annotation, Crop, PixelSource, Window
from caselog.core.model import Image
from caselog.interchange.fields import Context, Fields, describe

MAX_ANNOTATIONS: Final = 200
MAX_FRAME: Final = 100_000
_WINDOW_KEYS = ("center", "width")
_SOURCE_KEYS = ("slope", "intercept", "modality", "body_part", "spacing")
_SHAPE_KEYS = ("kind", "from", "to", "color")
_LABEL_KEYS = ("kind", "at", "text", "color")
KINDS: Final = (*figure.KINDS, "arrowhead")


def frame_of(ctx: Context, g: Fields) -> int | None:
    return g.integer("frame", 1, MAX_FRAME, "frames (1 is the first)")


def with_figure(ctx: Context, g: Fields, image: Image) -> Image:
    """``image`` with the figure keys of ``g`` (absent keys leave the image's own: a DICOM
    file's window, its pixel source)."""
    window = _window(ctx, g) if g.has("window") else image.window
    crop = _crop(ctx, g)
    annotations = _annotations(ctx, g)
    source = _source(ctx, g) if g.has("source") else image.source
    accepted = g.boolean("marks_accepted")
    if window is not None and g.has("window") and not _greyscale(image):
        ctx.add(g.path("window"), "a window applies to a greyscale image; this one is in colour")
        window = None
    return replace(
        image,
        window=window,
        crop=crop,
        annotations=annotations,
        source=source,
        marks_accepted=bool(accepted),
    )


def _greyscale(image: Image) -> bool:
    from caselog.figures.compose import windowable
    from caselog.report.pixels import open_stored

    with open_stored(image.data) as img:
        return windowable(img)


def _finite(ctx: Context, where: str, value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        ctx.add(where, f"must be a number, not {describe(value)}")
        return None
    return float(value)


def _fraction(ctx: Context, where: str, value: Any) -> float | None:
    number = _finite(ctx, where, value)
    if number is not None and not 0.0 <= number <= 1.0:
        ctx.add(where, f"must be a fraction from 0 to 1 of the image, not {number!r}")
        return None
    return number


def _point(ctx: Context, where: str, value: Any) -> tuple[float, float] | None:
    if not isinstance(value, list) or len(value) != 2:
        ctx.add(where, f"must be a point [x, y] (fractions of the image), not {describe(value)}")
        return None
    x, y = _fraction(ctx, f"{where}[0]", value[0]), _fraction(ctx, f"{where}[1]", value[1])
    return None if x is None or y is None else (x, y)


def _window(ctx: Context, g: Fields) -> Window | None:
    w = Fields(ctx, g.raw["window"], g.path("window"), _WINDOW_KEYS)
    if not w.ok:
        return None
    center, width = w.number("center", required=True), w.number("width", required=True)
    if width is not None and width < 1:
        ctx.add(w.path("width"), f"must be at least 1, not {width!r}")
        return None
    if center is None or width is None:
        return None
    return Window(float(center), float(width))


def _crop(ctx: Context, g: Fields) -> Crop | None:
    raw = g.raw.get("crop")
    if raw is None:
        return None
    where = g.path("crop")
    if not isinstance(raw, list) or len(raw) != 4:
        ctx.add(where, f"must be [left, top, right, bottom] (fractions), not {describe(raw)}")
        return None
    values = [_fraction(ctx, f"{where}[{i}]", v) for i, v in enumerate(raw)]
    if any(v is None for v in values):
        return None
    left, top, right, bottom = (float(v) for v in values if v is not None)
    if not (left < right and top < bottom):
        ctx.add(where, "left must be less than right, and top less than bottom")
        return None
    return Crop(left, top, right, bottom)


def _annotations(ctx: Context, g: Fields) -> list[Annotation]:
    out: list[Annotation] = []
    raw = g.raw.get("annotations")
    if isinstance(raw, list) and len(raw) > MAX_ANNOTATIONS:
        ctx.add(g.path("annotations"), f"holds {len(raw)} annotations, more than {MAX_ANNOTATIONS}")
        return out
    for where, item in g.items("annotations"):
        kind = item.get("kind") if isinstance(item, dict) else None
        keys = _LABEL_KEYS if kind == "label" else _SHAPE_KEYS
        a = Fields(ctx, item, where, keys)
        if not a.ok:
            continue
        kind = a.choice("kind", KINDS, required=True)
        color = a.choice("color", figure.COLORS) or "white"
        if kind is None:
            continue
        if kind == "label":
            at = _point(ctx, a.path("at"), a.raw.get("at")) if a.has("at") else None
            text = a.text("text", required=True)
            if not a.has("at"):
                ctx.add(a.path("at"), "is required")
            if text is not None and len(text) > figure.LABEL_MAX:
                ctx.add(a.path("text"), f"a label has at most {figure.LABEL_MAX} characters")
                continue
            if text is not None and ("\n" in text or "\r" in text):
                ctx.add(a.path("text"), "a label is one line")
                continue
            if at is not None and text is not None:
                out.append(Annotation("label", at=at, text=text, color=color))
            continue
        start = _point(ctx, a.path("from"), a.raw.get("from")) if a.has("from") else None
        end = _point(ctx, a.path("to"), a.raw.get("to")) if a.has("to") else None
        for key in ("from", "to"):
            if not a.has(key):
                ctx.add(a.path(key), "is required")
        if start is None or end is None:
            continue
        if start == end:
            ctx.add(where, f'a {kind} needs "from" and "to" at two different points')
            continue
        if kind in ("box", "circle", "redact") and (start[0] == end[0] or start[1] == end[1]):
            ctx.add(where, f'a {kind} needs "from" and "to" apart in both x and y')
            continue
        out.append(Annotation(kind, start=start, end=end, color=color))
    return out


def _source(ctx: Context, g: Fields) -> PixelSource | None:
    s = Fields(ctx, g.raw["source"], g.path("source"), _SOURCE_KEYS)
    if not s.ok:
        return None
    slope = s.number("slope")
    intercept = s.number("intercept")
    if slope is not None and slope == 0:
        ctx.add(s.path("slope"), "must not be zero")
        slope = None
    modality, body_part = s.text("modality"), s.text("body_part")
    for key, value in (("modality", modality), ("body_part", body_part)):
        if value is not None and not figure.is_code(value):
            ctx.add(s.path(key), "must be a DICOM code string (A-Z, 0-9, space, _; 16 at most)")
    spacing = None
    if s.has("spacing"):
        raw = s.raw["spacing"]
        where = s.path("spacing")
        if not isinstance(raw, list) or len(raw) != 2:
            ctx.add(where, f"must be [row, column] in mm, not {describe(raw)}")
        else:
            row, col = _finite(ctx, f"{where}[0]", raw[0]), _finite(ctx, f"{where}[1]", raw[1])
            if row is not None and col is not None:
                if row <= 0 or col <= 0:
                    ctx.add(where, "must be above zero")
                else:
                    spacing = (row, col)
    return PixelSource(
        slope=1.0 if slope is None else float(slope),
        intercept=0.0 if intercept is None else float(intercept),
        modality=modality if modality and figure.is_code(modality) else None,
        body_part=body_part if body_part and figure.is_code(body_part) else None,
        spacing=spacing,
    )
