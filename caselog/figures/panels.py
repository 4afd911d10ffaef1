"""The layout of a figure's panels (A), (B), ...: one geometry for the page and the window.

``rows`` places panels as the PDF prints them (``caselog.report.render.flowables``): one a
row alone, two or four two a row, else three a row, each row scaled to one height that
fills the width (no taller than ``max_height``), each row centred with ``GAP`` between
panels. ``preview`` draws that grid with Pillow,
each panel by ``compose`` at the pixel size it takes, and its letter in a white box at the
top left as the page does, so the imaging form shows the figure as it prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PIL import Image as PILImage
from PIL import ImageDraw

from caselog.core.model import Image
from caselog.figures.compose import compose_image, font, natural_size

MAX_PANEL_HEIGHT: Final = 230.0
CMAJ_PANEL_HEIGHT: Final = 140.0  # CMAJ's clinical image: one page holds the figure and text
PAGE_WIDTH: Final = 612.0 - 2 * 20 * 72 / 25.4  # points: US Letter less the 20 mm margins
PAGES: Final = {"cureus": MAX_PANEL_HEIGHT, "cmaj": CMAJ_PANEL_HEIGHT, "series": MAX_PANEL_HEIGHT}
"""Each report shape's tallest panel row; every shape's figure spans ``PAGE_WIDTH``."""
GAP: Final = 6.0
LETTER: Final = 11.0
"""The panel letter's size (points on the page); its white box is 6 points larger."""


@dataclass(frozen=True)
class Cell:
    """One panel's place: its index, top-left corner and size, in the grid's units."""

    index: int
    x: float
    y: float
    width: float
    height: float


def per_row(count: int) -> int:
    return 1 if count == 1 else 2 if count in (2, 4) else 3


def rows(
    sizes: Sequence[tuple[int, int]], width: float, max_height: float = MAX_PANEL_HEIGHT
) -> list[list[Cell]]:
    """The panels of ``sizes`` (pixels) in rows filling ``width`` (the page's units)."""
    n = per_row(len(sizes))
    out: list[list[Cell]] = []
    y = 0.0
    for start in range(0, len(sizes), n):
        row = sizes[start : start + n]
        ratios = [w / max(h, 1) for w, h in row]
        height = min(max_height, (width - GAP * len(row) - 1) / sum(ratios))
        x = (width - sum(height * r + GAP for r in ratios)) / 2 + GAP / 2  # centred
        cells = []
        for i, r in enumerate(ratios):
            cells.append(Cell(start + i, x, y, height * r, height))
            x += height * r + GAP
        out.append(cells)
        y += height + GAP
    return out


def letters(count: int) -> list[str | None]:
    """The letters the report gives panels: A, B, ... when there are several, else none."""
    return [chr(ord("A") + i) for i in range(count)] if count > 1 else [None] * count


def preview(
    images: Sequence[Image],
    width: float,
    scale: float = 1.0,
    max_height: float = MAX_PANEL_HEIGHT,
) -> PILImage.Image:
    """The figure of ``images`` as it prints in a column ``width`` points wide, rows no
    taller than ``max_height`` (``PAGES``), drawn at ``scale`` pixels a point on white
    paper."""
    sizes = [natural_size(im) for im in images]
    grid = rows(sizes, width, max_height)
    total_w = width
    total_h = max((c.y + c.height for row in grid for c in row), default=1.0)
    paper = PILImage.new("RGB", (max(1, round(total_w * scale)), max(1, round(total_h * scale))))
    paper.paste((255, 255, 255), (0, 0, *paper.size))
    labels = letters(len(images))
    draw = ImageDraw.Draw(paper)
    for row in grid:
        for c in row:
            size = (max(1, round(c.width * scale)), max(1, round(c.height * scale)))
            at = (round(c.x * scale), round(c.y * scale))
            paper.paste(compose_image(images[c.index], size).convert("RGB"), at)
            label = labels[c.index]
            if label:
                box = round((LETTER + 6) * scale)
                draw.rectangle((at[0], at[1], at[0] + box - 1, at[1] + box - 1), fill="white")
                draw.text(
                    (at[0] + box / 2, at[1] + box / 2),
                    label,
                    fill="black",
                    font=font(max(6, round(LETTER * scale))),
                    anchor="mm",
                )
    return paper
