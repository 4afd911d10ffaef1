"""PDF pages as pixels through pdfium, behind the one lock every caller shares (pdfium is
not thread-safe: the window's preview and a package written on a worker take turns).

pypdfium2 loads with the first page drawn (``caselog/lazy.py``)."""

from __future__ import annotations

import io
import threading
from typing import TYPE_CHECKING

from caselog import lazy

if TYPE_CHECKING:
    import pypdfium2 as pdfium
else:
    pdfium = lazy.module("pypdfium2")

PDFIUM = threading.Lock()


def first_page_png(pdf: bytes, dpi: float) -> bytes:
    """The first page of ``pdf`` drawn at ``dpi`` on white, as PNG bytes."""
    with PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            image = doc[0].render(scale=dpi / 72.0).to_pil().convert("RGB")
        finally:
            doc.close()
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(round(dpi), round(dpi)), compress_level=3)
    return out.getvalue()
