"""The one renderer of a figure: stored pixels, window, crop, annotations -> the image that
prints. The window's preview, the PDF and the DOCX all take their pixels from ``compose``,
so at one size they are the same pixels.

Order: the stored pixels become 8-bit greys through the window (``caselog.figures.window``;
no window: ``caselog.report.pixels.to_print``, the darkest to the brightest value), the crop
is cut, redaction boxes are filled black at the source's resolution, the result is scaled to
``size``, then arrows, arrowheads, boxes, circles and labels are drawn at that size, their
lines as wide as the size asks (``line_width``), and the redaction boxes drawn once more so
scaling cannot blur an edge of text out from under them.

Coordinates are fractions of the cropped image (docs/case-format.md, IMAGE). A window
applies to greyscale images (any depth); a colour image prints as stored.
"""

from __future__ import annotations

import hashlib
import io
import math
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import numpy as np
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from caselog.core.figure import Annotation, Crop, PixelSource, Point, Window
from caselog.core.model import Image
from caselog.figures import window as windowing
from caselog.paths import resource_path
from caselog.report.pixels import WIDE_GREY, open_stored, to_print

RGB = {"white": (255, 255, 255), "yellow": (255, 221, 0), "black": (0, 0, 0)}
REDACTION = (0, 0, 0)
GREY_MODES = (*WIDE_GREY, "L")


def line_width(size: tuple[int, int]) -> int:
    """The width of a drawn line at an output ``size``: 1/150 of its shorter side."""
    return max(1, round(min(size) / 150))


def windowable(img: PILImage.Image) -> bool:
    """Whether a window applies to ``img`` (greyscale of any depth)."""
    return img.mode in GREY_MODES


def values_of(img: PILImage.Image, source: PixelSource | None) -> np.ndarray:
    """The greyscale image's values in its modality's units (``slope * stored + intercept``)."""
    raw = np.asarray(img.convert("I") if img.mode not in ("I", "F", "L", "I;16") else img)
    values = raw.astype(np.float64)
    if source is not None and (source.slope != 1.0 or source.intercept != 0.0):
        values = values * source.slope + source.intercept
    return values


def base_pixels(
    img: PILImage.Image, window: Window | None, source: PixelSource | None
) -> PILImage.Image:
    """The stored image as 8-bit pixels: through ``window`` when it is greyscale and one is
    given, else as ``to_print`` makes it."""
    if window is not None and windowable(img):
        return PILImage.fromarray(windowing.apply(values_of(img, source), window), "L")
    return to_print(img)


def crop_box(size: tuple[int, int], crop: Crop | None) -> tuple[int, int, int, int]:
    """The crop in whole pixels of an image of ``size``, at least one pixel each way."""
    w, h = size
    if crop is None:
        return 0, 0, w, h
    left = min(max(round(crop.left * w), 0), w - 1)
    top = min(max(round(crop.top * h), 0), h - 1)
    right = min(max(round(crop.right * w), left + 1), w)
    bottom = min(max(round(crop.bottom * h), top + 1), h)
    return left, top, right, bottom


def natural_size(image: Image) -> tuple[int, int]:
    """The figure's size at the source's resolution: the crop of the stored pixels."""
    w, h = image.width or 0, image.height or 0
    if not w or not h:
        with open_stored(image.data) as img:
            w, h = img.size
    left, top, right, bottom = crop_box((w, h), image.crop)
    return right - left, bottom - top


