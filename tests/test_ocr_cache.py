"""The OCR cache (``caselog.figures.ocr.CACHE``): the same pixels are read by Tesseract
once a process; other pixels (another image, a redaction box added) are read again."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PIL import Image as PILImage

from caselog.core.figure import Annotation
from caselog.figures import ocr
from tests import burned_corpus as B


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Tesseract replaced by a reader that records what it is given and reads one word."""
    seen: list[bytes] = []

    def fake(img: PILImage.Image) -> list[str]:
        seen.append(img.convert("L").tobytes())
        return [f"word{len(seen)}"]

    monkeypatch.setattr(ocr, "_tesseract", fake)
    monkeypatch.setattr(ocr, "program", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr, "CACHE", {})
    return seen


def _grey(seed: int) -> PILImage.Image:
    rng = np.random.default_rng(seed)
    return PILImage.fromarray(rng.integers(0, 255, (40, 60), dtype=np.uint8), "L")


def test_the_same_pixels_are_read_once(calls: list[bytes]) -> None:
    first = ocr.words(_grey(1))
    again = ocr.words(_grey(1))
    assert first == again == ["word1"]
    assert len(calls) == 1


def test_other_pixels_are_read_again(calls: list[bytes]) -> None:
    ocr.words(_grey(1))
    other = np.asarray(_grey(1)).copy()
    other[0, 0] ^= 1  # one grey of one pixel
    assert ocr.words(PILImage.fromarray(other, "L")) == ["word2"]
    # the same bytes in another shape are other pixels
    assert ocr.words(_grey(1).resize((30, 80))) == ["word3"]
    assert len(calls) == 3


def test_the_cache_keeps_the_most_recent(
    calls: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "CACHE_SIZE", 2)
    for seed in (1, 2, 1, 3):  # 1 used again after 2: 2 is the oldest when 3 comes
        ocr.words(_grey(seed))
    assert len(calls) == 3 and len(ocr.CACHE) == 2
    ocr.words(_grey(1))
    assert len(calls) == 3
    ocr.words(_grey(2))
    assert len(calls) == 4


def test_a_figure_is_read_again_when_a_redaction_box_is_added(calls: list[bytes]) -> None:
    p = B.planted()[8]  # a name written down the edge of a CT slice
    image = p.image
    ocr.figure_words(image, [])
    n = len(calls)
    ocr.figure_words(image, [])
    assert len(calls) == n  # the report, then the export: read once
    boxed = replace(
        image, annotations=[Annotation("redact", start=(0.3, 0.3), end=(0.7, 0.7), color="black")]
    )
    ocr.figure_words(boxed, [])
    assert len(calls) > n  # its pixels changed: read again
