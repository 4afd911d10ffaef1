"""The images of the fifth held-out corpus: each hides its patient's name where a careless
anonymiser keeps it, one technique (or two) an image, so a survival names its hiding place.

The pixels are neutral (a smooth gradient and a disc: nothing text-like), except
``burned``, whose name is burned into the top left corner and covered by a ``redact`` box
(``REDACT``), as ``docs/case-format.md`` asks of burned-in text. Every image's file name also
carries the patient's surname, as files off a scanner or a phone often do.

Everything is built here from code, deterministically, so the bytes can be read.
"""

from __future__ import annotations

import contextlib
import io
import re
import struct
import zlib
from dataclasses import dataclass

from PIL import Image as PILImage
from PIL import ImageCms, ImageDraw, PngImagePlugin

W, H = 96, 72
REDACT = (0.0, 0.0, 0.75, 0.3)  # from, to (fractions): the box over the burned-in name


@dataclass(frozen=True)
class PlantedImage:
    key: str  # the technique, and the case key
    name: str  # the patient's recorded name
    mrn: str
    filename: str  # as the file came in
    places: tuple[str, ...]  # where the name is hidden
    data: bytes
    redact: tuple[float, float, float, float] | None = None  # a redact box, if burned in
    # where the burned-in name's pixels are (fractions), whatever the box covers
    text: tuple[float, float, float, float] | None = None

    @property
    def needles(self) -> list[str]:
        """The words of the name (four letters or more: no particle) that must not be
        readable."""
        return [w for w in re.findall(r"[^\W\d_]+", self.name) if len(w) >= 4]


def _pixels(mode: str = "RGB") -> PILImage.Image:
    img = PILImage.new("RGB", (W, H))
    px = img.load()
    assert px is not None
    for y in range(H):
        for x in range(W):
            d = ((x - W / 2) ** 2 + (y - H / 2) ** 2) ** 0.5
            v = 60 + int(120 * x / W) + (40 if d < 18 else 0)
            px[x, y] = (v, v, min(255, v + 10))
    return img.convert(mode)


def _jpeg(img: PILImage.Image, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90, **kw)
    return buf.getvalue()


def _segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _after_soi(jpeg: bytes, *segments: bytes) -> bytes:
    """``segments`` inserted after the first APP0 (JFIF) segment, or after SOI."""
    assert jpeg[:2] == b"\xff\xd8"
    i = 2
    if jpeg[2:4] == b"\xff\xe0":
        i = 4 + struct.unpack(">H", jpeg[4:6])[0]
    return jpeg[:i] + b"".join(segments) + jpeg[i:]


def _between_scans(jpeg: bytes, comment: bytes) -> bytes:
    """A COM segment after the entropy-coded data of every scan of a progressive JPEG."""
    out, i = bytearray(jpeg[:2]), 2
    while i < len(jpeg):
        marker = jpeg[i + 1]
        if marker == 0xD9:  # EOI
            out += jpeg[i:]
            break
        length = struct.unpack(">H", jpeg[i + 2 : i + 4])[0]
        out += jpeg[i : i + 2 + length]
        i += 2 + length
        if marker == 0xDA:  # SOS: the scan runs to the next marker but RSTn
            j = i
            while not (jpeg[j] == 0xFF and jpeg[j + 1] not in (0x00, *range(0xD0, 0xD8))):
                j += 1
            out += jpeg[i:j] + _segment(0xFE, comment)
            i = j
    return bytes(out)


def _iptc(fields: dict[int, str]) -> bytes:
    """An APP13 Photoshop IRB with an IPTC-IIM record (UTF-8, declared in record 1)."""
    iim = b"\x1c\x01\x5a\x00\x03\x1b\x25\x47"  # 1:90 coded character set: UTF-8
    for ds, text in fields.items():
        v = text.encode("utf-8")
        iim += struct.pack(">BBBH", 0x1C, 2, ds, len(v)) + v
    if len(iim) % 2:
        iim += b"\0"
    irb = b"8BIM" + b"\x04\x04" + b"\0\0" + struct.pack(">I", len(iim)) + iim
    return _segment(0xED, b"Photoshop 3.0\0" + irb)


