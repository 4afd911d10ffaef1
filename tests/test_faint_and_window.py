"""Faint burned-in text on a flat ground (``caselog.figures.faint``) and text a 16-bit
DICOM's display window clips away (``caselog.figures.stored_range``), through
``marks.image_marks``, on the second round of ``tests/burned_corpus``."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image as PILImage

from caselog.core.figure import Window
from caselog.figures import faint, marks, stored_range
from caselog.interchange.images import load_image
from tests import burned_corpus as B
from tests import marks_corpus as M

PLANTED = {p.name: p for p in B.planted_more()}


def _holds(ms: list[marks.Mark], at: tuple[float, float] | None) -> bool:
    assert at is not None
    x, y = at
    return any(
        m.left - 0.02 <= x <= m.right + 0.02 and m.top - 0.02 <= y <= m.bottom + 0.02 for m in ms
    )


@pytest.mark.parametrize("name", ["faint2-0", "faint2-1", "faint2-2", "faint2-3"])
def test_faint_text_on_a_flat_or_sloping_ground_is_found(name: str) -> None:
    p = PLANTED[name]
    assert _holds(marks.image_marks(p.image), p.at), p.text


def test_the_faint_check_finds_what_the_fixed_contrast_does_not() -> None:
    """Without the normalisation the same line is not seen: the test above holds because
    of ``faint``, not of the border detector."""
    p = PLANTED["faint2-0"]
    grey = PILImage.open(__import__("io").BytesIO(p.image.data)).convert("L")
    assert not _holds(marks.find_marks(grey), p.at)
    assert _holds(faint.find(grey, [], marks.find_marks), p.at)


def test_a_faint_looking_line_on_tissue_is_no_mark() -> None:
    """Normalised, tissue is full of text-like lines; none has a quiet ground."""
    for seed in range(3):
        grey = PILImage.fromarray(B.ct_grey(seed).astype(np.uint8), "L")
        assert faint.find(grey, [], marks.find_marks) == []
    mr = PILImage.fromarray(M.mr_grey(384, 400).astype(np.uint8), "L")
    assert faint.find(mr, [], marks.find_marks) == []


def test_a_sloping_ground_is_quiet_and_a_textured_one_is_not() -> None:
    y, x = np.mgrid[0:100, 0:100]
    slope = 40 + 0.8 * x + 0.3 * y
    box = marks.Mark(0.4, 0.45, 0.6, 0.55)
    assert faint.quiet_ground(slope, box)
    rng = np.random.default_rng(0)
    assert not faint.quiet_ground(slope + rng.normal(0, 12, slope.shape), box)


@pytest.mark.parametrize("name", ["window-0", "window-1", "window-2"])
def test_text_the_window_clips_away_is_found(name: str) -> None:
    p = PLANTED[name]
    assert p.image.window is not None
    assert _holds(marks.image_marks(p.image), p.at), p.text


def test_the_views_are_of_the_values_outside_the_window() -> None:
    hu = np.full((64, 64), -1000.0)
    hu[20:40, 20:40] = 40.0
    hu[0:10, 0:10] = -700.0  # black through 40/400 like the air around it
    hu[50:60, 50:60] = 2000.0  # white like the block it is not on
    img = load_image(B.dicom_windowed(hu, 40, 400), name="w.dcm")
    from caselog.report.pixels import open_stored

    with open_stored(img.data) as pil:
        views = stored_range.views(pil, img.window, img.source)
        assert len(views) == 2
        below, above = (np.asarray(v, dtype=int) for v in views)
        assert below[5, 5] > below[30, 5] + 60  # -700 HU: 300 above the air, of 840 below
        assert above[55, 55] == 255 and above[30, 30] == 0
        assert stored_range.views(pil, None, img.source) == []
        # a window as wide as the values: nothing is clipped, no view
        assert stored_range.views(pil, Window(500, 3200), img.source) == []


def test_clean_dicoms_through_narrow_windows_gain_no_mark_from_the_hidden_values() -> None:
    for c in B.clean_more():
        if c.name not in ("ct-soft",):
            continue
        assert marks.image_marks(c.image) == [], c.name