def fit(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """``size`` scaled (up or down) to fit inside ``box``, keeping its aspect."""
    scale = min(box[0] / size[0], box[1] / size[1])
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def compose(
    pixels: bytes | PILImage.Image,
    *,
    window: Window | None = None,
    crop: Crop | None = None,
    annotations: Sequence[Annotation] = (),
    source: PixelSource | None = None,
    size: tuple[int, int] | None = None,
) -> PILImage.Image:
    """The figure as it prints, ``size`` pixels (default: the crop at the source's
    resolution), mode ``L`` or, with any annotation but a redaction, ``RGB``."""
    img = open_stored(pixels) if isinstance(pixels, bytes) else pixels
    base = base_pixels(img, window, source)
    box = crop_box(base.size, crop)
    out = base.crop(box) if box != (0, 0, *base.size) else base.copy()
    redactions = [a for a in annotations if a.kind == "redact"]
    marks = [a for a in annotations if a.kind != "redact"]
    _redact(out, redactions)
    if size is not None and size != out.size:
        out = out.resize(size, PILImage.Resampling.LANCZOS)
    if marks:
        out = out.convert("RGB")
        draw = ImageDraw.Draw(out)
        for a in marks:
            _draw(draw, out.size, a)
    _redact(out, redactions)
    return out


def compose_image(image: Image, size: tuple[int, int] | None = None) -> PILImage.Image:
    """``compose`` of a stored image with its own window, crop, annotations and source."""
    return compose(
        image.data,
        window=image.window,
        crop=image.crop,
        annotations=image.annotations,
        source=image.source,
        size=size,
    )


def figure_png(image: Image, size: tuple[int, int] | None = None) -> bytes:
    """The composed figure as PNG bytes at ``size`` pixels (default: its natural size):
    the pixels the PDF prints, for any other renderer (DOCX) and the window's preview."""
    out = io.BytesIO()
    compose_image(image, size).save(out, "PNG")
    return out.getvalue()


def redacted_pixels(image: Image) -> bytes:
    """The stored pixels with every redaction box burned in (the lowest value, black), in
    the stored mode and depth, as PNG: what an anonymised export writes, so that text under
    a redaction box is gone from the pixels themselves and not only from the figure."""
    redactions = [a for a in image.annotations if a.kind == "redact"]
    if not redactions:
        return image.data
    with open_stored(image.data) as img:
        pixels = img.copy() if img.mode in (*GREY_MODES, "RGB") else to_print(img)
    box = crop_box(pixels.size, image.crop)
    cw, ch = box[2] - box[0], box[3] - box[1]
    arr = np.array(pixels)
    for a in redactions:
        x0, y0, x1, y1 = _rect(a, (cw, ch))
        arr[
            box[1] + math.floor(y0) : box[1] + math.ceil(y1),
            box[0] + math.floor(x0) : box[0] + math.ceil(x1),
        ] = 0
    out = io.BytesIO()
    PILImage.fromarray(arr).save(out, "PNG")
    return out.getvalue()


# -- drawing ---------------------------------------------------------------------------------


def _px(p: Point | None, size: tuple[int, int]) -> tuple[float, float]:
    x, y = p or (0.0, 0.0)
    return x * size[0], y * size[1]


def _rect(a: Annotation, size: tuple[int, int]) -> tuple[float, float, float, float]:
    (x0, y0), (x1, y1) = _px(a.start, size), _px(a.end, size)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _redact(img: PILImage.Image, redactions: Sequence[Annotation]) -> None:
    if not redactions:
        return
    draw = ImageDraw.Draw(img)
    fill: int | tuple[int, int, int] = 0 if img.mode == "L" else REDACTION
    for a in redactions:
        x0, y0, x1, y1 = _rect(a, img.size)
        # whole pixels, rounded outwards: a pixel the box touches is covered
        box = (math.floor(x0), math.floor(y0), math.ceil(x1) - 1, math.ceil(y1) - 1)
        if box[2] >= box[0] and box[3] >= box[1]:
            draw.rectangle(box, fill=fill)


def head_length(size: tuple[int, int]) -> float:
    """An arrowhead's length at an output ``size``: 1/25 of its shorter side, at least
    four line widths."""
    return max(4.0 * line_width(size), min(size) / 25)


def _head(
    tip: tuple[float, float], tail: tuple[float, float], length: float
) -> list[tuple[float, float]]:
    """The triangle of an arrowhead pointing at ``tip``, coming from ``tail``."""
    angle = math.atan2(tip[1] - tail[1], tip[0] - tail[0])
    spread = math.radians(25)
    return [
        tip,
        (tip[0] - length * math.cos(angle - spread), tip[1] - length * math.sin(angle - spread)),
        (tip[0] - length * math.cos(angle + spread), tip[1] - length * math.sin(angle + spread)),
    ]


def _draw(draw: ImageDraw.ImageDraw, size: tuple[int, int], a: Annotation) -> None:
    colour = RGB.get(a.color, RGB["white"])
    width = line_width(size)
    if a.kind in ("arrow", "arrowhead"):
        tail, tip = _px(a.start, size), _px(a.end, size)
        if tail == tip:
            return  # no direction to point in
        length = head_length(size)
        head = _head(tip, tail, length)
        draw.polygon(head, fill=colour)
        if a.kind == "arrow":
            span = math.dist(tail, tip)
            k = max(span - length * 0.8, 0.0) / span  # the shaft ends inside the head
            end = (tail[0] + (tip[0] - tail[0]) * k, tail[1] + (tip[1] - tail[1]) * k)
            draw.line([tail, end], fill=colour, width=width)
    elif a.kind in ("box", "circle"):
        rect = _rect(a, size)
        if rect[2] - rect[0] < 1 or rect[3] - rect[1] < 1:
            return  # no area to outline
        shape = draw.rectangle if a.kind == "box" else draw.ellipse
        shape(rect, outline=colour, width=width)
    elif a.kind == "label" and a.text:
        face = font(max(8, round(min(size) / 14)))
        outline = RGB["white"] if a.color == "black" else RGB["black"]
        draw.text(
            _px(a.at, size),
            a.text,
            fill=colour,
            font=face,
            anchor="lm",
            stroke_width=max(1, width // 2),
            stroke_fill=outline,
        )


@cache
def font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path("fonts", "DejaVuSans-Bold.ttf")), px)


def cropped_image(image: Image) -> Image:
    """``image`` with its crop cut from the stored pixels (mode and depth kept, as PNG) and
    no crop left: what an anonymised export writes, so that text the crop leaves out of the
    figure is not in the file either. Annotations are fractions of the crop already, so
    they stay where they are."""
    if image.crop is None or not image.data:
        return image
    with open_stored(image.data) as img:
        pixels = img.copy() if img.mode in (*GREY_MODES, "RGB") else to_print(img)
    box = crop_box(pixels.size, image.crop)
    part = pixels.crop(box)
    out = io.BytesIO()
    part.save(out, "PNG")
    data = out.getvalue()
    return replace(
        image, data=data, media_type="image/png", sha256=hashlib.sha256(data).hexdigest(),
        width=part.width, height=part.height, crop=None,
    )  # fmt: skip