def _xmp(name: str, extra: str = "") -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
        f"<dc:creator><rdf:Seq><rdf:li>{name}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{extra or name}'
        "</rdf:li></rdf:Alt></dc:description>"
        f"<photoshop:CaptionWriter>{name}</photoshop:CaptionWriter>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def _mluc(text: str) -> bytes:
    s = text.encode("utf-16-be")
    record = b"enUS" + struct.pack(">II", len(s), 28)
    return b"mluc\0\0\0\0" + struct.pack(">II", 1, 12) + record + s


def icc_profile(text: str) -> bytes:
    """A working sRGB profile (littleCMS's) whose description, copyright and device
    descriptions say ``text``."""
    base = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    (count,) = struct.unpack(">I", base[128:132])
    tags = {}
    for k in range(count):
        sig, off, size = struct.unpack(">4sII", base[132 + 12 * k : 144 + 12 * k])
        tags[sig] = base[off : off + size]
    for sig in (b"desc", b"cprt", b"dmnd", b"dmdd"):
        tags[sig] = _mluc(text)
    table = 132 + 12 * len(tags)  # a multiple of 4
    entries, blobs = b"", b""
    for sig, blob in tags.items():
        blobs += b"\0" * ((-len(blobs)) % 4)
        entries += struct.pack(">4sII", sig, table + len(blobs), len(blob))
        blobs += blob
    body = struct.pack(">I", len(tags)) + entries + blobs
    header = bytearray(base[:128])
    header[0:4] = struct.pack(">I", 128 + len(body))
    header[84:100] = b"\0" * 16  # no profile id (MD5): the profile was changed
    return bytes(header) + body


def _exif_iptc(name: str) -> bytes:
    exif = PILImage.Exif()
    exif[0x013B] = name  # Artist
    exif[0x010E] = f"CT abdomen, {name}"  # ImageDescription
    exif[0x8298] = f"(c) {name}"  # Copyright
    exif[0x9C9D] = name.encode("utf-16-le") + b"\0\0"  # XPAuthor (UTF-16)
    jpeg = _jpeg(_pixels(), exif=exif.tobytes())
    return _after_soi(jpeg, _iptc({80: name, 120: f"Patient {name}", 5: name}))


def _xmp_jpeg(name: str) -> bytes:
    app1 = _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0" + _xmp(name))
    return _after_soi(_jpeg(_pixels()), app1)


def _progressive(name: str) -> bytes:
    jpeg = _jpeg(_pixels(), progressive=True)
    return _between_scans(jpeg, f"pt: {name}".encode())


def _jfxx(name: str) -> bytes:
    thumb = _after_soi(
        _jpeg(_pixels().resize((16, 12))), _segment(0xFE, f"thumbnail of {name}".encode())
    )
    app0 = _segment(0xE0, b"JFXX\0\x10" + thumb)
    return _after_soi(_jpeg(_pixels()), app0) + f"\0trailer {name}".encode()


def _icc_jpeg(name: str) -> bytes:
    profile = icc_profile(f"Scanner profile for {name}")
    return _jpeg(_pixels(), icc_profile=profile)


