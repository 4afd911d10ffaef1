"""The over-redaction side, strictly (``measure_strict``): clinical terms and ordinary words
of many languages are *known safe*, neither redacted nor listed as suspicions, and the
identifiers planted beside them still go.

Figures on ``terms_third.py`` (152 terms, 298 ordinary words, 16 languages), measured on
main 0b32dfd before this session's word lists, then after them:

- terms known safe: main 110/152 (72.4%), now 138/152 (90.8%);
- ordinary words known safe: main 239/298 (80.2%), now 278/298: Polish 3/17, Turkish 10/23,
  Hungarian 2/9, Greek 0/5, Russian 0/4 (now 15/17, 19/23, 9/9, 5/5, 2/4);
- identifiers readable in the note: main 1/15 ("Kasseler Straße 17": a street the
  recognisers do not know, ``deidleak``'s side), not more now.

The thresholds sit below today's figures, above main's: each fails on main's code.
"""

from __future__ import annotations

import pytest

from caselog.privacy.normalize import fold_word
from caselog.privacy.scan import Verdict, judge
from caselog.privacy.vocab import vocabulary
from tests.privacy.measure_strict import Strict, third


@pytest.fixture(scope="module")
def fig() -> Strict:
    return third()


def test_clinical_terms_of_sixteen_languages_are_known_safe(fig: Strict) -> None:
    assert fig.term_rate() >= 0.84, fig.table("third", verbose=True)
    # scores and classifications, organisms: every one
    for cat in ("score or classification", "organism"):
        assert fig.lost[cat] == 0, fig.examples["term"]


def test_ordinary_words_of_the_stem_languages_are_known_safe(fig: Strict) -> None:
    for lang in ("pl", "tr", "hu", "el"):
        n, lost = fig.words[lang], fig.words_lost[lang]
        assert (n - lost) / n >= 0.8, (lang, fig.examples["word"])


def test_identifiers_do_not_come_through_the_lists(fig: Strict) -> None:
    assert fig.leaked <= 1, fig.examples["leak"]


def _safe(token: str, lang: str = "en", nxt: str = "", start: bool = False) -> bool:
    return judge(token, start=start, nxt=fold_word(nxt), lang=lang) is Verdict.SAFE


def test_inflected_words_are_read_back_to_their_stems() -> None:
    v = vocabulary()
    for word, lang in [
        ("nerkowej", "pl"),
        ("samochodem", "pl"),
        ("böbreğinde", "tr"),
        ("fájdalommal", "hu"),
        ("грыжу", "ru"),
        ("πυρετό", "el"),
    ]:
        assert v.foreign(fold_word(word), lang), word
    # a name of the dictionary, or a form that leads to one, is no word with a capital
    assert not v.foreign(fold_word("Warszawie"), "pl", capital=True)
    assert not v.foreign(fold_word("Ankarada"), "tr", capital=True)
    assert v.foreign("trzy", "pl") and not v.foreign("trzy", "pl", capital=True)
    # with a capital, a name of the dictionary with a family-name ending is a name, even
    # where the form is a word too; adjectives with the same endings stay words
    assert not v.foreign(fold_word("Kowalczykowa"), "pl", capital=True)
    assert v.foreign("kowalowa", "pl") and not v.foreign("kowalowa", "pl", capital=True)
    assert v.foreign("nerkowa", "pl", capital=True)
    # date words never come from a rule
    assert not v.foreign(fold_word("március"), "hu")


def test_scores_keep_their_grades_and_places_only_beside_one() -> None:
    assert _safe("CHA2DS2-VASc") and _safe("QRISK3") and _safe("qSOFA")
    assert _safe("Banff", nxt="2a") and _safe("Dindo", nxt="IIIa")
    assert _safe("Edmonton", nxt="symptom")
    # the same names with no grade after them are places or people
    assert not _safe("Banff", nxt="hospital")
    assert not _safe("Edmonton", nxt="")


def test_lab_and_drug_names_of_other_scripts_and_languages_share_their_key() -> None:
    v = vocabulary()
    for word in ("креатинин", "κρεατινίνη", "такролимус", "hemoglobina", "potasyum", "kreatiniini"):
        assert v.drug(fold_word(word)), word


def test_genera_are_kept_capitalised() -> None:
    for genus, species in [
        ("Talaromyces", "marneffei"),
        ("Pneumocystis", "jirovecii"),
        ("Cutibacterium", "acnes"),
    ]:
        assert _safe(genus, nxt=species), genus
