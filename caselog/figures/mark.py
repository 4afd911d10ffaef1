"""A line of text-like marks in an image, as ``caselog.figures.marks`` and
``caselog.figures.burned_text`` find it: its box as fractions of the whole image, and
where it sits in words. No numpy, no Pillow."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

BAND: Final = 0.18
"""The border bands: this fraction of the height at top and bottom, of the width at left
and right."""


@dataclass(frozen=True)
class Mark:
    """A line of text-like marks: its box as fractions of the whole (uncropped) image."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def inside(self) -> bool:
        """Whether it lies clear of every border band (in the middle of the image)."""
        return (
            self.top > BAND and self.bottom < 1 - BAND and self.left > BAND
            and self.right < 1 - BAND
        )  # fmt: skip

    @property
    def where(self) -> str:
        """Where it sits, in words: "top left corner", "bottom edge"; inside the image,
        "centre", "upper right", "lower middle", "middle left"; "whole image" for a pattern
        tiled across it."""
        cx, cy = (self.left + self.right) / 2, (self.top + self.bottom) / 2
        if self.right - self.left > 0.7 and self.bottom - self.top > 0.7:
            return "whole image"  # a watermark tiled across it (``burned_text.tiled``)
        if not self.inside:
            vertical = "top" if cy < 0.5 else "bottom"
            if self.top > BAND and self.bottom < 1 - BAND:
                vertical = ""
            horizontal = "left" if cx < 1 / 3 else "right" if cx > 2 / 3 else ""
            if vertical and horizontal:
                return f"{vertical} {horizontal} corner"
            if vertical or horizontal:
                return f"{vertical or horizontal} edge"
        vertical = "upper" if cy < 0.42 else "lower" if cy > 0.58 else ""
        horizontal = "left" if cx < 0.42 else "right" if cx > 0.58 else ""
        if not vertical and not horizontal:
            return "centre"
        return f"{vertical or 'middle'} {horizontal or 'middle'}"

    @property
    def phrase(self) -> str:
        """Where it sits, as the warning says it: "in its top left corner", "in its
        centre", "towards its upper right"."""
        where = self.where
        if where == "whole image":
            return "across the whole image"
        if where.endswith(("corner", "edge", "centre")):
            return f"in its {where}"
        return f"towards its {where}"
