"""The images of the eleventh held-out corpus, written after its text was measured and
before the images were. Each burns its patient's name into the pixels in a form heldout5's
to heldout10's images did not use, no box over any of them (each must be refused, or its
letters come out dark in every output that holds it):

- a Ghanaian name mirrored left to right, as an ultrasound frame saved flipped, across the
  lower middle of the frame (a reader of upright letters reads nothing);
- a Samoan name written down the right edge one letter under another, as a film marker
  prints it (no line of it holds more than one letter);
- a Uyghur name in Arabic script, shaped and right to left, small, twice in the bottom
  left corner as a monitor's overlay repeats it (the record holds it in Latin letters);
- a Kurdish name burned in a JPEG whose EXIF (Artist, ImageDescription, UserComment) and
  XMP packet (dc:creator) also carry it, in Latin letters and in Sorani script: the only
  image of this corpus whose bytes name its patient, so both its metadata and its pixels
  must go.

Built here from code, deterministically, with the DejaVu Sans of ``resources/fonts`` (it
has the Arabic letters Uyghur and Sorani need; Pillow's layout engine shapes them);
heldout7's and heldout8's writers are imported, not copied.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont, ImageOps

from tests.privacy.heldout5 import measure as h5
from tests.privacy.heldout5.measure import ImageFigures
from tests.privacy.heldout7.images import canvas
from tests.privacy.heldout8.images import Planted8

__all__ = ["METADATA_KEY", "ImageFigures", "Planted8", "planted_images"]

Box = tuple[float, float, float, float]
FONT = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "DejaVuSans.ttf"
FRAME = (512, 384)
METADATA_KEY = "burned-exif-xmp"


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


def _burn(labels: list[tuple[PILImage.Image, tuple[int, int]]]) -> PILImage.Image:
    img = canvas(*FRAME)
    for label, at in labels:
        img.paste(PILImage.new("RGB", label.size, (255, 255, 255)), at, mask=label)
    return img


def _box(labels: list[tuple[PILImage.Image, tuple[int, int]]]) -> Box:
    """The box (fractions of the frame) around every label."""
    w, h = FRAME
    x0 = min(at[0] for _, at in labels)
    y0 = min(at[1] for _, at in labels)
    x1 = max(at[0] + lab.size[0] for lab, at in labels)
    y1 = max(at[1] + lab.size[1] for lab, at in labels)
    return (x0 / w, y0 / h, min(w, x1) / w, min(h, y1) / h)


# -- a name mirrored -------------------------------------------------------------------------

MIRRORED = "AKOSUA BOATENG"


def _mirrored() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(ImageOps.mirror(_label(MIRRORED, 22)), (150, 250))]


# -- a name one letter under another ---------------------------------------------------------

VERTICAL = "LEAVASA"


def _vertical() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    out = []
    for n, letter in enumerate(VERTICAL):
        out.append((_label(letter, 20), (470, 40 + 26 * n)))
    return out


# -- a Uyghur name, small, twice -------------------------------------------------------------

UYGHUR = "ئايشەم تۇرسۇن"


def _uyghur() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    label = _label(UYGHUR, 13, direction="rtl")
    return [(label, (14, 330)), (label, (14, 350))]


# -- a name in the pixels and in the metadata ------------------------------------------------

KURDISH = "SHILAN QADIR"
SORANI = "شیلان قادر"


def _kurdish() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(KURDISH, 20), (170, 30))]


def _xmp(name: str, script: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator><rdf:Seq><rdf:li>{name}</rdf:li><rdf:li>{script}</rdf:li></rdf:Seq>"
        "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _jpeg_with_metadata(img: PILImage.Image) -> bytes:
    exif = PILImage.Exif()
    exif[0x013B] = "Shilan Qadir"  # Artist
    exif[0x010E] = "Renal ultrasound, Shilan Qadir"  # ImageDescription
    # UserComment (in the Exif IFD): an undefined-type value, UTF-16 after its 8-byte code
    exif.get_ifd(0x8769)[0x9286] = b"UNICODE\x00" + SORANI.encode("utf-16-be")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92, exif=exif.tobytes(), xmp=_xmp("Shilan Qadir", SORANI))
    return buf.getvalue()


# -- the list --------------------------------------------------------------------------------


def _png_of(img: PILImage.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _image(key: str, name: str, mrn: str, places: tuple[str, ...], data: bytes,
           filename: str | None = None, **extra: object) -> Planted8:  # fmt: skip
    return Planted8(key, name, mrn, filename or f"scan_{key}.png", places, data, **extra)  # type: ignore[arg-type]


def planted_images() -> list[Planted8]:
    """The images, built anew. Their file names carry no name; but for the last, whose
    metadata names its patient, the name is in the pixels alone."""
    mirrored, vertical, uyghur, kurdish = _mirrored(), _vertical(), _uyghur(), _kurdish()
    return [
        _image("burned-mirrored", "Akosua Boateng", "KATH/RD/24/09931",
               ("burned mirrored left to right, lower middle, no box: must be refused or "
                "dark",),
               _png_of(_burn(mirrored)), text=_box(mirrored)),
        _image("burned-vertical", "Alofa Leavasa", "TTM-228810",
               ("burned one letter under another down the right edge, no box: must be "
                "refused or dark",),
               _png_of(_burn(vertical)), text=_box(vertical)),
        _image("burned-uyghur", "Ayshem Tursun", "KSH-2024-0093317",
               ("burned small in Uyghur Arabic script, twice, bottom left, the record in "
                "Latin letters, no box: must be refused or dark",),
               _png_of(_burn(uyghur)), text=_box(uyghur), script=tuple(UYGHUR.split())),
        _image(METADATA_KEY, "Shilan Qadir", "RH-ERB-2024-0093318",
               ("burned in capitals, top middle, no box: must be refused or dark",
                "EXIF Artist and ImageDescription (Latin letters), EXIF UserComment "
                "(Sorani, UTF-16), XMP dc:creator (both)"),
               _jpeg_with_metadata(_burn(kurdish)), filename=f"scan_{METADATA_KEY}.jpg",
               text=_box(kurdish), script=tuple(SORANI.split())),
    ]  # fmt: skip


def measure_images(work: Path) -> ImageFigures:
    """heldout5's measure of every image through the command line."""
    return h5.measure_images(work, images=planted_images())


def measure_images_direct(work: Path, templates: tuple[str, ...] = ("cureus",)) -> ImageFigures:
    """The same through the functions the command line calls, each image in a case of its
    own."""
    return h5.measure_images_direct(work, templates, groups=[[im] for im in planted_images()])
