"""Burned-in text: a cheap detector of text-like marks anywhere in an image, where viewers
burn in names, dates and record numbers (in the corners mostly, but also across the middle).

The idea is that of text detection by connected components (the stroke-like, glyph-sized
blobs of OCR's page segmentation; e.g. Epshtein et al., "Detecting text in natural scenes
with stroke width transform", CVPR 2010, grouping components into lines): text is a
*run of several glyph-sized, high-contrast components of varied shape on a common line*. So:

1. the printed greys (through the image's window) are compared with their local mean
   (a box blur a few glyphs wide): a pixel much brighter or darker than its surroundings
   is "ink" (``CONTRAST`` of 255); in a colour image, in any one channel (yellow text on
   skin differs little in grey, much in blue);
2. ink pixels are grouped into 8-connected components; a glyph is one whose height is
   between ``GLYPH_MIN_PX`` pixels and the larger of ``GLYPH_MAX_PX`` pixels and
   ``GLYPH_MAX`` of the image's shorter side, no wider than three times its height, not a
   solid block (but a thin upright stroke is: an "I", or the one stroke of a letter that
   shows on a bright background). A viewer burns text in at a size in pixels, whatever the
   size of the image (a 12-pixel name on a 3,000-pixel radiograph, a 9-pixel one on a
   96-pixel thumbnail), so the bounds are in pixels of the image as stored, which is
   examined at its own resolution up to ``WORK_SIDE`` pixels on its longer side;
3. glyphs are chained into lines: similar heights, centres on one row, gaps under two
   heights; and again with rows and columns swapped, for text turned a quarter turn;
4. a line whose centre lies in a border band (``BAND`` of the height at top and bottom, of
   the width at left and right) is a mark when it has ``MIN_GLYPHS`` glyphs whose sizes
   vary (text, not the evenly repeated ticks of a ruler). Anywhere else, where anatomy is
   (a row of calcifications, vessels, ribs, a rash), a line must have the shape of text as
   well (``_text_line``): ``MIN_GLYPHS_INSIDE`` glyphs, most of them of the capitals' or
   the x-height, on a common baseline or cap line, with small gaps, strokes of like width,
   and most not solid (discs and blobs fill their box; letters have counters and open
   sides).

An edge of the body (one long component), a ruler (one long line, or identical ticks) and
noise (specks below glyph size) are not marks. The detector can miss text (a single
character, a short word in the middle, letters run into a bright structure) and can fire
on small structures that line up: it asks the author to look, never decides for them. It
reads no words; ``image_marks`` adds the checks of ``burned_text`` (a tiled watermark,
turned text), and ``ocr`` (where Tesseract is installed) reads the record's names, which
are certain, not suspicions.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Final

import numpy as np
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter

from caselog.core.figure import Annotation, Crop
from caselog.core.model import Image
from caselog.figures.compose import base_pixels, crop_box
from caselog.figures.mark import BAND as BAND
from caselog.figures.mark import Mark as Mark
from caselog.report.pixels import open_stored

CONTRAST: Final = 70
GLYPH_MIN_PX: Final = 5
"""The smallest glyph height in pixels (the capitals of a 7-pixel font)."""
GLYPH_MAX_PX: Final = 48
GLYPH_MAX: Final = 0.09
MIN_GLYPHS: Final = 3
MIN_GLYPHS_INSIDE: Final = 4
"""Away from the borders a line needs this many glyphs, and the shape of text."""
SOLID: Final = 0.62
"""A glyph filling more of its box than this is solid (a disc, a blob, a bold dot)."""
WORK_SIDE: Final = 2048
"""Images are examined at most this many pixels on their longer side (beyond it, shrunk by
a whole factor, so a glyph keeps at least a quarter of its height only on a larger image)."""


def find_marks(grey: PILImage.Image, contrast: int = CONTRAST) -> list[Mark]:
    """The text-like marks anywhere in the 8-bit image ``grey`` (greyscale or colour);
    ink differs from its surroundings by ``contrast`` greys (``burned_text`` asks for less
    on a denoised image, for faint text)."""
    if grey.mode in ("L", "RGB"):
        img = grey
    else:
        img = grey.convert("RGB" if grey.mode in ("RGBA", "P", "CMYK") else "L")
    factor = -(-max(img.size) // WORK_SIDE)
    if factor > 1:
        img = img.reduce(factor)
    w, h = img.size
    side = min(w, h)
    if side < 16:
        return []
    tall = max(GLYPH_MAX_PX / factor, GLYPH_MAX * side)
    radius = max(2, round(GLYPH_MAX * side * 0.75))  # the local mean: a few glyphs wide
    arr = np.asarray(img, dtype=np.int16)
    local = np.asarray(img.filter(ImageFilter.BoxBlur(radius)), dtype=np.int16)
    diff = np.abs(arr - local)
    ink = (diff.max(axis=2) if diff.ndim == 3 else diff) >= contrast  # colour: any channel
    by, bx = max(1, round(h * BAND)), max(1, round(w * BAND))
    low = max(3.0, GLYPH_MIN_PX / factor)
    comps = _components(ink)
    found: list[tuple[int, int, int, int]] = []
    across = [g for g in comps if _glyph(g, low, tall)]
    for line in _lines(across):
        x0, y0, x1, y1 = _box(line)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        border = cy < by or cy >= h - by or cx < bx or cx >= w - bx
        if (border and _varied(line)) or _text_line(line):
            found.append(_run_on(ink, x0, y0, x1, y1))
    # a quarter turn (a side label): the same components, rows and columns swapped
    turned = [(y0, x0, y1, x1, n, r) for x0, y0, x1, y1, n, r in comps]
    for line in _lines([g for g in turned if _glyph(g, low, tall)]):
        if _text_line(line):
            ty0, tx0, ty1, tx1 = _box(line)
            tx0, ty0, tx1, ty1 = _run_on(ink.T, ty0, tx0, ty1, tx1)
            found.append((ty0, tx0, ty1, tx1))
    return [Mark(x0 / w, y0 / h, (x1 + 1) / w, (y1 + 1) / h) for x0, y0, x1, y1 in _merged(found)]


def _run_on(ink: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> tuple[int, int, int, int]:
    """A line's box widened along its row over the ink that runs on from either end with
    gaps under a line height: the rest of a line whose last letters touch something bright
    ("HANAKO 1949" running into a calcification) is no glyph and would be left out of the
    box, and uncovered by "Cover with redaction boxes". At most the line's own length more
    on each side, so that texture cannot carry the box across the image."""
    cols: np.ndarray = np.asarray(ink[y0 : y1 + 1, :].any(axis=0))
    gap = max(2, y1 - y0 + 1)
    reach = max(gap, x1 - x0 + 1)
    ends = []
    for step, edge, limit in (
        (1, x1, min(len(cols) - 1, x1 + reach)),
        (-1, x0, max(0, x0 - reach)),
    ):
        x, empty, end = edge, 0, edge
        while x != limit and empty < gap:
            x += step
            if cols[x]:
                end, empty = x, 0
            else:
                empty += 1
        ends.append(end)
    return ends[1], y0, ends[0], y1


def _box(line: Sequence[Box]) -> tuple[int, int, int, int]:
    return (
        min(g[0] for g in line),
        min(g[1] for g in line),
        max(g[2] for g in line),
        max(g[3] for g in line),
    )


def _merged(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Boxes that overlap joined into one (a line found both ways is one mark)."""
    out: list[tuple[int, int, int, int]] = []
    for b in sorted(boxes):
        for i, o in enumerate(out):
            if b[0] <= o[2] and o[0] <= b[2] and b[1] <= o[3] and o[1] <= b[3]:
                out[i] = (min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3]))
                break
        else:
            out.append(b)
    return out


