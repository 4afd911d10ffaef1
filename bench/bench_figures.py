"""The burned-in text check (``caselog.figures.marks``), which every report and anonymised
export runs on every image, measured in the same run against two baselines:

- on a 768-pixel image of pure noise (the worst case: ink everywhere in the border bands),
  the detector against the same detector labelling its components pixel by pixel (a plain
  breadth-first search, what it did first): the run labelling must be at least twice as fast;
- on a 512-pixel CT slice with a name burned in, the check against composing the figure
  itself (``compose``, what the report does with the image anyway): reported, no target.

``python -m bench bench.bench_figures``.
"""

from __future__ import annotations

from collections import deque

import numpy as np
from PIL import Image as PILImage

from bench.common import Result, best_of_pair
from caselog.figures import marks
from caselog.figures.compose import compose_image
from caselog.interchange.images import load_image

RUNS_TARGET = 0.5  # the run labelling takes at most half the pixel search


def _pixel_components(mask: np.ndarray) -> list[marks.Box]:
    """The baseline: 8-connected components by a breadth-first search over pixels."""
    seen = np.zeros_like(mask)
    h, w = mask.shape
    out: list[marks.Box] = []
    for y, x in zip(*np.nonzero(mask), strict=True):
        if seen[y, x]:
            continue
        seen[y, x] = True
        queue = deque([(int(y), int(x))])
        x0 = x1 = int(x)
        y0 = y1 = int(y)
        count = runs = 0
        while queue:
            cy, cx = queue.popleft()
            count += 1
            runs += cx == 0 or not mask[cy, cx - 1]  # a run starts here
            x0, x1, y0, y1 = min(x0, cx), max(x1, cx), min(y0, cy), max(y1, cy)
            for ny in (cy - 1, cy, cy + 1):
                for nx in (cx - 1, cx, cx + 1):
                    if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        queue.append((ny, nx))
        out.append((x0, y0, x1, y1, count, runs))
    return out


def run(quick: bool = False) -> list[Result]:
    from tests import dicom_fixture

    repeat = 1 if quick else 3
    side = 384 if quick else 768
    rng = np.random.default_rng(1)
    noise = PILImage.fromarray((rng.random((side, side)) * 255).astype(np.uint8))
    runs = marks._components

    def by_pixels() -> object:
        marks._components = _pixel_components
        try:
            return marks.find_marks(noise)
        finally:
            marks._components = runs

    measured, baseline = best_of_pair(repeat, lambda: marks.find_marks(noise), by_pixels)
    assert marks.find_marks(noise) == by_pixels()  # the same marks either way
    out = [Result(f"marks, {side}px noise: runs vs pixels", measured, baseline, RUNS_TARGET)]
    ct = load_image(dicom_fixture.ct_slice(512), name="ct.dcm")
    check, draw = best_of_pair(repeat, lambda: marks.image_marks(ct), lambda: compose_image(ct))
    out.append(Result("marks of a 512px CT vs composing it", check, draw, None))
    return out
