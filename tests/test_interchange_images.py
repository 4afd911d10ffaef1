"""Hostile and awkward images: judged by content, limits enforced, metadata stripped."""
# ruff: noqa: E501  (the exact messages are easier to read unbroken)

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from caselog.interchange.errors import CaseFileError, ImageError
from caselog.interchange.images import MAX_BYTES, PNG_MAGIC, load_image
from caselog.interchange.reader import read_case_file
from tests.examples import EXAMPLE_DIR
from tests.interchange_helpers import document, issues_of, minimal_case, read

EXAMPLE_PNG = EXAMPLE_DIR / "ct-initial.png"


def encode(fmt: str, size: tuple[int, int] = (12, 8), **options: object) -> bytes:
    out = io.BytesIO()
    img = PILImage.new("RGB", size, (10, 200, 30))
    img.putpixel((0, 0), (255, 0, 0))  # a marker to check orientation
    img.save(out, fmt, **options)
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that claims ``width`` x ``height`` pixels (a decompression bomb's shape)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        PNG_MAGIC
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def exif_with_gps(orientation: int = 1) -> PILImage.Exif:
    exif = PILImage.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (35.0, 41.0, 22.0)}  # GPS IFD
    return exif


def test_png_loads_with_size_hash_and_type() -> None:
    image = load_image(EXAMPLE_PNG.read_bytes(), name="ct-initial.png")
    assert (image.media_type, image.width, image.height) == ("image/png", 480, 480)
    assert len(image.sha256) == 64 and image.filename == "ct-initial.png"
    assert load_image(image.data, name="again.png").data == image.data  # idempotent


def test_jpeg_named_png_is_taken_as_jpeg() -> None:
    image = load_image(encode("JPEG"), name="photo.png")
    assert image.media_type == "image/jpeg"
    assert (image.width, image.height) == (12, 8)


