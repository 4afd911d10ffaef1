"""Burned-in text anywhere in an image (issue 14): a name or date in the middle, clear of
every border, is found and said where it is; clinical-looking images without text, and the
example's CT slices with their bright calcifications, are not refused."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

from caselog.core.figure import Crop
from caselog.figures import marks
from caselog.interchange.images import load_image
from tests import marks_corpus as C

# the shared example's own images, as the repository keeps them (tests/fixtures)
EXAMPLE = Path(__file__).resolve().parent / "fixtures" / "epidural-calcification"


@pytest.mark.parametrize(
    ("kind", "text", "px", "at", "rotate"),
    [
        ("ct-dicom", "DOE^JANE", 12, (0.5, 0.5), False),
        ("ct-dicom", "12/03/2025", 10, (0.62, 0.38), False),
        ("ct-dicom", "Okafor Chidi", 9, (0.3, 0.5), True),
        ("mr-png", "MARIA GONZALEZ 1961", 14, (0.5, 0.45), False),
        ("mr-png", "Lindqvist E", 28, (0.5, 0.55), False),
        ("xray-dark", "Okafor Chidi", 16, (0.45, 0.5), False),
        ("xray-16", "12/03/2025", 11, (0.6, 0.6), False),
        ("xray-16", "DOE^JANE", 20, (0.55, 0.5), True),
        ("skin", "Lindqvist E 1961", 13, (0.5, 0.5), False),
    ],
)
def test_a_name_or_date_in_the_middle_is_found(
    kind: str, text: str, px: int, at: tuple[float, float], rotate: bool
) -> None:
    image = C.burned(kind, text, px, at, rotate=rotate, size=320)
    found = marks.image_marks(image)
    assert found, f"{text!r} at {at} in {kind} not found"
    # the mark is where the text is: its box holds the text's centre
    assert any(m.left <= at[0] <= m.right and m.top <= at[1] <= m.bottom for m in found)


def test_the_same_image_without_the_text_is_not_refused() -> None:
    for kind in ("ct-dicom", "mr-png", "xray-dark", "skin"):
        assert marks.image_marks(C.burned(kind, "", 12, (0.5, 0.5), size=320)) == [], kind


@pytest.mark.parametrize(
    ("at", "where"),
    [
        ((0.5, 0.5), "centre"),
        ((0.62, 0.33), "upper right"),
        ((0.36, 0.66), "lower left"),
        ((0.5, 0.34), "upper middle"),
    ],
)
def test_the_message_says_where_in_the_middle_the_marks_are(
    at: tuple[float, float], where: str
) -> None:
    image = C.burned("mr-png", "DOE^JANE", 12, at, size=320)
    [mark] = marks.image_marks(image)
    assert where in mark.where
    assert where in marks.warning(image, [mark])


def test_a_mark_in_the_middle_is_resolved_by_a_box_over_it_or_a_crop_without_it() -> None:
    image = C.burned("ct-dicom", "DOE^JANE 1961", 12, (0.5, 0.5), size=320)
    found = marks.image_marks(image)
    assert found
    assert marks.image_marks(replace(image, annotations=marks.cover(image, found))) == []
    assert marks.image_marks(replace(image, crop=Crop(0.0, 0.0, 1.0, 0.4))) == []
    # a crop that keeps it keeps the mark, and says where it sits in what is shown
    kept = marks.image_marks(replace(image, crop=Crop(0.3, 0.3, 1.0, 1.0)))
    assert kept


def test_text_upright_after_exif_orientation_is_found() -> None:
    """A photograph stored sideways with an EXIF orientation is examined as it is shown."""
    rgb = C.skin_rgb(320, 5)
    rgb[C.text_mask((320, 320), "MARIA GONZALEZ", 14, (0.5, 0.5))] = (20, 20, 20)
    sideways = PILImage.fromarray(rgb.astype(np.uint8)).transpose(PILImage.Transpose.ROTATE_270)
    exif = PILImage.Exif()
    exif[0x0112] = 6  # rotate 90 CW to show
    out = io.BytesIO()
    sideways.save(out, "JPEG", quality=95, exif=exif.tobytes())
    image = load_image(out.getvalue(), name="photo.jpg")
    found = marks.image_marks(image)
    assert found and any(m.left < 0.5 < m.right and m.top < 0.5 < m.bottom for m in found)


def test_clinical_looking_images_without_text_are_not_refused() -> None:
    tripped = [c.name for c in C.clean_corpus(320) if marks.image_marks(c.image)]
    assert tripped == []


@pytest.mark.parametrize("name", ["ct-initial.png", "ct-regression.png"])
def test_the_examples_calcifications_do_not_count_but_its_corner_text_does(name: str) -> None:
    image = load_image((EXAMPLE / name).read_bytes(), name=name)
    found = marks.image_marks(image)
    assert [m.where for m in found] == ["bottom left corner"]


def test_the_box_covers_the_whole_line_when_its_end_runs_into_something_bright() -> None:
    """ "TANAKA HANAKO 1949" whose year touches a calcification: the touching letters are no
    glyph of their own, yet "Cover with redaction boxes" must leave none of the line."""
    size = 320
    hu = C.ct_hu(size, 3, blobs=0)
    letters = C.text_mask((size, size), "TANAKA HANAKO 1949", 12, (0.45, 0.5))
    ys, xs = np.nonzero(letters)
    yy, xx = np.mgrid[0:size, 0:size]
    # a solid calcification over the year's last digits, as in a CT where it sits beside them
    cx, cy = int(xs.max()) - 6, int(ys.mean())
    hu[(xx - cx) ** 2 + (yy - cy) ** 2 <= 11**2] = 1400
    hu[letters] = 2500
    image = load_image(C.dicom_ct(hu), name="ct.dcm")
    found = marks.image_marks(image)
    assert found
    covered = np.zeros((size, size), bool)
    for a in marks.cover(image, found):
        assert a.start is not None and a.end is not None
        (x0, y0), (x1, y1) = a.start, a.end
        covered[
            round(y0 * size) : round(y1 * size) + 1, round(x0 * size) : round(x1 * size) + 1
        ] = True
    assert covered[letters].all(), f"{(~covered[letters]).sum()} letter pixels left uncovered"
