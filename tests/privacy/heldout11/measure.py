"""Measure de-identification on ``tests/privacy/heldout11`` through the real output paths.

Exactly as heldout10 measures its corpus, by heldout4's to heldout7's own code (imported,
given this corpus's records, title, described words and particles): each patient (and the
clinical prose of ``TERM_NOTES``) a stored case whose notes are events, history and case
presentation; two series (patients 1-6 and 7-12); then ``caselog export --anonymise
--accept-redactions`` and ``caselog report --template cureus|cmaj|series
--accept-redactions``, the PDFs read by pdftotext with their document info and XMP.
Identifiers are counted by Safe Harbor kind and by the language of the note that holds
them, clinical terms by category and by language, ordinary words by language.

Every figure is printed three times: for all records (the patients and the clinical
prose), for part A (``PART_A``) and for part B (``SEALED``, the lead's blind measure;
patients only, the clinical prose belongs to neither part). ``-v`` lists the surviving
identifiers, lost terms and lost words of part A only; part B's are never printed (nor
those of all records, which hold part B's).

A name counts as surviving when any word of it of three letters or more survives
(heldout4's rule); a kind marked ``(phrase)`` survives as a whole; ``particle_only``
counts apart the survivals that are only a particle (``PARTICLES``).

``python -m tests.privacy.heldout11.measure [-v]`` prints every figure (``--pdf N``: the
text PDFs of the first N records only, and no series; ``--save FILE``: the exported notes
and the PDFs' text of part A's records and the clinical prose written to FILE as JSON, to
read the survivors in their context; ``--images``: also the images of ``images.py``).
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
from tests.privacy.heldout6.measure import Languages, language_of
from tests.privacy.heldout7.measure import TermLanguages, terms_by_language
from tests.privacy.heldout11.corpus import (
    DESCRIBED,
    HELDOUT11,
    PART_A,
    PARTICLES,
    SEALED,
    TERM_NOTES,
)
from tests.privacy.heldout11.corpus import Patient as Record

__all__ = ["Languages", "TermLanguages", "language_of", "terms_by_language"]

TITLE = "heldout11 corpus (tests/privacy/heldout11)"
PROSE = len(HELDOUT11)


def records() -> list[Record]:
    """The patients, then the clinical prose as one more (nameless) record."""
    return [*HELDOUT11, Record(name=None, mrn=None, birth=None, notes=list(TERM_NOTES))]


def figures(recs: Sequence[Record], out: Outputs, title: str = TITLE) -> Figures:
    return h4.figures(recs, out, title=title, described=DESCRIBED)


def particle_only(kind: str, needle: str, output: str) -> bool:
    """Whether ``needle`` (a name) survives in ``output`` only by this corpus's
    ``PARTICLES`` (heldout6's rule, with heldout11's particles)."""
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


def part(
    recs: Sequence[Record], out: Outputs, chosen: Sequence[int]
) -> tuple[list[Record], Outputs]:
    """The records ``chosen`` (indices into ``recs``) and their outputs, renumbered; a
    series keeps the members chosen (its text is the whole series report's)."""
    new = {old: n for n, old in enumerate(chosen)}
    sub = Outputs(
        case_files=[out.case_files[i] for i in chosen if i < len(out.case_files)],
        events=[out.events[i] for i in chosen if i < len(out.events)],
        pdfs={t: {new[i]: x for i, x in d.items() if i in new} for t, d in out.pdfs.items()},
        series=[([new[m] for m in members if m in new], text) for members, text in out.series],
    )
    sub.series = [(m, t) for m, t in sub.series if m]
    return [recs[i] for i in chosen], sub


PARTS = {
    "all records": None,
    "part A": PART_A,
    "part B (sealed)": SEALED,
    "clinical prose": [PROSE],
}


def tables(recs: Sequence[Record], out: Outputs, verbose: bool = False) -> str:
    """Every figure, for all records, part A and part B (part B never verbose)."""
    blocks = []
    for name, chosen in PARTS.items():
        r, o = (list(recs), out) if chosen is None else part(recs, out, chosen)
        fig = figures(r, o, title=f"{TITLE}: {name}")
        v = verbose and name in ("part A", "clinical prose")  # never part B's survivors
        blocks += [fig.table(verbose=v), by_language(r, o).table(), terms_by_language(r, o).table()]
        blocks.append(f"  {name}: {fig.summary()}")
    return "\n".join(blocks)


# -- the whole measurement -----------------------------------------------------------------


def run(pdfs: int | None = None, save: Path | None = None) -> tuple[list[Record], Outputs]:
    recs = records()
    with tempfile.TemporaryDirectory(prefix="heldout11-") as tmp:
        (Path(tmp) / "text").mkdir()
        out = h4.produce(recs, Path(tmp) / "text", pdfs=pdfs)
    if save is not None:
        shown = [*PART_A, PROSE]  # never part B's outputs
        saved = {
            "events": {str(i): out.events[i] for i in shown},
            "case_files": {str(i): out.case_files[i] for i in shown},
            "pdfs": {
                t: {str(i): x for i, x in d.items() if i in shown} for t, d in out.pdfs.items()
            },
        }
        save.write_text(json.dumps(saved, ensure_ascii=False, indent=1), encoding="utf-8")
    return recs, out


def main(argv: Sequence[str]) -> None:
    limit = int(argv[argv.index("--pdf") + 1]) if "--pdf" in argv else None
    save = Path(argv[argv.index("--save") + 1]) if "--save" in argv else None
    recs, out = run(limit, save)
    print(tables(recs, out, verbose="-v" in argv))
    if "--images" in argv:
        from tests.privacy.heldout11.images import measure_images

        with tempfile.TemporaryDirectory(prefix="heldout11-images-") as tmp:
            images = measure_images(Path(tmp))
        print(images.table(verbose="-v" in argv))
        print(f"images: a name readable in {images.survived()}/{len(images.images)}")


if __name__ == "__main__":
    main(sys.argv[1:])
