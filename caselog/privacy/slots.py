"""Where a capitalised word stands decides what a kept suspicion becomes (issue 14).

The scanner keeps a capitalised word some list knows ("Horn", "Frutillar", "Grace") as a
suspicion for the author's review; with ``--accept-redactions`` a suspicion goes out. These
rules turn a suspicion into a redaction where the word stands in a slot that holds a place
or a person:

- a place slot: after a place preposition of the sentence's language ("in Horn", "vive en
  Frutillar", "abita a Lucca", "din Turda", "fra Egersund"), unless a clinical head word
  follows within the capitalised run ("in Clinical Frailty Scale", "in Alport syndrome");
- a Turkish case suffix after an apostrophe, which Turkish writes on proper nouns only
  ("Ürgüp'te", "Göreme'den");
- a name at a sentence's start that is also an English word, followed by a verb as its
  subject ("Grace brought the list.", "Heather phoned from Alnwick.");
- a capitalised word with a letter its sentence's language does not write ("Søren" in an
  English note): ``outside_alphabet``.
"""

from __future__ import annotations

import re

from caselog.privacy.gazetteer import (
    ALPHABETS,
    NOT_PLACE_WORDS,
    PLACE_PREPOSITIONS,
    PLACE_PREPOSITIONS_EN,
)
from caselog.privacy.patterns import words
from caselog.privacy.vocab import CLINICAL_HEADS, Vocabulary

_EN_PREPS = frozenset(PLACE_PREPOSITIONS_EN)
_PREPS = frozenset(PLACE_PREPOSITIONS)
_NOT_PLACES = frozenset(NOT_PLACE_WORDS)


def place_slot(
    folded: list[str], tokens: list[re.Match[str]], i: int, lang: str, v: Vocabulary
) -> bool:
    """Token ``i`` (capitalised, not at a sentence's start) stands where a place does."""
    if i == 0 or folded[i] in _NOT_PLACES:
        return False
    if lang == "de" and folded[i] not in v.proper:
        return False  # German capitalises its nouns ("aus Sicht"): only a known name counts
    preps = _EN_PREPS if lang == "en" else _PREPS
    if folded[i - 1] not in preps:
        return False
    # the capitalised run from here: a clinical head or a clinical word in it makes it a
    # name of a score, a syndrome or a scale, not a place
    j = i
    while j < len(tokens) and j < i + 5:
        if j > i and not tokens[j].group()[:1].isupper():
            if folded[j] in CLINICAL_HEADS:
                return False
            break
        if folded[j] in CLINICAL_HEADS or (j > i and folded[j] in v.clinical):
            return False
        j += 1
    return True


_TURKISH_SUFFIX = re.compile(
    r"^[A-Z][^\W\d_]+['’](?:de|da|te|ta|den|dan|ten|tan|e|a|ye|ya|i|u|yi|yu|in|un|nin|nun|"
    r"le|la|yle|yla|li|lu|deki|daki|teki|taki|dir|dur|tir|tur)$"
)


def proper_suffix(token: str) -> bool:
    """A capitalised word with a Turkish case suffix after an apostrophe ("Urgup'te")."""
    return ("'" in token or "’" in token) and bool(_TURKISH_SUFFIX.match(token))


# Verbs a name at a sentence's start is the subject of ("Grace brought", "Heather phoned",
# "Rose was"): common irregular past forms and auxiliaries; regular past forms in -ed are
# told by their ending.
SUBJECT_VERBS = frozenset(
    words(
        """
    says said told brought came went took gave got rang called drove wrote sent kept
    knew thought asked phoned visited collected arrived stayed lives lived works worked
    declined refused agreed reports brings comes goes takes gives rings writes sends
    """
    )
)


# Words at a sentence's start that some list has as a name but are pronouns and the like.
_NOT_SUBJECT_NAMES = frozenset(
    words(
        """
    he she it we they you his her its our their this that these those there here who
    what which one all both each some none no yes also then so but and she's he's
    """
    )
)


def subject_verb(word: str, nxt: str, v: Vocabulary) -> bool:
    """``word`` (folded, capitalised at a sentence's start, also a name) is a name as the
    subject of ``nxt`` (folded, written in lower case): "Grace brought", "Heather phoned"."""
    if len(word) < 3 or word in _NOT_SUBJECT_NAMES or word in v.clinical or word in v.medical:
        return False
    if nxt in SUBJECT_VERBS:
        return True
    return len(nxt) > 5 and nxt.endswith("ed") and nxt in v.english and nxt not in _STATES


# Past forms that describe a finding rather than an act ("Iris appeared normal").
_STATES = frozenset(words("appeared seemed looked remained showed measured"))


def outside_alphabet(word: str, lang: str) -> bool:
    """``word`` (as written) has a letter beyond a-z that ``lang`` does not write."""
    own = ALPHABETS.get(lang)
    if own is None or word.isascii():
        return False
    return any(c.isalpha() and not c.isascii() and c not in own for c in word.lower())
