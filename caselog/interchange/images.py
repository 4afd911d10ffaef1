"""Images of imaging events: PNG, JPEG or DICOM by content, checked, decoded and re-encoded.

A DICOM file gives one frame's pixels as a PNG and keeps none of its tags but the few the
figure needs (``caselog.figures.dicom``): what follows holds for that PNG too.

What is stored is never the file as it came in: only its pixels are. Every image is decoded
fully (refusing truncated or corrupt files), turned upright by its EXIF orientation,
converted to sRGB when it carries a colour profile (the profile itself, which can hold any
text, is dropped), and encoded anew by Pillow, which writes no metadata: no segment of the
source (EXIF, XMP, IPTC, JFXX thumbnail, ICC profile, comments between progressive scans,
PNG text or profile chunks, bytes after the end) survives.

- PNG is encoded losslessly (transparency kept).
- JPEG is encoded at quality 95. A JPEG whose every segment is byte for byte what that
  encoder writes for its pixels (a JPEG caselog stored) is kept as it is, so that loading
  the stored bytes again gives the same bytes: a case read, written and read again keeps
  its images byte for byte.
"""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
from dataclasses import replace
from typing import TYPE_CHECKING

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

_ORIENTATION = 0x0112
_JPEG_QUALITY = 95


DICOM = "application/dicom"


def sniff(data: bytes) -> str | None:
    """The media type the content says, or None: the file name never decides."""
    if data.startswith(PNG_MAGIC):
        return "image/png"
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    if len(data) >= 132 and data[128:132] == b"DICM":  # PS3.10 7.1: preamble, then DICM
        return DICOM
    return None


def load_image(data: bytes, *, name: str, frame: int | None = None) -> Image:
    """Check ``data`` as a PNG, JPEG or DICOM file and return its pixels stripped of
    metadata, hashed and sized (a DICOM file's ``frame``, 1-based, when it holds several).

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
        raise ImageError(f"{name} is not a PNG, JPEG or DICOM image (judged by its content)")
    if media_type == DICOM:
        return _load_dicom(data, name=name, frame=frame)
    if frame is not None:
        raise ImageError(f"{name} is a single image: a frame is chosen only in a DICOM file")
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


def _load_dicom(data: bytes, *, name: str, frame: int | None) -> Image:
    from caselog.figures import dicom  # pydicom and numpy load with the first DICOM file

    pixels = dicom.read_dicom(data, name=name, frame=frame)
    _check_pixels((pixels.width, pixels.height), name)
    image = load_image(pixels.png, name=name)
    return replace(image, source=pixels.source, window=pixels.window)


def _decode_and_strip(data: bytes, fmt: str, name: str) -> tuple[bytes, int, int]:
    from PIL import Image as PILImage

    if fmt == "JPEG":
        _check_structure(data)
    with PILImage.open(io.BytesIO(data), formats=[fmt]) as probe:
        _check_pixels(probe.size, name)
        probe.verify()
    with PILImage.open(io.BytesIO(data), formats=[fmt]) as img:
        img.load()  # decodes every pixel: refuses truncated data verify() lets through
        pixels = _upright_srgb(img)
        encoded = _encode(pixels, fmt)
        if fmt == "JPEG" and _same_segments(data, encoded):
            encoded = data  # already as caselog writes it: keep it byte for byte
        return encoded, pixels.width, pixels.height


def pixels_only(data: bytes, media_type: str) -> bytes:
    """``data`` re-encoded from its pixels as ``load_image`` stores it (an image stored
    before images were re-encoded comes out clean in an anonymised export)."""
    if media_type not in ("image/png", "image/jpeg"):
        raise ImageError(f"{media_type}: not a PNG or JPEG image")
    return load_image(data, name="image").data


def _upright_srgb(img: PILImage.Image) -> PILImage.Image:
    """The pixels turned upright, in sRGB, with no profile and no metadata left."""
    from PIL import ImageOps

    out = ImageOps.exif_transpose(img) or img
    icc = img.info.get("icc_profile")
    if icc and out.mode in ("RGB", "RGBA", "L", "CMYK"):
        try:
            from PIL import ImageCms

            mode = "RGBA" if out.mode == "RGBA" else "RGB"
            converted = ImageCms.profileToProfile(
                out,
                ImageCms.ImageCmsProfile(io.BytesIO(icc)),
                ImageCms.createProfile("sRGB"),
                outputMode=mode,
            )
            if converted is not None:
                out = converted
        except (OSError, ValueError, TypeError, ImportError, ImageCms.PyCMSError):
            pass  # a profile that cannot be read: the pixels as they are
    if out is img:
        out = img.copy()
    # nothing of the source's metadata reaches the encoder (PNG would write the profile
    # from ``info``); transparency is pixel data
    out.info = {k: v for k, v in img.info.items() if k == "transparency"}
    return out


def _check_pixels(size: tuple[int, int], name: str) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        raise ImageError(
            f"{name} is {width} x {height} pixels, more than the "
            f"{MAX_PIXELS // 1_000_000} megapixels an image may have"
        )


def _encode(img: PILImage.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "PNG":
        options: dict[str, object] = {}
        if "transparency" in img.info and img.mode in ("P", "L", "LA", "RGB", "I", "I;16"):
            options["transparency"] = img.info["transparency"]
        img.save(out, "PNG", **options)
    else:
        if img.mode not in ("L", "RGB", "CMYK"):
            img = img.convert("RGB")
        img.save(out, "JPEG", quality=_JPEG_QUALITY)
    return out.getvalue()


def _segments(data: bytes) -> list[bytes] | None:
    """The JPEG's segments as written, scan data left out; None when anything lies outside
    a segment (bytes after the end, a marker inside a scan other than a restart)."""
    if not data.startswith(b"\xff\xd8"):
        return None
    out: list[bytes] = []
    pos = 2
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xD9:
            return out if pos + 2 == len(data) else None
        if pos + 4 > len(data):
            return None
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        end = pos + 2 + length
        out.append(data[pos:end])
        pos = end
        if marker == 0xDA:  # scan data up to the next marker that is not a restart
            while pos + 1 < len(data):
                if data[pos] == 0xFF and data[pos + 1] not in (0x00, *range(0xD0, 0xD8)):
                    break
                pos += 1
    return None


def _check_structure(data: bytes) -> None:
    """Refuse a JPEG whose segments before the first scan do not follow one another
    (junk where a marker should be): Pillow would decode around it."""
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise ValueError("JPEG segment structure is damaged")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:
            return
        if marker == 0xD9:
            raise ValueError("JPEG has no image data")
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    raise ValueError("JPEG has no image data")


def _same_segments(data: bytes, encoded: bytes) -> bool:
    """Every segment of ``data`` is byte for byte one the encoder wrote in ``encoded``."""
    mine, theirs = _segments(encoded), _segments(data)
    return mine is not None and theirs == mine
