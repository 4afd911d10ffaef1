"""Measure de-identification on ``tests/privacy/heldout7`` through the real output paths.

Exactly as heldout6 measures its corpus, by heldout4's, heldout5's and heldout6's own code
(imported, given this corpus's records, title, described words, particles and images):

- the text: each patient (and the clinical prose of ``TERM_NOTES``) a stored case whose
  notes are events, history and case presentation; two series; then ``caselog export
  --anonymise --accept-redactions`` and ``caselog report --template cureus|cmaj|series
  --accept-redactions``, the PDFs read by pdftotext with their document info and XMP.
  Identifiers are counted by Safe Harbor kind and by the language of the note that holds
  them, clinical terms by category and (here) by language, ordinary words by language;
- the images (``images.py``): one case an image, imported by ``caselog import`` from a case
  file on disk, every byte of what is stored, exported and printed searched for the
  patient's name (UTF-8, Latin-1, UTF-16, any case, with and without accents, inside every
  zlib stream); for a burned-in name, the pixels of its letters must be dark in every
  output that holds the image, or the output refused.

A name counts as surviving when any word of it of three letters or more survives
(heldout4's rule); ``particle_only`` counts apart the survivals that are only a particle
(``PARTICLES``: "van", "Abu", ...).

``python -m tests.privacy.heldout7.measure [-v]`` prints every figure (``--pdf N``: the
text PDFs of the first N records only).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.deid_corpus import survives
from tests.privacy.heldout4 import measure as h4
from tests.privacy.heldout4.measure import Figures, Outputs, folded, kept_term, leaked, terms
from tests.privacy.heldout5 import measure as h5
from tests.privacy.heldout5.measure import ImageFigures
from tests.privacy.heldout6.measure import Languages, language_of
from tests.privacy.heldout7.corpus import DESCRIBED, HELDOUT7, PARTICLES, TERM_NOTES
from tests.privacy.heldout7.corpus import Patient as Record
from tests.privacy.heldout7.images import Planted6, planted_images

__all__ = ["Languages", "language_of"]

TITLE = "heldout7 corpus (tests/privacy/heldout7)"


def records() -> list[Record]:
    """The patients, then the clinical prose as one more (nameless) record."""
    return [*HELDOUT7, Record(name=None, mrn=None, birth=None, notes=list(TERM_NOTES))]


def figures(recs: Sequence[Record], out: Outputs) -> Figures:
    return h4.figures(recs, out, title=TITLE, described=DESCRIBED)


# -- by language ---------------------------------------------------------------------------


def particle_only(kind: str, needle: str, output: str) -> bool:
    """Whether ``needle`` (a name) survives in ``output`` only by its particles (this
    corpus's ``PARTICLES``; heldout6's rule)."""
    whole = "employer" in kind or "(phrase)" in kind  # measured as a phrase, not by words
    if not kind.startswith("name") or whole or not leaked(kind, needle, output):
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
    texts: list[tuple[str, int, str]] = [("case file", i, t) for i, t in enumerate(out.case_files)]
    texts += [(tmpl, i, t) for tmpl, d in out.pdfs.items() for i, t in d.items()]
    for output, i, text in texts:
        for kind, needle in recs[i].planted:
            lang = language_of(recs[i], needle)
            langs.planted[(output, lang)] += 1
            if leaked(kind, needle, text):
                langs.leaked[(output, lang)] += 1
                langs.particles[output] += particle_only(kind, needle, text)
    return langs


@dataclass
class TermLanguages:
    """Clinical terms kept in the exported notes (the case file), by the note's language."""

    terms: Counter[str] = field(default_factory=Counter)
    lost: Counter[str] = field(default_factory=Counter)

    def table(self) -> str:
        n, k = sum(self.terms.values()), sum(self.lost.values())
        lines = [f"  case file: clinical terms kept by language {n - k}/{n}"]
        for lang in sorted(self.terms):
            t, lo = self.terms[lang], self.lost[lang]
            lines.append(f"    {lang:32} {t - lo}/{t}")
        return "\n".join(lines)


def terms_by_language(recs: Sequence[Record], out: Outputs) -> TermLanguages:
    fig = TermLanguages()
    for r, events in zip(recs, out.events, strict=False):
        for n, got in zip(r.notes, events, strict=True):
            for _, term in terms(n.text):
                fig.terms[n.lang] += 1
                fig.lost[n.lang] += not kept_term(term, got)
    return fig


# -- the images ----------------------------------------------------------------------------


def image_groups(images: Sequence[Planted6]) -> list[list[Planted6]]:
    """For the quick measure: the images whose name hides in the file or the figure's text
    in one case, each burned-in one in a case of its own."""
    return [[im for im in images if im.text is None]] + [[im] for im in images if im.text]


def _folders(work: Path, images: Sequence[Planted6], where: Sequence[str]) -> None:
    """The folders an image's path names (``subfolder``) made beforehand under each of
    ``where``: heldout5's case-file writer writes the file but makes no folder."""
    for place in where:
        for im in images:
            (work / place / im.filename).parent.mkdir(parents=True, exist_ok=True)


def measure_images(work: Path) -> ImageFigures:
    images = planted_images()
    _folders(work, [im for im in images], [im.key for im in images])
    return h5.measure_images(work, images=images)


def measure_images_direct(work: Path, templates: Sequence[str] = ("cureus",)) -> ImageFigures:
    groups = image_groups(planted_images())
    for n, group in enumerate(groups):
        _folders(work, group, [f"group{n}"])
    return h5.measure_images_direct(work, templates, groups=groups)


# -- the whole measurement -----------------------------------------------------------------


def run(pdfs: int | None = None) -> tuple[Figures, Languages, TermLanguages, ImageFigures]:
    recs = records()
    with tempfile.TemporaryDirectory(prefix="heldout7-") as tmp:
        (Path(tmp) / "text").mkdir()
        out = h4.produce(recs, Path(tmp) / "text", pdfs=pdfs)
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
    text, langs, term_langs, images = run(limit)
    print(text.table(verbose="-v" in argv))
    print(langs.table())
    print(term_langs.table())
    print(images.table(verbose="-v" in argv))
    print(text.summary())
    print(
        f"images: a name readable in {images.survived()}/{len(images.images)}; pixels of a "
        f"burned-in name kept in {len(images.pixels_leaked())} outputs; refused: "
        + (", ".join(f"{k} {o}" for k, o in sorted(images.refused)) or "none")
    )


if __name__ == "__main__":
    main(sys.argv[1:])
