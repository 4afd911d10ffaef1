"""The images of the tenth held-out corpus: each burns its patient's name into the pixels in a
form heldout5's to heldout9's images did not use, no box over any of them (each must be
refused, or its letters come out dark in every output that holds it):

- a Vietnamese name in capitals with its stacked diacritics (Ễ, Ị, Ọ), as a Vietnamese
  ultrasound machine prints it, in the left middle of the frame;
- a Persian name in Arabic script, shaped and written right to left, on an ultrasound frame
  (the record holds the name in Latin letters: no OCR of the record's spelling finds it);
- a Finnish name turned 30 degrees (not one of the quarter or 45-degree turns a reader
  tries), across the middle of a scan;
- a Malagasy name in outline letters (a one-pixel white stroke around letters of the
  ground's own grey), in the top middle of an X-ray.

Built here from code, deterministically, with the DejaVu Sans of ``resources/fonts`` (it
has the Vietnamese and Arabic letters; Pillow's layout engine shapes the Arabic);
heldout5's to heldout9's writers are imported, not copied.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from tests.privacy.heldout7.images import canvas
from tests.privacy.heldout8.images import Planted8

__all__ = ["Planted8", "planted_images"]

Box = tuple[float, float, float, float]
FONT = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "DejaVuSans.ttf"


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def _label(text: str, px: int, *, direction: str | None = None) -> PILImage.Image:
    """The text as a mask (white on black), just large enough to hold it."""
    probe = ImageDraw.Draw(PILImage.new("L", (1, 1)))
    left, top, right, bottom = probe.textbbox((0, 0), text, font=_font(px), direction=direction)
    label = PILImage.new("L", (int(right - left) + 4, int(bottom - top) + 4), 0)
    ImageDraw.Draw(label).text((2 - left, 2 - top), text, fill=255, font=_font(px),
                               direction=direction)  # fmt: skip
    return label


def _burn(size: tuple[int, int], label: PILImage.Image, at: tuple[int, int]) -> PILImage.Image:
    img = canvas(*size)
    white = PILImage.new("RGB", label.size, (255, 255, 255))
    img.paste(white, at, mask=label)
    return img


def _box(size: tuple[int, int], label: PILImage.Image, at: tuple[int, int]) -> Box:
    w, h = size
    x0, y0 = at
    lw, lh = label.size
    return (x0 / w, y0 / h, min(w, x0 + lw) / w, min(h, y0 + lh) / h)


FRAME = (512, 384)

# -- a Vietnamese name with its diacritics ---------------------------------------------------

VIETNAMESE = "Nguyễn Thị Bích Ngọc"
_VI_AT = (40, 170)


def _vi_label() -> PILImage.Image:
    return _label(VIETNAMESE.upper(), 18)


def vietnamese() -> PILImage.Image:
    return _burn(FRAME, _vi_label(), _VI_AT)


def vietnamese_box() -> Box:
    return _box(FRAME, _vi_label(), _VI_AT)


# -- a Persian name, right to left ---------------------------------------------------------

PERSIAN = "فاطمه رضایی"
_FA_AT = (300, 40)


def _fa_label() -> PILImage.Image:
    return _label(PERSIAN, 22, direction="rtl")


def persian() -> PILImage.Image:
    return _burn(FRAME, _fa_label(), _FA_AT)


def persian_box() -> Box:
    return _box(FRAME, _fa_label(), _FA_AT)


# -- a name turned 30 degrees ----------------------------------------------------------------

ANGLED = "AINO KORHONEN"
_ANGLE_AT = (150, 140)


def _angled_label() -> PILImage.Image:
    return _label(ANGLED, 20).rotate(30, expand=True, resample=PILImage.Resampling.BICUBIC)


def angled() -> PILImage.Image:
    return _burn(FRAME, _angled_label(), _ANGLE_AT)


def angled_box() -> Box:
    return _box(FRAME, _angled_label(), _ANGLE_AT)


# -- a name in outline letters -------------------------------------------------------------

HOLLOW = "VOAHANGY RASOANIRINA"
_HOLLOW_AT = (130, 24)
_HOLLOW_PX = 22


def hollow() -> PILImage.Image:
    """The letters a one-pixel white outline around the ground's own grey at that place."""
    img = canvas(*FRAME)
    x, y = _HOLLOW_AT
    ground = img.getpixel((x, y + _HOLLOW_PX // 2))
    ImageDraw.Draw(img).text(_HOLLOW_AT, HOLLOW, fill=ground, font=_font(_HOLLOW_PX),
                             stroke_width=1, stroke_fill=(255, 255, 255))  # fmt: skip
    return img


def hollow_box() -> Box:
    probe = ImageDraw.Draw(PILImage.new("L", (1, 1)))
    left, top, right, bottom = probe.textbbox(
        _HOLLOW_AT, HOLLOW, font=_font(_HOLLOW_PX), stroke_width=1
    )
    w, h = FRAME
    return (left / w, top / h, min(w, right) / w, min(h, bottom) / h)


# -- the list --------------------------------------------------------------------------------


def _png_of(img: PILImage.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _image(key: str, name: str, mrn: str, places: tuple[str, ...], data: bytes,
           **extra: object) -> Planted8:  # fmt: skip
    return Planted8(key, name, mrn, f"scan_{key}.png", places, data, **extra)  # type: ignore[arg-type]


def planted_images() -> list[Planted8]:
    """The images, built anew. Their file names carry no name; the name is in the pixels
    alone."""
    return [
        _image("burned-vietnamese", VIETNAMESE, "BV-CT 24.004417",
               ("burned in capitals with stacked diacritics, left middle, no box: must be "
                "refused or dark",),
               _png_of(vietnamese()), text=vietnamese_box()),
        _image("burned-persian", "Fatemeh Rezaei", "NMZ-1403-04417",
               ("burned in Persian script, right to left, top right, the record in Latin "
                "letters, no box: must be refused or dark",),
               _png_of(persian()), text=persian_box(), script=tuple(PERSIAN.split())),
        _image("burned-angled", "Aino Korhonen", "OYS 4417-2290",
               ("burned turned 30 degrees across the middle, no box: must be refused or dark",),
               _png_of(angled()), text=angled_box()),
        _image("burned-hollow", "Voahangy Rasoanirina", "CHUA-2024-00417",
               ("burned in outline letters (a white stroke around the ground's grey), top "
                "middle, no box: must be refused or dark",),
               _png_of(hollow()), text=hollow_box()),
    ]  # fmt: skip
