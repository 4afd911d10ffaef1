"""The images of the seventh held-out corpus: each hides its patient's name where a careless
anonymiser keeps it, in places heldout5's and heldout6's images did not use, so a survival
names its hiding place.

In the bytes: the uncompressed RGB thumbnail of a JFIF APP0 segment and a FlashPix (APP2
``FPXR``) stream; a DICOM whose pixels are an encapsulated JPEG (its COM and EXIF), with an
ICC profile of its own and the Original Attributes Sequence a de-identifier leaves behind;
a PNG whose chunk *keywords* (not their values) are the name, with a version-2 ICC profile
(``desc`` as textDescriptionType, ``cprt`` as text); a file kept in a folder named after the
patient. In the case file's own text: a caption and a label that quote the DICOM header
(``SURNAME^GIVEN``). In the pixels: a name burned into the middle of the image (a
radiographer's annotation, no box); a name burned into the stored pixels' bottom left that
the EXIF orientation turns to the top left, where its redact box is; dark letters on a
light label in the bottom right (no box); a name under a box in the top left with the given
name and the record number in the top right, outside it. A burned-in name no box covers
must make the export and the report refuse; one a box covers must come out dark.

Built here from code, deterministically; heldout5's and heldout6's writers (JPEG segments,
ICC, DICOM elements, PNG chunks, byte search) are imported, not copied.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

from PIL import Image as PILImage
from PIL import ImageCms, ImageDraw, ImageFont

from tests.privacy.heldout5.images import (
    _element,
    _jpeg,
    _pixels,
    _png,
    _segment,
    _us,
    icc_profile,
    inflated,
    search_variants,
)
from tests.privacy.heldout6.images import (
    Planted6,
    _chunk,
    _exif_app1,
    _meta,
    _png_chunks,
    _sq,
    _tiff,
)

__all__ = ["Planted6", "inflated", "planted_images", "search_variants"]

Box = tuple[float, float, float, float]


# -- in the bytes ----------------------------------------------------------------------------


def _jfif_thumb(name: str) -> bytes:
    """A JPEG whose JFIF APP0 carries an uncompressed RGB thumbnail (X x 1 pixels) whose
    bytes spell the name, and a FlashPix extension (APP2 ``FPXR``) contents list naming a
    stream after the patient (UTF-16, as FlashPix writes names)."""
    jpeg = _jpeg(_pixels())
    assert jpeg[2:4] == b"\xff\xe0"
    end = 4 + struct.unpack(">H", jpeg[4:6])[0]
    raw = f" {name} ".encode("latin-1", "replace")
    raw += b" " * ((-len(raw)) % 3)
    app0 = b"JFIF\0\x01\x02\0" + struct.pack(">HH", 1, 1) + bytes([len(raw) // 3, 1]) + raw
    fpxr = b"FPXR\0\0\x01" + struct.pack(">H", 1) + struct.pack(">I", 64) + b"\0"
    fpxr += f"/Screen Nail {name}".encode("utf-16-le") + b"\0\0" + b"\0" * 16
    return jpeg[:2] + _segment(0xE0, app0) + _segment(0xE2, fpxr) + jpeg[end:]


_SC = b"1.2.840.10008.5.1.4.1.1.7"  # Secondary Capture
_JPEG_BASELINE = b"1.2.840.10008.1.2.4.50"


def _dicom_jpeg(name: str, patient_id: str) -> bytes:
    """A DICOM secondary capture whose pixels are an encapsulated JPEG Baseline frame: the
    JPEG's COM and EXIF Artist say the name, so does the DICOM's own ICC Profile, and the
    Original Attributes Sequence (0400,0561) keeps the name a de-identifier replaced (its
    Modified Attributes Sequence), while the top-level Patient Name says ANONYMOUS."""
    given, _, surname = name.rpartition(" ")
    pn = f"{surname.upper()}^{given}".encode()
    grey = _pixels("L")
    frame = _jpeg(grey)
    frame = frame[:2] + _segment(0xFE, f"Captured for {name}".encode()) + frame[2:]
    frame = frame[:2] + _exif_app1(_tiff([[(0x013B, "ASCII", name.encode() + b"\0")]])) + frame[2:]
    if len(frame) % 2:
        frame += b"\0"
    item = struct.pack("<HHI", 0xFFFE, 0xE000, 0)  # an empty basic offset table
    item += struct.pack("<HHI", 0xFFFE, 0xE000, len(frame)) + frame
    pixel = struct.pack("<HH", 0x7FE0, 0x10) + b"OB\0\0" + struct.pack("<I", 0xFFFFFFFF)
    pixel += item + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)
    sop = b"1.2.826.0.1.3680043.8.498.77120934"
    w, h = grey.size
    ds = (
        _element(8, 0x16, "UI", _SC)
        + _element(8, 0x18, "UI", sop)
        + _element(8, 0x60, "CS", b"OT")
        + _element(0x10, 0x10, "PN", b"ANONYMOUS")
        + _element(0x10, 0x20, "LO", b"ANON-0001")
        + _element(0x20, 0x0D, "UI", b"1.2.826.0.1.3680043.8.498.771")
        + _element(0x20, 0x0E, "UI", b"1.2.826.0.1.3680043.8.498.772")
        + _element(0x28, 0x02, "US", _us(1))
        + _element(0x28, 0x04, "CS", b"MONOCHROME2")
        + _element(0x28, 0x10, "US", _us(h))
        + _element(0x28, 0x11, "US", _us(w))
        + _element(0x28, 0x100, "US", _us(8))
        + _element(0x28, 0x101, "US", _us(8))
        + _element(0x28, 0x102, "US", _us(7))
        + _element(0x28, 0x103, "US", _us(0))
        + _element(0x28, 0x2000, "OB", icc_profile(f"Workstation of {name}"))
        + _sq(
            0x400,
            0x561,
            _sq(
                0x400,
                0x550,
                _element(0x10, 0x10, "PN", pn) + _element(0x10, 0x20, "LO", patient_id.encode()),
            )
            + _element(0x400, 0x563, "LO", b"EXAMPLE DEID 1.0")
            + _element(0x400, 0x564, "LO", b"ANON"),
        )  # fmt: skip
        + pixel
    )
    return _meta(sop, _JPEG_BASELINE) + ds


def _text_tag(text: str) -> bytes:
    return b"text\0\0\0\0" + text.encode("latin-1", "replace") + b"\0"


def _desc_v2(text: str) -> bytes:
    """ICC v2 textDescriptionType: ASCII, then Unicode (UTF-16BE), then a ScriptCode part."""
    ascii_ = text.encode("latin-1", "replace") + b"\0"
    uni = text.encode("utf-16-be") + b"\0\0"
    out = b"desc\0\0\0\0" + struct.pack(">I", len(ascii_)) + ascii_
    out += struct.pack(">II", 0, len(uni) // 2) + uni
    return out + struct.pack(">HB", 0, 0) + b"\0" * 67


def icc_v2(text: str) -> bytes:
    """A working sRGB profile (littleCMS's), marked version 2.1, whose description is a
    textDescriptionType and whose copyright a textType, both saying ``text``."""
    base = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    (count,) = struct.unpack(">I", base[128:132])
    tags = {}
    for k in range(count):
        sig, off, size = struct.unpack(">4sII", base[132 + 12 * k : 144 + 12 * k])
        tags[sig] = base[off : off + size]
    tags[b"desc"], tags[b"cprt"] = _desc_v2(text), _text_tag(f"Copyright {text}")
    tags.pop(b"dmnd", None)
    tags.pop(b"dmdd", None)
    table = 132 + 12 * len(tags)
    entries, blobs = b"", b""
    for sig, blob in tags.items():
        blobs += b"\0" * ((-len(blobs)) % 4)
        entries += struct.pack(">4sII", sig, table + len(blobs), len(blob))
        blobs += blob
    body = struct.pack(">I", len(tags)) + entries + blobs
    header = bytearray(base[:128])
    header[0:4] = struct.pack(">I", 128 + len(body))
    header[8:12] = b"\x02\x10\0\0"  # version 2.1
    header[84:100] = b"\0" * 16
    return bytes(header) + body


def _png_keywords(name: str) -> bytes:
    """A PNG whose tEXt and zTXt chunks have the name as their keyword (the values are
    harmless), an iTXt whose translated keyword is the name, and an iCCP chunk holding a
    version-2 profile whose description and copyright say it."""
    import zlib

    chunks = _png_chunks(_png(_pixels(), icc_profile=icc_v2(f"Display of {name}")))
    key = name.encode("latin-1", "replace")[:79]
    extra = _chunk(b"tEXt", key + b"\0reviewed")
    extra += _chunk(b"zTXt", key + b"\0\0" + zlib.compress(b"ok"))
    extra += _chunk(b"iTXt", b"Title\0\0\0en\0" + name.encode() + b"\0graft scan")
    out = b"\x89PNG\r\n\x1a\n"
    for kind, data in chunks:
        if kind == b"IDAT" and extra:
            out += extra
            extra = b""
        out += _chunk(kind, data)
    return out


# -- burned into the pixels ------------------------------------------------------------------


@dataclass(frozen=True)
class Burn7:
    """Text drawn at ``at`` (fractions of the image: the text's top left corner), in
    ``ink`` on the image, or on a label of colour ``paper`` the text's size and a margin."""

    size: tuple[int, int]
    at: tuple[float, float]
    font: int
    ink: int = 255
    paper: int | None = None

    def _font(self) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        return ImageFont.load_default(size=self.font)

    def box(self, text: str, margin: int = 0) -> Box:
        """The letters' extent (fractions), ``margin`` pixels wider each side."""
        w, h = self.size
        draw = ImageDraw.Draw(PILImage.new("L", self.size))
        x0, y0 = int(self.at[0] * w), int(self.at[1] * h)
        left, top, right, bottom = draw.textbbox((x0, y0), text, font=self._font())
        return (max(0, left - margin) / w, max(0, top - margin) / h,
                min(w, right + margin) / w, min(h, bottom + margin) / h)  # fmt: skip

    def draw(self, img: PILImage.Image, text: str) -> PILImage.Image:
        w, h = self.size
        d = ImageDraw.Draw(img)
        if self.paper is not None:
            x0, y0, x1, y1 = self.box(text, margin=6)
            d.rectangle((x0 * w, y0 * h, x1 * w, y1 * h), fill=(self.paper,) * 3)
        ink = (self.ink,) * 3
        d.text((int(self.at[0] * w), int(self.at[1] * h)), text, fill=ink, font=self._font())
        return img


def canvas(w: int, h: int) -> PILImage.Image:
    return _pixels().resize((w, h), PILImage.Resampling.BICUBIC)


def plain_upper(name: str) -> str:
    """The name as a scanner's character set prints it: capitals, no accents."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.upper())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def burned_text(name: str) -> str:
    return f"{plain_upper(name)}  2024-02-01"


CENTRE = Burn7((512, 384), (0.3, 0.47), 16)  # the name alone: clear of every border
ROTATED = Burn7((512, 384), (0.02, 0.03), 16)  # upright coordinates
LIGHT = Burn7((640, 480), (0.5, 0.92), 14, ink=20, paper=235)
LEFT = Burn7((512, 384), (0.02, 0.03), 14)
RIGHT = Burn7((512, 384), (0.62, 0.03), 12)


def _rotated_jpeg(name: str) -> bytes:
    """The upright image has the name in its top left; the file stores it turned a quarter
    anticlockwise (the name in the stored bottom left) with EXIF Orientation 6, which a
    viewer turns back."""
    upright = ROTATED.draw(canvas(*ROTATED.size), burned_text(name))
    stored = upright.transpose(PILImage.Transpose.ROTATE_90)
    exif = PILImage.Exif()
    exif[0x0112] = 6
    return _jpeg(stored, exif=exif.tobytes())


def _two_places(name: str, mrn: str) -> PILImage.Image:
    img = LEFT.draw(canvas(*LEFT.size), plain_upper(name))
    return RIGHT.draw(img, right_text(name, mrn))


def right_text(name: str, mrn: str) -> str:
    return f"{plain_upper(name.split()[0])} {name.split()[-1][0]}. {mrn}"


# -- the list --------------------------------------------------------------------------------


def _image(key: str, name: str, mrn: str, ext: str, places: tuple[str, ...], data: bytes,
           *, filename: str | None = None, **extra: object) -> Planted6:  # fmt: skip
    surname = name.split()[-1]
    return Planted6(key, name, mrn, filename or f"{surname}_{key}.{ext}", places, data, **extra)  # type: ignore[arg-type]


def _png_of(img: PILImage.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


SUBFOLDER = "Batbayar_Oyuunchimeg/CT 2024-02"


def planted_images() -> list[Planted6]:
    """The images, built anew (a few tens of milliseconds)."""
    centre, rotated = "Ljubica Marković-Hadžić", "Tavita Leaupepe-Faleolo"
    light, two = "Eluned Pritchard-Bowen", "Rahel Woldemariam-Tesfaye"
    two_mrn = "BLH-550921"
    return [
        _image("jfif-thumb", "Benedita Carvalhal-Nkosi", "HCL-447120", "jpg",
               ("JFIF APP0 uncompressed RGB thumbnail bytes",
                "FlashPix APP2 FPXR contents list (UTF-16)"),
               _jfif_thumb("Benedita Carvalhal-Nkosi")),
        _image("dicom-jpeg", "Aigerim Sadykova-Nurlanovna", "NMC-KZ-88213", "dcm",
               ("DICOM encapsulated JPEG Baseline frame: its COM and EXIF Artist",
                "DICOM ICC Profile (0028,2000)",
                "Original Attributes Sequence (0400,0561) > Modified Attributes (0400,0550) "
                "Patient Name; top-level Patient Name ANONYMOUS"),
               _dicom_jpeg("Aigerim Sadykova-Nurlanovna", "NMC-KZ-88213")),
        _image("png-keywords", "Mahlet Gebremariam", "AAU-331845", "png",
               ("PNG tEXt and zTXt keyword", "PNG iTXt translated keyword",
                "PNG iCCP version-2 profile: desc (textDescriptionType), cprt (textType)"),
               _png_keywords("Mahlet Gebremariam")),
        _image("subfolder", "Oyuunchimeg Batbayar", "UB-SHH-20441", "png",
               ("the folder the image file sits in (its path in the case file)",),
               _png(_pixels()), filename=f"{SUBFOLDER}/slice-07.png"),
        _image("caption-caret", "Thandeka Mabuza-Radebe", "CHBAH-771203", "png",
               ("the caption, quoting the DICOM header (SURNAME^GIVEN)",
                "a label annotation (SURNAME^GIVEN)"),
               _png(_pixels()),
               caption="CT KUB 01/02/2024 MABUZA-RADEBE^THANDEKA acc 4471822",
               label="MABUZA-RADEBE^THANDEKA"),
        _image("burned-centre", centre, "KBC-ZG-40918", "png",
               ("burned into the middle of the pixels (no corner, no border), no box: "
                "must be refused",),
               _png_of(CENTRE.draw(canvas(*CENTRE.size), plain_upper(centre))),
               text=CENTRE.box(plain_upper(centre))),
        _image("burned-rotated", rotated, "TTM-APIA-7712", "jpg",
               ("burned into the stored pixels' bottom left, turned to the top left by EXIF "
                "Orientation 6, a redact box over it (upright coordinates)",),
               _rotated_jpeg(rotated),
               redact=ROTATED.box(burned_text(rotated), margin=6),
               text=ROTATED.box(burned_text(rotated))),
        _image("burned-light", light, "YG-BNG-33081", "jpg",
               ("dark letters on a light label burned into the bottom right, no box: must be "
                "refused",),
               _jpeg(LIGHT.draw(canvas(*LIGHT.size), burned_text(light))),
               text=LIGHT.box(burned_text(light), margin=6)),
        _image("burned-two-places", two, two_mrn, "png",
               ("the name under a redact box in the top left, the given name, an initial and "
                "the record number again in the top right, outside it: must be refused",),
               _png_of(_two_places(two, two_mrn)),
               redact=LEFT.box(plain_upper(two), margin=6),
               text=RIGHT.box(right_text(two, two_mrn))),
    ]  # fmt: skip
