"""A corpus of names burned into pixels in the forms the corner-and-border detector was not
built for (issue 14, images), written before the detector was extended: a translucent
diagonal watermark tiled across a whole CT slice, faint low-contrast text, text turned 45
degrees, vertical text at an edge, small text in a corner, text in a 16-bit DICOM's pixel
data, dark text on a light film, a name tiled as a pattern; and images with no identifier
(CT, ultrasound and radiograph-like, some with the side markers "L" and "R", a scale bar
with "5 cm", a ruler with ticks) on which no image may be refused.

Only synthetic pixels (seeded noise, the shipped DejaVu fonts); PNG, JPEG and DICOM."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image as PILImage
from PIL import ImageDraw

from caselog.core.model import Image
from caselog.interchange.images import load_image
from tests import dicom_fixture as F
from tests import marks_corpus as M

SIZE = 384


@dataclass(frozen=True)
class Planted:
    """An image with ``text`` burned in, in the form ``form``; ``at`` is a point of the text
    (fractions of the image) that the detector's box must hold."""

    name: str
    form: str
    text: str
    image: Image
    at: tuple[float, float] | None = None


@dataclass(frozen=True)
class Clean:
    name: str
    kind: str
    image: Image


def _glyphs(text: str, px: int, *, bold: bool = False) -> PILImage.Image:
    f = M.font(px, bold)
    box = ImageDraw.Draw(PILImage.new("L", (1, 1))).textbbox((0, 0), text, font=f)
    tw, th = int(box[2] - box[0]) + 4, int(box[3] - box[1]) + 4
    out = PILImage.new("L", (tw, th), 0)
    ImageDraw.Draw(out).text((2 - box[0], 2 - box[1]), text, fill=255, font=f)
    return out


def turned_mask(
    size: tuple[int, int], text: str, px: int, at: tuple[float, float], angle: float
) -> np.ndarray:
    """A mask (0..1 float) of ``text`` turned ``angle`` degrees, centred at ``at``."""
    g = _glyphs(text, px).rotate(angle, expand=True, resample=PILImage.Resampling.BICUBIC)
    w, h = size
    canvas = PILImage.new("L", (w, h), 0)
    x = min(max(round(at[0] * w - g.width / 2), 0), max(0, w - g.width))
    y = min(max(round(at[1] * h - g.height / 2), 0), max(0, h - g.height))
    canvas.paste(g, (x, y))
    return np.asarray(canvas, dtype=float) / 255.0