Box = tuple[int, int, int, int, int, int]  # x0, y0, x1, y1 (inclusive), pixels, runs


def _joined(n: int, pairs: np.ndarray) -> np.ndarray:
    """The component of each of ``n`` runs, given the pairs of runs that touch: labels
    lowered to the least of each pair's, then each label to its label's, until nothing
    moves. In numpy throughout: no Python object per run or pair (a union-find over
    ``pairs.tolist()`` made millions of them on a large image, on a worker beside the
    window)."""
    label = np.arange(n, dtype=np.int64)
    if not len(pairs):
        return label
    a, b = pairs[:, 0], pairs[:, 1]
    while True:
        low = np.minimum(label[a], label[b])
        before = label.copy()
        np.minimum.at(label, a, low)
        np.minimum.at(label, b, low)
        label = label[label]  # pointer jumping: a label's own label, one step up
        if np.array_equal(label, before):
            return label


def _components(mask: np.ndarray) -> list[Box]:
    """The 8-connected components of ``mask`` as boxes with their pixel and run counts.

    Labelled by runs: each row's runs of ink (found with numpy), joined to the runs of the
    row above that touch them (diagonals count), the touching runs joined in numpy
    (``_joined``), so the Python work grows with the number of rows, not of pixels."""
    h, w = mask.shape
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    edges = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)  # exclusive ends, in step with the starts
    n = len(starts)
    if n == 0:
        return []
    first = np.searchsorted(rows_s, np.arange(h + 1))  # runs of row y: first[y]:first[y+1]
    pairs: list[np.ndarray] = []
    for y in range(1, h):
        a0, a1, b0, b1 = first[y - 1], first[y], first[y], first[y + 1]
        if a0 == a1 or b0 == b1:
            continue
        # the runs above touching each run [s, e): start <= e and end >= s (diagonals count)
        lo = np.searchsorted(ends[a0:a1], starts[b0:b1], side="left")
        hi = np.searchsorted(starts[a0:a1], ends[b0:b1], side="right")
        counts = np.maximum(hi - lo, 0)
        if not counts.any():
            continue
        below = np.repeat(np.arange(b0, b1), counts)
        offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        above = a0 + np.repeat(lo, counts) + offsets
        pairs.append(np.stack([above, below], axis=1))
    roots = _joined(n, np.concatenate(pairs) if pairs else np.zeros((0, 2), dtype=np.int64))
    _, label = np.unique(roots, return_inverse=True)
    k = int(label.max()) + 1
    x0 = np.full(k, w, dtype=np.int64)
    y0 = np.full(k, h, dtype=np.int64)
    x1 = np.full(k, -1, dtype=np.int64)
    y1 = np.full(k, -1, dtype=np.int64)
    count = np.zeros(k, dtype=np.int64)
    np.minimum.at(x0, label, starts)
    np.minimum.at(y0, label, rows_s)
    np.maximum.at(x1, label, ends - 1)
    np.maximum.at(y1, label, rows_s)
    np.add.at(count, label, ends - starts)
    runs = np.bincount(label, minlength=k)
    columns = (x0.tolist(), y0.tolist(), x1.tolist(), y1.tolist(), count.tolist(), runs.tolist())
    return list(zip(*columns, strict=True))


