"""The values a greyscale image's display window clips away (issue 14, images): a name
burned into a 16-bit DICOM at values the window prints as the black or white around it
(at -700 HU on air through a soft-tissue window, at 2,600 HU on a bright insert) does
not show in the report's figure, but an export of the pixel data carries every bit, and
any viewer's other window shows it.

So the detectors read two more pictures of such an image besides the windowed one: its
values below the window's lower end, stretched from the least of them to that end onto
black to white, and its values above the window's upper end likewise (the rest printed
white, or black). Each is made only when the image has values there (more than
``MIN_SPAN`` units of them, on at least ``MIN_PIXELS`` pixels).
"""

from __future__ import annotations

from typing import Final

import numpy as np
from PIL import Image as PILImage

from caselog.core.figure import PixelSource, Window
from caselog.figures import window as windowing
from caselog.figures.compose import values_of, windowable

MIN_SPAN: Final = 8.0
MIN_PIXELS: Final = 64


def bounds(window: Window) -> tuple[float, float]:
    """The values at and below which ``window`` prints black, and above which white."""
    c, w = float(window.center), max(float(window.width), windowing.MIN_WIDTH)
    return c - 0.5 - (w - 1) / 2, c - 0.5 + (w - 1) / 2


def views(
    img: PILImage.Image, window: Window | None, source: PixelSource | None
) -> list[PILImage.Image]:
    """The 8-bit pictures of the values ``window`` clips away in ``img`` (below its lower
    end, above its upper end), as the module's text says; none for an image without a
    window or that no window applies to (colour, 8-bit photographs)."""
    if window is None or not windowable(img):
        return []
    values = values_of(img, source)
    low, high = bounds(window)
    out = []
    below = values[values <= low]
    if below.size >= MIN_PIXELS and low - float(below.min()) > MIN_SPAN:
        lo = float(below.min())
        out.append(_stretched(values, lo, low))
    above = values[values > high]
    if above.size >= MIN_PIXELS and float(above.max()) - high > MIN_SPAN:
        out.append(_stretched(values, high, float(above.max())))
    return out


def _stretched(values: np.ndarray, lo: float, hi: float) -> PILImage.Image:
    greys = np.clip((values - lo) / (hi - lo) * 255.0, 0, 255)
    return PILImage.fromarray(np.rint(greys).astype(np.uint8), "L")
