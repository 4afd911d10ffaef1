"""Figures print as they look: every PNG and JPEG mode the importer accepts reaches the PDF
as the pixels the window shows (``caselog.report.pixels``), checked on the rendered page."""

from __future__ import annotations

import io
from dataclasses import replace

import pypdfium2 as pdfium
import pytest
from PIL import Image as PILImage
from PIL import ImageFilter

from caselog.core.dates import PartialDate
from caselog.core.model import Event, Image
from caselog.interchange.images import load_image
from caselog.report import build_report, render_pdf
from caselog.report.model import Figure, Panel, Report, Section
from caselog.report.pixels import nearly_blank, printed, printed_png, to_print
from tests.examples import load_example

W, H = 200, 100  # every test image: left half ink, right half paper


def _two_halves(mode: str) -> PILImage.Image:
    """A ``W`` x ``H`` image in ``mode`` whose left half prints black and right half white."""
    if mode in ("I;16", "I"):
        # a 12-bit CT range stored in 16 bits: 1000 and 3000 of 65535 (dark to the eye)
        img = PILImage.new(mode, (W, H), 3000)
        img.paste(PILImage.new(mode, (W // 2, H), 1000), (0, 0))
        return img
    if mode == "RGBA":  # transparent right half over black pixels: only alpha says white
        img = PILImage.new("RGBA", (W, H), (0, 0, 0, 0))
        img.paste((0, 0, 0, 255), (0, 0, W // 2, H))
        return img
    if mode == "LA":
        img = PILImage.new("LA", (W, H), (0, 0))
        img.paste((0, 255), (0, 0, W // 2, H))
        return img
    if mode == "P":  # a palette with a transparent entry over black
        img = PILImage.new("P", (W, H), 1)
        img.putpalette([0, 0, 0, 0, 0, 0] + [128] * 762)
        img.paste(0, (0, 0, W // 2, H))
        img.info["transparency"] = 1
        return img
    if mode == "CMYK":
        img = PILImage.new("CMYK", (W, H), (0, 0, 0, 0))
        img.paste((0, 0, 0, 255), (0, 0, W // 2, H))
        return img
    if mode == "1":
        img = PILImage.new("1", (W, H), 1)
        img.paste(0, (0, 0, W // 2, H))
        return img
    img = PILImage.new(mode, (W, H), 255 if mode == "L" else (255, 255, 255))
    img.paste(0 if mode == "L" else (0, 0, 0), (0, 0, W // 2, H))
    return img


def _stored(mode: str, fmt: str = "PNG") -> Image:
    """The image as the importer stores it (``load_image``: decoded, checked, re-encoded)."""
    out = io.BytesIO()
    img = _two_halves(mode)
    options = {"transparency": img.info["transparency"]} if "transparency" in img.info else {}
    img.save(out, fmt, **options)
    return load_image(out.getvalue(), name=f"test-{mode}.{fmt.lower()}")


MODES = [
    ("I;16", "PNG"),
    ("RGBA", "PNG"),
    ("LA", "PNG"),
    ("P", "PNG"),
    ("1", "PNG"),
    ("L", "PNG"),
    ("RGB", "PNG"),
    ("CMYK", "JPEG"),
    ("L", "JPEG"),
    ("RGB", "JPEG"),
]


def _figure_report(image: Image) -> Report:
    panel = Panel(image.data, image.media_type, image.width or W, image.height or H, None, "x")
    return Report(
        template="cureus",
        label="Case Report",
        title="Pixels",
        authors=[],
        affiliations=[],
        correspondence=None,
        keywords=[],
        abstract=None,
        sections=[Section("Figures", [Figure(1, "the image", [panel])])],
        references=[],
    )


def _page(report: Report) -> PILImage.Image:
    out = io.BytesIO()
    render_pdf(report, out, invariant=True)
    doc = pdfium.PdfDocument(out.getvalue())
    try:
        page: PILImage.Image = doc[0].render(scale=1.0).to_pil().convert("L")
        return page
    finally:
        doc.close()


def _dark_box(page: PILImage.Image) -> tuple[int, int, int, int] | None:
    """The bounding box of the page's solid dark pixels (text is too thin to be solid)."""
    dark = page.point(lambda v: 255 if v < 60 else 0)
    solid = dark.filter(ImageFilter.MinFilter(7))
    return solid.getbbox()


@pytest.mark.parametrize(("mode", "fmt"), MODES)
def test_printed_pixels_are_black_left_white_right(mode: str, fmt: str) -> None:
    image = _stored(mode, fmt)
    img = printed(image.data)
    assert img.mode in ("L", "RGB")
    grey = img.convert("L")
    assert grey.getpixel((W // 4, H // 2)) < 40, mode  # type: ignore[operator]
    assert grey.getpixel((3 * W // 4, H // 2)) > 215, mode  # type: ignore[operator]
    assert not nearly_blank(img)


@pytest.mark.parametrize(("mode", "fmt"), MODES)
def test_the_pdf_prints_the_left_half_black_and_the_right_half_white(mode: str, fmt: str) -> None:
    """On the page, the solid dark area is the image's left half: square, not the whole
    panel (alpha ignored) and not nothing (16-bit printed white)."""
    page = _page(_figure_report(_stored(mode, fmt)))
    box = _dark_box(page)
    assert box is not None, f"{mode} {fmt}: the panel printed with no dark half"
    left, top, right, bottom = box
    ratio = (right - left) / (bottom - top)
    assert 0.8 < ratio < 1.25, f"{mode} {fmt}: dark area {box} is not the left half"
    just_right = page.getpixel((right + 15, (top + bottom) // 2))
    assert just_right > 215, f"{mode} {fmt}: the right half did not print white"  # type: ignore[operator]


def test_a_32_bit_grey_image_is_scaled_like_a_16_bit_one() -> None:
    """Older Pillow reads 16-bit PNG as mode "I" (it cannot write one back)."""
    img = PILImage.new("I", (W, H), 3000)
    img.paste(PILImage.new("I", (W // 2, H), 1000), (0, 0))
    grey = to_print(img)
    assert grey.mode == "L" and grey.getpixel((10, 10)) == 0 and grey.getpixel((150, 10)) == 255


def test_the_thumbnail_bytes_are_the_printed_pixels() -> None:
    image = _stored("I;16")
    with PILImage.open(io.BytesIO(printed_png(image.data, fit=50))) as thumb:
        assert thumb.mode == "L" and thumb.size == (50, 25)
        assert thumb.getpixel((10, 12)) < 40 and thumb.getpixel((40, 12)) > 215  # type: ignore[operator]


def _png(img: PILImage.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_nearly_uniform_images_are_caught_and_a_small_mark_is_not() -> None:
    flat16 = PILImage.new("I;16", (W, H), 30000)
    flat16.paste(
        PILImage.new("I;16", (20, 20), 30020), (0, 0)
    )  # a spread of 20 of 65535: not stretched into noise
    assert nearly_blank(printed(_png(flat16)))
    assert nearly_blank(printed(_png(PILImage.new("RGB", (W, H), (250, 250, 250)))))
    mark = PILImage.new("L", (W, H), 255)
    mark.paste(0, (90, 40, 100, 50))  # 100 of 20,000 pixels: an arrow on a white page
    assert not nearly_blank(printed(_png(mark)))
    clear = PILImage.new("RGBA", (W, H), (0, 0, 0, 0))  # all transparent: white paper
    assert nearly_blank(printed(_png(clear)))


def test_a_nearly_blank_image_is_a_report_warning() -> None:
    case = load_example()
    flat = load_image(_png(PILImage.new("I;16", (W, H), 40000)), name="flat.png")
    imaging = [e for e in case.events if e.kind == "imaging" and e.images]
    assert imaging, "the example has images"
    imaging[0].images = [replace(flat, panel="A", caption="flat")]
    report = build_report(case, "cureus")
    blank = [w for w in report.warnings if "nearly blank" in w]
    assert blank == ["Figure 1, panel A, would print nearly blank (almost one uniform grey): "
                     "check the image file"]  # fmt: skip
    imaging[0].images = [replace(_stored("I;16"), panel="A")]
    assert not [w for w in build_report(case, "cureus").warnings if "nearly blank" in w]


def test_a_sixteen_bit_ct_prints_in_both_journal_shapes() -> None:
    """The example's images replaced by one 16-bit CT export: the page shows its dark half."""
    case = load_example()
    ct = _stored("I;16")
    for e in case.events:
        e.images = []
    case.events.append(
        Event(kind="imaging", date=PartialDate(2024, 1, 1), modality="CT", findings="test",
              images=[replace(ct, panel="A", caption="16-bit")])
    )  # fmt: skip
    for template in ("cureus", "cmaj"):
        report = build_report(case, template)
        out = io.BytesIO()
        render_pdf(report, out)
        doc = pdfium.PdfDocument(out.getvalue())
        try:
            pages = [doc[i].render(scale=1.0).to_pil().convert("L") for i in range(len(doc))]
        finally:
            doc.close()
        assert any(_dark_box(p) is not None for p in pages), template


def test_a_jpeg_already_printable_is_embedded_as_it_is_stored() -> None:
    """Its pixels are the printed ones: the PDF keeps the JPEG compressed (DCTDecode), not
    a lossless copy several times the size; a CMYK JPEG is converted to RGB."""
    rgb = _stored("RGB", "JPEG")
    out = io.BytesIO()
    render_pdf(_figure_report(rgb), out, invariant=True)
    assert b"/DCTDecode" in out.getvalue()
    cmyk = _stored("CMYK", "JPEG")
    out = io.BytesIO()
    render_pdf(_figure_report(cmyk), out, invariant=True)
    assert b"/DCTDecode" not in out.getvalue() and b"/DeviceCMYK" not in out.getvalue()
