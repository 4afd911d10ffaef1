"""Names written with a digit for a letter (issue 14, obfuscations): "Qu1spe", "Sm1th",
"K0walczyk", "RAS0ANIRINA". The digits that look like letters (1 for i or l, 0 for o, 3
for e, 4 for a, 5 for s, 7 for t, 8 for b) stand inside a word of letters.

A clinical code has that shape too ("HbA1c", "THSD7A", "HNF1B", "PLA2R", "COL4A5"), so a
word is read as a disguised name only when its shape is a name's: one digit inside, a
capital then small letters, two or more after the digit ("Qu1spe", "K0walczyk"), or
capitals only, two or more on each side, with the vowels of a word and seven letters or
more ("RAS0ANIRINA"); never a word the clinical lists know as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import Hit
from caselog.privacy.vocab import vocabulary

_LOOKS = {"1": "i", "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
_MIXED = re.compile(r"(?<![\w-])[A-Z][a-z]*[0134578][a-z]{2,}(?![\w-])")
_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{2,}[0134578][A-Z]{2,}(?![\w-])")
_VOWELS = frozenset("aeiouy")


def _letters(token: str) -> str:
    return "".join(_LOOKS.get(c, c) for c in token).lower()


def _name_shaped(token: str) -> bool:
    word = _letters(token)
    if len(word) < 5 or not word.isalpha():
        return False
    v = vocabulary()
    f = fold_word(token)
    if f in v.clinical or f in v.medical or v.drug(f) or f in v.medical_capitals:
        return False  # a code the lists know as written
    if word in v.clinical or v.drug(word) or (word in v.english and word not in v.proper):
        return False  # a typo of a word ("Furosem1de", "In1tial"), not a disguised name
    if token.isupper():
        vowels = sum(c in _VOWELS for c in word)
        return len(word) >= 7 and vowels / len(word) >= 0.35
    return True


# A name broken at a line end after its first letter ("K-⏎owalczyk"): the capital and the
# rest are one word no list knows.
_BROKEN_AFTER_INITIAL = re.compile(r"(?<![\w-])([A-Z])-[ \t]*\r?\n[ \t]*([a-z]{3,})(?![\w-])")


def find_broken_names(text: str) -> Iterator[Hit]:
    """A capital and the rest of its word on the next line, joined, a word no list knows."""
    if "-" not in text or "\n" not in text:
        return
    v = vocabulary()
    for mt in _BROKEN_AFTER_INITIAL.finditer(text):
        word = (mt.group(1) + mt.group(2)).lower()
        if word in v.english or word in v.clinical or v.drug(word) or v.ordinary(word):
            continue  # "Non-⏎steroidal"
        yield Hit(mt.start(), mt.end(), "name or place", "[name or place]")


def find_leet_names(text: str) -> Iterator[Hit]:
    """Words of ``text`` shaped as a name with one digit written for a letter."""
    if not any(c in text for c in _LOOKS):
        return
    for pat in (_MIXED, _CAPITALS):
        for mt in pat.finditer(text):
            if sum(c.isdigit() for c in mt.group()) == 1 and _name_shaped(mt.group()):
                yield Hit(mt.start(), mt.end(), "name or place", "[name or place]")
