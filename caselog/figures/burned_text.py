"""Burned-in text the border detector (``caselog.figures.marks``) does not see: a translucent
watermark tiled across the whole image, a name repeated as a pattern, text turned 45
degrees or written down an edge (issue 14, images).

Two signals, neither of which needs to read the words:

1. **A periodic pattern** (``tiled``): a watermark repeats one stamp on a lattice, so the
   autocorrelation of the image's fine detail (the image less a Gaussian blur of it: strokes,
   not anatomy) has sharp peaks at the lattice's vectors. A peak counts when it stands out
   of the ring around it (``PEAK`` of the detail's energy above the ring's highest point: a
   ridge, which a long band or edge gives, has none), and a lattice needs two peaks in
   directions at least ``APART`` degrees apart whose sum or difference is a peak too. One
   repeated vector alone is what anatomy gives (the two lungs of a slice, ribs, a ruler's
   ticks), never a lattice.
2. **The text detector turned** (``find``): the image as it prints turned every 15 degrees
   from 30 to 75 either way, so that a line of text at that slant lies along a row, and a
   quarter turn either way, so that a name written down an edge gets the border's rule. The
   detector reads a line within a few degrees of a row only: text at 20 or 35 degrees is
   still missed (tests/burned_corpus ``planted_angles``). Not 15 degrees: a row of
   identical markers turned so little reads as a line of letters (tests/test_figures). A
   line found turned is turned back to a box of the image (lengthened first on a turn
   between the axes, whose interpolation blurs the line's ends); one that meets a line
   found upright is dropped.

Faint text on a flat or gently varying ground is ``faint``'s (local contrast normalised,
on a quiet ground only), and text a 16-bit image's window clips away ``stored_range``'s;
faint text over tissue (20-30 grey levels) is still not found: normalised, tissue is full
of text-like lines, and no setting found it without refusing clean images
(tests/burned_corpus). Then OCR, where Tesseract is installed (``ocr``): words that
match the record's names are identifiers, not suspicions. OCR never clears a box it cannot
read: the pixel signals decide what is suspected, OCR only what is certain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

import numpy as np
from PIL import Image as PILImage
from PIL import ImageFilter

from caselog.figures.mark import Mark

WORK: Final = 512
"""The periodic check examines the image at most this many pixels on its longer side."""
DETAIL: Final = 2.0
"""The Gaussian blur (pixels) subtracted to leave strokes and edges."""
PEAK: Final = 0.07
"""A lattice peak stands this far (a fraction of the detail's energy) above its ring."""
RING: Final = 5
MIN_SHIFT: Final = 15
"""Shifts nearer than this (pixels at the working size) are the strokes' own width."""
APART: Final = 25.0
TURNS: Final = (45.0, -45.0, 90.0, -90.0, 30.0, -30.0, 60.0, -60.0, 75.0, -75.0)
"""The turns the text detector reads the image at (the upright reading is the border
detector's)."""

WHOLE = Mark(0.0, 0.0, 1.0, 1.0)


Detect = Callable[[PILImage.Image], list[Mark]]


def find(grey: PILImage.Image, known: Iterable[Mark], detect: Detect) -> list[Mark]:
    """The text-like marks of the 8-bit image ``grey``: ``known`` (the border detector's)
    and those it does not see, a tiled pattern (the whole image) and text at 45 degrees or
    a quarter turn (found by ``detect``, ``marks.find_marks``, on the turned image), boxes
    that overlap joined into one."""
    img = grey.convert("L")
    upright = list(known)
    out = list(upright)
    if tiled(img):
        out.append(WHOLE)
    for angle in TURNS:
        turned = _turn(img, angle)
        found = detect(turned)
        if angle % 90:  # a turn between the axes blurs the ends of a line
            found = [_widened(m, turned.size) for m in found]
        back = [turned_back(m, img.size, angle) for m in found]
        # a line read upright is boxed best upright: a turn sees part of it, askew
        out += [m for m in back if not any(_meets(m, k) for k in upright)]
    return _distinct(out)


def _meets(a: Mark, b: Mark) -> bool:
    return a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom


def _widened(m: Mark, size: tuple[int, int]) -> Mark:
    """A line found on a turned image, lengthened by two of its heights each way along it
    (a row, or a column for a line the detector read turned a quarter) and widened by a
    third of one across it: the turn blurs its first and last letters, which a redaction
    box over the line must still cover."""
    w, h = size
    width, height = (m.right - m.left) * w, (m.bottom - m.top) * h
    line = min(width, height)
    along, across = 2 * line, line / 3
    dx, dy = (along, across) if width >= height else (across, along)
    return Mark(
        _unit(m.left - dx / w), _unit(m.top - dy / h),
        _unit(m.right + dx / w), _unit(m.bottom + dy / h),
    )  # fmt: skip


# -- the periodic pattern -----------------------------------------------------------------


def autocorrelation(img: PILImage.Image) -> np.ndarray:
    """The autocorrelation of the image's fine detail, normalised to 1 at no shift and for
    the overlap at each shift; index ``[h // 2 + dy, w // 2 + dx]`` is the shift (dx, dy)."""
    factor = -(-max(img.size) // WORK)
    if factor > 1:
        img = img.reduce(factor)
    a = np.asarray(img, dtype=np.float64)
    detail = a - np.asarray(img.filter(ImageFilter.GaussianBlur(DETAIL)), dtype=np.float64)
    detail -= detail.mean()
    h, w = detail.shape
    spectrum = np.fft.rfft2(detail, s=(2 * h, 2 * w))
    ac = np.fft.fftshift(np.fft.irfft2(np.abs(spectrum) ** 2, s=(2 * h, 2 * w)))
    zero = ac[h, w]
    if zero <= 0:
        return np.zeros((h | 1, w | 1))
    ac = ac[h - h // 2 : h + h // 2 + 1, w - w // 2 : w + w // 2 + 1] / zero
    yy, xx = np.mgrid[-(h // 2) : h // 2 + 1, -(w // 2) : w // 2 + 1]
    overlap = (h - np.abs(yy)) * (w - np.abs(xx)) / (h * w)
    return np.asarray(ac / np.maximum(overlap, 0.25))


def lattice_peaks(ac: np.ndarray, limit: int = 12) -> list[tuple[int, int, float]]:
    """The autocorrelation's sharpest peaks as (dx, dy, prominence), strongest first, one
    of each pair (a shift and its opposite), each at least ``RING`` from the others."""
    h, w = ac.shape
    cy, cx = h // 2, w // 2
    pad = np.pad(ac, RING, mode="constant", constant_values=0.0)
    ring = np.full(ac.shape, -np.inf)
    for dy in range(-RING, RING + 1):
        for dx in range(-RING, RING + 1):
            if abs(np.hypot(dy, dx) - RING) <= 0.7:
                ring = np.maximum(ring, pad[RING + dy : RING + dy + h, RING + dx : RING + dx + w])
    prominence = ac - ring
    yy, xx = np.mgrid[0:h, 0:w]
    prominence[np.hypot(yy - cy, xx - cx) < MIN_SHIFT] = -1.0
    prominence[:cy, :] = -1.0  # one of each pair: dy >= 0
    prominence[cy, :cx] = -1.0
    order = np.argsort(prominence, axis=None)[::-1]
    out: list[tuple[int, int, float]] = []
    for i in order[: 50 * limit]:
        y, x = divmod(int(i), w)
        p = float(prominence[y, x])
        if p < PEAK / 2 or len(out) >= limit:
            break
        if all(np.hypot(x - cx - ox, y - cy - oy) > RING for ox, oy, _ in out):
            out.append((x - cx, y - cy, p))
    return out


def tiled(img: PILImage.Image) -> bool:
    """Whether the image carries a pattern repeated on a lattice (a tiled watermark)."""
    if min(img.size) < 64:
        return False
    peaks = lattice_peaks(autocorrelation(img))
    strong = [(x, y) for x, y, p in peaks if p >= PEAK]
    weak = [(x, y) for x, y, _ in peaks]
    for i, (ax, ay) in enumerate(strong):
        for bx, by in strong[i + 1 :]:
            cos = abs(ax * bx + ay * by) / (np.hypot(ax, ay) * np.hypot(bx, by))
            if np.degrees(np.arccos(min(cos, 1.0))) < APART:
                continue
            for sx, sy in ((ax + bx, ay + by), (ax - bx, ay - by)):
                if any(
                    min(np.hypot(sx - wx, sy - wy), np.hypot(sx + wx, sy + wy)) <= 3
                    for wx, wy in weak
                ):
                    return True
    return False


# -- variants -----------------------------------------------------------------------------


def _turn(img: PILImage.Image, angle: float) -> PILImage.Image:
    fill = int(np.median(np.asarray(img)))
    return img.rotate(angle, expand=True, resample=PILImage.Resampling.BILINEAR, fillcolor=fill)


def turned_back(m: Mark, size: tuple[int, int], angle: float) -> Mark:
    """A mark found on the image turned ``angle`` degrees (counter-clockwise, expanded, as
    ``PIL.Image.rotate``), as the box of the original image that holds it."""
    w, h = size
    t = np.radians(angle)
    c, s = abs(np.cos(t)), abs(np.sin(t))
    tw, th = w * c + h * s, w * s + h * c
    pts = [
        (m.left * tw, m.top * th),
        (m.right * tw, m.top * th),
        (m.left * tw, m.bottom * th),
        (m.right * tw, m.bottom * th),
    ]
    xs, ys = [], []
    for x, y in pts:  # about the centre; PIL turns counter-clockwise on screen
        dx, dy = x - tw / 2, y - th / 2
        ox = dx * np.cos(t) - dy * np.sin(t)
        oy = dx * np.sin(t) + dy * np.cos(t)
        xs.append(ox + w / 2)
        ys.append(oy + h / 2)
    return Mark(_unit(min(xs) / w), _unit(min(ys) / h), _unit(max(xs) / w), _unit(max(ys) / h))


def _unit(v: float) -> float:
    return min(max(float(v), 0.0), 1.0)


def _holds(a: Mark, b: Mark) -> bool:
    """Whether ``a`` holds most of ``b``."""
    ix = max(0.0, min(a.right, b.right) - max(a.left, b.left))
    iy = max(0.0, min(a.bottom, b.bottom) - max(a.top, b.top))
    area = max((b.right - b.left) * (b.bottom - b.top), 1e-9)
    return ix * iy >= 0.6 * area


def _distinct(found: list[Mark]) -> list[Mark]:
    """Marks that overlap joined into one box."""
    out: list[Mark] = []
    for m in sorted(found, key=lambda m: (m.left, m.top)):
        for i, o in enumerate(out):
            if m.left <= o.right and o.left <= m.right and m.top <= o.bottom and o.top <= m.bottom:
                out[i] = Mark(
                    min(m.left, o.left), min(m.top, o.top),
                    max(m.right, o.right), max(m.bottom, o.bottom),
                )  # fmt: skip
                break
        else:
            out.append(m)
    return out
