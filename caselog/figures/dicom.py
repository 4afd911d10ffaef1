"""DICOM files: one frame's pixels and three facts, every tag dropped.

A DICOM file is known by its content: the 128-byte preamble followed by ``DICM`` (PS3.10
7.1), never by its name. What is kept is what the figure needs and nothing else:

- the pixels of one frame (the first of a single-frame file; of a multi-frame file, the
  frame the caller chooses), stored as a PNG made from the decoded array: 8-bit greys, a
  16-bit greyscale PNG, or 8-bit RGB; nothing of the file is copied into it;
- how a stored value becomes the modality's value (Rescale Slope and Intercept, so that CT
  windows are in Hounsfield units), shifted so the PNG's values are never negative;
- the modality, the body part examined and the pixel spacing, each checked to be what the
  standard allows (a code string, two positive numbers), so no free text rides along.

MONOCHROME1 (white is the lowest value) is turned into MONOCHROME2 when read: the values are
reflected, and the file's window with them. The file's first Window Center and Width become
the image's window.

Every other attribute is dropped: the patient's name and identifiers, dates, institution,
device serial numbers, UIDs, private tags, overlays, curves and the file meta information.
Keeping no attribute at all goes beyond the DICOM PS3.15 Annex E Basic Application Level
Confidentiality Profile, which lists the attributes to remove or replace; pixels, though, can
carry burned-in text that no tag removal reaches (the profile's "Clean Pixel Data Option"),
which is what ``caselog.figures.marks`` warns about and redaction boxes cover.

Transfer syntaxes: uncompressed, deflated and RLE are decoded by pydicom itself; JPEG
Baseline and Extended and JPEG 2000 through Pillow. JPEG Lossless and JPEG-LS need plugins
caselog does not ship: such a file is refused, naming its transfer syntax.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pydicom
from PIL import Image as PILImage
from pydicom.errors import InvalidDicomError
from pydicom.pixels.utils import pixel_array

from caselog.core.figure import PixelSource, Window, is_code
from caselog.interchange.errors import ImageError

DICM_AT: Final = 128
MAGIC: Final = b"DICM"

# DICOM's Modality (PS3.3 C.7.3.1.1.1) -> the imaging event's modality (docs/case-format.md)
MODALITIES: Final = {
    "CT": "CT",
    "MR": "MRI",
    "CR": "X-ray",
    "DX": "X-ray",
    "RF": "X-ray",
    "XA": "X-ray",
    "MG": "X-ray",
    "IO": "X-ray",
    "PX": "X-ray",
    "US": "ultrasound",
    "PT": "PET",
    "NM": "scintigraphy",
}
# Body Part Examined defined terms (PS3.16 Annex L) -> words for the event's region
BODY_PARTS: Final = {
    "ABDOMEN": "abdomen",
    "ANKLE": "ankle",
    "BRAIN": "brain",
    "CHEST": "chest",
    "CSPINE": "cervical spine",
    "ELBOW": "elbow",
    "FOOT": "foot",
    "HAND": "hand",
    "HEAD": "head",
    "HIP": "hip",
    "KIDNEY": "kidney",
    "KNEE": "knee",
    "LSPINE": "lumbar spine",
    "NECK": "neck",
    "PELVIS": "pelvis",
    "SHOULDER": "shoulder",
    "SKULL": "skull",
    "SPINE": "spine",
    "TSPINE": "thoracic spine",
    "WRIST": "wrist",
    "THIGH": "thigh",
    "LEG": "leg",
    "ABDOMENPELVIS": "abdomen and pelvis",
    "CHESTABDOMEN": "chest and abdomen",
}


def is_dicom(data: bytes) -> bool:
    """Whether ``data`` is a DICOM file (its preamble and ``DICM``)."""
    return len(data) >= DICM_AT + 4 and data[DICM_AT : DICM_AT + 4] == MAGIC


@dataclass(frozen=True)
class DicomImage:
    """One frame's pixels as a PNG, and what the figure keeps of the file."""

    png: bytes
    width: int
    height: int
    source: PixelSource
    window: Window | None
    frames: int


def frame_count(data: bytes, *, name: str) -> int:
    """How many frames the DICOM file ``data`` holds (1 for a single image)."""
    return _frames(_read(data, name, pixels=False))


