"""The figure pipeline (caselog.figures): windowing, crop, annotations, redaction, DICOM
import and the burned-in text detector, on synthetic images made here."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from caselog.core.figure import Annotation, Crop, PixelSource, Window
from caselog.core.model import Image
from caselog.figures import dicom, marks
from caselog.figures import window as windowing
from caselog.figures.compose import compose, compose_image, figure_png, line_width
from caselog.interchange.errors import ImageError
from caselog.interchange.images import load_image
from tests import dicom_fixture as F


def _ct(burned: bool = True, size: int = 256) -> Image:
    return load_image(F.ct_slice(size, burned=burned), name="ct.dcm")


# -- windowing -------------------------------------------------------------------------------


def test_the_window_follows_dicoms_linear_function() -> None:
    values = np.array([-1000.0, -500.0, 0.0, 399.0, 400.0, 1300.0, 3000.0])
    out = windowing.apply(values, Window(400, 1800))
    # c - 0.5 - (w - 1) / 2 = -500 and below: black; above c - 0.5 + (w - 1) / 2 = 1299: white
    assert out[0] == 0 and out[1] == 0
    assert out[5] == 255 and out[6] == 255
    assert out[3] == 127 and out[4] == 128  # the centre sits mid-grey
    assert out[2] == round(((0 - 399.5) / 1799 + 0.5) * 255)


def test_the_presets_are_the_usual_ct_windows() -> None:
    assert windowing.PRESETS["bone"] == Window(400, 1800)
    assert windowing.PRESETS["lung"] == Window(-600, 1500)
    assert windowing.PRESETS["brain"] == Window(40, 80)
    assert windowing.PRESETS["soft tissue"] == Window(40, 400)


def test_a_16_bit_ct_prints_through_its_window_in_hounsfield_units() -> None:
    image = _ct(burned=False)
    assert _source(image).intercept == -1024 and image.window == Window(400, 1800)
    soft = np.asarray(compose_image(replace(image, window=windowing.PRESETS["soft tissue"])))
    bone = np.asarray(compose_image(image))
    centre_bone = (int(256 * 0.625), 128)  # the vertebra, 700 HU
    tissue = (128, 60)  # soft tissue, 40 HU
    # soft-tissue window: tissue mid-grey, bone white; bone window: tissue dark, bone bright
    assert 110 < soft[tissue] < 145 and soft[centre_bone] == 255
    assert bone[tissue] < soft[tissue] and 150 < bone[centre_bone] < 255
    # the window is in HU: the stored values are HU + 1024, the intercept puts them right
    raw = replace(image, source=None)
    assert not np.array_equal(np.asarray(compose_image(raw)), bone)


# -- compose ---------------------------------------------------------------------------------


def test_crop_cuts_fractions_and_annotations_sit_in_the_cropped_image() -> None:
    img = PILImage.new("L", (200, 100), 0)
    out = compose(img, crop=Crop(0.5, 0.0, 1.0, 1.0))
    assert out.size == (100, 100)
    arrow = Annotation("arrow", start=(0.1, 0.1), end=(0.5, 0.5), color="yellow")
    drawn = compose(img, crop=Crop(0.5, 0.0, 1.0, 1.0), annotations=[arrow], size=(300, 300))
    assert drawn.mode == "RGB" and drawn.size == (300, 300)
    px = np.asarray(drawn)
    # the head's tip is at ``to``: yellow just before (150, 150) along the arrow, none past it
    assert tuple(px[147, 147]) == (255, 221, 0)
    assert tuple(px[160, 160]) == (0, 0, 0)


def test_line_widths_scale_with_the_output_size() -> None:
    box = [Annotation("box", start=(0.2, 0.2), end=(0.8, 0.8))]
    img = PILImage.new("L", (100, 100), 0)
    small = np.asarray(compose(img, annotations=box, size=(150, 150)).convert("L"))
    large = np.asarray(compose(img, annotations=box, size=(900, 900)).convert("L"))
    assert line_width((150, 150)) == 1 and line_width((900, 900)) == 6
    # the box's left side: one pixel wide small, six wide large (the same share of the size)
    assert (small[75, 25:40] == 255).sum() == 1
    assert (large[450, 170:200] == 255).sum() == 6


def test_every_kind_and_colour_is_drawn() -> None:
    img = PILImage.new("L", (200, 200), 128)
    for kind in ("arrow", "arrowhead", "box", "circle"):
        for colour, rgb in (
            ("white", (255, 255, 255)),
            ("yellow", (255, 221, 0)),
            ("black", (0, 0, 0)),
        ):
            a = Annotation(kind, start=(0.2, 0.2), end=(0.8, 0.8), color=colour)
            px = np.asarray(compose(img, annotations=[a]))
            assert (px == rgb).all(axis=2).sum() > 20, (kind, colour)
    label = Annotation("label", at=(0.1, 0.5), text="L3", color="yellow")
    px = np.asarray(compose(img, annotations=[label]))
    assert (px == (255, 221, 0)).all(axis=2).sum() > 20


def test_a_redaction_is_opaque_black_whatever_its_colour_and_the_window() -> None:
    img = PILImage.new("L", (100, 100), 255)
    box = Annotation("redact", start=(0.0, 0.0), end=(0.3, 0.2), color="white")
    out = np.asarray(compose(img, annotations=[box], size=(333, 333)))
    assert (out[:66, :99] == 0).all()  # the box's every pixel, rounded outwards
    assert (out[80:, 120:] == 255).all()


def test_the_same_size_gives_the_same_pixels() -> None:
    image = replace(
        _ct(),
        annotations=[Annotation("arrow", start=(0.2, 0.8), end=(0.5, 0.6), color="white")],
        crop=Crop(0.1, 0.1, 0.9, 0.9),
    )
    a = PILImage.open(io.BytesIO(figure_png(image, (300, 300))))
    b = compose_image(image, (300, 300))
    assert np.array_equal(np.asarray(a), np.asarray(b))


# -- DICOM -----------------------------------------------------------------------------------


def test_a_dicom_file_is_known_by_its_content_and_keeps_no_tag() -> None:
    data = F.ct_slice()
    image = load_image(data, name="scan.png")  # the name says PNG; the content says DICOM
    assert image.media_type == "image/png"
    assert b"DOE" not in image.data and b"DICM" not in image.data and b"4417" not in image.data
    with PILImage.open(io.BytesIO(image.data)) as png:
        assert png.mode == "I;16" and png.size == (256, 256)
        assert not png.info  # no text chunk, no profile: pixels only
    assert image.source == PixelSource(1.0, -1024.0, "CT", "LSPINE", (0.7, 0.7))
    assert dicom.event_modality(image.source) == "CT"
    assert dicom.event_region(image.source) == "lumbar spine"


def test_monochrome1_is_inverted_with_its_window() -> None:
    grey = np.tile(np.arange(0, 256, 4, dtype=np.int16), (64, 1))
    ds = F.dataset(grey, PhotometricInterpretation="MONOCHROME1", RescaleIntercept=0,
                   WindowCenter=100, WindowWidth=100)  # fmt: skip
    image = load_image(F.encoded(ds), name="cr.dcm")
    out = np.asarray(compose_image(image))
    # stored 0 is white in MONOCHROME1, stored 252 black; the window stays on the same values
    assert out[0, 0] == 255 and out[0, -1] == 0
    plain = load_image(F.encoded(F.dataset(grey, RescaleIntercept=0, WindowCenter=100,
                                           WindowWidth=100)), name="m2.dcm")  # fmt: skip
    assert np.array_equal(out, 255 - np.asarray(compose_image(plain)))


def test_a_multi_frame_file_gives_the_chosen_slice() -> None:
    data = F.ct_stack(frames=3)
    with pytest.raises(ImageError, match="3 frames"):
        load_image(data, name="stack.dcm")
    for n in (1, 3):
        image = load_image(data, name="stack.dcm", frame=n)
        values = np.asarray(PILImage.open(io.BytesIO(image.data))).astype(float)
        assert values[40, 40] + _source(image).intercept == 100 * n
    with pytest.raises(ImageError, match="no frame 4"):
        load_image(data, name="stack.dcm", frame=4)


def test_compressed_transfer_syntaxes_rle_and_jpeg_baseline() -> None:
    ds = pydicom.dcmread(io.BytesIO(F.ct_slice(64, burned=False)))
    expected = ds.pixel_array.copy()
    image = load_image(F.rle(ds), name="rle.dcm")
    stored = np.asarray(PILImage.open(io.BytesIO(image.data))).astype(int)
    assert np.array_equal(stored + int(_source(image).intercept) + 1024, expected.astype(int))
    ramp = np.tile(np.arange(0, 256, 4, dtype=np.uint8), (64, 1))
    jpeg = load_image(F.jpeg_baseline(ramp), name="jpeg.dcm")
    got = np.asarray(PILImage.open(io.BytesIO(jpeg.data))).astype(int)
    assert np.abs(got - ramp).max() <= 4  # lossy, but the picture


def test_a_broken_dicom_file_is_refused_with_its_name() -> None:
    data = F.ct_slice(64)
    with pytest.raises(ImageError, match="trunc.dcm"):
        load_image(data[: len(data) // 2], name="trunc.dcm")
    ds = pydicom.dcmread(io.BytesIO(data))
    del ds.PixelData
    with pytest.raises(ImageError, match="without an image"):
        load_image(F.encoded(ds), name="nopix.dcm")
    with pytest.raises(ImageError, match="single image"):
        load_image(
            F.encoded(F.dataset(np.zeros((8, 8), np.int16)))[:0] + _png(), name="a.png", frame=2
        )


def _png() -> bytes:
    out = io.BytesIO()
    PILImage.new("L", (8, 8)).save(out, "PNG")
    return out.getvalue()


def test_tags_that_are_not_code_strings_are_dropped() -> None:
    with pytest.warns(UserWarning, match="VR CS"):  # pydicom: not a code string
        ds = F.dataset(np.zeros((16, 16), np.int16), BodyPartExamined="Jane's spine")
    data = F.encoded(ds)
    image = load_image(data, name="x.dcm")
    assert _source(image).body_part is None and _source(image).modality == "CT"


# -- burned-in text --------------------------------------------------------------------------


def test_a_name_burned_into_a_corner_is_found_and_a_redaction_box_resolves_it() -> None:
    image = _ct()
    found = marks.image_marks(image)
    assert len(found) == 1 and found[0].where == "top left corner"
    covered = replace(image, annotations=marks.cover(image, found))
    assert marks.image_marks(covered) == []
    # cropped away counts as resolved too
    assert marks.image_marks(replace(image, crop=Crop(0.0, 0.2, 1.0, 1.0))) == []
    # a redaction box elsewhere does not
    elsewhere = [Annotation("redact", start=(0.6, 0.6), end=(0.9, 0.9))]
    assert marks.image_marks(replace(image, annotations=elsewhere)) != []


@pytest.mark.parametrize("corner", ["tr", "bl", "br"])
def test_a_date_in_any_corner_is_found(corner: str) -> None:
    hu = F.burn(F.body(384), "12/03/2025 14:22", 2000, corner)
    image = load_image(F.encoded(F.dataset((hu + 1024).astype(np.int16))), name="d.dcm")
    [mark] = marks.image_marks(image)
    assert mark.where.startswith({"t": "top", "b": "bottom"}[corner[0]])


def test_no_text_no_warning_even_with_a_body_edge_or_a_ruler_at_the_border() -> None:
    assert marks.image_marks(_ct(burned=False)) == []
    y, x = np.mgrid[0:256, 0:256]
    hu = np.full((256, 256), -1000.0)
    hu[((x - 128) / 140) ** 2 + ((y - 128) / 126) ** 2 <= 1] = 40  # the body touches the edges
    hu[250:, :] = 60  # the table
    hu[30:220, 245] = 2000  # a ruler: a line with ticks
    for t in range(30, 220, 10):
        hu[t, 238:246] = 2000
    for t in range(40, 220, 12):  # and a row of identical ticks along the bottom
        hu[240:246, t : t + 2] = 2000
    for t in range(40, 200, 14):  # and of identical ring markers above it (glyph-like)
        hu[226:233, t : t + 7] = 2000
        hu[228:231, t + 2 : t + 5] = 40
    image = load_image(F.encoded(F.dataset((hu + 1024).astype(np.int16))), name="r.dcm")
    assert marks.image_marks(image) == []
    # the detector is not blind in that image: text added to it is found
    hu = F.burn(hu, "DOE JANE", 2000, "tl")
    image = load_image(F.encoded(F.dataset((hu + 1024).astype(np.int16))), name="r2.dcm")
    assert len(marks.image_marks(image)) == 1


def test_dark_text_on_a_light_radiograph_is_found() -> None:
    grey = np.full((300, 400), 200.0)
    grey = F.burn(grey, "R  SMITH 1961", 20, "bl")
    out = io.BytesIO()
    PILImage.fromarray(grey.astype(np.uint8)).save(out, "PNG")
    image = load_image(out.getvalue(), name="xray.png")
    assert [m.where for m in marks.image_marks(image)] == ["bottom left corner"]


_FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "DejaVuSans.ttf"


def _burned_png(w: int, h: int, px: int, text: str = "DOE^JANE 1934-02-11") -> Image:
    """A smooth grey body on a gradient (no edge a glyph could be mistaken for) with
    ``text`` burned in white at ``px`` pixels in the top left corner, as a viewer does."""
    y, x = np.mgrid[0:h, 0:w]
    body = ((x - w / 2) ** 2 + (y - h / 2) ** 2) < (min(w, h) / 4) ** 2
    grey = PILImage.fromarray((60 + 120 * x / w + 40 * body).astype(np.uint8))
    ImageDraw.Draw(grey).text((3, 3), text, fill=255, font=ImageFont.truetype(_FONT, px))
    out = io.BytesIO()
    grey.save(out, "PNG")
    return load_image(out.getvalue(), name="burned.png")


@pytest.mark.parametrize(
    ("w", "h", "px", "where"),
    [
        # the thumbnail's line runs off its right side (3 to 106 of 96 pixels): the mark
        # spans the whole top, not its left corner only
        (96, 72, 9, "top edge"),
        (512, 512, 11, "top left corner"),
        (1024, 1024, 12, "top left corner"),
        (2048, 2048, 14, "top left corner"),
        (3000, 2400, 18, "top left corner"),
    ],
)
def test_burned_in_text_is_found_at_its_size_in_pixels_whatever_the_images_size(
    w: int, h: int, px: int, where: str
) -> None:
    """A viewer burns text in at a size in pixels: a 14-pixel name on a 2,048-pixel
    radiograph is as readable as on a 512-pixel CT, and a thumbnail's text is large."""
    assert [m.where for m in marks.image_marks(_burned_png(w, h, px))] == [where]