def test_text_file_named_png_is_refused() -> None:
    with pytest.raises(ImageError) as caught:
        load_image(b"hello, I am not an image\n", name="x.png")
    assert str(caught.value) == "x.png is not a PNG, JPEG or DICOM image (judged by its content)"


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_truncated_image_is_refused(fmt: str) -> None:
    noisy = PILImage.effect_noise((64, 64), 50).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, fmt)
    data = out.getvalue()
    with pytest.raises(ImageError) as caught:
        load_image(data[: len(data) // 2], name="cut")
    assert str(caught.value).startswith(f"cut is not a complete, readable {fmt} image (")


def test_decompression_bomb_over_our_limit_is_refused() -> None:
    with pytest.raises(ImageError) as caught:
        load_image(png_header_only(8000, 8000), name="bomb.png")
    assert str(caught.value) == (
        "bomb.png is 8000 x 8000 pixels, more than the 50 megapixels an image may have"
    )


@pytest.mark.parametrize("side", [10_000, 20_000])  # Pillow's warning, then its error
def test_decompression_bomb_over_pillows_limits_is_refused(side: int) -> None:
    with pytest.raises(ImageError) as caught:
        load_image(png_header_only(side, side), name="bomb.png")
    assert str(caught.value).startswith("bomb.png has too many pixels to be opened safely (")


def test_oversized_file_is_refused_before_decoding() -> None:
    data = encode("PNG") + b"\0" * MAX_BYTES
    with pytest.raises(ImageError) as caught:
        load_image(data, name="huge.png")
    assert str(caught.value) == "huge.png is 25.0 MiB, more than the 25 MiB an image may have"


def test_jpeg_exif_and_gps_are_stripped_and_pixels_re_encoded() -> None:
    original = encode("JPEG", exif=exif_with_gps(), comment=b"patient Hanako")
    image = load_image(original, name="p.jpg")
    assert b"Exif" not in image.data and b"Hanako" not in image.data
    assert b"PhoneMaker" in original
    with (
        PILImage.open(io.BytesIO(image.data)) as stripped,
        PILImage.open(io.BytesIO(original)) as raw,
    ):
        assert not stripped.getexif()
        # re-encoded from the pixels (no segment of the source survives): the same picture
        # within JPEG's loss at quality 95
        diff = [abs(a - b) for a, b in zip(stripped.tobytes(), raw.tobytes(), strict=True)]
        assert stripped.size == raw.size and sum(diff) / len(diff) < 4
    assert load_image(image.data, name="p.jpg").data == image.data


def test_jpeg_orientation_is_applied_then_stable() -> None:
    image = load_image(encode("JPEG", exif=exif_with_gps(orientation=6)), name="r.jpg")
    assert (image.width, image.height) == (8, 12)  # rotated a quarter turn
    assert b"Exif" not in image.data and b"PhoneMaker" not in image.data
    assert load_image(image.data, name="r.jpg").data == image.data


def test_png_text_and_exif_chunks_are_stripped() -> None:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Hanako Testcase")
    info.add_itxt("Comment", "MRN-0048213")
    original = encode("PNG", pnginfo=info, exif=exif_with_gps())
    image = load_image(original, name="t.png")
    assert b"Hanako" not in image.data and b"MRN" not in image.data
    assert b"eXIf" not in image.data and b"PhoneMaker" not in image.data


# ---------------------------------------------------------------- images inside a case file


def imaging_case(path: str) -> dict[str, Any]:
    return minimal_case(
        events=[
            {
                "kind": "imaging",
                "date": "2024-06-05",
                "modality": "CT",
                "findings": "f",
                "images": [{"path": path}],
            }
        ]
    )


def test_image_in_a_subfolder_reads(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "scan.png").write_bytes(encode("JPEG"))
    [case] = read(tmp_path, document(imaging_case("img/scan.png"))).cases
    [image] = case.events[0].images
    assert (image.filename, image.media_type) == ("scan.png", "image/jpeg")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "../outside.png",
            "'../outside.png' leaves the case file's folder (images must sit inside it)",
        ),
        (
            "img/../../outside.png",
            "'img/../../outside.png' leaves the case file's folder (images must sit inside it)",
        ),
        (
            "/etc/passwd",
            "'/etc/passwd' is an absolute path; an image path is relative to the case file's folder",
        ),
        (
            "C:\\scan.png",
            "'C:\\\\scan.png' is an absolute path; an image path is relative to the case file's folder",
        ),
        ("missing.png", "image file 'missing.png' not found beside the case file"),
    ],
)
def test_image_paths_that_leave_the_folder_or_are_missing(
    tmp_path: Path, path: str, message: str
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    (tmp_path / "outside.png").write_bytes(encode("PNG"))
    assert issues_of(folder, document(imaging_case(path))) == [
        f"cases[0].events[0].images[0].path: {message}"
    ]


def test_symlink_leading_outside_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    (tmp_path / "secret.png").write_bytes(encode("PNG"))
    (folder / "link.png").symlink_to(tmp_path / "secret.png")
    assert issues_of(folder, document(imaging_case("link.png"))) == [
        "cases[0].events[0].images[0].path: 'link.png' leads outside the case file's folder (through a link)"
    ]


def test_hostile_image_in_a_case_file_is_reported_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "fake.png").write_text("not an image")
    (tmp_path / "big.png").write_bytes(b"")
    with open(tmp_path / "big.png", "r+b") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: refused by its size, never read
    doc = document(imaging_case("fake.png"), {**imaging_case("big.png"), "id": "b"})
    assert issues_of(tmp_path, doc) == [
        "cases[0].events[0].images[0].path: fake.png is not a PNG, JPEG or DICOM image (judged by its content)",
        "cases[1].events[0].images[0].path: big.png is 25.0 MiB, more than the 25 MiB an image may have",
    ]


def test_image_path_that_is_not_a_regular_file(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.png")  # reading it would block: refused before opening
    (tmp_path / "folder.png").mkdir()
    doc = document(imaging_case("pipe.png"), {**imaging_case("folder.png"), "id": "b"})
    assert issues_of(tmp_path, doc) == [
        "cases[0].events[0].images[0].path: image file 'pipe.png' cannot be read: not a regular file",
        "cases[1].events[0].images[0].path: image file 'folder.png' cannot be read: not a regular file",
    ]


def test_too_large_case_file_is_refused_unread(tmp_path: Path) -> None:
    from caselog.interchange.reader import MAX_FILE_BYTES

    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(CaseFileError) as caught:
        read_case_file(path)
    assert str(caught.value) == f"{path}: is 64.0 MiB, more than the 64 MiB a case file may have"


def test_panel_must_be_one_letter(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(encode("PNG"))
    case = imaging_case("a.png")
    case["events"][0]["images"][0]["panel"] = "AB"
    assert issues_of(tmp_path, document(case)) == [
        "cases[0].events[0].images[0].panel: must be a single letter (A, B, ...), not 'AB'"
    ]


def test_jpeg_with_damaged_segments_is_refused() -> None:
    data = encode("JPEG")
    end = 4 + int.from_bytes(data[4:6], "big")  # after the APP0 segment
    broken = data[:end] + b"\x12\x34" + data[end:]  # junk where a marker should be
    with pytest.raises(ImageError) as caught:
        load_image(broken, name="b.jpg")
    assert str(caught.value).startswith("b.jpg is not a complete, readable JPEG image (")
