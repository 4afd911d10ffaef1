"""A capitalised word some medical list knows is a person where the context says so (issue
14, classes_names9).

A family name is often an eponym or a medical capital too ("Marchetti" of the
Marshall-Marchetti-Krantz operation, "Price", "Jones", "Hill"), so the scanner keeps it.
Two contexts make it a person all the same:

- ``person_subject``: it is the subject of a verb only a person does ("Marchetti reviewed
  the films", "Jones agreed", "Price phoned"); a clinical word, an eponym of the clinical
  list, a title or a relation word ("Sister agreed") is never one;
- ``coordinated``: it stands in a list with a person's name, joined by a comma or "and"
  ("Price and [name]", "[name], Hill and Young").

And a capitalised word with letters its sentence's language does not write is a name or
a place from elsewhere even where its folded form is a word the scanner keeps
(``foreign_capitals``: "Huế" read as "Hue").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from caselog.privacy import kin
from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import at_sentence_start, words
from caselog.privacy.persons import RELATIVES
from caselog.privacy.slots import outside_alphabet
from caselog.privacy.titles import TITLES
from caselog.privacy.vocab import CLINICAL_HEADS, CLINICAL_HEADS_BEFORE, Vocabulary

# Verbs of what a person does, in the forms a note writes them after its subject; no verb
# a test or a device is the subject of too ("showed", "confirmed", "noted", "found").
PERSON_VERBS = frozenset(
    words(
        """
    said says told tells phoned phones rang rings called calls emailed e-mailed texted
    wrote writes asked asks agreed agrees disagreed disagrees reviewed reviews examined
    examines explained explains discussed discusses advised advises recommended
    recommends decided decides felt feels thought thinks believes believed saw sees
    visited visits signed signs declined declines refused refuses consented consents
    prescribed prescribes counselled counseled counsels reassured reassures
    drives drove works worked lives lived sells sold brought brings came comes
    """
    )
    # the same of French, Spanish, Portuguese, Italian, German and Dutch (folded), after the
    # subject or its auxiliary ("Fidèle a appelé", "Patience nous a téléphoné")
    + (
        words(
            """
    appele appelee telephone dit ecrit demande signe refuse accepte explique conduit
    vend travaille habite vit venu venue accompagne amene apporte
    llamo llama llamado dijo dicho dice vino venido viene firmo firmado pregunto refiere
    refirio comenta comento acude
    acudio trajo trae conduce trabaja vive vende
    ligou liga ligado telefonou disse dito diz veio vindo vem assinou perguntou trouxe traz
    refere trabalha mora
    chiamato telefonato detto venuta venuto firmato riferisce lavora abita
    rief sagte kam unterschrieb berichtet fragte telefonierte arbeitet wohnt
    belde zei kwam vertelde werkt woont
    """
        )
    )
)
# Auxiliaries and pronouns between a subject and its verb ("Fidèle a appelé", "Patience
# nous a téléphoné", "Consuelo ha llamado", "Graça tinha ligado").
PERSON_AUXILIARIES = frozenset(
    words(
        """
    a est nous m'a lui leur ha han hat ist e foi tem tinha had has has_been me nos le se
    m l
    """
    )
)
# Words that join the names of a list of people.
_JOINS = re.compile(r"^(?:\s*,\s*|\s+(?:and|or|&|und|et|e|y|i|ve|dan|và)\s+|\s*,\s*(?:and|or)\s+)$")
_NOT_PEOPLE = frozenset(t.casefold() for t in TITLES) | frozenset(kin.TITLE_WORDS)
_RELATION = re.compile(rf"(?i:{RELATIVES})")


def name_like(word: str, f: str, v: Vocabulary) -> bool:
    """``word`` (as written, ``f`` folded) is capitalised and known as a name or a medical
    capital, but to no clinical list as a word of its own, nor as a title or relation."""
    if len(f) < 3 or not word[:1].isupper() or word.isupper() or not f.isalpha():
        return False
    if f in v.clinical or f in v.eponyms or v.drug(f) or person_word(f):
        return False
    return f in v.proper or f in v.persons or f in v.medical_capitals or f in v.context_eponyms


def listed_name(word: str, f: str, v: Vocabulary) -> bool:
    """``word`` is name-like and a known given or family name or place (not a medical
    capital only: "Kalium", "Zyklus"), so it may be a person in a list of them."""
    return name_like(word, f, v) and (f in v.proper or f in v.persons)


def person_word(f: str) -> bool:
    """``f`` (folded) is a title or a relation word ("sister", "nurse", "mother"), which
    names a person but is no name."""
    return f in _NOT_PEOPLE or f in kin.RELATIVE_WORDS or _RELATION.fullmatch(f) is not None


# The relative pronouns of a person, after a comma: "Marchetti, who drove her".
PERSON_RELATIVES = frozenset(words("who whom whose"))


# Given names that are ordinary English words, common in southern and eastern Africa and
# the Caribbean ("Memory phoned", "Precious signed", "Gift said"): a name only as the
# subject of a person's verb (or after a relation word, as every word is). Not the words
# an institution is called by ("Trust agreed", "Pharmacy phoned").
ORDINARY_GIVEN_NAMES = frozenset(
    words(
        """
    memory given gift precious blessing blessings patience lucky loveness fortunate
    knowledge beauty talent comfort mercy lovemore learnmore godknows nomore enough
    forget pardon silence princess clever admire goodness kindness marvellous prosper
    privilege promise praise trymore evidence witness innocent justice gracious
    fortune brilliant loyal precise wisdom pleasure delight lovely pretty bright girlie
    """
    )
    # and of French (central Africa, the Caribbean), Spanish and Portuguese: virtues,
    # graces and the Virgin's titles ("Merveille", "Dolores", "Consuelo", "Graça")
    + (
        words(
            """
    merveille espoir gloire grace bienvenu dieudonne providence princesse fidele divine
    exaucee miracle chance joie sagesse esperance benediction
    dolores consuelo amparo rosario pilar soledad esperanza milagros luz paz rocio
    mercedes socorro remedios asuncion concepcion encarnacion inmaculada caridad
    angustias graca vitoria gloria conceicao aparecida dores
    """
        )
    )
)


def person_subject(
    word: str, f: str, nxt: str, nxt_lower: bool, v: Vocabulary, then: Sequence[str] = ()
) -> bool:
    """``word`` is a name-like word, or a given name that is an ordinary word, as the
    subject of a verb of a person after it (``nxt``, or one of the two words ``then``
    after an auxiliary or pronoun ``nxt``), or before a relative pronoun of a person
    (``nxt`` is then that pronoun, read past the comma)."""
    cue = nxt in PERSON_VERBS or nxt in PERSON_RELATIVES
    if not cue and nxt in PERSON_AUXILIARIES:
        cue = any(w in PERSON_VERBS for w in then[:2])
    if not (nxt_lower and cue):
        return False
    ordinary = f in ORDINARY_GIVEN_NAMES and word[:1].isupper() and not word.isupper()
    return ordinary or name_like(word, f, v)


def coordinated(
    text: str, spans: Sequence[tuple[int, int]], names: Sequence[tuple[int, int]]
) -> list[int]:
    """The indices of ``spans`` (name-like words kept so far) joined in a list to one of
    ``names`` (words taken for a person's name) or to one found so, in either order."""
    people = sorted(names)
    found: list[int] = []
    changed = True
    while changed:
        changed = False
        for i, (a, b) in enumerate(spans):
            if i in found:
                continue
            for c, d in people:
                gap = text[b:c] if b <= c else text[d:a] if d <= a else None
                if gap is not None and len(gap) <= 8 and _JOINS.match(gap):
                    found.append(i)
                    people.append((a, b))
                    changed = True
                    break
    return sorted(found)


_LETTERS = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:[-'’ʻ][^\W\d_]+)*")


def foreign_capitals(
    text: str, v: Vocabulary, language_at: Callable[[int], str]
) -> Iterator[tuple[int, int]]:
    """Capitalised words of ``text`` (as written) with a letter their sentence's language
    does not write ("Huế", "Lợi" in an English note, read by the scanner as "Hue",
    "Loi"), in mid-sentence, that no clinical list knows in their folded form: a name or
    a place from elsewhere, wherever the scanner kept it."""

    for mt in _LETTERS.finditer(text):
        word = mt.group()
        if word.isascii() or not word[:1].isupper() or len(word) < 2 or not _latin(word):
            continue  # other scripts are read by their own finders
        if word.isupper():
            continue  # an acronym ("SÚKL", "ÖGK"); names in capitals are ``name_shapes``'
        pieces = [fold_word(p) for p in re.split(r"[-'’ʻ]", word) if p]
        if at_sentence_start(text, mt.start()):
            continue  # a word of a language no list reads, capitalised there ("Bydlí")
        if any(_clinical(p, v) for p in pieces):
            continue  # "Sjögren", "Schönlein-Henoch", "Ménière"
        if outside_alphabet(word, language_at(mt.start())):
            yield mt.span()


def _latin(word: str) -> bool:
    """Every letter of ``word`` is a letter of the Latin script."""
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in word if c.isalpha())


def _clinical(f: str, v: Vocabulary) -> bool:
    return (
        f in v.clinical
        or f in v.eponyms
        or f in v.medical
        or f in v.medical_capitals
        or f in v.context_eponyms
        or f in CLINICAL_HEADS
        or f in CLINICAL_HEADS_BEFORE  # Haitian "Sendwòm", Slovak "choroba"
        or v.drug(f)
    )


# Titles that a name's redaction may have taken in with the name ("Pak Hartono", "Aling
# Corazon", "Ayşe Hanım"): a title names no one, and the report reads better with it.
# Titles that are given or family names too ("Don", "Anh", "Ong") are left in the name.
LEADING_TITLES = (
    frozenset(t.casefold() for t in TITLES)
    | frozenset(w for w in kin.TITLE_WORDS if "_" not in w)
    | frozenset(
        words(
            """
    aling mang whaea matua alhaja alhaji mama baba bibi chị ông bà chú bác
    """
        )
    )
) - frozenset(words("don dona anh ong hon bb ga"))
TRAILING_TITLES = frozenset(words("hanım hanim bey efendi hanımefendi"))
_FIRST = re.compile(r"([^\W\d_]+)\.?\s+")
_LAST = re.compile(r"\s+([^\W\d_]+)\.?$")


def without_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``start``..``end`` of a name in ``text`` less the titles at its ends (never
    all of it)."""
    while (mt := _FIRST.match(text, start, end)) and mt.group(1).casefold() in LEADING_TITLES:
        if mt.end() >= end:
            break
        start = mt.end()
    mt = _LAST.search(text, start, end)
    if mt and mt.group(1).casefold() in TRAILING_TITLES and mt.start() > start:
        end = mt.start()
    return start, end


_MODIFIED = re.compile(r"(?:[\u02b0-\u02ff][^\W\d_]+)+")
_MODIFIED_BEFORE = re.compile(r"(?:[^\W\d_]+[\u02b0-\u02ff])+$")


def over_modifiers(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``start``..``end`` of a name or place widened over the rest of its word
    past a modifier letter ("Hawai|ʻi", "Māʻ|ohi": the okina, the Hausa "ʼ"), which the
    finders' capitalised words stop at."""
    mt = _MODIFIED.match(text, end)
    if mt:
        end = mt.end()
    before = _MODIFIED_BEFORE.search(text, 0, start)
    if before and start < len(text) and text[start].isalpha():
        start = before.start()
    return start, end