def test_a_box_over_part_of_a_burned_in_name_leaves_it_a_mark() -> None:
    """The letters a box does not reach still print: the mark stays until it is covered."""
    image = _burned_png(128, 96, 11, "FUMIKO ISHIGAKI")
    [mark] = marks.image_marks(image)
    assert mark.right > 0.74  # the whole line, the thin strokes of I and K included
    part = [Annotation("redact", start=(0.0, 0.0), end=(0.6, 0.3))]
    # the line stays a mark, to its last letter (the turned check, which reads the image
    # with the box painted over, no longer adds the box's own part around it)
    [left] = marks.image_marks(replace(image, annotations=part))
    assert left.right == mark.right and left.left == mark.left
    whole = [Annotation("redact", start=(0.0, 0.0), end=(1.0, 0.3))]
    assert marks.image_marks(replace(image, annotations=whole)) == []


def test_redacted_pixels_are_gone_from_the_stored_values() -> None:
    from caselog.figures.compose import redacted_pixels

    image = _ct()
    [mark] = marks.image_marks(image)
    image = replace(image, annotations=marks.cover(image, [mark]))
    clean = PILImage.open(io.BytesIO(redacted_pixels(image)))
    assert clean.mode == "I;16"
    arr = np.asarray(clean)
    h, w = arr.shape
    box = arr[int(mark.top * h) : int(mark.bottom * h), int(mark.left * w) : int(mark.right * w)]
    assert box.size > 100 and (box == 0).all()
    assert marks.find_marks(compose(clean, window=image.window, source=image.source)) == []


