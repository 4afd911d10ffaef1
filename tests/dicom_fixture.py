"""Synthetic DICOM files for the figure tests, made with pydicom: never real data.

``ct_slice`` is a 16-bit CT slice (signed, Rescale Intercept -1024) of an elliptic body
with a vertebra in it, with the patient's name in its tags and, when asked, burned into the
pixels in the top left corner as a viewer would.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import (
    CTImageStorage,
    ExplicitVRLittleEndian,
    JPEGBaseline8Bit,
    RLELossless,
    generate_uid,
)

from caselog.paths import resource_path

PATIENT = "DOE^JANE"
PATIENT_ID = "MRN-4417"
BURNED = "DOE JANE 4417"


def body(size: int = 256) -> np.ndarray:
    """A CT slice in HU: air, an elliptic body of soft tissue (40), a vertebra (700) and a
    calcified mass (300) beside it."""
    y, x = np.mgrid[0:size, 0:size]
    hu = np.full((size, size), -1000.0)
    cx, cy = size / 2, size / 2
    hu[((x - cx) / (size * 0.42)) ** 2 + ((y - cy) / (size * 0.33)) ** 2 <= 1] = 40
    hu[(x - cx) ** 2 + (y - cy * 1.25) ** 2 <= (size * 0.08) ** 2] = 700
    hu[(x - cx * 1.2) ** 2 + (y - cy * 1.05) ** 2 <= (size * 0.03) ** 2] = 300
    return hu


def burn(values: np.ndarray, text: str, value: float, corner: str = "tl") -> np.ndarray:
    """``text`` drawn into the pixel values at ``corner``, as a viewer burns in a name."""
    h, w = values.shape
    mask = PILImage.new("L", (w, h), 0)
    font = ImageFont.truetype(str(resource_path("fonts", "DejaVuSans-Bold.ttf")), max(8, h // 28))
    draw = ImageDraw.Draw(mask)
    box = draw.textbbox((0, 0), text, font=font)
    tw, th = box[2] - box[0], box[3] - box[1]
    x = 4 if corner[1] == "l" else w - tw - 6
    y = 3 if corner[0] == "t" else h - th - 8
    draw.text((x - box[0], y - box[1]), text, fill=255, font=font)
    out = values.copy()
    out[np.asarray(mask) > 127] = value
    return out


def dataset(pixels: np.ndarray, **tags: object) -> Dataset:
    """A CT image dataset of ``pixels`` (int16 stored values) with a patient in its tags."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = CTImageStorage
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName = PATIENT
    ds.PatientID = PATIENT_ID
    ds.PatientBirthDate = "19580312"
    ds.InstitutionName = "Synthetic General Hospital"
    ds.StudyDate = "20250704"
    ds.Modality = "CT"
    ds.BodyPartExamined = "LSPINE"
    ds.PixelSpacing = [0.7, 0.7]
    ds.RescaleSlope = 1
    ds.RescaleIntercept = -1024
    ds.WindowCenter = 400
    ds.WindowWidth = 1800
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = 16
    ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 1
    for key, value in tags.items():
        if value is None:
            delattr(ds, key)
        else:
            setattr(ds, key, value)
    if pixels.ndim == 3:
        ds.NumberOfFrames = pixels.shape[0]
    ds.Rows, ds.Columns = pixels.shape[-2], pixels.shape[-1]
    ds.PixelData = pixels.tobytes()
    return ds


def encoded(ds: Dataset) -> bytes:
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def ct_slice(size: int = 256, *, burned: bool = True, **tags: object) -> bytes:
    """A CT slice (stored = HU + 1024 as int16) as a DICOM file's bytes."""
    hu = body(size)
    if burned:
        hu = burn(hu, BURNED, 2000)
    return encoded(dataset((hu + 1024).astype(np.int16), **tags))


def ct_stack(frames: int = 3, size: int = 64) -> bytes:
    """A multi-frame CT: frame n (1-based) holds the value ``100 * n`` HU everywhere but a
    bright square."""
    stack = np.stack([np.full((size, size), 100.0 * (n + 1) + 1024) for n in range(frames)])
    stack[:, 10:20, 10:20] = 3000
    return encoded(dataset(stack.astype(np.int16)))


def rle(ds: Dataset) -> bytes:
    ds.compress(RLELossless)
    return encoded(ds)


def jpeg_baseline(grey: np.ndarray) -> bytes:
    """An 8-bit greyscale image as a JPEG Baseline DICOM file."""
    from pydicom.encaps import encapsulate

    buf = io.BytesIO()
    PILImage.fromarray(grey.astype(np.uint8), "L").save(buf, "JPEG", quality=95)
    ds = dataset(np.zeros(grey.shape, np.int16))
    ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
    ds.BitsAllocated = ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    ds.RescaleIntercept = 0
    ds.PixelData = encapsulate([buf.getvalue()])
    ds["PixelData"].is_undefined_length = True
    ds["PixelData"].VR = "OB"
    return encoded(ds)