def read_dicom(data: bytes, *, name: str, frame: int | None = None) -> DicomImage:
    """The pixels of frame ``frame`` (1-based; needed when there are several) of the DICOM
    file ``data``. Raises :class:`ImageError` naming ``name`` and what is wrong."""
    ds = _read(data, name, pixels=True)
    frames = _frames(ds)
    if frame is None:
        if frames > 1:
            raise ImageError(
                f'{name} holds {frames} frames (slices): choose one with "frame" (1 to {frames})'
            )
        frame = 1
    if not 1 <= frame <= frames:
        raise ImageError(f"{name} holds {frames} frame(s): there is no frame {frame}")
    try:
        arr = pixel_array(ds, index=frame - 1 if frames > 1 else None)
    except (NotImplementedError, RuntimeError) as exc:
        syntax = ds.file_meta.get("TransferSyntaxUID", "unknown")
        name_of = getattr(syntax, "name", str(syntax))
        raise ImageError(
            f"{name}: its pixels are compressed as {name_of}, which caselog cannot decode "
            "(export the image uncompressed or as PNG)"
        ) from exc
    except (ValueError, AttributeError, KeyError, TypeError, IndexError) as exc:
        raise ImageError(f"{name}: its pixel data cannot be read ({exc})") from exc
    samples = int(ds.get("SamplesPerPixel", 1) or 1)
    photometric = str(ds.get("PhotometricInterpretation", "MONOCHROME2")).strip()
    spacing = _spacing(ds)
    modality = _code(ds.get("Modality"))
    body_part = _code(ds.get("BodyPartExamined"))
    if samples == 3:
        return _colour(arr, frames, PixelSource(1.0, 0.0, modality, body_part, spacing))
    if samples != 1 or arr.ndim != 2:
        raise ImageError(f"{name}: {samples} samples a pixel is not an image caselog can show")
    slope = _number(ds.get("RescaleSlope"), 1.0) or 1.0
    intercept = _number(ds.get("RescaleIntercept"), 0.0)
    window = _window(ds)
    raw = arr.astype(np.int64)
    lo = min(int(raw.min()), 0)
    stored = raw - lo  # never negative: a PNG's values are unsigned
    intercept += lo * slope
    if int(stored.max()) > 0xFFFF:
        raise ImageError(f"{name}: its pixel values span more than 16 bits")
    if photometric == "MONOCHROME1":  # white is low: reflect, so that white is high
        top = int(stored.max())
        stored = top - stored
        flipped = slope * top + intercept  # a value v becomes flipped - v
        intercept = 0.0
        if window is not None:
            # DICOM's linear function sits half a value off centre: mirrored exactly at +1
            window = Window(flipped - window.center + 1, window.width)
    source = PixelSource(slope, intercept, modality, body_part, spacing)
    if int(stored.max()) <= 0xFF and int(ds.get("BitsAllocated", 16)) <= 8:
        img = PILImage.fromarray(stored.astype(np.uint8))  # mode L
    else:
        img = PILImage.fromarray(stored.astype(np.uint16))  # mode I;16
    return DicomImage(_png(img), img.width, img.height, source, window, frames)


def event_modality(source: PixelSource) -> str | None:
    """The imaging event's modality for a DICOM modality (``other`` for one not listed)."""
    if source.modality is None:
        return None
    return MODALITIES.get(source.modality, "other")


def event_region(source: PixelSource) -> str | None:
    """Words for the event's region from the body part examined."""
    if source.body_part is None:
        return None
    return BODY_PARTS.get(source.body_part, source.body_part.lower().replace("_", " "))


# -- reading ---------------------------------------------------------------------------------


def _read(data: bytes, name: str, *, pixels: bool) -> Any:
    if not is_dicom(data):
        raise ImageError(f"{name} is not a DICOM file (no DICM preamble)")
    try:
        with warnings.catch_warnings():  # a value breaking its VR's rules is dropped, not told
            warnings.simplefilter("ignore", UserWarning)
            ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=not pixels)
    except (InvalidDicomError, EOFError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ImageError(f"{name} is not a complete, readable DICOM file ({exc})") from exc
    if pixels and "PixelData" not in ds:
        raise ImageError(f"{name} is a DICOM file without an image (no pixel data)")
    return ds


def _frames(ds: Any) -> int:
    try:
        return max(int(ds.get("NumberOfFrames", 1) or 1), 1)
    except (TypeError, ValueError):
        return 1


def _number(value: Any, default: float) -> float:
    if value is None or value == "":
        return default
    if isinstance(value, pydicom.multival.MultiValue):
        value = value[0] if len(value) else default
    try:
        out = float(value)
    except (TypeError, ValueError):
        return default
    return out if np.isfinite(out) else default


def _window(ds: Any) -> Window | None:
    center, width = ds.get("WindowCenter"), ds.get("WindowWidth")
    if center is None or width is None:
        return None
    c, w = _number(center, float("nan")), _number(width, float("nan"))
    if not (np.isfinite(c) and np.isfinite(w)) or w < 1:
        return None
    return Window(c, w)


def _code(value: Any) -> str | None:
    """A code string (uppercase letters, digits, space, underscore; 16 at most) or None."""
    text = str(value).strip().upper() if value is not None else ""
    return text if is_code(text) else None


def _spacing(ds: Any) -> tuple[float, float] | None:
    raw = ds.get("PixelSpacing") or ds.get("ImagerPixelSpacing")
    try:
        row, col = float(raw[0]), float(raw[1])
    except (TypeError, ValueError, IndexError):
        return None
    if not (np.isfinite(row) and np.isfinite(col) and row > 0 and col > 0):
        return None
    return row, col


def _colour(arr: Any, frames: int, source: PixelSource) -> DicomImage:
    rgb = np.asarray(arr)  # pydicom gives YBR colour as RGB already
    if rgb.dtype != np.uint8:
        top = max(int(rgb.max()), 1)
        rgb = (rgb.astype(np.float64) * (255.0 / top)).round().astype(np.uint8)
    img = PILImage.fromarray(rgb)  # mode RGB
    return DicomImage(_png(img), img.width, img.height, source, None, frames)


def _png(img: PILImage.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