def _glyph(b: Box, low: float, tall: float) -> bool:
    x0, y0, x1, y1, count, _ = b
    height, width = y1 - y0 + 1, x1 - x0 + 1
    if not low <= height <= tall:
        return False
    if width > 3 * height:
        return False
    fill = count / (height * width)
    if 3 * width <= height:
        return fill >= 0.5  # a stroke: "I", "l", "1", or a letter whose curves are faint
    return 0.08 <= fill <= 0.85


def _lines(glyphs: Sequence[Box]) -> list[list[Box]]:
    """Glyphs chained into horizontal lines of ``MIN_GLYPHS`` or more: similar heights,
    centres on one row, gaps under two heights."""
    rest = sorted(glyphs, key=lambda g: g[0])
    out: list[list[Box]] = []
    used = [False] * len(rest)
    for i, first in enumerate(rest):
        if used[i]:
            continue
        line = [first]
        used[i] = True
        for j in range(i + 1, len(rest)):
            if used[j]:
                continue
            last, g = line[-1], rest[j]
            lh, gh = last[3] - last[1] + 1, g[3] - g[1] + 1
            if g[0] - last[2] > 2 * max(lh, gh):
                if g[0] - line[-1][2] > 2 * tall_of(line):
                    break  # sorted by left edge: nothing further can join
                continue
            same_row = abs((last[1] + last[3]) - (g[1] + g[3])) / 2 <= max(lh, gh) * 0.6
            similar = max(lh, gh) <= 2.2 * min(lh, gh)
            if same_row and similar:
                line.append(g)
                used[j] = True
        if len(line) >= MIN_GLYPHS:
            out.append(line)
    return out


