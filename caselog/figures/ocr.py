"""Reading burned-in text with Tesseract (Debian's ``tesseract-ocr``, run as a program): the
words an image shows, so that a recorded name or record number burned into it is certain,
not a suspicion (issue 14, images).

OCR decides nothing on its own: the pixel detectors (``marks``, ``burned_text``) say where
text may be and the author covers it or marks it checked; what OCR reads only adds
certainty. A word that matches the record (the patient's recorded name, record number,
the reporter's name) refuses the image even when its author marked it checked, and
``--accept-redactions`` leaves it out. Where Tesseract is not installed nothing is read and
the pixel detectors stand alone.

What is read: the image as it prints, twice its size, and each suspected box again, cut
out, enlarged so its lines are about ``LINE_PX`` pixels high, in the turns text can take
(upright, a quarter turn either way, 45 degrees either way). Tesseract's sparse-text mode
(``--psm 11``) finds words anywhere; words below ``MIN_CONF`` are dropped. It costs about
0.15 s a call on one core (``OMP_THREAD_LIMIT=1``: six calls side by side do not fight).

What a call reads is kept in memory for the process (``CACHE``, at most ``CACHE_SIZE``
calls, the oldest dropped first), keyed on the SHA-256 of the exact pixels given to
Tesseract, their size and mode: an image read at a report is not read again at the export
after it, nor at the next report, unless its pixels, window, crop or redaction boxes
changed (they change what is read). Nothing is kept on disk: the words read are the very
names the check looks for, and a file beside the database would hold them outside its
encryption.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Final

import numpy as np
from PIL import Image as PILImage
from PIL import ImageFilter, ImageOps

from caselog.core.model import Case, Image
from caselog.figures.compose import compose, crop_box
from caselog.figures.marks import Mark, natural_full

MIN_CONF: Final = 55
LINE_PX: Final = 36
TIMEOUT: Final = 30.0
TURNS: Final = (0.0, 90.0, -90.0, 45.0, -45.0)
PROGRAM: Final = "tesseract"
CACHE_SIZE: Final = 4096
"""The Tesseract calls whose words are kept (a few hundred images' worth)."""

CACHE: dict[bytes, tuple[str, ...]] = {}
_CACHE_LOCK = threading.Lock()


@cache
def program() -> str | None:
    """Tesseract's path, or None when it is not installed."""
    return shutil.which(PROGRAM)


def available() -> bool:
    return program() is not None


def _key(img: PILImage.Image) -> bytes:
    grey = img.convert("L")
    h = hashlib.sha256(f"{grey.size[0]}x{grey.size[1]}:".encode())
    h.update(grey.tobytes())
    return h.digest()


def words(img: PILImage.Image) -> list[str]:
    """The words Tesseract reads in ``img`` with a confidence of ``MIN_CONF`` or more
    (from ``CACHE`` when these very pixels were read before)."""
    if program() is None:
        return []
    key = _key(img)
    with _CACHE_LOCK:
        hit = CACHE.pop(key, None)
        if hit is not None:
            CACHE[key] = hit  # the most recently used last
            return list(hit)
    out = _tesseract(img)
    with _CACHE_LOCK:
        CACHE[key] = tuple(out)
        while len(CACHE) > CACHE_SIZE:
            del CACHE[next(iter(CACHE))]
    return out


def _tesseract(img: PILImage.Image) -> list[str]:
    exe = program()
    if exe is None:
        return []
    buf = io.BytesIO()
    img.convert("L").save(buf, "PNG")
    env = {"PATH": os.environ.get("PATH", ""), "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            [exe, "stdin", "stdout", "--psm", "11", "-l", "eng", "tsv"],
            input=buf.getvalue(), capture_output=True, timeout=TIMEOUT, env=env, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return []
    out = []
    for line in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) == 12 and cols[11].strip():
            try:
                conf = float(cols[10])
            except ValueError:
                continue
            if conf >= MIN_CONF:
                out.append(cols[11].strip())
    return out


def read_image(grey: PILImage.Image, marks: Sequence[Mark]) -> list[str]:
    """Every word read in the 8-bit image ``grey``: the whole of it, then each box of
    ``marks`` in each turn; a mark over the whole image (a tiled watermark) as its fine
    detail (``detail``: a translucent stamp over anatomy reads there, not in the greys),
    turned 45 degrees either way."""
    img = ImageOps.autocontrast(grey.convert("L"))
    out = words(_scaled(img, 2.0))
    w, h = img.size
    for m in marks:
        if m.where == "whole image":
            fine = _scaled(detail(img), 2.0)
            out += [x for angle in (45.0, -45.0) for x in words(_turned(fine, angle))]
            continue
        pad = 0.02
        box = (
            max(0, int((m.left - pad) * w)), max(0, int((m.top - pad) * h)),
            min(w, int((m.right + pad) * w) + 1), min(h, int((m.bottom + pad) * h) + 1),
        )  # fmt: skip
        part = ImageOps.autocontrast(img.crop(box))
        part = _scaled(part, 3.0 if min(part.size) < 4 * LINE_PX else 2.0)
        for angle in TURNS:
            out += words(_turned(part, angle) if angle else part)
    return out


def detail(img: PILImage.Image, radius: float = 3.0) -> PILImage.Image:
    """The image less a Gaussian blur of it, stretched: strokes and edges on mid-grey."""
    a = np.asarray(img, dtype=np.float64)
    d = a - np.asarray(img.filter(ImageFilter.GaussianBlur(radius)), dtype=np.float64)
    spread = float(np.percentile(np.abs(d), 99)) + 1e-6
    return PILImage.fromarray(np.clip(128 + d * 100 / spread, 0, 255).astype(np.uint8), "L")


def _scaled(img: PILImage.Image, factor: float) -> PILImage.Image:
    size = (round(img.width * factor), round(img.height * factor))
    return img.resize(size, PILImage.Resampling.LANCZOS)


def _turned(img: PILImage.Image, angle: float) -> PILImage.Image:
    fill = int(np.median(np.asarray(img)))
    return img.rotate(angle, expand=True, resample=PILImage.Resampling.BILINEAR, fillcolor=fill)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def recorded(words_read: Iterable[str], names: Iterable[str]) -> list[str]:
    """The recorded ``names`` (a name's parts of three letters or more, a record number's
    digits) that ``words_read`` hold: equal when folded, or one letter off for a part of
    six letters or more (OCR's misreading: "0'CONNELL", "HALVORSFN")."""
    parts = set()
    for name in names:
        for part in re.split(r"[\s^,;/\-]+", name):
            f = _fold(part)
            if len(f) >= 3 and not f.isdigit():
                parts.add(f)
        digits = re.sub(r"\D", "", name)
        if len(digits) >= 4:
            parts.add(digits)
    found = []
    read = {_fold(w) for w in words_read} | {re.sub(r"\D", "", w) for w in words_read}
    read.discard("")
    for part in sorted(parts):
        for r in read:
            if r == part or (part.isdigit() and len(part) >= 5 and part in r):
                found.append(part)
                break
            if len(part) >= 6 and not part.isdigit() and _one_off(r, part):
                found.append(part)
                break
    return found


def _one_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by at most one letter (changed, added or dropped)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1 :] for i in range(len(b)))


