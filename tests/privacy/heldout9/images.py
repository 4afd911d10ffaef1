"""The images of the ninth held-out corpus: each hides its patient's name where heldout5's
to heldout8's images did not, so a survival names its hiding place.

In the bytes: a PNG whose ``eXIf`` chunk (EXIF inside a PNG, not a JPEG's APP1) carries the
name in IFD0 Artist and in the Exif IFD's CameraOwnerName, little-endian. In the pixels, no
box over any of them (each must be refused, or its letters come out dark): a name burned in
faint grey on the grey of a scan (a contrast of a few levels, bright enough to read when the
levels are stretched); a name turned upside down along the bottom edge, its lower half cut
off by the border; a name in yellow on a blue banner across the middle of a
tele-consultation screenshot, away from every corner; a name in dark red, tiny, in the top
middle of an X-ray.

Built here from code, deterministically; heldout5's to heldout8's writers are imported,
not copied.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from tests.privacy.heldout5.images import _pixels, _png, inflated, search_variants
from tests.privacy.heldout6.images import _chunk, _png_chunks, _tiff
from tests.privacy.heldout7.images import canvas, plain_upper
from tests.privacy.heldout8.images import Planted8

__all__ = ["Planted8", "inflated", "planted_images", "search_variants"]

Box = tuple[float, float, float, float]


# -- in the bytes ----------------------------------------------------------------------------


def png_exif(name: str) -> bytes:
    """A PNG whose eXIf chunk (before IDAT) names the patient: Artist (0x013B) in IFD0 and
    CameraOwnerName (0xA430) in the Exif IFD, little-endian TIFF."""
    artist = name.encode() + b"\0"
    owner = plain_upper(name).encode() + b"\0"
    exif = _tiff([[(0x013B, "ASCII", artist)], [(0xA430, "ASCII", owner)]], endian="<",
                 links={0x8769: 1})  # fmt: skip
    out, placed = b"\x89PNG\r\n\x1a\n", False
    for kind, data in _png_chunks(_png(_pixels())):
        if kind == b"IDAT" and not placed:
            out += _chunk(b"eXIf", exif)
            placed = True
        out += _chunk(kind, data)
    return out


# -- burned into the pixels ------------------------------------------------------------------


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _text_box(size: tuple[int, int], at: tuple[int, int], text: str, px: int) -> Box:
    probe = ImageDraw.Draw(PILImage.new("L", (1, 1)))
    left, top, right, bottom = probe.textbbox(at, text, font=_font(px))
    w, h = size
    return (max(0, left) / w, max(0, top) / h, min(w, right) / w, min(h, bottom) / h)


FAINT = (512, 384)
_FAINT_AT = (150, 170)


def faint(name: str) -> PILImage.Image:
    """A flat grey scan (level 118) with the name 14 levels brighter in its middle."""
    img = PILImage.new("RGB", FAINT, (118, 118, 118))
    ImageDraw.Draw(img).text(_FAINT_AT, plain_upper(name), fill=(132, 132, 132), font=_font(20))
    return img


def faint_box(name: str) -> Box:
    return _text_box(FAINT, _FAINT_AT, plain_upper(name), 20)


UPSIDE = (512, 384)
_UPSIDE_PX = 18


def _upside_label(name: str) -> PILImage.Image:
    text = f"{plain_upper(name)}  RENAL US"
    probe = ImageDraw.Draw(PILImage.new("L", (1, 1)))
    _, _, right, bottom = probe.textbbox((0, 0), text, font=_font(_UPSIDE_PX))
    label = PILImage.new("L", (int(right) + 2, int(bottom) + 2), 0)
    ImageDraw.Draw(label).text((0, 0), text, fill=255, font=_font(_UPSIDE_PX))
    return label.rotate(180)


def _upside_at(name: str) -> tuple[int, int]:
    lw, lh = _upside_label(name).size
    return (UPSIDE[0] // 2 - lw // 2, UPSIDE[1] - lh // 2)  # half of it below the edge


def upside_down(name: str) -> PILImage.Image:
    """An ultrasound frame with the name turned half a turn along its bottom edge, the
    lower half of the letters cut off by the border."""
    img = canvas(*UPSIDE)
    label = _upside_label(name)
    white = PILImage.new("RGB", label.size, (255, 255, 255))
    img.paste(white, _upside_at(name), mask=label)
    return img


def upside_box(name: str) -> Box:
    w, h = UPSIDE
    lw, lh = _upside_label(name).size
    x0, y0 = _upside_at(name)
    return (x0 / w, y0 / h, min(w, x0 + lw) / w, 1.0)


BANNER = (640, 480)
_BANNER_AT = (120, 226)


def banner(name: str) -> PILImage.Image:
    """A tele-consultation screenshot with a blue banner across its middle naming the
    patient in yellow."""
    img = canvas(*BANNER)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 216, BANNER[0], 262), fill=(20, 40, 160))
    d.text(_BANNER_AT, f"Video visit: {plain_upper(name)}", fill=(250, 220, 40), font=_font(22))
    return img


def banner_box(name: str) -> Box:
    return _text_box(BANNER, _BANNER_AT, f"Video visit: {plain_upper(name)}", 22)


TINY = (512, 384)
_TINY_AT = (210, 30)


def tiny_red(name: str) -> PILImage.Image:
    """A chest X-ray with the name in small dark red letters in the top middle."""
    img = canvas(*TINY)
    ImageDraw.Draw(img).text(_TINY_AT, plain_upper(name), fill=(170, 20, 20), font=_font(10))
    return img


def tiny_box(name: str) -> Box:
    return _text_box(TINY, _TINY_AT, plain_upper(name), 10)


# -- the list --------------------------------------------------------------------------------


def _png_of(img: PILImage.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _image(key: str, name: str, mrn: str, ext: str, places: tuple[str, ...], data: bytes,
           **extra: object) -> Planted8:  # fmt: skip
    return Planted8(key, name, mrn, f"scan_{key}.{ext}", places, data, **extra)  # type: ignore[arg-type]


@dataclass(frozen=True)
class _Burn:
    key: str
    name: str
    mrn: str
    place: str


def planted_images() -> list[Planted8]:
    """The images, built anew. Their file names carry no name: each hides it in one place
    (or two of one kind)."""
    faint_n, upside_n = "Nomvula Dlamini-Sithole", "Teuila Faleolo"
    banner_n, tiny_n = "Oyunbileg Tserendorj", "Kalinda Wirrpanda"
    return [
        _image("png-exif", "Ingrid Hallvardsdottir", "LSH-440917", "png",
               ("PNG eXIf chunk: IFD0 Artist", "Exif IFD CameraOwnerName (0xA430), capitals"),
               png_exif("Ingrid Hallvardsdottir")),
        _image("burned-faint", faint_n, "CHB-771240", "png",
               ("burned in faint grey, 14 levels above a flat grey scan, in the middle, no box: "
                "must be refused or dark",),
               _png_of(faint(faint_n)), text=faint_box(faint_n)),
        _image("burned-upside-down", upside_n, "TTM-550981", "png",
               ("burned upside down along the bottom edge, half cut off by the border, no box: "
                "must be refused or dark",),
               _png_of(upside_down(upside_n)), text=upside_box(upside_n)),
        _image("burned-banner", banner_n, "SHUB-330184", "png",
               ("yellow on a blue banner across the middle of a screenshot, no box: must be "
                "refused or dark",),
               _png_of(banner(banner_n)), text=banner_box(banner_n)),
        _image("burned-tiny-red", tiny_n, "RDH-661302", "png",
               ("small dark red letters in the top middle, no box: must be refused or dark",),
               _png_of(tiny_red(tiny_n)), text=tiny_box(tiny_n)),
    ]  # fmt: skip
