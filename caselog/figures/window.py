"""Windowing: a greyscale image's values (CT's Hounsfield units, a 16-bit export's levels)
mapped onto the 256 greys a page carries.

The mapping is DICOM's linear VOI LUT function (PS3.3 C.11.2.1.2.1): with centre ``c`` and
width ``w`` (``w >= 1``), a value ``x`` is black when ``x <= c - 0.5 - (w - 1) / 2``, white
when ``x > c - 0.5 + (w - 1) / 2``, and in between
``((x - (c - 0.5)) / (w - 1) + 0.5) * 255``.

The presets are the usual CT windows as level/width in HU, the values radiology teaching
gives (Radiopaedia "Windowing (CT)"; Hoang JK et al., "CT window settings", and the same
values in most PACS): brain 40/80, soft tissue 40/400 (often 50/350 in the abdomen), lung
-600/1500, bone 400/1800 (some viewers use 300/1500 or 500/2000). They are starting points
the author adjusts, never a judgement about the image.
"""

from __future__ import annotations

from typing import Final

import numpy as np
from numpy.typing import NDArray

from caselog.core.figure import Window

PRESETS: Final = {
    "brain": Window(40, 80),
    "soft tissue": Window(40, 400),
    "lung": Window(-600, 1500),
    "bone": Window(400, 1800),
}
MIN_WIDTH: Final = 1.0
"""The narrowest window (DICOM: the width is at least 1)."""


def apply(values: NDArray[np.floating], window: Window) -> NDArray[np.uint8]:
    """``values`` through ``window`` (DICOM's linear function) as 8-bit greys."""
    c, w = float(window.center), max(float(window.width), MIN_WIDTH)
    if w == MIN_WIDTH:  # a threshold: at or below the centre black, above it white
        threshold: NDArray[np.uint8] = np.where(values > c - 0.5, 255, 0).astype(np.uint8)
        return threshold
    scaled = ((values - (c - 0.5)) / (w - 1.0) + 0.5) * 255.0
    greys: NDArray[np.uint8] = np.clip(np.rint(scaled), 0, 255).astype(np.uint8)
    return greys


def default_window(values: NDArray[np.floating]) -> Window:
    """The window spanning the image from its darkest to its brightest value (what a
    16-bit image printed as before windows were kept)."""
    lo, hi = float(values.min()), float(values.max())
    return Window((lo + hi + 1.0) / 2.0, max(hi - lo + 1.0, MIN_WIDTH))
