"""Ages over 89 in the number words of every language CLDR spells out (issue 14).

``numwords`` parses the number words of the languages it has a lexicon for; a language it
has none for ("níggjutitrý", "дзевяноста тры", "aduakron-abiasa", "իննասուներեք") kept
an age of 93 in words. CLDR's rule-based number formats (``unicode_rbnf``, which carries
them) spell out numbers in about ninety languages, in each of their genders and cases;
the words for 90 to 129 are read from them once, and looked for in a note:

- in the scripts the scanner tokenises (Latin, Cyrillic, Greek), ``numwords`` matches them
  token by token (``spaced``) and judges them as its own (an age unless a noun after says
  they count something else);
- in the other scripts, they are found in the text (``find_in_scripts``) and taken as an
  age when a word for years or age stands beside them, or nothing follows in the
  sentence ("ອາຍຸ ເກົ້າສິບສາມ ປີ", "अट्ठानबे वर्ष").

A hundred alone ("cent", "sto", "isang daan", "one road" in Tagalog too) is an age only
before a word for years, as in ``numwords``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from functools import cache

import unicode_rbnf
from unicode_rbnf import RbnfEngine

from caselog.privacy import kin
from caselog.privacy.normalize import fold_word, normalise

OLDEST, LAST = 90, 130  # the ages looked for: 90 to 129
# The rule sets of cardinals (with their genders and cases) and of plain numbering; not
# ordinals, years or the financial forms.
_RULESETS = re.compile(r"^spellout-(?:numbering|cardinal(?!.*financial))")
# the scanner's tokens (``scan._TOKEN``, which imports this module through ``numwords``)
# as a spelling's words can hold them: letters joined by an apostrophe or a hyphen
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad"), None)

_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff]")


# Spellings of 90 to 99 in languages CLDR has no rules for, written here: each
# language's words for 90, then the word that joins a unit, then the units 1 to 9
# (none: the tens alone). ``numwords`` holds the languages its parser reads.
_WRITTEN_HERE = {
    "ha": ("casa'in tis'in", "da", "ɗaya biyu uku huɗu biyar shida bakwai takwas tara"),
    "uz": ("to'qson toqson тўқсон", "", "bir ikki uch to'rt besh olti yetti sakkiz to'qqiz"),
    "ig": ("iri_itoolu", "na", "otu abụọ atọ anọ ise isii asaa asatọ itoolu"),
    "ln": ("ntuku_libwa", "na", "moko mibale misato minei mitano motoba nsambo mwambe libwa"),
    "lg": ("kyenda", "mu", "emu bbiri ssatu nnya ttaano mukaaga musanvu munaana mwenda"),
    "rw": ("mirongo_icyenda", "na", "rimwe kabiri gatatu kane gatanu gatandatu karindwi"),
    "om": ("sagaltama", "", "tokko lama sadii afur shan jaha torba saddeet sagal"),
    "sn": ("makumi_mapfumbamwe", "", ""),
    "xh": ("amashumi_alithoba", "", ""),
    "st": ("mashome_a_robong", "", ""),
    "tn": ("masome_a_robongwe", "", ""),
    "wo": ("juróom-ñeent_fukk", "", ""),
    "yo": ("àádọ́rùn àádọ́rùn-ún", "", ""),
    "so": ("sagaashan", "iyo", "kow labo saddex afar shan lix toddoba siddeed sagaal"),
}
# Languages whose words for 90 to 99 are each one word, in their own scripts: Urdu,
# Pashto, Bengali, Gujarati, Marathi, Punjabi (90, then 91 to 99).
_NINETIES = {
    "ur": "نوے اکیانوے بانوے ترانوے چورانوے پچانوے چھیانوے ستانوے اٹھانوے ننانوے",
    "ps": "نوي",
    "bn": "নব্বই একানব্বই বিরানব্বই তিরানব্বই চুরানব্বই পঁচানব্বই ছিয়ানব্বই সাতানব্বই আটানব্বই নিরানব্বই",
    "gu": "નેવું એકાણું બાણું ત્રાણું ચોરાણું પંચાણું છન્નું સત્તાણું અઠ્ઠાણું નવ્વાણું",
    "mr": "नव्वद एक्याण्णव ब्याण्णव त्र्याण्णव चौऱ्याण्णव पंच्याण्णव शहाण्णव सत्त्याण्णव अठ्ठ्याण्णव नव्व्याण्णव",
    "pa": "ਨੱਬੇ ਇਕਾਨਵੇਂ ਬਾਨਵੇਂ ਤਰਾਨਵੇਂ ਚੁਰਾਨਵੇਂ ਪਚਾਨਵੇਂ ਛਿਆਨਵੇਂ ਸਤਾਨਵੇਂ ਅਠਾਨਵੇਂ ਨੜਿੰਨਵੇਂ",
}


def _written_here() -> Iterator[tuple[str, int]]:
    for tens, joiner, units in _WRITTEN_HERE.values():
        for ten in tens.split():
            ten = ten.replace("_", " ")
            yield ten, OLDEST
            for k, unit in enumerate(units.split(), 1):
                yield f"{ten} {joiner} {unit}" if joiner else f"{ten} {unit}", OLDEST + k
    for spellings in _NINETIES.values():
        for k, word in enumerate(spellings.split()):
            yield word, OLDEST + k


@cache
def _phrases() -> tuple[tuple[str, int], ...]:
    """Every spelling CLDR gives of 90 to 129, and those written here, with its value."""
    here = ((unicodedata.normalize("NFC", p), n) for p, n in _written_here())
    return (*_spellings(), *here)


def _spellings() -> Iterator[tuple[str, int]]:
    folder = os.path.join(os.path.dirname(unicode_rbnf.__file__), "rbnf")
    for name in sorted(os.listdir(folder)):
        lang = name.removesuffix(".xml")
        if not name.endswith(".xml") or lang == "root":
            continue
        try:
            engine = RbnfEngine.for_language(lang)
        except ValueError:
            continue
        for n in range(OLDEST, LAST):
            try:
                result = engine.format_number(n)
            except ValueError:
                break  # a locale with no rules of its own ("en_001")
            for ruleset, text in result.text_by_ruleset.items():
                if _RULESETS.match(ruleset):
                    yield unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH), n


def _tokenised(phrase: str) -> bool:
    """The phrase is in a script the scanner tokenises (Latin, Cyrillic, Greek)."""
    return all(
        unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC", "GREEK", "MODIFIER LETTER"))
        for c in phrase
        if c.isalpha()
    )


@cache
def spaced() -> dict[tuple[str, ...], int]:
    """The spellings in the tokenised scripts, as the scanner folds their tokens (each
    as written small, capitalised and in capitals: look-alike letters fold by case)."""
    out: dict[tuple[str, ...], int] = {}
    for phrase, n in _phrases():
        if not _tokenised(phrase):
            continue
        toks = _TOKEN.findall(phrase)
        for f in (str.lower, str.capitalize, str.upper):
            out.setdefault(tuple(fold_word(f(t)) for t in toks), n)
    return out


@cache
def longest() -> int:
    return max(len(k) for k in spaced())


@cache
def firsts() -> frozenset[str]:
    """The first tokens of the spellings: a token not among them starts none."""
    return frozenset(k[0] for k in spaced())


@cache
def _in_scripts() -> tuple[re.Pattern[str], dict[str, int]]:
    """The spellings in the other scripts, in the normal form, longest first."""
    values: dict[str, int] = {}
    for phrase, n in _phrases():
        if not _tokenised(phrase):
            values.setdefault(normalise(phrase).text.lower(), n)
    alternatives = "|".join(re.escape(p) for p in sorted(values, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})", re.IGNORECASE), values


# The words for years after a number ("वर्ष", "წლის", "ปี") and for age before it
# ("ອາຍຸ", "גיל") in the scripts the scanner does not tokenise: ``kin``'s, whose Latin and
# Cyrillic words ``numwords`` reads.
_AFTER = frozenset(
    w
    for w in (*kin.AGE_WORDS_AFTER, *kin.AGE_WORDS_AFTER_MORE, *kin.AGE_SIGNS_AFTER.split("|"))
    if not _tokenised(w)
)
_BEFORE = frozenset(w for w in kin.AGE_WORDS_BEFORE if not _tokenised(w))


def find_in_scripts(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``text`` (normal form) that spell an age of 90 to 129 in a script the
    scanner does not tokenise, with a word for years after or for age before, or nothing
    after in its sentence."""
    if text.isascii():
        return
    pattern, values = _in_scripts()
    for mt in pattern.finditer(text):
        a, b = mt.span()
        unspaced = bool(_UNSPACED.match(text, a))
        if not unspaced and (_letter(text, a - 1) or _letter(text, b)):
            continue  # inside a longer word
        if _is_age(text, a, b, values[mt.group().lower()], unspaced):
            yield a, b


def _letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalpha() or unicodedata.category(text[i]) == "Mn")


def _word_after(text: str, b: int) -> str:
    """The word after position ``b`` (past spaces), in lower case, or ""."""
    i = b
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    j = i
    while _letter(text, j):
        j += 1
    return text[i:j].lower()


def _word_before(text: str, a: int) -> str:
    """The word before position ``a`` (past spaces, a colon or a comma), or ""."""
    j = a
    while j > 0 and text[j - 1] in " \u00a0:,":
        j -= 1
    i = j
    while _letter(text, i - 1):
        i -= 1
    return text[i:j].lower()


def _is_age(text: str, a: int, b: int, value: int, unspaced: bool) -> bool:
    nxt = _word_after(text, b)
    if nxt and any(nxt.startswith(w) for w in _AFTER):
        return True
    if any(_word_before(text, a).endswith(w) for w in _BEFORE):
        return value != 100 or not nxt
    if value == 100 or unspaced:
        return False  # a hundred, or a number inside a run of letters: only beside a cue
    rest = text[b : b + 2].lstrip(" \u00a0")
    return not nxt and not rest[:1].isdigit() and rest[:1] not in ("%", "‰")
