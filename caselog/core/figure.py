"""The figure an image makes, as plain data: its window, its crop, its annotations, and the
few facts a DICOM file gave about its pixels (docs/case-format.md, IMAGE).

Nothing here touches pixels (that is ``caselog.figures``): these are the values the case
file, the store and the window share. ``to_plain`` and ``from_plain`` turn them into the
JSON the case file and the store's columns hold, and back; checking a value from outside
(with a message saying what and where) is the case-file reader's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

COLORS: Final = ("white", "yellow", "black")
SHAPES: Final = ("arrow", "box", "circle", "redact")
"""The annotations drawn from one point to another (``from`` and ``to``)."""
KINDS: Final = (*SHAPES, "label")
LABEL_MAX: Final = 40
"""The longest label (a figure's labels are short: "L3", "mass")."""

Point = tuple[float, float]
_CODE = re.compile(r"[A-Z0-9 _]{1,16}")


def is_code(text: str) -> bool:
    """Whether ``text`` is a DICOM code string (CS: A-Z, 0-9, space, underscore; at most
    16), the only form a kept DICOM value may have: no free text rides along with it."""
    return _CODE.fullmatch(text) is not None


@dataclass
class Window:
    """Level and width in the image's own units (Hounsfield units for CT): the values from
    ``center - width/2`` to ``center + width/2`` run from black to white."""

    center: float
    width: float


@dataclass
class Crop:
    """The part of the image shown, as fractions of its width and height."""

    left: float
    top: float
    right: float
    bottom: float


@dataclass
class Annotation:  # not frozen: the de-identifier redacts a label's text in place
    """One mark on the figure, its points as fractions of the (cropped) image: an arrow
    from ``start`` pointing at ``end``; a box, circle or redaction spanning ``start`` to
    ``end``; a label's text placed at ``at``."""

    kind: str
    start: Point | None = None
    end: Point | None = None
    at: Point | None = None
    text: str | None = None
    color: str = "white"


@dataclass
class PixelSource:
    """All that is kept of a DICOM file's tags: how a stored pixel value becomes the
    modality's value (``slope * stored + intercept``: Hounsfield units for CT), the
    modality, the body part examined and the pixel spacing (mm between rows, columns)."""

    slope: float = 1.0
    intercept: float = 0.0
    modality: str | None = None
    body_part: str | None = None
    spacing: Point | None = None


def to_plain(value: Any) -> Any:
    """A figure value as JSON-ready data (the case file's shape)."""
    if value is None:
        return None
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, Window):
        return {"center": value.center, "width": value.width}
    if isinstance(value, Crop):
        return [value.left, value.top, value.right, value.bottom]
    if isinstance(value, Annotation):
        out: dict[str, Any] = {"kind": value.kind}
        if value.kind == "label":
            out["at"] = list(value.at or (0.0, 0.0))
            out["text"] = value.text or ""
        else:
            out["from"] = list(value.start or (0.0, 0.0))
            out["to"] = list(value.end or (0.0, 0.0))
        out["color"] = value.color
        return out
    if isinstance(value, PixelSource):
        src: dict[str, Any] = {"slope": value.slope, "intercept": value.intercept}
        if value.modality:
            src["modality"] = value.modality
        if value.body_part:
            src["body_part"] = value.body_part
        if value.spacing:
            src["spacing"] = list(value.spacing)
        return src
    raise TypeError(f"not a figure value: {value!r}")


def _point(raw: Any) -> Point | None:
    return None if raw is None else (float(raw[0]), float(raw[1]))


def window_of(raw: Any) -> Window | None:
    return None if raw is None else Window(float(raw["center"]), float(raw["width"]))


def crop_of(raw: Any) -> Crop | None:
    return None if raw is None else Crop(*(float(v) for v in raw))


def annotation_of(raw: Any) -> Annotation:
    return Annotation(
        kind=str(raw["kind"]),
        start=_point(raw.get("from")),
        end=_point(raw.get("to")),
        at=_point(raw.get("at")),
        text=raw.get("text"),
        color=str(raw.get("color", "white")),
    )


def annotations_of(raw: Any) -> list[Annotation]:
    return [annotation_of(a) for a in raw or ()]


def source_of(raw: Any) -> PixelSource | None:
    if raw is None:
        return None
    return PixelSource(
        slope=float(raw.get("slope", 1.0)),
        intercept=float(raw.get("intercept", 0.0)),
        modality=raw.get("modality"),
        body_part=raw.get("body_part"),
        spacing=_point(raw.get("spacing")),
    )


FROM_PLAIN: Final = {
    "window": window_of,
    "crop": crop_of,
    "annotations": annotations_of,
    "source": source_of,
}
"""The reader of each figure value by its attribute's name (store and case file alike)."""
