"""Edits of a figure as the window makes them, as plain functions over ``Image``: a crop
drawn on the shown (already cropped) figure, the crop reset, an annotation added or
removed. Annotations stay on the anatomy they mark when the crop changes (their fractions
are of the cropped image, so they are carried over to the new crop)."""

from __future__ import annotations

from dataclasses import replace

from caselog.core.figure import Annotation, Crop, Point
from caselog.core.model import Image

FULL = Crop(0.0, 0.0, 1.0, 1.0)
MIN_CROP = 0.02
"""The smallest crop drawn, as a fraction of the shown figure each way."""


def _clip(v: float) -> float:
    return min(max(v, 0.0), 1.0)


def _to_full(p: Point, crop: Crop) -> Point:
    return crop.left + p[0] * (crop.right - crop.left), crop.top + p[1] * (crop.bottom - crop.top)


def _to_crop(p: Point, crop: Crop) -> Point:
    return (
        _clip((p[0] - crop.left) / (crop.right - crop.left)),
        _clip((p[1] - crop.top) / (crop.bottom - crop.top)),
    )


def _moved(a: Annotation, old: Crop, new: Crop) -> Annotation:
    def move(p: Point | None) -> Point | None:
        return None if p is None else _to_crop(_to_full(p, old), new)

    return replace(a, start=move(a.start), end=move(a.end), at=move(a.at))


def _inside(a: Annotation, crop: Crop) -> bool:
    """Whether any of ``a`` (in the whole image's fractions) lies inside ``crop``."""
    points = [p for p in (a.start, a.end, a.at) if p is not None]
    if a.kind == "label" or a.kind in ("arrow", "arrowhead"):
        tip = a.at if a.kind == "label" else a.end
        return (
            tip is not None
            and crop.left <= tip[0] <= crop.right
            and (crop.top <= tip[1] <= crop.bottom)
        )
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (
        min(xs) < crop.right
        and max(xs) > crop.left
        and min(ys) < crop.bottom
        and (max(ys) > crop.top)
    )


def set_crop(image: Image, crop: Crop | None) -> Image:
    """``image`` with ``crop`` (of the whole image; None: uncropped), its annotations
    carried over so each stays on what it marks. One that the new crop leaves out (an
    arrow's tip, a label's place, every part of a box) is dropped, and a box partly out is
    cut to the crop: a redaction box cut so, or dropped, no longer covers what it covered
    once the crop widens again, and the burned-in text warning then says so."""
    old, new = image.crop or FULL, crop or FULL
    moved = []
    for a in image.annotations:
        whole = replace(a, start=_full(a.start, old), end=_full(a.end, old), at=_full(a.at, old))
        if _inside(whole, new):
            moved.append(_moved(a, old, new))
    return replace(image, crop=None if new == FULL else new, annotations=moved)


def _full(p: Point | None, crop: Crop) -> Point | None:
    return None if p is None else _to_full(p, crop)


def crop_to(image: Image, start: Point, end: Point) -> Image:
    """``image`` cropped to the rectangle from ``start`` to ``end`` drawn on the figure as
    shown (fractions of its current crop); a rectangle too small is no crop at all."""
    (x0, x1), (y0, y1) = sorted((start[0], end[0])), sorted((start[1], end[1]))
    if x1 - x0 < MIN_CROP or y1 - y0 < MIN_CROP:
        return image
    current = image.crop or FULL
    left, top = _to_full((_clip(x0), _clip(y0)), current)
    right, bottom = _to_full((_clip(x1), _clip(y1)), current)
    return set_crop(image, Crop(left, top, right, bottom))


def add(image: Image, annotation: Annotation) -> Image:
    return replace(image, annotations=[*image.annotations, annotation])


def remove(image: Image, index: int) -> Image:
    kept = [a for i, a in enumerate(image.annotations) if i != index]
    return replace(image, annotations=kept)


def describe(a: Annotation) -> str:
    """An annotation in a few words, for the editor's list: "yellow arrow", "label 'L3'"."""
    if a.kind == "label":
        return f"{a.color} label \u2018{a.text}\u2019"
    if a.kind == "redact":
        return "redaction box"
    return f"{a.color} {a.kind}"
