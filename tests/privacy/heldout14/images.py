"""The images of the fourteenth held-out corpus, written with its text and committed before
anything was measured. Each burns its patient's name into the pixels, no box over it (each
must be refused, or its letters come out dark in every output that holds it):

- an Icelandic name with eth, thorn and an acute accent, in small capitals with the record
  number, bottom right, in a 16-bit greyscale PNG (as a modality exports its frames);
- a Georgian name in Mkhedruli script with the record number, top left, as a monitor's
  overlay prints it;
- a Malagasy name turned 90 degrees up the left edge of a JPEG whose EXIF (Artist,
  ImageDescription) and COM segment also carry it: the only image whose bytes name its
  patient.

heldout11's drawing helpers and heldout5's and heldout8's measures are imported, as
heldout13's images are made.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage

from tests.privacy.heldout5 import measure as h5
from tests.privacy.heldout5.measure import ImageFigures
from tests.privacy.heldout8.images import Planted8
from tests.privacy.heldout11.images import _box, _burn, _image, _label, _png_of

__all__ = ["METADATA_KEY", "ImageFigures", "planted_images"]

METADATA_KEY = "burned-com-exif"
ICELANDIC = "GUÐMUNDUR ÞÓR HALLGRÍMSSON  SAK-0559127"
GEORGIAN = "ბერიძე ნინო  KRH-25-1187"
MALAGASY = "RASOANIRINA VOAHANGY"


def _icelandic() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(ICELANDIC, 12), (236, 362))]


def _georgian() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(GEORGIAN, 16), (10, 10))]


def _malagasy() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(MALAGASY, 18).rotate(90, expand=True), (8, 90))]


def _png16_of(img: PILImage.Image) -> bytes:
    """The frame as 16-bit greyscale (each 8-bit level times 257), no text chunk."""
    grey = img.convert("L").convert("I").point(lambda v: v * 257)
    buf = io.BytesIO()
    grey.convert("I;16").save(buf, "PNG")
    return buf.getvalue()


def _jpeg_with_metadata(img: PILImage.Image) -> bytes:
    exif = PILImage.Exif()
    exif[0x013B] = "Rasoanirina Voahangy"  # Artist
    exif[0x010E] = "Echographie voa, RASOANIRINA Voahangy"  # ImageDescription
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92, exif=exif.tobytes(),
             comment=b"Patient: RASOANIRINA Voahangy, CHUA-25-00871")  # fmt: skip
    return buf.getvalue()


def planted_images() -> list[Planted8]:
    icelandic, georgian, malagasy = _icelandic(), _georgian(), _malagasy()
    return [
        _image("burned-16bit", "Guðmundur Þór Hallgrímsson", "SAK-0559127",
               ("burned small in capitals with eth, thorn and an acute accent, with the "
                "record number, bottom right, in a 16-bit greyscale PNG, no box",),
               _png16_of(_burn(icelandic)), text=_box(icelandic)),
        _image("burned-georgian", "ნინო ბერიძე", "KRH-25-1187",
               ("burned in Georgian Mkhedruli script with the record number, top left, "
                "no box",),
               _png_of(_burn(georgian)), text=_box(georgian), script=("ნინო", "ბერიძე")),
        _image(METADATA_KEY, "Rasoanirina Voahangy", "CHUA-25-00871",
               ("burned turned 90 degrees up the left edge, no box",
                "EXIF Artist and ImageDescription, and the JPEG COM segment"),
               _jpeg_with_metadata(_burn(malagasy)), filename=f"scan_{METADATA_KEY}.jpg",
               text=_box(malagasy)),
    ]  # fmt: skip


def measure_images(work: Path) -> ImageFigures:
    return h5.measure_images(work, images=planted_images())


def measure_images_direct(work: Path, templates: tuple[str, ...] = ("cureus",)) -> ImageFigures:
    return h5.measure_images_direct(work, templates, groups=[[im] for im in planted_images()])


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="heldout14-images-") as tmp:
        fig = measure_images(Path(tmp))
    print(fig.table(verbose=True))
    print(f"images: a name readable in {fig.survived()}/{len(fig.images)}")
