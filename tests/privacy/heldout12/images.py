"""The images of the twelfth held-out corpus, written after its text was measured and
before the images were. Each burns its patient's name into the pixels, no box over it
(each must be refused, or its letters come out dark in every output that holds it):

- a Belarusian name in Cyrillic, rotated a quarter turn, up the left edge, as a portable
  X-ray's marker prints it;
- a Tajik name in Cyrillic capitals, small, at the bottom right, with the record number;
- a Faroese name upside down at the top of a JPEG whose EXIF (Artist, ImageDescription)
  and XMP packet (dc:creator) also carry it: the only image whose bytes name its patient.

heldout11's drawing helpers and heldout5's and heldout8's measures are imported, not copied.
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
ROTATED = "АЛЕСЬ ЦВІРКА"
TAJIK = "ЗАРИНА РАҲИМОВА ВКБ-С-2024-3318"
FAROESE = "RANNVÁ JOENSEN"


def _rotated() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(ROTATED, 20).rotate(90, expand=True), (16, 90))]


def _tajik() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(TAJIK, 12), (250, 352))]


def _faroese() -> list[tuple[PILImage.Image, tuple[int, int]]]:
    return [(_label(FAROESE, 20).rotate(180), (160, 28))]


def _jpeg_with_metadata(img: PILImage.Image) -> bytes:
    exif = PILImage.Exif()
    exif[0x013B] = "Rannvá Joensen"  # Artist
    exif[0x010E] = "Nýraskanning, Rannvá Joensen"  # ImageDescription
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92, exif=exif.tobytes(), xmp=_xmp("Rannvá Joensen", "Rannsa"))
    return buf.getvalue()


def planted_images() -> list[Planted8]:
    rotated, tajik, faroese = _rotated(), _tajik(), _faroese()
    return [
        _image("burned-rotated", "Алесь Цвірка", "ГОКБ-2024-015572",
               ("burned in Cyrillic, rotated a quarter turn up the left edge, no box",),
               _png_of(_burn(rotated)), text=_box(rotated), script=tuple(ROTATED.split())),
        _image("burned-tajik", "Зарина Раҳимова", "ВКБ-С-2024-3318",
               ("burned small in Cyrillic capitals with the record number, bottom right",),
               _png_of(_burn(tajik)), text=_box(tajik), script=tuple(TAJIK.split()[:2])),
        _image(METADATA_KEY, "Rannvá Joensen", "LSH-2024-00431",
               ("burned upside down, top middle, no box",
                "EXIF Artist and ImageDescription, XMP dc:creator"),
               _jpeg_with_metadata(_burn(faroese)), filename=f"scan_{METADATA_KEY}.jpg",
               text=_box(faroese)),
    ]  # fmt: skip


def measure_images(work: Path) -> ImageFigures:
    return h5.measure_images(work, images=planted_images())


def measure_images_direct(work: Path, templates: tuple[str, ...] = ("cureus",)) -> ImageFigures:
    return h5.measure_images_direct(work, templates, groups=[[im] for im in planted_images()])


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="heldout12-images-") as tmp:
        fig = measure_images(Path(tmp))
    print(fig.table(verbose=True))
    print(f"images: a name readable in {fig.survived()}/{len(fig.images)}")
