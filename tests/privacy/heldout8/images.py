"""The images of the eighth held-out corpus: each hides its patient's name where a careless
anonymiser keeps it, in places heldout5's, heldout6's and heldout7's images did not use, so
a survival names its hiding place.

In the bytes: a DICOM in the Deflated Explicit VR Little Endian transfer syntax (the whole
data set raw-deflated, so a byte search of the file finds nothing) whose top-level Patient
Name says ANONYMOUS in its alphabetic group but the name in its ideographic and phonetic
groups (UTF-8, ``ISO_IR 192``), with the name also in Body Part Examined (a code string
caselog copies into ``source``), Patient's Birth Name and Responsible Person; a JPEG whose
Photoshop APP13 resources (not IPTC) carry it: a resource's own Pascal name, the slices
resource (UTF-16) and the JPEG thumbnail resource (0x040C) whose COM names the patient; a
PNG whose C2PA content credentials (``caBX``, a JUMBF manifest with JSON and CBOR boxes)
name the author. In the pixels: a name tiled as a translucent diagonal watermark across a
tele-consultation screenshot (no box can cover it: it must be refused); a name burned
vertically, turned a quarter, in the right part of an ultrasound frame (clear of its
border), no box (it must be refused or come out dark).

Built here from code, deterministically; heldout5's, heldout6's and heldout7's writers are
imported, not copied.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from dataclasses import dataclass

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from tests.privacy.heldout5.images import (
    _after_soi,
    _element,
    _jpeg,
    _pixels,
    _png,
    _segment,
    _us,
    inflated,
    search_variants,
)
from tests.privacy.heldout6.images import Planted6, _chunk, _meta, _png_chunks
from tests.privacy.heldout7.images import canvas, plain_upper

__all__ = ["Planted8", "inflated", "planted_images", "raw_inflated", "search_variants"]

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Planted8(Planted6):
    """heldout6's planted image, with the name's words in its own script (searched too,
    whatever their length)."""

    script: tuple[str, ...] = ()

    @property
    def needles(self) -> list[str]:
        return [*super().needles, *self.script]


def raw_inflated(data: bytes, start: int) -> bytes:
    """The raw deflate stream (no zlib header) that starts at ``start``, inflated."""
    return zlib.decompressobj(-15).decompress(data[start:])


# -- in the bytes ----------------------------------------------------------------------------

_SC = b"1.2.840.10008.5.1.4.1.1.7"  # Secondary Capture
DEFLATED = b"1.2.840.10008.1.2.1.99"  # Deflated Explicit VR Little Endian


def dicom_deflated(name: str, ideographic: str, phonetic: str, patient_id: str) -> bytes:
    """A secondary capture whose data set (after the file meta) is raw-deflated; the
    Patient Name's alphabetic group is ANONYMOUS, its ideographic and phonetic groups are
    the name; Body Part Examined, Patient's Birth Name and Responsible Person say it too."""
    given, _, surname = name.rpartition(" ")
    upper = f"{surname.upper()} {given.upper()}"[:16]
    grey = _pixels("L")
    w, h = grey.size
    sop = b"1.2.826.0.1.3680043.8.498.88120934"
    ds = (
        _element(8, 0x05, "CS", b"ISO_IR 192")
        + _element(8, 0x16, "UI", _SC)
        + _element(8, 0x18, "UI", sop)
        + _element(8, 0x60, "CS", b"US")
        + _element(0x10, 0x10, "PN", f"ANONYMOUS={ideographic}={phonetic}".encode())
        + _element(0x10, 0x20, "LO", b"ANON-0008")
        + _element(0x10, 0x1005, "PN", f"{surname.upper()}^{given.upper()}".encode())
        + _element(0x10, 0x2297, "PN", f"{surname.upper()}^KENJI".encode())
        + _element(0x18, 0x15, "CS", upper.encode())
        + _element(0x20, 0x0D, "UI", b"1.2.826.0.1.3680043.8.498.881")
        + _element(0x20, 0x0E, "UI", b"1.2.826.0.1.3680043.8.498.882")
        + _element(0x28, 0x02, "US", _us(1))
        + _element(0x28, 0x04, "CS", b"MONOCHROME2")
        + _element(0x28, 0x10, "US", _us(h))
        + _element(0x28, 0x11, "US", _us(w))
        + _element(0x28, 0x100, "US", _us(8))
        + _element(0x28, 0x101, "US", _us(8))
        + _element(0x28, 0x102, "US", _us(7))
        + _element(0x28, 0x103, "US", _us(0))
        + _element(0x7FE0, 0x10, "OB", grey.tobytes())
    )
    del patient_id  # the real one is nowhere in the file: the de-identifier replaced it
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return _meta(sop, DEFLATED) + packer.compress(ds) + packer.flush()


