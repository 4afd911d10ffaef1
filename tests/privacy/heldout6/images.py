"""The images of the sixth held-out corpus: each hides its patient's name where a careless
anonymiser keeps it, in places heldout5's images did not use, so a survival names its
hiding place.

The pixels are neutral (heldout5's smooth gradient and disc, or the same drawn larger),
except the two burned-in images: ``burned-boxed``, whose name is burned into the top left
corner and wholly covered by a ``redact`` box (``docs/case-format.md``), and
``burned-nobox``, whose name and date are burned into the bottom left corner with no box
at all: a report or an anonymised export of it must be refused, not printed. One image,
``caption-label``, carries the name in the figure's own caption and label (text fields of
the case file, not bytes of the image). Every image's file name also carries the patient's
surname.

Built here from code, deterministically; heldout5's writers (JPEG segments, ICC, DICOM
elements, byte search) are imported, not copied.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from tests.privacy.heldout5.images import (
    PlantedImage,
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

__all__ = ["Planted6", "inflated", "planted_images", "search_variants"]


@dataclass(frozen=True)
class Planted6(PlantedImage):
    """heldout5's planted image, with the figure's caption and a label annotation's text
    (the case file's own text fields) when the name is hidden there."""

    caption: str | None = None
    label: str | None = None


# -- TIFF / EXIF written by hand (big-endian, nested IFDs, a thumbnail) --------------------

_TYPES = {"BYTE": 1, "ASCII": 2, "SHORT": 3, "LONG": 4, "UNDEFINED": 7}
_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 7: 1}
Entry = tuple[int, str, bytes | int]  # tag, type, value (bytes, or an int for SHORT/LONG)


def _tiff(ifds: list[list[Entry]], *, endian: str = ">", links: dict[int, int] | None = None,
          thumbnail: bytes | None = None) -> bytes:  # fmt: skip
    """A TIFF (EXIF) block: ``ifds[0]`` is IFD0; ``links`` maps a pointer tag of IFD0
    (0x8769 Exif, 0x8825 GPS) to the index of the IFD it points to; the last IFD is IFD1
    when ``thumbnail`` is given (its JPEG appended, with the two pointer tags)."""
    links = links or {}
    e = endian
    head = (b"MM" if e == ">" else b"II") + struct.pack(e + "HI", 42, 8)
    # lay out every IFD and its data after the header, in order
    sizes = []
    for ifd in ifds:
        n = len(ifd) + (2 if thumbnail is not None and ifd is ifds[-1] else 0)
        n += len(links) if ifd is ifds[0] else 0
        sizes.append(2 + 12 * n + 4)
    offsets, pos = [], 8
    blobs: list[bytes] = []
    for k, ifd in enumerate(ifds):
        offsets.append(pos)
        data_pos = pos + sizes[k]
        data = b""
        for _, _typ, val in ifd:
            if isinstance(val, bytes) and len(val) > 4:
                data += val + (b"\0" if len(val) % 2 else b"")
        blobs.append(data)
        pos = data_pos + len(data)
    thumb_at = pos
    out = bytearray(head)
    for k, ifd in enumerate(ifds):
        entries = list(ifd)
        if k == 0:
            entries += [(tag, "LONG", -1 - idx) for tag, idx in links.items()]
        if thumbnail is not None and k == len(ifds) - 1:
            entries += [(0x0201, "LONG", thumb_at), (0x0202, "LONG", len(thumbnail))]
        entries.sort(key=lambda x: x[0])
        data_pos = offsets[k] + 2 + 12 * len(entries) + 4
        table, data = struct.pack(e + "H", len(entries)), b""
        for tag, typ, val in entries:
            t = _TYPES[typ]
            if isinstance(val, int):
                v = offsets[-1 - val] if val < 0 else val
                count = 1
                raw = struct.pack(e + ("H" if t == 3 else "I"), v)
            else:
                raw, count = val, len(val) // _SIZE[t]
            if len(raw) <= 4:
                table += struct.pack(e + "HHI", tag, t, count) + raw.ljust(4, b"\0")
            else:
                table += struct.pack(e + "HHII", tag, t, count, data_pos + len(data))
                data += raw + (b"\0" if len(raw) % 2 else b"")
        nxt = 0
        if k == 0 and thumbnail is not None and len(ifds) > 1:
            nxt = offsets[-1]
        out += table + struct.pack(e + "I", nxt) + data
        assert len(out) == offsets[k + 1] if k + 1 < len(ifds) else True
    if thumbnail is not None:
        out += thumbnail
    return bytes(out)