def tall_of(line: Sequence[Box]) -> int:
    return max(g[3] - g[1] + 1 for g in line) + 1


def _text_line(line: Sequence[Box]) -> bool:
    """Whether a line away from the borders has the shape of text, not of anatomy (a row
    of calcifications, vessels crossing, noise): at least ``MIN_GLYPHS_INSIDE`` glyphs,
    most of one height and on a common baseline or cap line, strokes of like width, gaps
    small and regular, and letters that are not solid blobs."""
    if len(line) < MIN_GLYPHS_INSIDE or not _varied(line):
        return False
    heights = np.array([g[3] - g[1] + 1 for g in line], dtype=float)
    med = float(np.percentile(heights, 75))  # the capitals' and ascenders' height
    alike = (heights >= 0.45 * med) & (heights <= 1.25 * med)  # x-height letters too
    if alike.sum() < MIN_GLYPHS_INSIDE or alike.mean() < 0.7:
        return False
    tops = np.array([g[1] for g in line], dtype=float)
    bottoms = np.array([g[3] for g in line], dtype=float)
    tall = heights >= 0.8 * med
    aligned = max(  # a common baseline (descenders aside), or a common cap line
        (np.abs(bottoms - np.median(bottoms)) <= 0.15 * med).mean(),
        (np.abs(tops[tall] - np.median(tops[tall])) <= 0.15 * med).mean() * tall.mean()
        if tall.sum() >= MIN_GLYPHS_INSIDE
        else 0.0,
    )
    if aligned < 0.7:
        return False
    gaps = np.array([b[0] - a[2] - 1 for a, b in zip(line, line[1:], strict=False)], dtype=float)
    if float(np.median(gaps)) > 0.45 * med or (gaps > 1.2 * med).mean() > 0.3:
        return False
    sides = [(g[2] - g[0] + 1, g[3] - g[1] + 1) for g in line]
    shaped = [g for g, (gw, gh) in zip(line, sides, strict=True) if 3 * min(gw, gh) > max(gw, gh)]
    if len(shaped) < MIN_GLYPHS_INSIDE - 1:
        return False  # thin strokes alone ("I", "l", "1") are as like a comb as text
    fills = np.array([g[4] / ((g[3] - g[1] + 1) * (g[2] - g[0] + 1)) for g in shaped])
    if (fills <= SOLID).mean() < 0.6:
        return False  # discs and blobs are solid; letters have counters and open sides
    stroke = np.array([g[4] / g[5] for g in shaped])  # mean run: about a stroke's width
    return float(np.percentile(stroke, 90)) <= 3 * float(np.percentile(stroke, 10)) + 1


