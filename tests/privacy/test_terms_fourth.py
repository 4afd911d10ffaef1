"""The fourth over-redaction corpus (``terms_fourth.py``: 256 terms, 260 ordinary words, 26
languages, 17 planted identifiers), measured through ``Deidentifier.review`` note by note.

Figures (``tests.privacy.safe_side``'s measure; "kept": no redaction covers the term,
the automatic decision of ``--accept-redactions``; "known safe": no suspicion either),
on main a086b00 before this session's changes, then after them:

- terms kept: main 229/256 (89.5%), now 253/256 (98.8%); known safe 211 -> 238/256;
- ordinary words kept: main 251/260, now 255/260;
- identifiers readable: 0/17 on main, 0/17 now.

The thresholds sit between main's figures and today's: each fails on main's code.
"""

from __future__ import annotations

import pytest

from caselog.privacy.normalize import fold_word
from caselog.privacy.scan import Verdict, judge
from tests.privacy import safe_side as s
from tests.privacy import terms_fourth as t


@pytest.fixture(scope="module")
def fig() -> s.Figures:
    return s.measure("fourth", t.RECORDS, t.CATEGORIES)


def test_clinical_terms_of_26_languages_survive(fig: s.Figures) -> None:
    assert fig.term_rate(s.SLOT) >= 0.98, [x.line() for x in fig.lost_terms(s.SLOT)]
    assert fig.term_rate(s.ALL) >= 0.90, fig.table("fourth")
    for cat in ("dose, value or unit", "lab test or marker", "score or classification"):
        assert not [x for x in fig.lost_terms(s.SLOT) if x.category == cat], cat


def test_ordinary_words_survive_and_identifiers_do_not(fig: s.Figures) -> None:
    assert fig.word_rate(s.SLOT) >= 0.975, [x.line() for x in fig.lost_words(s.SLOT)]
    assert sum(fig.leaked[s.SLOT].values()) == 0, fig.leaks


def _safe(token: str, lang: str = "en", nxt: str = "", prev: str = "", start: bool = False) -> bool:
    return judge(token, start=start, nxt=fold_word(nxt), lang=lang, prev=fold_word(prev)) is (
        Verdict.SAFE
    )


def test_each_class_is_known_and_its_names_are_not() -> None:
    # an eponym before a head word of its language, inflected
    assert _safe("Wilsonova", "cs", nxt="choroba") and _safe("Fabryn", "fi", nxt="tauti")
    assert _safe("Gitelmanov", "hr", nxt="sindrom")
    assert not _safe("Wilsonova", "cs", nxt="bydlí")
    # a double eponym, a named grade
    assert _safe("Birt-Hogg-Dubé", nxt="syndrome") and _safe("Nurick-Grad", "de")
    assert not _safe("Thibodeau-Bergeron", nxt="called")
    # Banff lesion scores, and Banff as a place
    assert _safe("Banff", nxt="i2") and not _safe("Banff", nxt="hospital")
    # mixed-case abbreviations, never a prefixed surname
    assert _safe("CKDu") and _safe("MenACWY") and _safe("RegiSCAR") and _safe("TFGe", "es")
    assert not _safe("McKAY") and not _safe("DeWITT") and not _safe("MacLEOD")
    # Greek letters, units of other scripts, a unit after a number
    assert _safe("β2-microglobulin") and _safe("мкмоль/л") and _safe("Ед/л")
    assert _safe("Ed/l", prev="400") and not _safe("Ed")
    # function words of languages with no list, in lower case only
    assert _safe("ez", "eu") and _safe("va", "ca") and _safe("ni", "sw")
    # a regimen's name in capitals after its word
    assert _safe("GEMRITUX", prev="protokol") and not _safe("GEMRITUX", prev="pani")


def test_a_clause_too_short_to_tell_takes_its_sentences_language() -> None:
    from caselog.privacy.language import sentences
    from caselog.privacy.vocab import vocabulary

    v = vocabulary()

    def known(w: str, lg: str) -> bool:
        return lg == "en" and w in v.english or v.foreign(w, lg)

    text = (
        "La paciente ingresó por una peritonitis y se inició vancomicina con buena respuesta. "
        "HAS-BLED 3; Vorhofflimmern; Vorhofohrverschluss statt Phenprocoumon bei der Patientin."
    )
    read = {text[a:b].strip(): lang for a, b, lang in sentences(text, "en", known)}
    assert read["Vorhofflimmern;"] == "de"
    assert not [f for f in scan_flags(text) if "Vorhofflimmern" in f]
    # a clause no list of its sentence's language knows better keeps the field's
    text = "El paciente ingresó por una peritonitis y se inició vancomicina. Sin fiebre; Kowalczyk."
    read = {text[a:b].strip(): lang for a, b, lang in sentences(text, "en", known)}
    assert read["Kowalczyk."] == "es"


def scan_flags(text: str) -> list[str]:
    from caselog.privacy.scan import scan

    return [text[f.start : f.end] for f in scan(text, "es") if f.redact]