def _png(img: PILImage.Image, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", **kw)
    return buf.getvalue()


def _png_text(name: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", name)  # tEXt (Latin-1)
    info.add_text("Comment", f"patient {name}", zip=True)  # zTXt
    info.add_itxt("Description", name, lang="mi", tkey="Whakaahua")  # iTXt
    info.add_itxt("XML:com.adobe.xmp", _xmp(name).decode(), zip=True)  # compressed iTXt
    return _png(_pixels(), pnginfo=info)


def _png_iccp(name: str) -> bytes:
    return _png(_pixels(), icc_profile=icc_profile(f"Monitor of {name}"))


def _burned(name: str) -> bytes:
    img = _pixels()
    ImageDraw.Draw(img).text(BURNED_AT, name.upper(), fill=(255, 255, 255))
    return _png(img)


BURNED_AT = (2, 2)


def burned_text_box(name: str) -> tuple[float, float, float, float]:
    """Where ``_burned`` draws ``name`` (fractions of the image): the letters' pixels."""
    draw = ImageDraw.Draw(_pixels())
    left, top, right, bottom = draw.textbbox(BURNED_AT, name.upper())
    return (left / W, top / H, min(right, W) / W, min(bottom, H) / H)


# -- DICOM (explicit VR little endian, written by hand) ----------------------------------

_LONG_VR = {"OB", "OW", "SQ", "UN", "UT", "UC", "UR"}


def _element(group: int, elem: int, vr: str, value: bytes) -> bytes:
    if len(value) % 2:
        value += b"\0" if vr in ("UI", "OB") else b" "
    head = struct.pack("<HH", group, elem) + vr.encode()
    if vr in _LONG_VR:
        return head + b"\0\0" + struct.pack("<I", len(value)) + value
    return head + struct.pack("<H", len(value)) + value


def _us(v: int) -> bytes:
    return struct.pack("<H", v)


def dicom(name: str, patient_id: str) -> bytes:
    """A one-frame CT slice whose patient, physician, operator, institution, comments and
    a private tag carry ``name``."""
    sop_class, sop = b"1.2.840.10008.5.1.4.1.1.2", b"1.2.826.0.1.3680043.8.498.55120934"
    syntax = b"1.2.840.10008.1.2.1"
    meta = (
        _element(2, 1, "OB", b"\0\1")
        + _element(2, 2, "UI", sop_class)
        + _element(2, 3, "UI", sop)
        + _element(2, 0x10, "UI", syntax)
        + _element(2, 0x12, "UI", b"1.2.826.0.1.3680043.8.498.1")
    )
    meta = _element(2, 0, "UL", struct.pack("<I", len(meta))) + meta
    given, _, surname = name.rpartition(" ")
    pn = f"{surname.upper()}^{given}".encode()
    rows, cols = H, W
    grey = _pixels("L")
    pixels = b"".join(struct.pack("<H", 800 + 4 * v) for v in grey.tobytes())
    ds = (
        _element(8, 0x16, "UI", sop_class)
        + _element(8, 0x18, "UI", sop)
        + _element(8, 0x20, "DA", b"20230412")
        + _element(8, 0x60, "CS", b"CT")
        + _element(8, 0x80, "LO", f"Clinic of Dr {name}".encode())
        + _element(8, 0x90, "PN", pn)
        + _element(8, 0x1030, "LO", f"CT abdomen {name}".encode())
        + _element(8, 0x1070, "PN", pn)
        + _element(0x10, 0x10, "PN", pn)
        + _element(0x10, 0x20, "LO", patient_id.encode())
        + _element(0x10, 0x30, "DA", b"19410307")
        + _element(0x10, 0x4000, "LT", f"Patient {name}, kidney transplant".encode())
        + _element(0x18, 0x15, "CS", b"ABDOMEN")
        + _element(0x20, 0x0D, "UI", b"1.2.826.0.1.3680043.8.498.77")
        + _element(0x20, 0x0E, "UI", b"1.2.826.0.1.3680043.8.498.78")
        + _element(0x28, 0x02, "US", _us(1))
        + _element(0x28, 0x04, "CS", b"MONOCHROME2")
        + _element(0x28, 0x10, "US", _us(rows))
        + _element(0x28, 0x11, "US", _us(cols))
        + _element(0x28, 0x100, "US", _us(16))
        + _element(0x28, 0x101, "US", _us(12))
        + _element(0x28, 0x102, "US", _us(11))
        + _element(0x28, 0x103, "US", _us(0))
        + _element(0x28, 0x1050, "DS", b"40")
        + _element(0x28, 0x1051, "DS", b"400")
        + _element(0x28, 0x1052, "DS", b"-1024")
        + _element(0x28, 0x1053, "DS", b"1")
        + _element(0x29, 0x10, "LO", b"HELDOUT5 PRIVATE")
        + _element(0x29, 0x1010, "LO", name.encode())
        + _element(0x7FE0, 0x10, "OW", pixels)
    )
    return b"\0" * 128 + b"DICM" + meta + ds


def _image(key: str, name: str, mrn: str, ext: str, places: tuple[str, ...], data: bytes,
           redact: tuple[float, float, float, float] | None = None) -> PlantedImage:  # fmt: skip
    surname = name.split()[-1]
    text = burned_text_box(name) if redact else None
    return PlantedImage(key, name, mrn, f"{surname}_{key}.{ext}", places, data, redact, text)


def planted_images() -> list[PlantedImage]:
    """The images, built anew (a few milliseconds)."""
    return [
        _image("exif-iptc", "Olufunmilayo Adebayo-Coker", "LUTH-330417", "jpg",
               ("EXIF Artist, ImageDescription, Copyright, XPAuthor (UTF-16)",
                "IPTC By-line, Caption, ObjectName (APP13)"),
               _exif_iptc("Olufunmilayo Adebayo-Coker")),
        _image("xmp", "Gráinne Ní Bhraonáin", "UHK-88104", "jpg",
               ("XMP dc:creator, dc:description, photoshop:CaptionWriter (APP1)",),
               _xmp_jpeg("Gráinne Ní Bhraonáin")),
        _image("progressive-com", "Ngaire Whakaruru", "TRH-5520193", "jpg",
               ("COM segment after every progressive scan",),
               _progressive("Ngaire Whakaruru")),
        _image("jfxx-trailer", "Baltasar Quintanilha", "HSJ-441872", "jpg",
               ("COM inside a JFXX JPEG thumbnail (APP0)", "bytes after EOI"),
               _jfxx("Baltasar Quintanilha")),
        _image("icc-jpeg", "Hamdan bin Sulaiman", "HKL-2290417", "jpg",
               ("ICC profile (APP2): desc, cprt, dmnd, dmdd (UTF-16)",),
               _icc_jpeg("Hamdan bin Sulaiman")),
        _image("png-text", "Wiremu Pōhatu", "WDHB-773018", "png",
               ("PNG tEXt Author", "PNG zTXt Comment", "PNG iTXt Description",
                "PNG compressed iTXt XMP"),
               _png_text("Wiremu Pōhatu")),
        _image("png-iccp", "Dagrun Solvik", "HUS-5530284", "png",
               ("PNG iCCP profile: desc, cprt, dmnd, dmdd (UTF-16, compressed)",),
               _png_iccp("Dagrun Solvik")),
        _image("dicom", "Titilayo Ogunbanjo", "OAUTH-118820", "dcm",
               ("DICOM PatientName, ReferringPhysicianName, OperatorsName, InstitutionName, "
                "StudyDescription, PatientComments, private tag",),
               dicom("Titilayo Ogunbanjo", "OAUTH-118820")),
        _image("burned", "Fumiko Ishigaki", "OKCH-608259", "png",
               ("burned into the pixels, a redact box over most of it",),
               _burned("Fumiko Ishigaki"), redact=REDACT),
    ]  # fmt: skip


def search_variants(word: str) -> list[bytes]:
    """The byte forms a word can take in a file: UTF-8, Latin-1, UTF-16 either way, upper
    and lower case, with and without its accents."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    forms = {word, plain}
    forms |= {f.upper() for f in forms} | {f.lower() for f in forms}
    out: set[bytes] = set()
    for f in forms:
        for enc in ("utf-8", "utf-16-le", "utf-16-be", "latin-1"):
            with contextlib.suppress(UnicodeEncodeError):
                out.add(f.encode(enc))
    return sorted(out)


def inflated(data: bytes) -> list[bytes]:
    """``data`` and every zlib stream that starts inside it and inflates (PNG zTXt, iTXt,
    iCCP and IDAT, PDF streams): text hidden compressed is read too."""
    out = [data]
    for m in _ZLIB_HEADER.finditer(data):
        i = m.start()
        if ((data[i] << 8) | data[i + 1]) % 31:
            continue
        try:
            chunk = zlib.decompressobj().decompress(data[i:], 1 << 24)
        except zlib.error:
            continue
        if chunk:
            out.append(chunk)
    return out


# a zlib header's first byte: deflate (8) with any window size; the second byte is checked
_ZLIB_HEADER = re.compile(rb"(?=[\x08\x18\x28\x38\x48\x58\x68\x78][\x00-\xff])", re.S)
