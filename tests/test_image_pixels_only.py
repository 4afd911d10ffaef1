"""Images carry pixels only: the patient's name planted in every kind of JPEG segment and
PNG chunk (written byte by byte) is in neither the stored image nor the anonymised export."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Image, Patient
from caselog.interchange.images import load_image, pixels_only

NAME = b"Quillfeather"


def _pixels(fmt: str, **options: object) -> bytes:
    from PIL import Image as PILImage

    img = PILImage.new("RGB", (16, 12))
    for x in range(16):
        for y in range(12):
            img.putpixel((x, y), (x * 15, y * 20, 128))
    out = io.BytesIO()
    img.save(out, fmt, **options)
    return out.getvalue()


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _icc_with_text() -> bytes:
    """A minimal ICC profile whose description tag holds the name."""
    desc = b"desc" + b"\0" * 4 + struct.pack(">I", len(NAME) + 1) + NAME + b"\0"
    tags = struct.pack(">I", 1) + b"desc" + struct.pack(">II", 128 + 4 + 12, len(desc))
    header = bytearray(128)
    header[36:40] = b"acsp"
    body = bytes(header) + tags + desc
    struct.pack_into(">I", header, 0, len(body))
    return bytes(header) + tags + desc


# Each segment kind a JPEG can carry text in, inserted after SOI.
JPEG_SEGMENTS = {
    "JFXX thumbnail": _segment(0xE0, b"JFXX\0\x13" + NAME * 3),
    "EXIF": _segment(0xE1, b"Exif\0\0" + b"MM\0*\0\0\0\x08\0\0\0\0\0\0" + NAME),
    "XMP": _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + NAME + b"</x:xmpmeta>"),
    "ICC profile with text": _segment(0xE2, b"ICC_PROFILE\0\x01\x01" + _icc_with_text()),
    "IPTC": _segment(0xED, b"Photoshop 3.0\0" + NAME),
    "APP15": _segment(0xEF, NAME),
    "COM": _segment(0xFE, b"patient " + NAME),
}


def _jpeg_with(segment: bytes) -> bytes:
    data = _pixels("JPEG", quality=90)
    return data[:2] + segment + data[2:]


def _progressive_with_comment_between_scans() -> bytes:
    data = _pixels("JPEG", quality=90, progressive=True)
    second_scan = data.index(b"\xff\xda", data.index(b"\xff\xda") + 2)
    return data[:second_scan] + _segment(0xFE, NAME) + data[second_scan:]


def _markers(data: bytes) -> set[int]:
    """The segment markers of a JPEG up to its first scan, and after its scans."""
    from caselog.interchange.images import _segments

    segments = _segments(data)
    assert segments is not None, "not one clean segment structure"
    return {s[1] for s in segments}


def _assert_clean_jpeg(data: bytes) -> None:
    assert NAME not in data and NAME.lower() not in data
    assert _markers(data) <= {0xE0, 0xDB, 0xC0, 0xC4, 0xDA}  # JFIF, tables, frame, scan
    assert data.count(b"JFIF") == 1 and b"JFXX" not in data and b"ICC_PROFILE" not in data


@pytest.mark.parametrize("kind", sorted(JPEG_SEGMENTS))
def test_jpeg_segment_kinds_do_not_survive(kind: str) -> None:
    source = _jpeg_with(JPEG_SEGMENTS[kind])
    assert NAME in source
    stored = load_image(source, name="x.jpg").data
    _assert_clean_jpeg(stored)
    assert load_image(stored, name="x.jpg").data == stored  # stable once stored


def test_comment_between_progressive_scans_does_not_survive() -> None:
    source = _progressive_with_comment_between_scans()
    assert NAME in source
    _assert_clean_jpeg(load_image(source, name="p.jpg").data)


def test_bytes_after_the_end_do_not_survive() -> None:
    source = _pixels("JPEG") + b"trailer " + NAME
    _assert_clean_jpeg(load_image(source, name="t.jpg").data)


def _chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


PNG_CHUNKS = {
    "tEXt": _chunk(b"tEXt", b"Author\0" + NAME),
    "zTXt": _chunk(b"zTXt", b"Comment\0\0" + zlib.compress(NAME)),
    "iTXt": _chunk(b"iTXt", b"Comment\0\0\0en\0\0" + NAME),
    "iCCP": _chunk(b"iCCP", b"profile\0\0" + zlib.compress(_icc_with_text())),
    "eXIf": _chunk(b"eXIf", b"MM\0*\0\0\0\x08\0\0\0\0\0\0" + NAME),
    "private chunk": _chunk(b"prVt", NAME),
}


def _png_chunks(data: bytes) -> list[bytes]:
    pos, kinds = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kinds.append(data[pos + 4 : pos + 8])
        pos += 12 + length
    return kinds


@pytest.mark.parametrize("kind", sorted(PNG_CHUNKS))
def test_png_chunk_kinds_do_not_survive(kind: str) -> None:
    data = _pixels("PNG")
    ihdr_end = 8 + 25
    source = data[:ihdr_end] + PNG_CHUNKS[kind] + data[ihdr_end:]
    stored = load_image(source, name="x.png").data
    assert NAME not in stored and zlib.compress(NAME) not in stored
    assert set(_png_chunks(stored)) <= {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
    assert load_image(stored, name="x.png").data == stored


def test_anonymised_export_re_encodes_images_an_older_store_kept(tmp_path: Path) -> None:
    from caselog.interchange.writer import write_case_file

    dirty = _jpeg_with(JPEG_SEGMENTS["COM"])
    image = Image(data=dirty, media_type="image/jpeg", sha256="0" * 64, filename="x.jpg")
    case = Case(
        title="t",
        patient=Patient(sex="female"),
        events=[
            Event(
                kind="imaging", date=PartialDate.parse("2024-01-02"), modality="CT", images=[image]
            )
        ],
    )
    out = tmp_path / "a.json"
    write_case_file([case], [], out, anonymise=True)
    written = [p.read_bytes() for p in (tmp_path / "a-images").iterdir()]
    assert written and all(NAME not in b for b in written)
    assert pixels_only(dirty, "image/jpeg") == written[0]
