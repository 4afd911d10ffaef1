"""A corpus for the burned-in text detector, made here from seeded noise and the shipped
DejaVu fonts (only synthetic pixels; no patient): text burned in *anywhere* (middle, off
centre, small and large, light on dark and dark on light, rotated a quarter turn, 8- and
16-bit greyscale, colour, DICOM), and clinical-looking images with no text (CT, MR and
radiograph-like slices with round and irregular bright blobs, vessels, noise, gradients;
skin photographs) that must not trip it."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from caselog.core.model import Image
from caselog.interchange.images import load_image
from caselog.paths import resource_path
from tests import dicom_fixture as F

NAMES = ("DOE^JANE", "Okafor Chidi", "12/03/2025", "MARIA GONZALEZ 1961", "Lindqvist E")


def font(px: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource_path("fonts", name)), px)


def text_mask(
    size: tuple[int, int], text: str, px: int, at: tuple[float, float], *,
    rotate: bool = False, bold: bool = False,
) -> np.ndarray:  # fmt: skip
    """A boolean mask of ``text`` at ``px`` pixels, its centre at the fractions ``at`` of
    ``size``, turned a quarter turn if ``rotate`` (as some viewers print a side label)."""
    f = font(px, bold)
    box = ImageDraw.Draw(PILImage.new("L", (1, 1))).textbbox((0, 0), text, font=f)
    tw, th = int(box[2] - box[0]) + 2, int(box[3] - box[1]) + 2
    glyphs = PILImage.new("L", (tw, th), 0)
    ImageDraw.Draw(glyphs).text((1 - box[0], 1 - box[1]), text, fill=255, font=f)
    if rotate:
        glyphs = glyphs.transpose(PILImage.Transpose.ROTATE_90)
    w, h = size
    canvas = PILImage.new("L", (w, h), 0)
    x = min(max(round(at[0] * w - glyphs.width / 2), 0), w - glyphs.width)
    y = min(max(round(at[1] * h - glyphs.height / 2), 0), h - glyphs.height)
    canvas.paste(glyphs, (x, y))
    return np.asarray(canvas) > 127


def _rng(seed: int) -> np.random.Generator:
    return np.random.default_rng(seed)


def _blur(a: np.ndarray, r: float) -> np.ndarray:
    """A separable Gaussian blur of ``a`` (numpy only; edges repeated)."""
    n = max(1, int(3 * r))
    k = np.exp(-(np.arange(-n, n + 1) ** 2) / (2 * r * r))
    k /= k.sum()
    out = np.pad(a, n, mode="edge")
    out = sum(k[i] * out[i : i + a.shape[0], :] for i in range(2 * n + 1))
    out = sum(k[i] * out[:, i : i + a.shape[1]] for i in range(2 * n + 1))
    return np.asarray(out, dtype=float)


def ct_hu(size: int, seed: int, *, blobs: int = 18, irregular: bool = True) -> np.ndarray:
    """A CT-like slice in HU: a body with fat and muscle, a vertebra, lungs with branching
    vessels, a scatter of round and irregular calcifications (some in rows), noise."""
    rng = _rng(seed)
    y, x = np.mgrid[0:size, 0:size] / size
    hu = np.full((size, size), -1000.0)
    body = ((x - 0.5) / 0.44) ** 2 + ((y - 0.5) / 0.36) ** 2 <= 1
    hu[body] = -90
    hu[((x - 0.5) / 0.40) ** 2 + ((y - 0.5) / 0.32) ** 2 <= 1] = 45
    for cx in (0.33, 0.67):  # lungs
        lung = ((x - cx) / 0.12) ** 2 + ((y - 0.45) / 0.18) ** 2 <= 1
        hu[lung] = -850
    vessels = PILImage.new("L", (size, size), 0)
    draw = ImageDraw.Draw(vessels)
    for cx in (0.33, 0.67):
        for _ in range(14):  # vessels: branching random walks
            pts = [((cx + rng.uniform(-0.05, 0.05)) * size, (0.45 + rng.uniform(-0.1, 0.1)) * size)]
            ang = rng.uniform(0, 2 * np.pi)
            for _step in range(12):
                ang += rng.normal(0, 0.35)
                pts.append((pts[-1][0] + np.cos(ang) * 0.012 * size,
                            pts[-1][1] + np.sin(ang) * 0.012 * size))  # fmt: skip
            draw.line(pts, fill=255, width=int(rng.integers(1, 4)))
    hu[(np.asarray(vessels) > 0) & (hu < -500)] = 60
    hu[((x - 0.5) / 0.06) ** 2 + ((y - 0.72) / 0.05) ** 2 <= 1] = 700  # vertebral body
    hu[((x - 0.5) / 0.035) ** 2 + ((y - 0.72) / 0.028) ** 2 <= 1] = 250
    for i in range(blobs):  # calcifications: round, some in a row like a calcified plaque
        if i < blobs // 2:
            cx, cy = 0.42 + i * 0.025, 0.6 + rng.normal(0, 0.004)
        else:
            cx, cy = rng.uniform(0.25, 0.75), rng.uniform(0.3, 0.7)
        r = rng.uniform(0.004, 0.014)
        hu[(x - cx) ** 2 + (y - cy) ** 2 <= r * r] = rng.uniform(600, 1400)
    if irregular:
        for _ in range(6):  # irregular blobs: clusters of small discs
            cx, cy = rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7)
            for _k in range(5):
                ox, oy, r = rng.normal(0, 0.01), rng.normal(0, 0.01), rng.uniform(0.003, 0.008)
                hu[(x - cx - ox) ** 2 + (y - cy - oy) ** 2 <= r * r] = 900
    hu = _blur(hu, 0.8)
    return hu + rng.normal(0, 12, hu.shape)


def mr_grey(size: int, seed: int) -> np.ndarray:
    """An MR-like slice (0-255): a head with a bias-field gradient, grey and white matter
    folds, bright vessels and fat, Rician-like noise."""
    rng = _rng(seed)
    y, x = np.mgrid[0:size, 0:size] / size
    g = np.zeros((size, size))
    head = ((x - 0.5) / 0.38) ** 2 + ((y - 0.5) / 0.45) ** 2
    g[head <= 1] = 200  # scalp fat
    g[head <= 0.85] = 110
    folds = np.sin(x * 60 + np.sin(y * 23) * 3) * np.cos(y * 50 + np.sin(x * 17) * 2)
    g[head <= 0.75] = (120 + 35 * (folds > 0.2))[head <= 0.75]
    for _ in range(25):
        cx, cy, r = rng.uniform(0.3, 0.7), rng.uniform(0.25, 0.75), rng.uniform(0.003, 0.012)
        g[(x - cx) ** 2 + (y - cy) ** 2 <= r * r] = 240
    g *= 0.7 + 0.5 * x  # bias field
    g = _blur(g, 1.0)
    g = np.hypot(g + rng.normal(0, 6, g.shape), rng.normal(0, 6, g.shape))
    return np.clip(g, 0, 255)


def xray_grey(h: int, w: int, seed: int) -> np.ndarray:
    """A radiograph-like image (0-255): bright bones on grey soft tissue, a gradient, ribs,
    round and irregular dense foci, a wire-like line, noise."""
    rng = _rng(seed)
    y, x = np.mgrid[0:h, 0:w] / np.array([[h], [w]]).reshape(2, 1, 1)
    g = 60 + 70 * np.exp(-(((x - 0.5) / 0.3) ** 2)) + 20 * y
    for k in range(9):  # ribs: curved bright bands
        yy = 0.15 + k * 0.08 + 0.08 * (x - 0.5) ** 2
        g[np.abs(y - yy) < 0.012] += 60
    for _ in range(20):
        cx, cy, r = rng.uniform(0.15, 0.85), rng.uniform(0.15, 0.85), rng.uniform(0.003, 0.01)
        g[((x - cx) * w) ** 2 + ((y - cy) * h) ** 2 <= (r * w) ** 2] = 245
    g[np.abs(x - 0.3 - 0.2 * y) < 0.003] = 250  # a wire
    g = _blur(g, 0.8)
    return np.clip(g + rng.normal(0, 5, g.shape), 0, 255)


def skin_rgb(size: int, seed: int) -> np.ndarray:
    """A skin photograph (RGB): a tone with shading, pores, hairs, a few dark naevi and a
    red rash of small papules, jpeg-like noise."""
    rng = _rng(seed)
    y, x = np.mgrid[0:size, 0:size] / size
    shade = 0.8 + 0.25 * np.cos((x - 0.4) * 2.5) * np.cos((y - 0.6) * 2)
    rgb = np.stack([224 * shade, 172 * shade, 140 * shade], axis=-1)
    for _ in range(40):  # rash papules
        cx, cy, r = rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8), rng.uniform(0.004, 0.012)
        d = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
        rgb[d] = rgb[d] * np.array([1.0, 0.6, 0.6])
    for _ in range(5):  # naevi
        cx, cy, r = rng.uniform(0.2, 0.8), rng.uniform(0.2, 0.8), rng.uniform(0.006, 0.02)
        rgb[(x - cx) ** 2 + (y - cy) ** 2 <= r * r] = (90, 60, 45)
    hairs = PILImage.new("L", (size, size), 0)
    draw = ImageDraw.Draw(hairs)
    for _ in range(30):  # hairs: short dark curves
        pts = [(rng.uniform(0, size), rng.uniform(0, size))]
        ang = rng.uniform(0, np.pi)
        for _s in range(8):
            ang += rng.normal(0, 0.1)
            pts.append((pts[-1][0] + np.cos(ang) * 4, pts[-1][1] + np.sin(ang) * 4))
        draw.line(pts, fill=255, width=1)
    rgb[np.asarray(hairs) > 0] = (70, 50, 40)
    rgb = rgb + rng.normal(0, 4, rgb.shape)
    return np.asarray(np.clip(rgb, 0, 255), dtype=float)


# -- encoders -------------------------------------------------------------------------------


def png(arr: np.ndarray, mode: str | None = None) -> bytes:
    out = io.BytesIO()
    if mode == "I;16":
        PILImage.fromarray(arr.astype(np.uint16)).save(out, "PNG")
    elif arr.ndim == 3:
        PILImage.fromarray(arr.astype(np.uint8), "RGB").save(out, "PNG")
    else:
        PILImage.fromarray(arr.astype(np.uint8), "L").save(out, "PNG")
    return out.getvalue()


def dicom_ct(hu: np.ndarray) -> bytes:
    return F.encoded(F.dataset((hu + 1024).astype(np.int16)))


@dataclass(frozen=True)
class Case:
    name: str
    image: Image


def burned(
    kind: str, text: str, px: int, at: tuple[float, float], *, size: int = 384,
    rotate: bool = False, seed: int = 1, bold: bool = False,
) -> Image:  # fmt: skip
    """An image of ``kind`` with ``text`` burned into it at ``at``. Kinds: "ct-dicom" (white
    text, 16-bit stored), "mr-png" (white on 8-bit grey), "xray-dark" (black text on a
    bright radiograph), "xray-16" (16-bit PNG), "skin" (yellow text on a colour photo)."""
    shape = (size, size)
    if kind == "ct-dicom":
        hu = ct_hu(size, seed)
        hu[text_mask(shape, text, px, at, rotate=rotate, bold=bold)] = 2500
        return load_image(dicom_ct(hu), name=f"{kind}.dcm")
    if kind == "mr-png":
        g = mr_grey(size, seed)
        g[text_mask(shape, text, px, at, rotate=rotate, bold=bold)] = 255
        return load_image(png(g), name=f"{kind}.png")
    if kind in ("xray-dark", "xray-16"):
        g = xray_grey(size, size, seed) * 0.4 + 150  # a light film
        g[text_mask(shape, text, px, at, rotate=rotate, bold=bold)] = 5
        if kind == "xray-16":
            return load_image(png(g * 257, "I;16"), name=f"{kind}.png")
        return load_image(png(g), name=f"{kind}.png")
    if kind == "skin":
        rgb = skin_rgb(size, seed)
        rgb[text_mask(shape, text, px, at, rotate=rotate, bold=bold)] = (255, 230, 0)
        return load_image(png(rgb), name=f"{kind}.png")
    raise ValueError(kind)


def clean_corpus(size: int = 384) -> list[Case]:
    """Clinical-looking images with no text in them."""
    out = []
    for seed in range(4):
        out.append(Case(f"ct-{seed}", load_image(dicom_ct(ct_hu(size, seed)), name="ct.dcm")))
    for seed in range(3):
        out.append(Case(f"mr-{seed}", load_image(png(mr_grey(size, seed)), name="mr.png")))
    for seed in range(3):
        g = xray_grey(size, int(size * 1.25), seed)
        out.append(Case(f"xray-{seed}", load_image(png(g), name="xr.png")))
    out.append(
        Case("xray-16", load_image(png(xray_grey(size, size, 9) * 257, "I;16"), name="x.png"))
    )
    for seed in range(3):
        out.append(Case(f"skin-{seed}", load_image(png(skin_rgb(size, seed)), name="skin.png")))
    return out