def _pascal(text: bytes) -> bytes:
    out = bytes([len(text)]) + text
    return out + b"\0" * (len(out) % 2)


def _resource(rid: int, data: bytes, name: bytes = b"") -> bytes:
    body = b"8BIM" + struct.pack(">H", rid) + _pascal(name) + struct.pack(">I", len(data))
    return body + data + b"\0" * (len(data) % 2)


def _slices(name: str) -> bytes:
    """Photoshop's slices resource (0x041A, version 6): bounds, then the group name as a
    Unicode string (a length in characters, then UTF-16BE)."""
    uni = name.encode("utf-16-be")
    return struct.pack(">I4i", 6, 0, 0, 72, 96) + struct.pack(">I", len(name)) + uni + b"\0" * 8


def _thumbnail(name: str) -> bytes:
    """Photoshop's thumbnail resource (0x040C): a 28-byte header, then a JFIF JPEG whose
    COM names the patient."""
    small = _pixels().resize((32, 24))
    jpeg = _after_soi(_jpeg(small), _segment(0xFE, f"Preview of {name}".encode()))
    w, h = small.size
    row = (w * 24 + 31) // 32 * 4
    head = struct.pack(">6I2H", 1, w, h, row, row * h, len(jpeg), 24, 1)
    return head + jpeg


def jpeg_photoshop(name: str) -> bytes:
    """A JPEG with an APP13 Photoshop 3.0 block of image resources, no IPTC record: a
    resolution resource whose own (Pascal) name is the patient's, the slices resource, and
    the thumbnail resource."""
    resolution = struct.pack(">IHHIHH", 72 << 16, 1, 1, 72 << 16, 1, 1)
    block = b"Photoshop 3.0\0"
    block += _resource(0x03ED, resolution, name.encode("latin-1", "replace")[:60])
    block += _resource(0x041A, _slices(name))
    block += _resource(0x040C, _thumbnail(name))
    return _after_soi(_jpeg(_pixels()), _segment(0xED, block))


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _jumd(label: str, uuid: bytes) -> bytes:
    return _box(b"jumd", uuid + b"\x03" + label.encode() + b"\0")


_C2PA = bytes.fromhex("6332706100110010800000aa00389b71")
_JSON = bytes.fromhex("6a736f6e00110010800000aa00389b71")
_CBOR = bytes.fromhex("63626f7200110010800000aa00389b71")


def _cbor_text(s: str) -> bytes:
    raw = s.encode()
    return (bytes([0x78, len(raw)]) if len(raw) < 256 else b"") + raw


def png_c2pa(name: str) -> bytes:
    """A PNG with a ``caBX`` chunk (C2PA content credentials): a JUMBF superbox holding a
    manifest with a JSON assertion (``stds.schema-org.CreativeWork``, the author's name)
    and a CBOR claim (``claim_generator_info`` naming the phone's owner)."""
    work = json.dumps({"@context": "https://schema.org", "@type": "CreativeWork",
                       "author": [{"@type": "Person", "name": name}]}).encode()  # fmt: skip
    claim = b"\xa2" + _cbor_text("dc:title") + _cbor_text("graft.png")
    claim += _cbor_text("claim_generator") + _cbor_text(f"Camera of {name}")
    assertion = _box(b"jumb", _jumd("stds.schema-org.CreativeWork", _JSON) + _box(b"json", work))
    claim_box = _box(b"jumb", _jumd("c2pa.claim", _CBOR) + _box(b"cbor", claim))
    manifest = _box(b"jumb", _jumd("urn:uuid:8f1c0447-heldout8", _C2PA) + assertion + claim_box)
    store = _box(b"jumb", _jumd("c2pa", _C2PA) + manifest)
    out = b"\x89PNG\r\n\x1a\n"
    for kind, data in _png_chunks(_png(_pixels())):
        if kind == b"IDAT" and store:
            out += _chunk(b"caBX", store)
            store = b""
        out += _chunk(kind, data)
    return out


# -- burned into the pixels ------------------------------------------------------------------


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


WATERMARK = (640, 480)