def _ascii(s: str) -> bytes:
    return s.encode("latin-1", "replace") + b"\0"


def _exif_app1(tiff: bytes) -> bytes:
    return _segment(0xE1, b"Exif\0\0" + tiff)


# -- the hiding places -----------------------------------------------------------------------


def _mpf(name: str) -> bytes:
    """A two-image MPO (CIPA DC-007): the primary JPEG's APP2 MPF index points at a second
    JPEG after the first one's EOI, whose EXIF Artist and COM segment say the name."""
    second = _after_soi(
        _jpeg(_pixels().resize((48, 36))),
        _exif_app1(_tiff([[(0x013B, "ASCII", _ascii(name))]])),
        _segment(0xFE, f"disparity image of {name}".encode()),
    )
    primary = _jpeg(_pixels())

    def mp_index(second_offset: int, first_size: int) -> bytes:
        entries = struct.pack(">IIIHH", 0x030000, first_size, 0, 0, 0)
        entries += struct.pack(">IIIHH", 0x010002, len(second), second_offset, 0, 0)
        return _tiff([[(0xB000, "UNDEFINED", b"0100"), (0xB001, "LONG", 2),
                       (0xB002, "UNDEFINED", entries)]])  # fmt: skip

    # the second image's offset counts from the MPF TIFF header (after SOI, the segment's
    # marker and length, and "MPF\0": byte 10); the segment's length is the same whatever
    # the offsets, so a probe gives the primary's final size
    probe = _segment(0xE2, b"MPF\0" + mp_index(0, 0))
    first_size = len(primary) + len(probe)
    seg = _segment(0xE2, b"MPF\0" + mp_index(first_size - 10, first_size))
    assert len(seg) == len(probe)
    return primary[:2] + seg + primary[2:] + second


def _app_segments(name: str) -> bytes:
    """Text in the application segments a careless copy passes through: APP3, APP11
    (JUMBF-like box), APP12 ("Ducky", UTF-16), APP15, and an extended XMP packet (APP1,
    ``xmp/extension``) whose main packet says nothing."""
    ducky = b"Ducky" + struct.pack(">HHI", 1, 4, 80)
    text = name.encode("utf-16-be")
    ducky += struct.pack(">HH", 2, len(text) + 4) + b"\0\0\0" + bytes([len(name)]) + text
    ducky += struct.pack(">H", 0)
    ext = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>{name}</dc:creator></x:xmpmeta>'
    ext_b = ext.encode()
    guid = b"A1B2C3D4E5F60718293A4B5C6D7E8F90"
    xmp_ext = b"http://ns.adobe.com/xmp/extension/\0" + guid + struct.pack(">II", len(ext_b), 0)
    return _after_soi(
        _jpeg(_pixels()),
        _segment(0xE3, f"META scanner operator {name}".encode()),
        _segment(0xEB, b"JP\0\x01\0\0\0\x01" + f"jumb label {name}".encode()),
        _segment(0xEC, ducky),
        _segment(0xEF, f"APP15 patient: {name}".encode()),
        _segment(0xE1, xmp_ext + ext_b),
    )


def _exif_deep(name: str) -> bytes:
    """EXIF (big-endian) with nothing in IFD0 but the camera: the name is in the Exif IFD
    (UserComment in UNICODE, CameraOwnerName, MakerNote), the GPS IFD (GPSAreaInformation)
    and a COM segment of the IFD1 thumbnail."""
    thumb = _after_soi(_jpeg(_pixels().resize((24, 18))), _segment(0xFE, f"thumb {name}".encode()))
    ifd0: list[Entry] = [(0x010F, "ASCII", _ascii("Heldout6 Optics")),
                         (0x0110, "ASCII", _ascii("Model 6"))]  # fmt: skip
    exif_ifd: list[Entry] = [
        (0x9286, "UNDEFINED", b"UNICODE\0" + name.encode("utf-16-be")),
        (0x927C, "UNDEFINED", b"H6NOTE\0\0" + f"owner={name};".encode()),
        (0xA430, "ASCII", _ascii(name)),
    ]
    gps_ifd: list[Entry] = [
        (0x0000, "BYTE", bytes([2, 3, 0, 0])),
        (0x001C, "UNDEFINED", b"ASCII\0\0\0" + f"home of {name}".encode()),
    ]
    ifd1: list[Entry] = [(0x0103, "SHORT", 6)]
    tiff = _tiff([ifd0, exif_ifd, gps_ifd, ifd1], links={0x8769: 1, 0x8825: 2},
                 thumbnail=thumb)  # fmt: skip
    return _after_soi(_jpeg(_pixels()), _exif_app1(tiff))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    out, i = [], 8
    while i < len(png):
        (n,) = struct.unpack(">I", png[i : i + 4])
        out.append((png[i + 4 : i + 8], png[i + 8 : i + 8 + n]))
        i += 12 + n
    return out