# -- a stored image and its record ------------------------------------------------------------


def figure_words(image: Image, marks: Sequence[Mark]) -> list[str]:
    """The words read in a stored image's figure as it prints (its window and crop, its
    redaction boxes burned in: a name the author covered is not read), ``marks`` (in the
    whole image's fractions, as ``marks.image_marks`` gives them) read again one by one."""
    if not available():
        return []
    redactions = [a for a in image.annotations if a.kind == "redact"]
    figure = compose(
        image.data, window=image.window, crop=image.crop, annotations=redactions,
        source=image.source,
    )  # fmt: skip
    w, h = natural_full(image)
    left, top, right, bottom = crop_box((w, h), image.crop)
    cl, ct, cw, ch = left / w, top / h, (right - left) / w, (bottom - top) / h
    inside = []
    for m in marks:
        if m.where == "whole image":
            inside.append(m)
            continue
        box = Mark(
            _unit((m.left - cl) / cw), _unit((m.top - ct) / ch),
            _unit((m.right - cl) / cw), _unit((m.bottom - ct) / ch),
        )  # fmt: skip
        if box.right > box.left and box.bottom > box.top:
            inside.append(box)
    return read_image(figure, inside)


def record_names(case: Case) -> list[str]:
    """What the record says identifies its patient: the recorded name, the record number,
    the reporter's name."""
    private = case.patient.private
    out = [x for x in (private.name, private.mrn) if x]
    reporter = case.regulatory.reporter if case.regulatory else None
    if reporter is not None and reporter.name:
        out.append(reporter.name)
    return out


def _unit(v: float) -> float:
    return min(max(v, 0.0), 1.0)


def warning(image: Image, found: Sequence[str], marks_warning: str | None = None) -> str:
    """The refusal of an image in which OCR read the record's names ``found`` (never
    quoted: the message goes to a terminal and a log); after ``marks_warning``, the
    detector's own, when it saw the text too."""
    what = "one of the record's names or numbers" if len(found) == 1 else (
        f"{len(found)} of the record's names or numbers"
    )  # fmt: skip
    read = (
        f"OCR reads {what} in it: cover it with a redaction box or crop it away; marking "
        "the image checked does not let it out"
    )
    if marks_warning:
        return f"{marks_warning}; {read}"
    name = image.filename or "an image"
    panel = f" (panel {image.panel})" if image.panel else ""
    return f"{name}{panel} shows burned-in text: {read}"