def _source(image: Image) -> PixelSource:
    assert image.source is not None
    return image.source


def test_a_crop_carries_annotations_and_drops_those_it_leaves_out() -> None:
    from caselog.figures import edit

    image = replace(
        _ct(burned=False),
        annotations=[
            Annotation("redact", start=(0.0, 0.0), end=(0.4, 0.1)),
            Annotation("arrow", start=(0.8, 0.8), end=(0.6, 0.6), color="yellow"),
            Annotation("box", start=(0.1, 0.5), end=(0.5, 0.9)),
        ],
    )
    cropped = edit.crop_to(image, (0.25, 0.25), (0.75, 0.75))
    # the redaction (wholly above the crop) is dropped; the arrow keeps its tip on the anatomy
    assert [a.kind for a in cropped.annotations] == ["arrow", "box"]
    tip = cropped.annotations[0].end
    assert tip is not None and np.allclose(tip, (0.7, 0.7))
    box = cropped.annotations[1]
    assert box.start is not None and box.start[0] == 0.0  # cut to the crop
    compose_image(cropped)  # every annotation left can be drawn
    # a degenerate box (no height) draws nothing rather than failing
    flat = Annotation("box", start=(0.1, 0.5), end=(0.9, 0.5))
    compose_image(replace(image, annotations=[flat, Annotation("redact", (0.2, 0.2), (0.2, 0.6))]))
