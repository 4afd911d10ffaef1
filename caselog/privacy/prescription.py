"""A drug's brand in a prescription's slot, and the dosage-form abbreviations before it.

A capitalised word no list knows is a drug where a prescription writes one: right after a
dosage-form abbreviation ("Tab. Nodosis", "Inj. Ceftrazone", "табл. Торасемід"), or right
before a dose (a number and a dose unit: "Kalorex 600 mg", "Кетостерил 4 табл.") or a
daily scheme ("Torem 1-0-0"). A person's or a place's name seldom stands there; a word the
name lists know is still not kept before a dose ("Winston 10 mg"), only after a form.
``scan`` asks these after its own verdict (a small hook beside ``_brand_after_drug``).
"""

from __future__ import annotations

import re

from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import words
from caselog.privacy.vocab import Vocabulary

__all__ = ["DOSAGE_FORMS", "dosage_form", "prescribed"]

# Dosage-form abbreviations of prescriptions (folded): tablet, capsule, injection, syrup,
# suspension, drops, ampoule, comprimé, and their Cyrillic forms; folded as ``scan``
# folds its tokens (Cyrillic letters that look Latin become Latin).
DOSAGE_FORMS = frozenset(
    fold_word(w)
    for w in words(
        """tab tabs tbl tabl cap caps inj syr susp gtt amp cp cpr comp supp sol fl
        табл таб капс амп инъ р-р"""
    )
)
# Units a dose is written in (folded), Latin and Cyrillic, and the units of a lab value
# ("Калий 5,9 ммоль/л", "Kreatinin 540 µmol/l": the test's name in the same slot).
_DOSE_UNITS = frozenset(
    fold_word(w)
    for w in words(
        """mg g mcg µg ug ng ml l iu ie ui me u e meq mmol gtt gtts tab tabs tbl cap caps
        puff puffs amp sachet sachets poche
        µmol umol μmol nmol pmol mosm mosmol
        мг г мкг мл ед ме табл таб капс амп кап ммоль ммол мкмоль мкмол нмоль мэкв"""
    )
)
_SCHEME = re.compile(r"^\d(?:[-–]\d){2,3}$")  # "1-0-1", "2-0-2", "1-1-1-0"
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def dosage_form(text: str, tokens: list[re.Match[str]], folded: list[str], i: int) -> bool:
    """Token ``i`` is a dosage-form abbreviation before a drug: followed by a full stop or
    by a capitalised word ("Inj. Doxycycline", "Tab Nodosis")."""
    if folded[i] not in DOSAGE_FORMS or i + 1 >= len(tokens):
        return False
    gap = text[tokens[i].end() : tokens[i + 1].start()]
    return gap.strip() in ("", ".") and tokens[i + 1].group()[:1].isupper()


def prescribed(
    text: str, tokens: list[re.Match[str]], folded: list[str], i: int, v: Vocabulary
) -> bool:
    """Token ``i``, a capitalised word, stands in a prescription's drug slot."""
    tok = tokens[i].group()
    if not tok[:1].isupper() or any(c.isdigit() for c in tok):
        return False
    if i and folded[i - 1] in DOSAGE_FORMS:
        gap = text[tokens[i - 1].end() : tokens[i].start()]
        if gap.strip() in ("", "."):
            return True  # "Tab. Nodosis", "табл. Торасемід"
    if i + 1 >= len(tokens) or text[tokens[i].end() : tokens[i + 1].start()].strip():
        return False
    f = folded[i]
    if f in v.proper or f in v.persons:
        return False  # a name a list knows stays a name before a number ("Winston 10 mg")
    nxt = tokens[i + 1].group()
    if _SCHEME.match(nxt):
        return True  # "Torem 1-0-0"
    if not _NUMBER.match(nxt) or i + 2 >= len(tokens):
        return False
    gap = text[tokens[i + 1].end() : tokens[i + 2].start()]
    unit = folded[i + 2].split("/")[0]  # "mg/kg", "мг/кг", "poche/jour": a dose per
    return gap.strip() == "" and unit in _DOSE_UNITS  # "Kalorex 600 mg"
