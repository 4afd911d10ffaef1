"""The burned-in text detector measured on ``tests/burned_corpus``: planted names found by
form (a name counts as found when the detector refuses its image, and, where the corpus
gives a point of the text, a box holds it), and images without an identifier refused.

Run: ``.venv/bin/python -m tests.burned_measure``."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from caselog.figures import marks, ocr
from caselog.interchange.images import load_image
from tests import burned_corpus as B

EXAMPLE = Path(__file__).resolve().parent / "fixtures" / "epidural-calcification"


def found(p: B.Planted) -> bool:
    ms = marks.image_marks(p.image)
    if p.at is None:
        return bool(ms)
    x, y = p.at
    return any(
        m.left - 0.02 <= x <= m.right + 0.02 and m.top - 0.02 <= y <= m.bottom + 0.02 for m in ms
    )


def main() -> None:
    total: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    t0 = time.perf_counter()
    planted = B.planted() + B.planted_angles()
    for p in planted:
        total[p.form] += 1
        if not found(p):
            missed[p.form] += 1
            print(f"survives\t{p.form}\t{p.name}\t{p.text}")
    print(f"planted: {sum(missed.values())}/{len(planted)} survive")
    for form in total:
        print(f"  {form}: {missed[form]}/{total[form]} survive")
    refused = []
    cleans = B.clean() + B.clean_more()
    for c in cleans:
        ms = marks.image_marks(c.image)
        if ms:
            refused.append(c.name)
            print(f"refused\t{c.kind}\t{c.name}\t{[m.where for m in ms]}")
    for name in ("ct-initial.png", "ct-regression.png"):  # the example, as the case file has it
        image = replace(load_image((EXAMPLE / name).read_bytes(), name=name), marks_accepted=True)
        ms = marks.image_marks(image)
        print(f"example {name}: {[m.where for m in ms]} (accepted in the case file)")
    t2 = time.perf_counter()
    print(f"clean: {len(refused)}/{len(cleans)} refused")
    if ocr.available():  # the record's name read (certain): by form
        t3 = time.perf_counter()
        read: Counter[str] = Counter()
        both = 0  # neither suspected by the pixel checks nor read: printed
        for p in planted:
            if ocr.recorded(ocr.figure_words(p.image, marks.image_marks(p.image)), [p.text]):
                read[p.form] += 1
            elif not found(p):
                both += 1
                print(f"survives both\t{p.form}\t{p.name}\t{p.text}")
        per = (time.perf_counter() - t3) / len(planted)
        t4 = time.perf_counter()  # again, as the export after a report reads them
        for p in planted:
            ocr.figure_words(p.image, marks.image_marks(p.image))
        again = (time.perf_counter() - t4) / len(planted)
        print(
            f"OCR reads the name: {sum(read.values())}/{len(planted)} ({per:.2f} s per image;"
            f" {again:.2f} s read again, from the cache, marks included)"
        )
        for form in total:
            print(f"  {form}: {read[form]}/{total[form]}")
        print(f"planted, with OCR's certainty: {both}/{len(planted)} survive")
    n = len(planted) + len(cleans)
    print(f"time: {(t2 - t0) / n:.2f} s per image ({n} images)")


if __name__ == "__main__":
    main()
