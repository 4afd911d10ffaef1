"""The pixels an image prints as: one conversion from a stored PNG or JPEG to 8-bit
greyscale or RGB, used by the PDF renderers (``render.flowables.PanelImage``) and by the
window's thumbnail and preview, so that what the clinician sees is what the page carries.

- 16-bit and 32-bit greyscale (``I;16``, ``I``: a common export from CT viewers) is scaled
  from its own darkest to its brightest value onto 0-255; a spread of fewer than
  ``MIN_SPREAD`` levels is not stretched (that would print noise), it prints as it is, dark
  or light, and ``nearly_blank`` says so.
- Transparency (``LA``, ``RGBA``, ``PA``, a palette or greyscale with a transparent colour)
  is laid over white paper; palette and 1-bit images become RGB and greyscale; CMYK, YCbCr
  and the rest become RGB.
- An 8-bit greyscale or RGB image without transparency is printed as it is stored.

Pillow loads with the first image converted (``caselog/lazy.py``): the window's case list
imports the image editor's module but needs no pixels. No ReportLab here.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from caselog import lazy

if TYPE_CHECKING:
    from PIL import Image as PILImage

    from caselog.report.model import Panel, Report
else:
    PILImage = lazy.module("PIL.Image")

PRINT_MODES = ("L", "RGB")
"""The modes a page carries: 8-bit greyscale and 8-bit RGB."""
WIDE_GREY = ("I;16", "I;16L", "I;16B", "I;16N", "I", "F")
MIN_SPREAD = 64
"""The fewest levels between a wide-range image's darkest and brightest pixel that are
stretched to 0-255 (out of 65,536 for 16-bit)."""
BLANK_LEVELS = 8
"""How far (of 255) from the commonest grey a pixel must be to count as drawn."""
BLANK_SHARE = 0.002
"""An image with fewer drawn pixels than this share of all its pixels prints nearly blank."""
PAPER = (255, 255, 255)


def open_stored(data: bytes) -> PILImage.Image:
    """The stored image, decoded."""
    img = PILImage.open(io.BytesIO(data))
    img.load()
    return img


def printed(data: bytes) -> PILImage.Image:
    """The image of ``data`` as it prints: mode ``L`` or ``RGB``, 8 bits a channel."""
    return to_print(open_stored(data))


def to_print(img: PILImage.Image) -> PILImage.Image:
    """``img`` converted to the pixels a page carries (see the module's docstring)."""
    mode = img.mode
    if mode in WIDE_GREY:
        return _wide_grey(img)
    if mode == "1":
        return img.convert("L")
    if "transparency" in img.info and mode in ("P", "L", "RGB"):
        img = img.convert("RGBA" if mode != "L" else "LA")
        mode = img.mode
    if mode in ("LA", "La", "PA", "RGBA", "RGBa"):
        return _on_paper(img)
    if mode == "P":
        return img.convert("RGB")
    if mode in PRINT_MODES:
        return img
    return img.convert("RGB")  # CMYK, YCbCr, LAB, HSV


def _wide_grey(img: PILImage.Image) -> PILImage.Image:
    wide = img.convert("I") if img.mode != "F" else img
    extrema = wide.getextrema()  # one band: (darkest, brightest)
    lo, hi = float(extrema[0]), float(extrema[1])  # type: ignore[arg-type]
    if hi - lo >= MIN_SPREAD:
        scale = 255.0 / (hi - lo)
        wide = wide.point(lambda v: (v - lo) * scale)
    else:  # nearly uniform: told by nearly_blank, printed at its own brightness
        full = 1.0 if img.mode == "F" else 65535.0
        wide = wide.point(lambda v: v * (255.0 / full))
    return wide.convert("L")


def _on_paper(img: PILImage.Image) -> PILImage.Image:
    grey = img.mode in ("LA", "La")
    rgba = img.convert("RGBA")
    paper = PILImage.new("RGBA", rgba.size, (*PAPER, 255))
    paper.alpha_composite(rgba)
    return paper.convert("L" if grey else "RGB")


def print_source(data: bytes) -> bytes | PILImage.Image:
    """What a PDF embeds: the stored bytes of a JPEG already in 8-bit greyscale or RGB (the
    same pixels, kept compressed as they are), else the ``printed`` image."""
    img = open_stored(data)
    if img.format == "JPEG" and img.mode in PRINT_MODES:
        return data
    return to_print(img)


def printed_png(data: bytes, *, fit: int | None = None) -> bytes:
    """The printed pixels as PNG bytes (for the window), scaled down to fit a square of
    ``fit`` pixels when given."""
    img = printed(data)
    if fit is not None:
        img.thumbnail((fit, fit))  # in place: the decoded image is this call's own
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def nearly_blank(img: PILImage.Image) -> bool:
    """True when almost every pixel of the printed image ``img`` is one grey: fewer than
    ``BLANK_SHARE`` of them differ from the commonest by more than ``BLANK_LEVELS``."""
    grey = img.convert("L") if img.mode != "L" else img
    histogram = grey.histogram()
    common = max(range(256), key=histogram.__getitem__)
    lo, hi = max(common - BLANK_LEVELS, 0), min(common + BLANK_LEVELS, 255)
    drawn = sum(histogram[:lo]) + sum(histogram[hi + 1 :])
    return drawn < BLANK_SHARE * sum(histogram)


def report_warnings(report: Report) -> list[str]:
    """One warning for each image panel of ``report`` that would print nearly blank."""
    out = []
    for f in report.figures():
        panels: list[Panel] = getattr(f, "panels", [])  # image figures; charts have none
        for n, panel in enumerate(panels, 1):
            if nearly_blank(printed(panel.data)):
                which = f"panel {panel.label}" if panel.label else f"image {n}"
                out.append(
                    f"Figure {f.number}, {which}, would print nearly blank (almost one "
                    "uniform grey): check the image file"
                )
    return out
