"""Faint burned-in text: a line a dozen greys above or below a flat or gently varying
ground (a film's blank border, a phantom, a blank region of a scan), which the border
detector's fixed contrast (``marks.CONTRAST``, 70 of 255 greys) never sees (issue 14,
images).

Local contrast normalisation: the image, smoothed a little (a Gaussian of ``SMOOTH``
pixels: noise, not strokes), less its local mean, divided by its local standard deviation
(both over a box ``RADIUS`` pixels each way) with a floor of ``FLOOR`` times the image's
noise (the spread of its finest detail), stretched (``GAIN``) onto mid-grey. A flat ground
becomes noise of a fixed, low spread; a faint line on it becomes strokes at full contrast,
which ``marks.find_marks`` reads as it reads any line.

On tissue the same stretch turns every edge, vessel and fold into strokes, and lines of
them into text-like lines: so a line found here counts only where its ground is quiet,
the ring of one line height around its box, less the plane that fits it (a gentle
gradient), varying by at most ``QUIET`` greys. Faint text over tissue (a name 20 greys
over the liver) is not found: the detector would refuse clean CT and MR slices with it
(tests/burned_corpus, measured in tests/burned_measure).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import numpy as np
from PIL import Image as PILImage
from PIL import ImageFilter

from caselog.figures.mark import Mark

SMOOTH: Final = 0.8
RADIUS: Final = 16
FLOOR: Final = 2.5
GAIN: Final = 100.0
QUIET: Final = 4.0
"""The ring around a faint line varies by at most this many greys (its standard deviation
about the plane that fits it)."""

Detect = Callable[[PILImage.Image], list[Mark]]


def box_mean(a: np.ndarray, r: int) -> np.ndarray:
    """The mean of ``a`` over a square of ``2r + 1`` pixels about each pixel (the edges
    repeated outward), by summed areas."""
    p = np.pad(a, r + 1, mode="edge")
    c = p.cumsum(0).cumsum(1)
    n = 2 * r + 1
    h, w = a.shape
    out = c[n : n + h, n : n + w] - c[0:h, n : n + w] - c[n : n + h, 0:w] + c[0:h, 0:w]
    return np.asarray(out / (n * n))


def noise(a: np.ndarray) -> float:
    """The image's noise: the robust spread (1.4826 times the median absolute deviation)
    of its finest detail, and half a grey (so that a black surround, with no noise at all,
    is not stretched)."""
    img = PILImage.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    fine = a - np.asarray(img.filter(ImageFilter.GaussianBlur(1.5)), dtype=np.float64)
    return 0.5 + 1.4826 * float(np.median(np.abs(fine - np.median(fine))))


def normalised(grey: PILImage.Image) -> PILImage.Image:
    """``grey`` with its local contrast normalised (see the module's text)."""
    img = grey.convert("L")
    a = np.asarray(img, dtype=np.float64)
    s = np.asarray(img.filter(ImageFilter.GaussianBlur(SMOOTH)), dtype=np.float64)
    mean = box_mean(s, RADIUS)
    var = np.maximum(box_mean(s * s, RADIUS) - mean * mean, 0.0)
    z = (s - mean) / np.sqrt(var + (FLOOR * noise(a)) ** 2)
    return PILImage.fromarray(np.clip(128 + GAIN * z, 0, 255).astype(np.uint8), "L")


def quiet_ground(a: np.ndarray, m: Mark) -> bool:
    """Whether the ring of one line height around ``m`` in ``a`` (greys) is flat or gently
    varying: its standard deviation about its best-fitting plane at most ``QUIET``."""
    h, w = a.shape
    x0, y0 = int(m.left * w), int(m.top * h)
    x1, y1 = int(np.ceil(m.right * w)), int(np.ceil(m.bottom * h))
    pad = max(min(y1 - y0, x1 - x0), 4)
    X0, Y0, X1, Y1 = max(0, x0 - pad), max(0, y0 - pad), min(w, x1 + pad), min(h, y1 + pad)
    yy, xx = np.mgrid[Y0:Y1, X0:X1]
    ring = ~((yy >= y0) & (yy < y1) & (xx >= x0) & (xx < x1))
    if ring.sum() < 16:
        return False
    z = a[Y0:Y1, X0:X1][ring]
    plane = np.stack([np.ones(z.size), xx[ring], yy[ring]], axis=1)
    coef, *_ = np.linalg.lstsq(plane, z, rcond=None)
    return float(np.std(z - plane @ coef)) <= QUIET


def find(grey: PILImage.Image, known: Sequence[Mark], detect: Detect) -> list[Mark]:
    """The faint lines of the 8-bit image ``grey`` that ``known`` (the detector's own
    marks) do not already hold: found by ``detect`` (``marks.find_marks``) on the image
    with its local contrast normalised, on a quiet ground."""
    img = grey.convert("L")
    a = np.asarray(img, dtype=np.float64)
    out = []
    for m in detect(normalised(img)):
        if any(_meets(m, k) for k in known):
            continue
        if quiet_ground(a, m):
            out.append(m)
    return out


def _meets(a: Mark, b: Mark) -> bool:
    return a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom
