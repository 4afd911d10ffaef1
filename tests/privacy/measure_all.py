"""Every de-identification corpus of the project measured in one run, on both sides, by
kind and by language: for comparing a change's figures before and after it.

- ``tests/privacy/unseen_corpus.py`` (six languages): leaks, clinical terms, ordinary words;
- ``tests/privacy/classes_corpus.py`` (the classes of issue 14's last misses, in the new
  languages): leaks, clinical terms, ordinary words;
- ``tests/leak_corpus_world.py`` (leaks), ``tests/heldout_corpus.py`` (leaks);
- ``tests/clinical_corpus.py`` and the example case (clinical terms);
- ``tests/leak_corpus.py`` (120 generated cases: cases with a leak in the anonymised copy).

``python -m tests.privacy.measure_all`` prints them.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence

from tests.privacy.unseen_corpus import Patient


def terms_by_language(patients: Sequence[Patient]) -> str:
    """Clinical terms surviving, by the language of their note (each note through its
    patient's engine)."""
    from caselog.privacy import Deidentifier
    from tests.deid_corpus import clinical_survives, to_case
    from tests.privacy.measure import entry, plain, terms

    total: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for p in patients:
        engine = Deidentifier(to_case(entry(p)))
        for n in p.notes:
            out = engine.redact(plain(n.text), "events[0].text")[0]
            for t in terms(n.text):
                total[n.lang] += 1
                kept[n.lang] += clinical_survives(t, out)
    return "  clinical terms by language: " + ", ".join(
        f"{lang} {kept[lang]}/{total[lang]}" for lang in sorted(total)
    )


def report() -> str:
    from caselog.privacy import Deidentifier
    from tests.clinical_corpus import ENTRIES, example_terms
    from tests.deid_corpus import case_text, measure, measure_terms
    from tests.heldout_corpus import HELDOUT
    from tests.leak_corpus import corpus, find_leaks
    from tests.leak_corpus_world import WORLD
    from tests.privacy import classes_corpus, classes_second
    from tests.privacy import measure as unseen
    from tests.privacy.unseen_corpus import UNSEEN

    out: list[str] = []
    fig, ordinary = unseen.figures()
    out.append(fig.table("unseen corpus (tests/privacy/unseen_corpus.py)"))
    out.append(terms_by_language(UNSEEN))
    out.append(ordinary.table("  ordinary words, unseen corpus"))
    cfig, cord = classes_corpus.figures()
    out.append(cfig.table("classes corpus (tests/privacy/classes_corpus.py)"))
    out.append(terms_by_language([*classes_corpus.CLASSES, classes_corpus.TERM_PATIENT]))
    out.append(cord.table("  ordinary words, classes corpus"))
    sfig, sord = classes_second.figures()
    out.append(sfig.table("second classes corpus (tests/privacy/classes_second.py)"))
    out.append(terms_by_language(classes_second.SECOND))
    out.append(sord.table("  ordinary words, second classes corpus"))
    out.append(measure(WORLD).table("broad leak corpus (tests/leak_corpus_world.py)"))
    out.append(measure(HELDOUT).table("held-out corpus (tests/heldout_corpus.py)"))
    out.append(measure(ENTRIES).table("over-redaction corpus (tests/clinical_corpus.py)"))
    out.append(measure_terms(*example_terms()).table("the example case's free text"))
    leaking = 0
    cases = corpus()
    for leak in cases:
        if find_leaks(case_text(Deidentifier(leak.case).case_copy()), leak):
            leaking += 1
    out.append(f"generated leak corpus (tests/leak_corpus.py): {leaking}/{len(cases)} cases leak")
    return "\n".join(out)


if __name__ == "__main__":
    text = report()
    if "-q" in sys.argv:
        text = "\n".join(ln for ln in text.splitlines() if "e.g." not in ln)
    print(text)