def watermarked(name: str) -> PILImage.Image:
    """A tele-consultation screenshot with ``CONFIDENTIAL <NAME>`` tiled diagonally across
    it, light grey at about a third of full opacity."""
    w, h = WATERMARK
    base = canvas(w, h).convert("RGBA")
    layer = PILImage.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    text = f"CONFIDENTIAL {plain_upper(name)}"
    for row in range(0, h * 2, 70):
        for col in range(-200 + (row // 70) % 2 * 200, w * 2, 560):
            d.text((col, row), text, fill=(235, 235, 235, 90), font=_font(22))
    layer = layer.rotate(30, resample=PILImage.Resampling.BICUBIC)
    layer = layer.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    return PILImage.alpha_composite(base, layer).convert("RGB")


VERTICAL = (512, 384)
_V_AT = (368, 60)  # the turned text's top left corner (pixels): inside the frame, no border


def _vertical_label(name: str) -> PILImage.Image:
    text = f"{plain_upper(name)}  LIVER/KIDNEY"
    probe = ImageDraw.Draw(PILImage.new("L", (1, 1)))
    left, top, right, bottom = probe.textbbox((0, 0), text, font=_font(15))
    label = PILImage.new("L", (int(right) + 2, int(bottom) + 2), 0)
    ImageDraw.Draw(label).text((0, 0), text, fill=255, font=_font(15))
    return label.rotate(90, expand=True)  # reads bottom to top


def vertical(name: str) -> PILImage.Image:
    """An ultrasound frame with the name (and the preset) burned vertically in its right
    part, reading bottom to top, as a scanner's side panel prints it."""
    img = canvas(*VERTICAL)
    label = _vertical_label(name)
    white = PILImage.new("RGB", label.size, (255, 255, 255))
    img.paste(white, _V_AT, mask=label)
    return img


def vertical_box(name: str) -> Box:
    w, h = VERTICAL
    lw, lh = _vertical_label(name).size
    x0, y0 = _V_AT
    return (x0 / w, y0 / h, min(w, x0 + lw) / w, min(h, y0 + lh) / h)


# -- the list --------------------------------------------------------------------------------


def _png_of(img: PILImage.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _image(key: str, name: str, mrn: str, ext: str, places: tuple[str, ...], data: bytes,
           **extra: object) -> Planted8:  # fmt: skip
    return Planted8(key, name, mrn, f"scan_{key}.{ext}", places, data, **extra)  # type: ignore[arg-type]


def planted_images() -> list[Planted8]:
    """The images, built anew (a few tens of milliseconds). Their file names carry no name:
    each hides it in one place, or a few of one kind."""
    mark, side = "Wanjiru Kamau-Njoroge", "Dildora Rakhimova"
    return [
        _image("dicom-deflated", "Hanako Takahashi", "KUH-88-20931", "dcm",
               ("Deflated Explicit VR Little Endian: the data set raw-deflated",
                "Patient Name (0010,0010) ideographic and phonetic component groups "
                "(ISO_IR 192); its alphabetic group ANONYMOUS",
                "Body Part Examined (0018,0015), which caselog copies into source",
                "Patient's Birth Name (0010,1005), Responsible Person (0010,2297)"),
               dicom_deflated("Hanako Takahashi", "高橋^花子", "タカハシ^ハナコ", "KUH-88-20931"),
               script=("高橋", "花子", "タカハシ", "ハナコ")),
        _image("jpeg-photoshop", "Yasmin Haddadin", "KHCC-551872", "jpg",
               ("APP13 Photoshop image resources, no IPTC: a resource's own Pascal name",
                "the slices resource 0x041A (UTF-16)",
                "the thumbnail resource 0x040C: a JPEG whose COM names the patient"),
               jpeg_photoshop("Yasmin Haddadin")),
        _image("png-c2pa", "Tamari Gvaramia", "TSMU-330917", "png",
               ("PNG caBX chunk: C2PA JUMBF manifest, a JSON CreativeWork author",
                "the same manifest's CBOR claim_generator"),
               png_c2pa("Tamari Gvaramia")),
        _image("burned-watermark", mark, "KNH-771245", "png",
               ("a translucent diagonal watermark tiled across the whole screenshot, no box: "
                "must be refused",),
               _png_of(watermarked(mark)), text=(0.0, 0.0, 1.0, 1.0)),
        _image("burned-vertical", side, "RSCU-558021", "jpg",
               ("burned vertically in the right part, clear of the border (text turned a "
                "quarter), no box: must be refused or dark",),
               _jpeg(vertical(side)), text=vertical_box(side)),
    ]  # fmt: skip
