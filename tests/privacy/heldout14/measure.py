"""Measure de-identification on ``tests/privacy/heldout14`` through the real output paths.

As heldout13 measures its corpus, by heldout4's to heldout11's own code (imported, given
this corpus's records, title, described words and particles): each patient (and the
clinical prose of ``TERM_NOTES``) a stored case; two series; then ``caselog export
--anonymise --accept-redactions`` and ``caselog report --template cureus|cmaj|series
--accept-redactions``. Identifiers by Safe Harbor kind and by language, clinical terms by
category and by language, ordinary words by language.

Then the same figures for part A (the patients in the settings most users write in) and
part B (the regions and languages no earlier corpus used) apart: the patients' identifiers
in every output and their terms in the case file.

``python -m tests.privacy.heldout14.measure [-v] [--pdf N]``.
"""

from __future__ import annotations

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
from tests.privacy.heldout14.corpus import (
    DESCRIBED,
    HELDOUT14,
    PART_A,
    PART_B,
    PARTICLES,
    TERM_NOTES,
)
from tests.privacy.heldout14.corpus import Patient as Record

__all__ = ["Languages", "TermLanguages", "language_of", "terms_by_language"]

TITLE = "heldout14 corpus (tests/privacy/heldout14)"
PROSE = len(HELDOUT14)


def records() -> list[Record]:
    return [*HELDOUT14, Record(name=None, mrn=None, birth=None, notes=list(TERM_NOTES))]


def figures(recs: Sequence[Record], out: Outputs, title: str = TITLE) -> Figures:
    return h4.figures(recs, out, title=title, described=DESCRIBED)


def particle_only(kind: str, needle: str, output: str) -> bool:
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


def part(recs: Sequence[Record], out: Outputs, chosen: Sequence[int], title: str) -> Figures:
    """The figures of the patients ``chosen`` alone (the series by their members)."""
    where = {i: j for j, i in enumerate(chosen)}
    sub = Outputs(
        case_files=[out.case_files[i] for i in chosen if i < len(out.case_files)],
        events=[out.events[i] for i in chosen if i < len(out.events)],
        pdfs={t: {where[i]: x for i, x in d.items() if i in where} for t, d in out.pdfs.items()},
        series=[
            ([where[i] for i in members if i in where], text)
            for members, text in out.series
            if any(i in where for i in members)
        ],
    )
    return figures([recs[i] for i in chosen], sub, title=title)


def main(argv: Sequence[str]) -> None:
    limit = int(argv[argv.index("--pdf") + 1]) if "--pdf" in argv else None
    recs = records()
    with tempfile.TemporaryDirectory(prefix="heldout14-") as tmp:
        (Path(tmp) / "text").mkdir()
        out = h4.produce(recs, Path(tmp) / "text", pdfs=limit)
    fig = figures(recs, out)
    print(fig.table(verbose="-v" in argv))
    print(by_language(recs, out).table())
    print(terms_by_language(recs, out).table())
    print(f"  {fig.summary()}")
    for name, chosen in (
        ("part A (mainstream)", PART_A),
        ("part B (Malagasy, Icelandic, Georgian)", PART_B),
    ):
        sub = part(recs, out, chosen, f"{TITLE}, {name}")
        print(sub.table(verbose="-v" in argv))
        print(f"  {sub.summary()}")


if __name__ == "__main__":
    main(sys.argv[1:])
