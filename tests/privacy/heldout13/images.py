"""The images of the thirteenth held-out corpus, written with its text and committed before
anything was measured. Each burns its patient's name into the pixels, no box over it (each
must be refused, or its letters come out dark in every output that holds it):

- a Kyrgyz name in Cyrillic capitals with the letter Ү, small, bottom left, with the record
  number, as an ultrasound machine prints it;
- a West Frisian name with a particle, turned 33 degrees (not a multiple of 15), across
  the middle of the image, as a phone photograph of a label;
- a Gujarati patient's name in Latin capitals upside down at the top of a JPEG whose EXIF
  (Artist, ImageDescription) and XMP packet (dc:creator, in Gujarati script) also carry it:
  the only image whose bytes name its patient.

heldout11's drawing helpers and heldout5's and heldout8's measures are imported, as
heldout12's images are made.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage

from tests.privacy.heldout5 import measure as h5
from tests.privacy.heldout5.measure import ImageFigures
from tests.privacy.heldout8.images import Planted8
from tests.privacy.heldout11.images import _box, _burn, _image, _label, _png_of, _xmp

__all__ = ["METADATA_KEY", "ImageFigures", "planted_images"]

METADATA_KEY = "burned-exif-xmp"
KYRGYZ = "ТОКТОСУНОВА АЙГҮЛ ОБКБ-2024-004471"
FRISIAN = "BAUKJE VISSER-DE BOER"
GUJARAT = "BHAVNABEN DESAI"


def _kyrgyz() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(KYRGYZ, 12), (12, 356))]


def _frisian() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(FRISIAN, 22).rotate(33, expand=True), (110, 130))]


def _gujarat() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(GUJARAT, 20).rotate(180), (150, 24))]


def _jpeg_with_metadata(img: PILImage.Image) -> bytes:
    exif = PILImage.Exif()
    exif[0x013B] = "Bhavnaben Desai"  # Artist
    exif[0x010E] = "USG KUB, Bhavnaben Desai"  # ImageDescription
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92, exif=exif.tobytes(), xmp=_xmp("ભાવનાબેન દેસાઈ", "USG"))
    return buf.getvalue()


def planted_images() -> list[Planted8]:
    kyrgyz, frisian, gujarat = _kyrgyz(), _frisian(), _gujarat()
    return [
        _image("burned-kyrgyz", "Айгүл Токтосунова", "ОБКБ-2024-004471",
               ("burned small in Kyrgyz Cyrillic capitals with the record number, bottom left",),
               _png_of(_burn(kyrgyz)), text=_box(kyrgyz), script=tuple(KYRGYZ.split()[:2])),
        _image("burned-turned-33", "Baukje Visser-de Boer", "MCL-7710448",
               ("burned across the middle, turned 33 degrees, no box",),
               _png_of(_burn(frisian)), text=_box(frisian)),
        _image(METADATA_KEY, "Bhavnaben Desai", "SMIMER/24/031187",
               ("burned upside down, top middle, no box",
                "EXIF Artist and ImageDescription, XMP dc:creator in Gujarati script"),
               _jpeg_with_metadata(_burn(gujarat)), filename=f"scan_{METADATA_KEY}.jpg",
               text=_box(gujarat)),
    ]  # fmt: skip


def measure_images(work: Path) -> ImageFigures:
    return h5.measure_images(work, images=planted_images())


def measure_images_direct(work: Path, templates: tuple[str, ...] = ("cureus",)) -> ImageFigures:
    return h5.measure_images_direct(work, templates, groups=[[im] for im in planted_images()])


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="heldout13-images-") as tmp:
        fig = measure_images(Path(tmp))
    print(fig.table(verbose=True))
    print(f"images: a name readable in {fig.survived()}/{len(fig.images)}")