def tiled_mask(
    size: tuple[int, int], text: str, px: int, angle: float, step: tuple[int, int]
) -> np.ndarray:
    """A mask (0..1) of ``text`` repeated over the whole image on a lattice of ``step``
    pixels, each copy turned ``angle`` degrees: a watermark."""
    g = _glyphs(text, px).rotate(angle, expand=True, resample=PILImage.Resampling.BICUBIC)
    w, h = size
    canvas = PILImage.new("L", (w, h), 0)
    for row, y in enumerate(range(-g.height // 2, h, step[1])):
        shift = (row % 2) * step[0] // 2
        for x in range(-g.width // 2 - shift, w, step[0]):
            canvas.paste(g, (x, y), g)
    return np.asarray(canvas, dtype=float) / 255.0


def jpeg(arr: np.ndarray, quality: int = 90) -> bytes:
    out = io.BytesIO()
    mode = "RGB" if arr.ndim == 3 else "L"
    PILImage.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode).save(
        out, "JPEG", quality=quality
    )
    return out.getvalue()


def ct_grey(seed: int, size: int = SIZE) -> np.ndarray:
    """A CT slice as printed through a soft-tissue window (40/400), 0..255."""
    hu = M.ct_hu(size, seed)
    return np.clip((hu - (40 - 200)) / 400 * 255, 0, 255)


def ultrasound(seed: int, size: int = SIZE) -> np.ndarray:
    """An ultrasound-like sector (0..255): a fan on black, speckle, a dark cyst, a bright
    interface, depth gain."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size] / size
    r = np.hypot(x - 0.5, y - 0.05)
    ang = np.arctan2(x - 0.5, y - 0.05)
    fan = (r < 0.9) & (r > 0.08) & (np.abs(ang) < 0.6)
    speckle = rng.rayleigh(1.0, (size, size))
    speckle = M._blur(speckle, 1.2)
    g = np.where(fan, 70 * speckle * (1.2 - 0.6 * r), 0.0)
    cyst = ((x - 0.45) / 0.09) ** 2 + ((y - 0.5) / 0.06) ** 2 <= 1
    g[cyst & fan] *= 0.15
    g[(np.abs(y - 0.62 - 0.05 * np.sin(x * 9)) < 0.006) & fan] += 120
    return np.clip(g, 0, 255)


def _draw_text(g: np.ndarray, text: str, px: int, xy: tuple[int, int], fill: float) -> None:
    m = M.text_mask((g.shape[1], g.shape[0]), text, px, (0.5, 0.5))
    ys, xs = np.nonzero(m)
    dy, dx = ys - int(ys.min()) + xy[1], xs - int(xs.min()) + xy[0]
    ok = (dy < g.shape[0]) & (dx < g.shape[1])
    g[dy[ok], dx[ok]] = fill


def markers(g: np.ndarray, *, side: bool = True, scale: bool = True, ruler: bool = False) -> None:
    """What an image carries that is no identifier: side markers "L" and "R", a scale bar
    with "5 cm", a ruler of ticks with its centimetres numbered."""
    h, w = g.shape[:2]
    if side:
        _draw_text(g, "R", 16, (8, h // 2 - 8), 250)
        _draw_text(g, "L", 16, (w - 20, h // 2 - 8), 250)
    if scale:
        g[h - 22 : h - 19, w - 80 : w - 20] = 250
        _draw_text(g, "5 cm", 11, (w - 66, h - 16), 250)
    if ruler:
        for k in range(11):
            y = 40 + k * 28
            g[y : y + 2, w - 14 : w - (4 if k % 5 else 1)] = 240
            if k % 5 == 0:
                _draw_text(g, str(k), 9, (w - 28, y - 4), 240)


def planted() -> list[Planted]:
    """Names burned in, one form at a time (two or three of each, on other backgrounds)."""
    s = (SIZE, SIZE)
    out: list[Planted] = []

    # 1. a translucent diagonal watermark tiled across the whole slice (PNG, JPEG, DICOM)
    for i, (text, alpha, seed) in enumerate(
        [("HALVORSEN INGRID", 0.22, 11), ("Kowalczyk Tomasz", 0.3, 12), ("MRN 0048213", 0.25, 13)]
    ):
        m = tiled_mask(s, text, 18, 30 + 15 * i, (190, 110))
        if i == 2:  # in the stored values of a 16-bit DICOM: a watermark in HU
            hu = M.ct_hu(SIZE, seed)
            hu = hu * (1 - alpha * m) + 1400 * alpha * m
            img = load_image(M.dicom_ct(hu), name="watermark.dcm")
        else:
            g = ct_grey(seed)
            g = g * (1 - alpha * m) + 255 * alpha * m
            data = M.png(g) if i == 0 else jpeg(g)
            img = load_image(data, name=f"watermark-{i}.{'png' if i == 0 else 'jpg'}")
        out.append(Planted(f"watermark-{i}", "watermark", text, img, None))

    # 2. faint low-contrast text in the middle (20-30 grey levels over tissue)
    for i, (text, delta, at, seed) in enumerate(
        [
            ("Brennan Siobhan", 28, (0.5, 0.42), 21),
            ("DOB 14.07.1951", 22, (0.55, 0.6), 22),
            ("NAKAMURA YUKI", -26, (0.45, 0.5), 23),
        ]
    ):
        g = ct_grey(seed) if i != 1 else M.mr_grey(SIZE, seed)
        m = turned_mask(s, text, 15, at, 0)
        g = np.clip(g + delta * m, 0, 255)
        out.append(Planted(f"faint-{i}", "faint", text, load_image(M.png(g), name="f.png"), at))

    # 3. text turned 45 degrees (either way) in the middle
    for i, (text, angle, at, seed) in enumerate(
        [("OYELARAN ADEBAYO", 45, (0.5, 0.5), 31), ("Sørensen Mette", -45, (0.45, 0.55), 32)]
    ):
        g = ct_grey(seed)
        m = turned_mask(s, text, 16, at, angle)
        g = g * (1 - m) + 250 * m
        out.append(Planted(f"diag-{i}", "diagonal", text, load_image(M.png(g), name="d.png"), at))

    # 4. vertical text at an edge (turned a quarter turn either way)
    for i, (text, angle, at, seed) in enumerate(
        [("VASQUEZ ROSARIO 1949", 90, (0.04, 0.5), 41), ("Achterberg Lotte", -90, (0.96, 0.45), 42)]
    ):
        g = ct_grey(seed)
        m = turned_mask(s, text, 12, at, angle)
        g = g * (1 - m) + 245 * m
        out.append(
            Planted(f"vertical-{i}", "vertical", text, load_image(M.png(g), name="v.png"), at)
        )

    # 5. small text in a corner (7-8 pixel capitals)
    for i, (text, at, seed) in enumerate(
        [("PETROV A 03/1962", (0.14, 0.03), 51), ("ID 7731904", (0.9, 0.97), 52)]
    ):
        g = ct_grey(seed)
        m = turned_mask(s, text, 9, at, 0)
        g = g * (1 - m) + 235 * m
        out.append(
            Planted(f"corner-{i}", "small corner", text, load_image(M.png(g), name="c.png"), at)
        )

    # 6. text in a 16-bit DICOM's pixel data, visible through the window only
    for i, (text, at, seed) in enumerate(
        [("LINDGREN BO", (0.5, 0.4), 61), ("Ferreira Joana 1958", (0.42, 0.62), 62)]
    ):
        hu = M.ct_hu(SIZE, seed)
        m = turned_mask(s, text, 13, at, 0) > 0.5
        hu[m] = 180.0  # a soft-tissue window shows it; a full-range print barely does
        out.append(
            Planted(
                f"dicom16-{i}", "16-bit DICOM", text, load_image(M.dicom_ct(hu), name="t.dcm"), at
            )
        )

    # 7. inverted: dark text on a light film (radiograph printed as a film)
    for i, (text, at, seed) in enumerate(
        [("O'CONNELL MAEVE", (0.5, 0.5), 71), ("Abernethy K 1955", (0.6, 0.35), 72)]
    ):
        g = M.xray_grey(SIZE, SIZE, seed) * 0.4 + 150
        m = turned_mask(s, text, 14, at, 0)
        g = g * (1 - m) + 20 * m
        data = M.png(g) if i == 0 else jpeg(g, 85)
        out.append(Planted(f"inverted-{i}", "inverted", text, load_image(data, name="i.png"), at))

    # 8. a name tiled as an upright pattern, small and opaque-ish, across the image
    for i, (text, seed) in enumerate([("GRUBER H", 81), ("Mbeki Thandi", 82)]):
        g = ct_grey(seed)
        m = tiled_mask(s, text, 11, 0, (120, 60))
        g = g * (1 - 0.45 * m) + 255 * 0.45 * m
        out.append(
            Planted(f"tiled-{i}", "tiled pattern", text, load_image(M.png(g), name="t.png"), None)
        )
    return out + planted_more()


def flat(seed: int, level: float, slope: float = 0.0, noise: float = 2.0) -> np.ndarray:
    """A flat background (a film's border, a phantom, a blank region of a scan) at
    ``level`` greys, rising ``slope`` greys across the image, with Gaussian noise."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:SIZE, 0:SIZE] / SIZE
    g = level + slope * (0.6 * x + 0.4 * y) + rng.normal(0, noise, (SIZE, SIZE))
    return np.asarray(np.clip(g, 0, 255))


def dicom_windowed(hu: np.ndarray, centre: float, width: float) -> bytes:
    """A 16-bit CT DICOM of ``hu`` whose stored display window is ``centre``/``width``."""
    ds = F.dataset((hu + 1024).astype(np.int16), WindowCenter=centre, WindowWidth=width)
    return F.encoded(ds)


def planted_more() -> list[Planted]:
    """Second round (session 10): faint text a dozen greys over a flat or gently varying
    background, and text a 16-bit DICOM's display window clips away (burned in at values
    the window prints as the white or black around it)."""
    s = (SIZE, SIZE)
    out: list[Planted] = []
    # faint: 9-14 greys, light or dark, on flat and gently varying grounds and on tissue
    for i, (text, delta, at, ground) in enumerate(
        [
            ("Thorvaldsen Ebba", 12, (0.5, 0.3), "flat"),
            ("MRN 55190327", -11, (0.4, 0.7), "slope"),
            ("Quispe Huaman R", 14, (0.15, 0.06), "slope"),
            ("DOB 02/11/1944", 10, (0.5, 0.5), "flat-dark"),
            ("Achebe Chinwe", 13, (0.5, 0.86), "mr"),
            ("WOJCIECHOWSKA Z", -12, (0.86, 0.5), "film"),
        ]
    ):
        if ground == "flat":
            g = flat(600 + i, 118)
        elif ground == "slope":
            g = flat(600 + i, 80, slope=60.0)
        elif ground == "flat-dark":
            g = flat(600 + i, 22, noise=1.5)
        elif ground == "mr":
            g = M.mr_grey(SIZE, 600 + i)
        else:
            g = M.xray_grey(SIZE, SIZE, 600 + i) * 0.3 + 170
        m = turned_mask(s, text, 14, at, 90 if ground == "film" else 0)
        g = np.clip(g + delta * m, 0, 255)
        data = M.png(g) if i % 2 == 0 else jpeg(g, 92)
        out.append(Planted(f"faint2-{i}", "faint", text, load_image(data, name="f.png"), at))

    # outside the display window: the window prints text and its ground alike
    for i, (text, at, ground_hu, text_hu, centre, width) in enumerate(
        [
            ("Okonkwo Adaeze", (0.5, 0.06), -1000.0, -700.0, 40.0, 400.0),  # air: black
            ("PID 88120456", (0.2, 0.95), -1000.0, -1010.0 + 420.0, 400.0, 1800.0),
            ("Hallström Nils", (0.5, 0.5), None, 2600.0, 40.0, 400.0),  # on bone: white
            ("BERGKAMP J 1961", (0.5, 0.72), None, 1500.0, 40.0, 80.0),  # brain window
        ]
    ):
        hu = M.ct_hu(SIZE, 700 + i)
        m = turned_mask(s, text, 13, at, 0) > 0.5
        if ground_hu is None:  # a bright block under the text (a calibration insert)
            ys, xs = np.nonzero(m)
            hu[ys.min() - 4 : ys.max() + 5, xs.min() - 6 : xs.max() + 7] = 1200.0
        hu[m] = text_hu
        data = dicom_windowed(hu, centre, width)
        out.append(
            Planted(f"window-{i}", "outside window", text, load_image(data, name="w.dcm"), at)
        )
    return out


def planted_angles() -> list[Planted]:
    """Third round (session 12, not in ``planted``, whose tests hold their figures): text
    turned to angles between the detector's turns (15 to 35 degrees off a row or a
    quarter turn), in the middle and nearer an edge, on CT and MR."""
    s = (SIZE, SIZE)
    out: list[Planted] = []
    for i, (text, angle, at, seed) in enumerate(
        [
            ("MWANGI ESTHER", 20.0, (0.5, 0.45), 901),
            ("Lindqvist Maja 1950", -25.0, (0.5, 0.55), 902),
            ("NGUYEN THI HOA", 35.0, (0.45, 0.5), 903),
            ("Papadakis Eleni", -60.0, (0.5, 0.5), 904),
            ("MRN 40087215", 70.0, (0.55, 0.5), 905),
            ("Haddad Rami", -15.0, (0.5, 0.35), 906),
        ]
    ):
        g = ct_grey(seed) if i % 2 == 0 else M.mr_grey(SIZE, seed)
        m = turned_mask(s, text, 15, at, angle)
        g = g * (1 - m) + 245 * m
        out.append(Planted(f"angled-{i}", "angled", text, load_image(M.png(g), name="a.png"), at))
    return out


def orientation(g: np.ndarray, letters: tuple[str, str, str, str], px: int = 14) -> None:
    """Orientation letters at the middle of each edge (top, bottom, left, right)."""
    h, w = g.shape[:2]
    top, bottom, left, right = letters
    _draw_text(g, top, px, (w // 2 - px // 3, 6), 245)
    _draw_text(g, bottom, px, (w // 2 - px // 3, h - px - 6), 245)
    _draw_text(g, left, px, (6, h // 2 - px // 2), 245)
    _draw_text(g, right, px, (w - px - 4, h // 2 - px // 2), 245)


def clean_more() -> list[Clean]:
    """Second round (session 10, not in ``clean``, which the first round's tests hold to
    their figures): markers that are no names: orientation letters, "HU",
    short numbers, "10 mm", a ruler's numbered ticks, a window's level and width."""
    out: list[Clean] = []
    g = ct_grey(800)
    orientation(g, ("A", "P", "R", "L"))
    out.append(Clean("ct-apr", "CT with A/P/R/L", load_image(M.png(g), name="ct.png")))
    g = M.mr_grey(SIZE, 801)
    orientation(g, ("S", "I", "R", "L"))
    out.append(Clean("mr-sirl", "MR with S/I/R/L", load_image(M.png(g), name="mr.png")))
    g = ct_grey(802)
    _draw_text(g, "HU", 12, (12, 10), 240)
    _draw_text(g, "120", 12, (SIZE - 40, 10), 240)
    out.append(Clean("ct-hu", "CT with HU and a number", load_image(M.png(g), name="ct.png")))
    g = ultrasound(803)
    g[SIZE - 30 : SIZE - 27, 20:120] = 250
    _draw_text(g, "10 mm", 11, (40, SIZE - 20), 250)
    _draw_text(g, "5", 11, (SIZE - 20, 60), 250)
    _draw_text(g, "10", 11, (SIZE - 24, 200), 250)
    out.append(Clean("us-mm", "ultrasound with 10 mm", load_image(jpeg(g), name="us.jpg")))
    g = M.xray_grey(SIZE, SIZE, 804) * 0.8 + 20
    markers(g, side=True, scale=True, ruler=True)
    out.append(Clean("xr-ruler", "radiograph with ruler", load_image(M.png(g), name="xr.png")))
    hu = M.ct_hu(SIZE, 805)
    out.append(
        Clean(
            "ct-soft",
            "CT, soft-tissue window",
            load_image(dicom_windowed(hu, 40, 400), name="c.dcm"),
        )
    )
    hu = M.ct_hu(SIZE, 806)
    out.append(
        Clean("ct-brain", "CT, brain window", load_image(dicom_windowed(hu, 40, 80), name="c.dcm"))
    )
    g = ct_grey(807)
    _draw_text(g, "L", 20, (10, 10), 250)
    _draw_text(g, "W 400 L 40", 10, (SIZE - 90, SIZE - 16), 235)
    out.append(Clean("ct-wl", "CT with L and W/L", load_image(M.png(g), name="ct.png")))
    return out


def clean() -> list[Clean]:
    """Images with no identifier: plain and with side markers, scale bars and rulers."""
    out: list[Clean] = []
    for seed in range(3):
        out.append(
            Clean(f"ct-{seed}", "CT", load_image(M.dicom_ct(M.ct_hu(SIZE, seed)), name="ct.dcm"))
        )
    for seed in range(2):
        g = ct_grey(100 + seed)
        markers(g, side=True, scale=False)
        out.append(Clean(f"ct-lr-{seed}", "CT with L/R", load_image(M.png(g), name="ct.png")))
    for seed in range(3):
        g = ultrasound(200 + seed)
        markers(g, side=False, scale=True, ruler=seed == 1)
        data = M.png(g) if seed != 2 else jpeg(g)
        out.append(Clean(f"us-{seed}", "ultrasound", load_image(data, name="us.png")))
    g = M.xray_grey(SIZE, SIZE, 300) * 0.8 + 20
    markers(g, side=True, scale=True)
    out.append(Clean("xr-markers", "radiograph with markers", load_image(M.png(g), name="xr.png")))
    for seed in range(2):
        out.append(
            Clean(f"mr-{seed}", "MR", load_image(M.png(M.mr_grey(SIZE, 400 + seed)), name="mr.png"))
        )
    out.append(Clean("skin", "photograph", load_image(M.png(M.skin_rgb(SIZE, 500)), name="s.png")))
    return out