def _png_late(name: str) -> bytes:
    """A PNG with an eXIf chunk (Artist, ImageDescription), a sPLT palette named after the
    patient, a private safe-to-copy chunk (``prVt``), a tEXt chunk after the image data and
    bytes after IEND."""
    chunks = _png_chunks(_png(_pixels()))
    exif = _tiff([[(0x010E, "ASCII", _ascii(f"graft CT {name}")),
                   (0x013B, "ASCII", _ascii(name))]], endian="<")  # fmt: skip
    splt = name.encode("latin-1") + b"\0" + bytes([8]) + bytes([128, 128, 128, 255, 0, 1])
    out = b"\x89PNG\r\n\x1a\n"
    for kind, data in chunks:
        if kind == b"IDAT":
            out += _chunk(b"eXIf", exif) + _chunk(b"sPLT", splt)
            out += _chunk(b"prVt", f"patient={name}".encode())
        if kind == b"IEND":
            out += _chunk(b"tEXt", b"Author\0" + name.encode("latin-1"))
        out += _chunk(kind, data)
    return out + f"\n-- exported for {name} --\n".encode()


def _sq(group: int, elem: int, *items: bytes) -> bytes:
    """A sequence of undefined length (explicit VR little endian), each item undefined."""
    start = struct.pack("<HHI", 0xFFFE, 0xE000, 0xFFFFFFFF)
    end = struct.pack("<HHI", 0xFFFE, 0xE00D, 0)
    body = b"".join(start + it + end for it in items)
    head = struct.pack("<HH", group, elem) + b"SQ\0\0" + struct.pack("<I", 0xFFFFFFFF)
    return head + body + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)


_CT = b"1.2.840.10008.5.1.4.1.1.2"


def _meta(sop: bytes, syntax: bytes, aet: bytes = b"") -> bytes:
    meta = (
        _element(2, 1, "OB", b"\0\1")
        + _element(2, 2, "UI", _CT)
        + _element(2, 3, "UI", sop)
        + _element(2, 0x10, "UI", syntax)
        + _element(2, 0x12, "UI", b"1.2.826.0.1.3680043.8.498.6")
        + (_element(2, 0x16, "AE", aet) if aet else b"")
    )
    return b"\0" * 128 + b"DICM" + _element(2, 0, "UL", struct.pack("<I", len(meta))) + meta


def _image_module(explicit: bool = True) -> list[tuple[int, int, str, bytes]]:
    w, h = _pixels().size
    grey = _pixels("L")
    pixels = b"".join(struct.pack("<H", 800 + 4 * v) for v in grey.tobytes())
    return [
        (0x28, 0x02, "US", _us(1)),
        (0x28, 0x04, "CS", b"MONOCHROME2"),
        (0x28, 0x10, "US", _us(h)),
        (0x28, 0x11, "US", _us(w)),
        (0x28, 0x100, "US", _us(16)),
        (0x28, 0x101, "US", _us(12)),
        (0x28, 0x102, "US", _us(11)),
        (0x28, 0x103, "US", _us(0)),
        (0x28, 0x1050, "DS", b"40"),
        (0x28, 0x1051, "DS", b"400"),
        (0x28, 0x1052, "DS", b"-1024"),
        (0x28, 0x1053, "DS", b"1"),
        (0x7FE0, 0x10, "OW", pixels),
    ]


