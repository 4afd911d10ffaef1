"""Images of imaging events: PNG or JPEG by content, checked, decoded and stripped of metadata.

What is stored is never the file as it came in:

- PNG is decoded and re-encoded by Pillow (which writes no text, time or EXIF chunks); only
  the colour profile and transparency are carried over.
- JPEG is decoded fully (to refuse truncated or corrupt files), then rewritten losslessly
  without its APPn and COM segments (EXIF with GPS, XMP, IPTC, comments); JFIF, the ICC
  colour profile and Adobe segments stay. A JPEG whose EXIF orientation is not "upright" is
  rotated with ``ImageOps.exif_transpose`` and re-encoded (quality 95).

Both paths are idempotent: loading the stored bytes again gives the same bytes, so a case
read, written and read again keeps its images byte for byte.
"""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
from typing import TYPE_CHECKING, Any

from caselog.core.model import Image
from caselog.interchange.errors import ImageError

if TYPE_CHECKING:
    from PIL import Image as PILImage

# Pillow is loaded by the first image checked, not with this module: the window's case list
# and the command line's listing need the case file's rules but no pixels.

MAX_BYTES = 25 * 1024 * 1024
"""The largest image file accepted (25 MiB)."""
MAX_PIXELS = 50_000_000
"""The most pixels an image may have (50 megapixels): more is refused as a decompression bomb."""

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

# JPEG segments kept when stripping: APP0 (JFIF), APP2 (ICC profile), APP14 (Adobe colour).
_KEEP_APP = {0xE0, 0xE2, 0xEE}
_ICC = b"ICC_PROFILE\x00"
_ORIENTATION = 0x0112


def sniff(data: bytes) -> str | None:
    """The media type the content says, or None: the file name never decides."""
    if data.startswith(PNG_MAGIC):
        return "image/png"
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    return None


def load_image(data: bytes, *, name: str) -> Image:
    """Check ``data`` as a PNG or JPEG and return it stripped of metadata, hashed and sized.

    Raises :class:`ImageError` naming ``name`` and what is wrong: not an image, truncated or
    corrupt, over :data:`MAX_BYTES`, or over :data:`MAX_PIXELS`.
    """
    if len(data) > MAX_BYTES:
        raise ImageError(
            f"{name} is {len(data) / 1024 / 1024:.1f} MiB, more than the "
            f"{MAX_BYTES // 1024 // 1024} MiB an image may have"
        )
    media_type = sniff(data)
    if media_type is None:
        raise ImageError(f"{name} is not a PNG or JPEG image (judged by its content)")
    fmt = "PNG" if media_type == "image/png" else "JPEG"
    from PIL import Image as PILImage

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            stored, width, height = _decode_and_strip(data, fmt, name)
    except ImageError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        raise ImageError(f"{name} has too many pixels to be opened safely ({exc})") from exc
    except (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError) as exc:
        # Pillow reports damaged files as any of these.
        raise ImageError(f"{name} is not a complete, readable {fmt} image ({exc})") from exc
    return Image(
        data=stored,
        media_type=media_type,
        sha256=hashlib.sha256(stored).hexdigest(),
        filename=name,
        width=width,
        height=height,
    )


def _decode_and_strip(data: bytes, fmt: str, name: str) -> tuple[bytes, int, int]:
    from PIL import Image as PILImage
    from PIL import ImageOps

    with PILImage.open(io.BytesIO(data), formats=[fmt]) as probe:
        _check_pixels(probe.size, name)
        probe.verify()
    with PILImage.open(io.BytesIO(data), formats=[fmt]) as img:
        img.load()  # decodes every pixel: refuses truncated data verify() lets through
        orientation = img.getexif().get(_ORIENTATION, 1)
        if fmt == "JPEG" and orientation in (None, 1):
            return _strip_jpeg(data), img.width, img.height
        upright = ImageOps.exif_transpose(img)
        return _encode(upright, fmt, img.info), upright.width, upright.height


def _check_pixels(size: tuple[int, int], name: str) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        raise ImageError(
            f"{name} is {width} x {height} pixels, more than the "
            f"{MAX_PIXELS // 1_000_000} megapixels an image may have"
        )


def _encode(img: PILImage.Image, fmt: str, info: dict[Any, Any]) -> bytes:
    out = io.BytesIO()
    options: dict[str, object] = {}
    if info.get("icc_profile"):
        options["icc_profile"] = info["icc_profile"]
    if fmt == "PNG":
        if "transparency" in info and img.mode in ("P", "L", "LA", "RGB", "I", "I;16"):
            options["transparency"] = info["transparency"]
        img.save(out, "PNG", **options)
    else:
        if img.mode not in ("L", "RGB", "CMYK"):
            img = img.convert("RGB")
        img.save(out, "JPEG", quality=95, **options)
    return out.getvalue()


def _strip_jpeg(data: bytes) -> bytes:
    """``data`` without its metadata segments, the image data itself copied unchanged."""
    out = bytearray(data[:2])  # SOI
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError("JPEG segment structure is damaged")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:  # EOI before any scan
            raise ValueError("JPEG has no image data")
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            out += data[pos : pos + 2]
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        end = pos + 2 + length
        if marker == 0xDA:  # start of scan: the rest is image data up to EOI
            # Entropy-coded data escapes 0xFF, so the first EOI ends the image; what follows
            # (hidden payloads, MPF secondary images) is dropped.
            eoi = data.find(b"\xff\xd9", end)
            out += data[pos : eoi + 2] if eoi >= 0 else data[pos:]
            return bytes(out)
        if marker == 0xFE or 0xE0 <= marker <= 0xEF:
            keep = marker in _KEEP_APP and (marker != 0xE2 or data[pos + 4 : end].startswith(_ICC))
        else:
            keep = True
        if keep:
            out += data[pos:end]
        pos = end
    raise ValueError("JPEG has no image data")
