"""The picture the review of burned-in text shows (``caselog.ui.burned_review``; the figure
editor's canvas boxes the same places): the figure as it prints, each suspected place
outlined in amber. Plain Pillow, no Qt."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import ImageDraw

from caselog.core.model import Image
from caselog.figures import compose
from caselog.figures.marks import Mark, cover

AMBER = (255, 170, 0)


def crop_boxes(image: Image, marks: Sequence[Mark]) -> list[tuple[float, float, float, float]]:
    """The places of ``marks`` (fractions of the whole image) as fractions of the figure
    as it prints (its crop): left, top, right, bottom."""
    out = []
    for a in cover(image, marks, pad=0.005):
        assert a.start is not None and a.end is not None
        out.append((a.start[0], a.start[1], a.end[0], a.end[1]))
    return out


def boxed_png(image: Image, marks: Sequence[Mark], longest: int) -> bytes:
    """The figure, its longer side ``longest`` pixels, each place of ``marks`` boxed."""
    natural = compose.natural_size(image)
    size = compose.fit(natural, (longest, longest))
    img = compose.compose_image(image, size).convert("RGB")
    draw = ImageDraw.Draw(img)
    w, h = img.size
    width = max(2, round(min(w, h) / 120))
    for x0, y0, x1, y1 in crop_boxes(image, marks):
        draw.rectangle(
            (x0 * w, y0 * h, min(x1 * w, w - 1), min(y1 * h, h - 1)), outline=AMBER, width=width
        )
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