def _dicom_sequences(name: str, patient_id: str) -> bytes:
    """A CT slice whose top-level patient name is blanked, as a careless anonymiser leaves
    it, but whose sequences still carry the name: Referenced Patient Sequence, Request
    Attributes Sequence (requested procedure), Content Sequence (a text value), with Other
    Patient Names, Additional Patient History, an overlay description and the sending
    station's AE title (file meta)."""
    given, _, surname = name.rpartition(" ")
    pn = f"{surname.upper()}^{given}".encode()
    sop = b"1.2.826.0.1.3680043.8.498.66120934"
    ds = (
        _element(8, 0x16, "UI", _CT)
        + _element(8, 0x18, "UI", sop)
        + _element(8, 0x60, "CS", b"CT")
        + _sq(
            8,
            0x1120,
            _element(8, 0x1150, "UI", b"1.2.840.10008.3.1.2.3.1") + _element(0x10, 0x10, "PN", pn),
        )  # fmt: skip
        + _element(0x10, 0x10, "PN", b"ANONYMOUS")
        + _element(0x10, 0x20, "LO", b"ANON")
        + _element(0x10, 0x1001, "PN", pn)
        + _element(0x10, 0x21B0, "LT", f"History given by {name} herself".encode())
        + _element(0x18, 0x15, "CS", b"ABDOMEN")
        + _element(0x20, 0x0D, "UI", b"1.2.826.0.1.3680043.8.498.661")
        + _element(0x20, 0x0E, "UI", b"1.2.826.0.1.3680043.8.498.662")
        + b"".join(_element(g, e, vr, v) for g, e, vr, v in _image_module()[:-1])
        + _sq(
            0x40,
            0x275,
            _element(0x32, 0x1060, "LO", f"CT graft for {name}".encode())
            + _element(0x40, 0x1001, "SH", patient_id.encode()),
        )  # fmt: skip
        + _sq(
            0x40,
            0xA730,
            _element(0x40, 0xA040, "CS", b"TEXT")
            + _element(0x40, 0xA160, "UT", f"Patient {name} tolerated contrast".encode()),
        )  # fmt: skip
        + _element(0x6000, 0x22, "LO", f"{surname} marker".encode())
        + _element(*_image_module()[-1])
    )
    return _meta(sop, b"1.2.840.10008.1.2.1", f"{surname[:12].upper()} WS".encode()) + ds


def _implicit(group: int, elem: int, value: bytes) -> bytes:
    if len(value) % 2:
        value += b" "
    return struct.pack("<HHI", group, elem, len(value)) + value


def _dicom_implicit(name: str, patient_id: str) -> bytes:
    """A CT slice in implicit VR little endian (the default transfer syntax), the name in
    Patient Name, Institution Address, Study Comments and the retired Text Comments."""
    given, _, surname = name.rpartition(" ")
    pn = f"{surname.upper()}^{given}".encode()
    sop = b"1.2.826.0.1.3680043.8.498.66120935"
    ds = (
        _implicit(8, 0x16, _CT + b"\0")
        + _implicit(8, 0x18, sop)
        + _implicit(8, 0x60, b"CT")
        + _implicit(8, 0x81, f"c/o {name}, ward 6".encode())
        + _implicit(0x10, 0x10, pn)
        + _implicit(0x10, 0x20, patient_id.encode())
        + _implicit(0x20, 0x0D, b"1.2.826.0.1.3680043.8.498.663\0")
        + _implicit(0x20, 0x0E, b"1.2.826.0.1.3680043.8.498.664\0")
        + b"".join(_implicit(g, e, v) for g, e, _, v in _image_module()[:-1])
        + _implicit(0x32, 0x4000, f"Study requested by {name}".encode())
        + _implicit(0x4000, 0x4000, f"{name}".encode())
        + _implicit(0x7FE0, 0x10, _image_module()[-1][3])
    )
    return _meta(sop, b"1.2.840.10008.1.2") + ds


# -- burned-in text ----------------------------------------------------------------------------


def _canvas(w: int, h: int) -> PILImage.Image:
    return _pixels().resize((w, h), PILImage.Resampling.BICUBIC)


_Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@dataclass(frozen=True)
class Burn:
    size: tuple[int, int]
    at: tuple[int, int]  # where the text starts
    font: int  # pixel size
    corner: str  # "top left" or "bottom left": ``at`` counts from that corner

    def text_of(self, name: str) -> str:
        return f"{name.upper()}  2023-04-12"

    def place(self, name: str) -> tuple[ImageDraw.ImageDraw, tuple[int, int], _Font]:
        font = ImageFont.load_default(size=self.font)
        draw = ImageDraw.Draw(_canvas(*self.size))
        left, top, _, bottom = (
            int(v) for v in draw.textbbox((0, 0), self.text_of(name), font=font)
        )
        x, y = self.at
        if self.corner == "bottom left":
            y = self.size[1] - y - (bottom - top)
        return draw, (x - left, y - top), font

    def box(self, name: str, margin: int = 0) -> tuple[float, float, float, float]:
        """The letters' extent (fractions), ``margin`` pixels wider each side."""
        draw, xy, font = self.place(name)
        x0, t, r, b = draw.textbbox(xy, self.text_of(name), font=font)
        w, h = self.size
        return (max(0, x0 - margin) / w, max(0, t - margin) / h,
                min(w, r + margin) / w, min(h, b + margin) / h)  # fmt: skip

    def image(self, name: str) -> PILImage.Image:
        img = _canvas(*self.size)
        _, xy, font = self.place(name)
        ImageDraw.Draw(img).text(xy, self.text_of(name), fill=(255, 255, 255), font=font)
        return img


BOXED = Burn((512, 384), (10, 8), 16, "top left")
NOBOX = Burn((640, 480), (12, 10), 14, "bottom left")


# -- the list --------------------------------------------------------------------------------


def _image(key: str, name: str, mrn: str, ext: str, places: tuple[str, ...], data: bytes,
           **extra: object) -> Planted6:  # fmt: skip
    surname = name.split()[-1]
    return Planted6(key, name, mrn, f"{surname}_{key}.{ext}", places, data, **extra)  # type: ignore[arg-type]


def _png_of(img: PILImage.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def planted_images() -> list[Planted6]:
    """The images, built anew (a few tens of milliseconds)."""
    boxed_name, nobox_name = "Kgomotso Sebele-Mokoena", "Lalaine Magbanua"
    return [
        _image("mpf", "Obiageli Nwokedi-Ibe", "FMCO-418227", "jpg",
               ("MPF index (APP2) and a second JPEG after EOI: its EXIF Artist and a COM",),
               _mpf("Obiageli Nwokedi-Ibe")),
        _image("app-segments", "Sione Fifita-Tuipulotu", "VAI-550183", "jpg",
               ("APP3, APP11, APP12 Ducky (UTF-16), APP15",
                "extended XMP (APP1 xmp/extension)"),
               _app_segments("Sione Fifita-Tuipulotu")),
        _image("exif-deep", "Thandiwe Zungu-Sithole", "CMJAH-771045", "jpg",
               ("EXIF big-endian: UserComment (UNICODE), MakerNote, CameraOwnerName",
                "GPS IFD GPSAreaInformation", "COM in the IFD1 thumbnail"),
               _exif_deep("Thandiwe Zungu-Sithole")),
        _image("png-late", "Mehrangiz Tabatabaei", "TUMS-338104", "png",
               ("PNG eXIf Artist, ImageDescription", "sPLT palette name",
                "private chunk prVt", "tEXt after IDAT", "bytes after IEND"),
               _png_late("Mehrangiz Tabatabaei")),
        _image("dicom-seq", "Abebech Gebreyes-Tadesse", "TASH-204418", "dcm",
               ("DICOM sequences: Referenced Patient, Request Attributes, Content (text)",
                "Other Patient Names, Additional Patient History, overlay description",
                "file meta Source AE title; top-level Patient Name blanked"),
               _dicom_sequences("Abebech Gebreyes-Tadesse", "TASH-204418")),
        _image("dicom-implicit", "Folasade Ogunsanwo-Adeyemi", "UCH-IB-660271", "dcm",
               ("DICOM implicit VR: Patient Name, Institution Address, Study Comments, "
                "Text Comments (retired)",),
               _dicom_implicit("Folasade Ogunsanwo-Adeyemi", "UCH-IB-660271")),
        _image("caption-label", "Dilnoza Yusupova", "RSCU-118342", "png",
               ("the figure's caption", "a label annotation's text"),
               _png(_pixels()),
               caption="Transplant artery of Dilnoza Yusupova on day four",
               label="YUSUPOVA D."),
        _image("burned-boxed", boxed_name, "CHBAH-405512", "png",
               ("burned into the pixels (top left), wholly under a redact box",),
               _png_of(BOXED.image(boxed_name)),
               redact=BOXED.box(boxed_name, margin=6), text=BOXED.box(boxed_name)),
        _image("burned-nobox", nobox_name, "WVMC-228913", "jpg",
               ("burned into the pixels (bottom left), no box: must be refused",),
               _jpeg(NOBOX.image(nobox_name)), text=NOBOX.box(nobox_name)),
    ]  # fmt: skip
