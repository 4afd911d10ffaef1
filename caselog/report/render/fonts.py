"""The embedded TrueType fonts (DejaVu, see resources/fonts/LICENSE): every character a
clinician types prints, accents, Greek letters and symbols such as ≥ ≤ ± µ ² included."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from caselog.paths import resource_path

SERIF = "DejaVuSerif"
SANS = "DejaVuSans"
_FILES = {
    SERIF: ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    SANS: ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
}


_REGISTERING = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register both families once, with bold and italic mapped for <b> and <i>. Under a
    lock, done when all are in: two threads laying out at once (the preview and a package
    written on a worker) never see one family without its bold."""
    global _registered
    if _registered:
        return
    with _REGISTERING:
        if not _registered:
            _register()
            _registered = True


def _register() -> None:
    for family, files in _FILES.items():
        names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
        for name, file in zip(names, files, strict=True):
            path = resource_path("fonts", f"{file}.ttf")
            if not path.is_file():
                raise FileNotFoundError(f"font file missing: {path} (resources/fonts)")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for (bold, italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
            addMapping(family, bold, italic, name)


def missing_glyphs(texts: Iterable[str]) -> set[str]:
    """Characters that one of the embedded fonts cannot draw (they would print blank)."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in (SERIF, SANS)]
    seen = {ch for t in texts for ch in t if ch.isprintable() and not ch.isspace()}
    return {ch for ch in seen if any(ord(ch) not in f.charToGlyph for f in faces)}