def _varied(line: Sequence[Box]) -> bool:
    """Whether the glyphs differ in shape (letters do; a ruler's ticks are all alike)."""
    shapes = {(g[2] - g[0], g[3] - g[1], g[4] // 3) for g in line}
    return len(shapes) >= min(MIN_GLYPHS, len(line)) and len(shapes) * 3 > len(line)


# -- an image's figure ----------------------------------------------------------------------


# One image at a time: the window starts a search for each image a drop or a selection
# brings (three at once in tests/ui/test_images.py), each decoding and windowing its image
# and holding several full-size arrays. Serialised, they cost the same in all and their
# memory stays that of one image. (A worker crashed twice with three of them running side
# by side and the GUI thread in Qt or the garbage collector; the cause is not traced, and
# this lock is the guard until it is.)
ONE_AT_A_TIME = threading.Lock()


def image_marks(image: Image) -> list[Mark]:
    """The marks of a stored image as it prints (its window), that its figure still shows:
    inside its crop and not wholly under a redaction box."""
    from caselog.figures import (
        burned_text,  # numpy's FFT: with the first image looked at
        faint,
        stored_range,
    )

    with ONE_AT_A_TIME:
        with open_stored(image.data) as img:
            base = base_pixels(img, image.window, image.source)
            hidden = stored_range.views(img, image.window, image.source)
        known = find_marks(base)
        known += faint.find(base, known, find_marks)  # a dozen greys over a flat ground
        # the values the window clips away: an export of the pixel data carries them
        for view in hidden:
            more = find_marks(view)
            more += faint.find(view, known + more, find_marks)
            known += [m for m in more if not any(_meets(m, k) for k in known)]
        # and the checks of ``burned_text`` (a tiled watermark, text turned 45 degrees or a
        # quarter), on the image with its redaction boxes painted over
        marks = burned_text.find(painted(base, image.crop, image.annotations), known, find_marks)
    return [m for m in marks if not resolved(m, image.crop, image.annotations, base.size)]


def _meets(a: Mark, b: Mark) -> bool:
    return a.left < b.right and b.left < a.right and a.top < b.bottom and b.top < a.bottom


def painted(
    base: PILImage.Image, crop: Crop | None, annotations: Sequence[Annotation]
) -> PILImage.Image:
    """``base`` with each redaction box (in the crop's fractions) filled with its median
    grey: what ``burned_text``'s tiled and turned checks read (a turned-back box is wider
    than the line it holds, so a name its author covered would otherwise come back half
    outside its box)."""
    boxes = [a for a in annotations if a.kind == "redact" and a.start and a.end]
    if not boxes:
        return base
    img = base.convert("L")
    left, top, right, bottom = crop_box(img.size, crop)
    cw, ch = right - left, bottom - top
    fill = int(np.median(np.asarray(img)))
    draw = ImageDraw.Draw(img)
    for a in boxes:
        assert a.start is not None and a.end is not None
        x0, x1 = sorted((a.start[0], a.end[0]))
        y0, y1 = sorted((a.start[1], a.end[1]))
        draw.rectangle((left + x0 * cw, top + y0 * ch, left + x1 * cw, top + y1 * ch), fill=fill)
    return img


def resolved(
    m: Mark, crop: Crop | None, annotations: Sequence[Annotation], size: tuple[int, int]
) -> bool:
    left, top, right, bottom = crop_box(size, crop)
    w, h = size
    cl, ct, cr, cb = left / w, top / h, right / w, bottom / h
    if m.right <= cl or m.left >= cr or m.bottom <= ct or m.top >= cb:
        return True  # cropped away
    # the part of the mark inside the crop, in the crop's fractions
    mx0, my0 = (max(m.left, cl) - cl) / (cr - cl), (max(m.top, ct) - ct) / (cb - ct)
    mx1, my1 = (min(m.right, cr) - cl) / (cr - cl), (min(m.bottom, cb) - ct) / (cb - ct)
    for a in annotations:
        if a.kind != "redact" or a.start is None or a.end is None:
            continue
        x0, x1 = sorted((a.start[0], a.end[0]))
        y0, y1 = sorted((a.start[1], a.end[1]))
        if x0 <= mx0 and y0 <= my0 and x1 >= mx1 and y1 >= my1:
            return True
    return False


def cover(image: Image, marks: Sequence[Mark], pad: float = 0.01) -> list[Annotation]:
    """Redaction boxes covering ``marks`` (with a margin), in the crop's fractions."""
    w, h = natural_full(image)
    left, top, right, bottom = crop_box((w, h), image.crop)
    cl, ct, cr, cb = left / w, top / h, right / w, bottom / h
    out = []
    for m in marks:

        def fx(v: float) -> float:
            return min(max((v - cl) / (cr - cl), 0.0), 1.0)

        def fy(v: float) -> float:
            return min(max((v - ct) / (cb - ct), 0.0), 1.0)

        out.append(
            Annotation(
                "redact",
                start=(fx(m.left - pad), fy(m.top - pad)),
                end=(fx(m.right + pad), fy(m.bottom + pad)),
                color="black",
            )
        )
    return out


def natural_full(image: Image) -> tuple[int, int]:
    if image.width and image.height:
        return image.width, image.height
    with open_stored(image.data) as img:
        return img.size


def warning(image: Image, marks: Sequence[Mark]) -> str:
    """The warning for an image's unresolved marks, saying where they are and what to do."""
    where = ", ".join(sorted({m.phrase for m in marks}))
    name = image.filename or "an image"
    panel = f" (panel {image.panel})" if image.panel else ""
    return (
        f"{name}{panel} shows text-like marks {where} (a name or date a viewer may "
        "have burned in): cover them with a redaction box, or accept them as not identifying"
    )
