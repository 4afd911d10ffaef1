"""Shapes of a single word that name a person or a place although no list knows the word
(issue 14): a capitalised name behind a lower-case prefix, and a name in capitals with
letters outside ASCII.

- A lower-case prefix glued to a capitalised name: Bantu noun-class and locative prefixes
  (Zulu and Xhosa "u-", "ka-", "no-", "e-", "kwa-", "wase-"; Swahili "kwa-", "wa-"; Shona
  "ku-", "va-"; Sesotho "ha-", "mo-"), Irish initial mutations (eclipsis "bP", "gC", "dT",
  "mB", "nG"; prothesis "h-", "t-"), Arabic and Hebrew articles and prepositions written
  joined ("al", "el", "ha", "be", "le", "mi"), particles written joined ("van", "de"). The
  remainder is judged as a capitalised word. Clinical mixed-case words are never this
  shape: their remainder is in capitals ("eGFR", "dsDNA", "iPTH", "mTOR") or shorter than
  four letters ("sFlt", "mOsm", "kPa", "mEq").
- A word in capitals with Latin letters outside ASCII (a macron, a háček, an ogonek, a
  Turkish dotless i): a family name written first in capitals, almost never an acronym;
  the few acronyms of clinical writing with such letters are listed here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import words
from caselog.privacy.vocab import Vocabulary

# Prefixes that, before an ordinary English word, make a word of technology, not a name
# ("eHealth", "iPad", "mHealth", "eConsult").
DEVICE_PREFIXES = frozenset(words("e i m"))

# Acronyms of clinical and administrative writing written with letters outside ASCII
# (Czech, Slovak, Hungarian, German, Austrian, Turkish, French, Polish), folded.
ACCENTED_ACRONYMS = frozenset(
    fold_word(w)
    for w in words(
        """
    SÚKL ŠÚKL ÚZIS ÚVN ČLK ČSN ČSNN ÚDZS ÚSZ ÚZ OGYÉI ÁNTSZ ÁEEK OVSZ NNGYK ÖGK ÖÄK TÜV
    ÄK ÄKNO KVÖ TİTCK ÇKD ÉFS ÉPO ÜSİ
    """
    )
)
_VOWELS = frozenset("aeiouy")
PREFIX_LETTERS = 4
"""The longest lower-case prefix before a capitalised name ("wase" in "waseDurban")."""


def prefixed_name(word: str) -> str | None:
    """The capitalised remainder of ``word`` after a lower-case prefix of one to four
    letters ("uSibusiso" -> "Sibusiso", "gCorr" -> "Corr", "leMaseru" -> "Maseru"), or
    None: the remainder must be a capital and three or more lower-case letters, so that
    "eGFR", "sFlt", "mOsm", "pH" and "aHUS" are none."""
    i = next((k for k, c in enumerate(word) if c.isupper()), 0)
    if not 1 <= i <= PREFIX_LETTERS or not word[:i].isalpha() or not word[:i].islower():
        return None
    rest = word[i:]
    if len(rest) < 4 or not rest.isalpha() or not rest[1:].islower():
        return None
    return rest


def prefix_of(word: str) -> str:
    """The lower-case prefix of a ``prefixed_name`` word."""
    rest = prefixed_name(word)
    return word[: len(word) - len(rest)] if rest else ""


def accented_capitals(word: str) -> bool:
    """``word`` is written in capitals, three letters or more, every letter Latin and one
    at least outside ASCII, with a vowel ("ŠŤASTNÝ", "KILIÇ", "ĶĒNIŅŠ", "GÁL"), and is no
    listed acronym ("SÚKL", "OGYÉI", "ÖGK")."""
    if len(word) < 3 or word.isascii() or not word.isalpha() or not word.isupper():
        return False
    if not all(unicodedata.name(c, "").startswith("LATIN") for c in word):
        return False
    f = fold_word(word)
    return f not in ACCENTED_ACRONYMS and any(c in _VOWELS for c in f)


def surely_a_name(word: str) -> bool:
    """An ``accented_capitals`` word long or vowelled enough to be no acronym: five
    letters or more, or two vowels ("KILIÇ", "ŽUKĖ"); a shorter one ("GÁL", "TÜV") is a
    suspicion, redacted by default and listed for the author."""
    f = fold_word(word)
    return len(f) >= 5 or sum(c in _VOWELS for c in f) >= 2


_LETTERS = re.compile(r"(?<![\w'’])[^\W\d_]{3,}(?![\w'’])")
_NEXT_LETTERS = re.compile(r"[ \t]+([^\W\d_])([^\W\d_])")


def _given_after(text: str, end: int) -> bool:
    """A capitalised word (a capital, then a lower-case letter) follows on the same line:
    a given name after a family name in capitals."""
    mt = _NEXT_LETTERS.match(text, end)
    return mt is not None and mt.group(1).isupper() and mt.group(2).islower()


def find_accented_capitals(
    text: str, v: Vocabulary, language_at: Callable[[int], str]
) -> Iterator[tuple[int, int, bool]]:
    """The ``accented_capitals`` words of ``text`` (the original, accents kept: the scanner
    reads the normal form, where "ŠŤASTNÝ" is "STASTNY"), each with whether it is
    ``surely_a_name``; a word of the sentence's language (a heading: "ANAMNÉZA",
    "ÉVOLUTION") or a clinical word is none. ``language_at(i)``: the language of the
    sentence around position ``i``."""
    if text.isascii():
        return
    for mt in _LETTERS.finditer(text):
        w = mt.group()
        if not accented_capitals(w):
            continue
        f = fold_word(w)
        if f in v.clinical or f in v.eponyms or f in v.medical_capitals:
            continue
        # a word of the language is a heading, unless a given name follows it, as in a
        # list of patients ("KILIÇ Şükrü": "kılıç" is a sword in Turkish)
        if not _given_after(text, mt.end()):
            if v.foreign(f, language_at(mt.start()), capital=True):
                continue
            if len(f) >= 5 and v.ordinary(f, lower=False):
                continue
        yield mt.start(), mt.end(), surely_a_name(w)
