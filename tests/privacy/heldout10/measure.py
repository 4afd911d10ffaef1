"""Measure de-identification on ``tests/privacy/heldout10`` through the real output paths.

Exactly as heldout9 measures its corpus, by heldout4's to heldout7's own code (imported,
given this corpus's records, title, described words and particles): each patient (and the
clinical prose of ``TERM_NOTES``) a stored case whose notes are events, history and case
presentation; two series; then ``caselog export --anonymise --accept-redactions`` and
``caselog report --template cureus|cmaj|series --accept-redactions``, the PDFs read by
pdftotext with their document info and XMP. Identifiers are counted by Safe Harbor kind
and by the language of the note that holds them, clinical terms by category and by
language, ordinary words by language.

The images (``images.py``, every name burned into the pixels with no box over it): each in
a case of its own, imported by ``caselog import`` from a case file on disk, exported and
printed (heldout5's measure): every byte of every output searched for the name (in its own
script too), and the pixels of its letters must be dark in every output that holds the
image, or the output refused (an output written without the image counts as the image
left out, heldout5's ``LEFT_OUT``).

A name counts as surviving when any word of it of three letters or more survives
(heldout4's rule); a kind marked ``(phrase)`` survives as a whole; ``particle_only``
counts apart the survivals that are only a particle (``PARTICLES``).

``python -m tests.privacy.heldout10.measure [-v]`` prints every figure (``--pdf N``: the
text PDFs of the first N records only, and no series; ``--save FILE``: the exported notes
and the PDFs' text of every record written to FILE as JSON, to read the survivors in their
context).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.deid_corpus import survives
from tests.privacy.heldout4 import measure as h4
from tests.privacy.heldout4.measure import Figures, Outputs, folded, leaked
from tests.privacy.heldout5 import measure as h5
from tests.privacy.heldout5.measure import ImageFigures
from tests.privacy.heldout6.measure import Languages, language_of
from tests.privacy.heldout7.measure import TermLanguages, terms_by_language
from tests.privacy.heldout10.corpus import DESCRIBED, HELDOUT10, PARTICLES, TERM_NOTES
from tests.privacy.heldout10.corpus import Patient as Record
from tests.privacy.heldout10.images import planted_images

__all__ = ["Languages", "TermLanguages", "language_of", "terms_by_language"]

TITLE = "heldout10 corpus (tests/privacy/heldout10)"


def records() -> list[Record]:
    """The patients, then the clinical prose as one more (nameless) record."""
    return [*HELDOUT10, Record(name=None, mrn=None, birth=None, notes=list(TERM_NOTES))]


def figures(recs: Sequence[Record], out: Outputs) -> Figures:
    return h4.figures(recs, out, title=TITLE, described=DESCRIBED)


def particle_only(kind: str, needle: str, output: str) -> bool:
    """Whether ``needle`` (a name) survives in ``output`` only by this corpus's
    ``PARTICLES`` (heldout6's rule, with heldout10's particles)."""
    if not kind.startswith("name") or "employer" in kind or "(phrase)" in kind:
        return False
    if not leaked(kind, needle, output):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", needle) if len(w) > 2]
    rest = [w for w in words if w.lower() not in PARTICLES]
    return bool(rest) and not any(
        survives(w, "name", output) or survives(w, "name", folded(output)) for w in rest
    )


def by_language(recs: Sequence[Record], out: Outputs) -> Languages:
    """The identifiers of ``recs`` that survive each output of ``out``, by the language of
    the note that holds them (``leaked``, as ``h4.figures`` counts them)."""
    langs = Languages()
    texts = [("case file", i, t) for i, t in enumerate(out.case_files)]
    texts += [(tmpl, i, t) for tmpl, d in out.pdfs.items() for i, t in d.items()]
    for output, i, text in texts:
        for kind, needle in recs[i].planted:
            lang = language_of(recs[i], needle)
            langs.planted[(output, lang)] += 1
            if leaked(kind, needle, text):
                langs.leaked[(output, lang)] += 1
                langs.particles[output] += particle_only(kind, needle, text)
    return langs


# -- the images ----------------------------------------------------------------------------


LEFT_OUT = h5.LEFT_OUT


def measure_images(work: Path) -> ImageFigures:
    """heldout5's measure of every image through the command line."""
    return h5.measure_images(work, images=planted_images())


def measure_images_direct(work: Path, templates: Sequence[str] = ("cureus",)) -> ImageFigures:
    """The same through the functions the command line calls, each image in a case of its
    own (every one is burned in)."""
    return h5.measure_images_direct(work, templates, groups=[[im] for im in planted_images()])


# -- the whole measurement -----------------------------------------------------------------


def run(
    pdfs: int | None = None, save: Path | None = None
) -> tuple[Figures, Languages, TermLanguages, ImageFigures]:
    recs = records()
    with tempfile.TemporaryDirectory(prefix="heldout10-") as tmp:
        (Path(tmp) / "text").mkdir()
        out = h4.produce(recs, Path(tmp) / "text", pdfs=pdfs)
        if save is not None:
            saved = {"events": out.events, "pdfs": {t: {str(i): x for i, x in d.items()}
                                                   for t, d in out.pdfs.items()},
                     "series": [x for _, x in out.series]}  # fmt: skip
            save.write_text(json.dumps(saved, ensure_ascii=False, indent=1), encoding="utf-8")
        images_dir = Path(tmp) / "images"
        images_dir.mkdir()
        return (
            figures(recs, out),
            by_language(recs, out),
            terms_by_language(recs, out),
            measure_images(images_dir),
        )


def main(argv: Sequence[str]) -> None:
    limit = int(argv[argv.index("--pdf") + 1]) if "--pdf" in argv else None
    save = Path(argv[argv.index("--save") + 1]) if "--save" in argv else None
    text, langs, term_langs, images = run(limit, save)
    print(text.table(verbose="-v" in argv))
    print(langs.table())
    print(term_langs.table())
    print(images.table(verbose="-v" in argv))
    print(text.summary())
    print(
        f"images: a name readable in {images.survived()}/{len(images.images)}; pixels of a "
        f"burned-in name kept in {len(images.pixels_leaked())} outputs; refused: "
        + (", ".join(f"{k} {o}" for (k, o), why in sorted(images.refused.items())
                     if why != LEFT_OUT) or "none")
        + "; left out: "
        + (", ".join(f"{k} {o}" for (k, o), why in sorted(images.refused.items())
                     if why == LEFT_OUT) or "none")
    )  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
