"""A name redacted in part is redacted whole (issue 14).

The recognisers find a name by one of its words (a known surname, a word after a title);
its other words often are words every list knows ("Vesna", "Ferrer", "Gèlè") and stay.
After the hits are chosen, each name or place redaction is widened:

- over the rest of a hyphenated token: both halves of a double surname
  ("Jovanović-[name]" → "[name]", "Ka-chun");
- over a particle and the capitalised word after it, or before it: "ap Gwilym",
  "ferch Dafydd", "binti Mohd", "Mac an tSaoi", "dela Cruz", "wa Njoroge";
- over a capitalised word just before or after it that is a known given or family name,
  or a word no list knows: "Ante [name]" (a first name after "dr. sc."), "[Mercè] Soler".

A word some clinical or ordinary list knows, a title, a month, or a word at a sentence's
start that its language writes in lower case is never taken in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy import kin
from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import Hit, at_sentence_start, words
from caselog.privacy.persons import RELATIVES
from caselog.privacy.scan import ORDINARY_CAPITALS
from caselog.privacy.titles import TITLES
from caselog.privacy.vocab import (
    CLINICAL_HEADS,
    CLINICAL_HEADS_BEFORE,
    Vocabulary,
    function_word,
    vocabulary,
)

_RELATION_WORDS = frozenset(kin.RELATIVE_WORDS)

NAME_KINDS = frozenset({"name", "name or place", "possible identifier"})
# Particles inside a person's name, in many languages (folded): Welsh ap, ab, ferch,
# verch; Arabic and Malay bin, binti, bint, ibn, ben, bat, abu, umm, al; Irish and
# Scottish mac, mc, nic, ni, o, ui, an; Swahili and Kikuyu wa; Filipino dela, delos, de
# los, de la; Dutch, German van, von, der, den, ter, ten; Romance da, das, do, dos, de,
# del, di, della, du, y, i, e; Vietnamese thi, van (middle names).
NAME_PARTICLES = frozenset(
    words(
        """
    ap ab ferch verch bin binti bint ibn ben bat abu umm al el mac mc nic ni o ui an wa
    dela delos de la los van von der den ter ten da das do dos del di della du y i e
    thi
    """
    )
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TITLE_WORDS = frozenset(t.casefold() for t in TITLES) | frozenset(
    words(
        """
    doctor sir dame lady lord father mother
    the a an and or of in on at to for by with from his her their this that these those
    he she it we they you
    """
    )
)


_NOT_JOINED = _TITLE_WORDS | ORDINARY_CAPITALS | frozenset(kin.TITLE_WORDS)
_RELATION = re.compile(rf"(?i:{RELATIVES})")


def _joinable(word: str, v: Vocabulary) -> bool:
    """A capitalised word that may be part of a neighbouring name (no title, relation
    word, clinical word or word of the lists)."""
    if not word[:1].isupper() or len(word) < 2:
        return False
    f = fold_word(word)
    if f in _NOT_JOINED or f in v.clinical or f in v.eponyms or f in v.medical_capitals:
        return False
    if f in CLINICAL_HEADS or f in CLINICAL_HEADS_BEFORE:
        return False  # "Sendwòm Alport", "Syndrom"
    if _RELATION.fullmatch(f) or f in _RELATION_WORDS:
        return False
    if word.isupper() and len(word) <= 4:
        return False  # an abbreviation ("PSPC", "KBC")
    if f in v.persons or f in v.proper:
        return True
    return not (v.ordinary(f) or f in v.english or f in v.medical)


def _extend_hyphen(text: str, a: int, b: int) -> tuple[int, int]:
    while a > 1 and text[a - 1] == "-" and text[a - 2].isalpha():
        j = a - 1
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’"):
            j -= 1
        a = j
    while b + 1 < len(text) and text[b] == "-" and text[b + 1].isalpha():
        j = b + 1
        while j < len(text) and (text[j].isalpha() or text[j] in "'’"):
            j += 1
        b = j
    # a name broken at the end of a line ("Kowal-⏎czyk"): the rest on the next line
    broken = _LINE_BREAK_REST.match(text, b)
    if broken:
        b = broken.end()
    # an apostrophe inside the name ("Ng'ang'a", "Achieng'"), not a possessive's "'s"
    while (inner := _INNER_APOSTROPHE.match(text, b)) and inner.group().lower() not in _POSSESSIVE:
        b = inner.end()
    return a, b


_INNER_APOSTROPHE = re.compile(r"['’][^\W\d_]+")
_POSSESSIVE = frozenset({"'s", "’s"})


_LINE_BREAK_REST = re.compile(r"-[ \t]*\r?\n[ \t]*[^\W\d_][^\W\d_'’]*")


def widen_names(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` (sorted, not overlapping) with each name or place widened as the module
    says; a widened hit that reaches another merges with it."""
    hits = [_named_date_word(text, h) for h in hits]
    if not any(h.kind in NAME_KINDS for h in hits):
        return hits
    v = vocabulary()
    tokens = list(_TOKEN.finditer(text))
    out: list[Hit] = []
    for h in hits:
        if h.kind not in NAME_KINDS:
            out.append(h)
            continue
        a, b = _extend_hyphen(text, h.start, h.end)
        a, b = _over_neighbours(text, tokens, a, b, v)
        out.append(Hit(a, b, h.kind, h.replacement))
    return _merged(out)


def _named_date_word(text: str, h: Hit) -> Hit:
    """A holiday or month word joined by a hyphen to a capitalised word is half of a
    given name ("Marie-Noël", "Jean-Toussaint", "Noël-Marie"): the whole name, not the
    half a date; "mid-December" and "post-Christmas" stay dates."""
    if h.kind != "date" or any(c.isdigit() for c in text[h.start : h.end]):
        return h
    a, b = _extend_hyphen(text, h.start, h.end)
    if (a, b) == (h.start, h.end):
        return h
    others = [w for w in (text[a : h.start] + text[h.end : b]).split("-") if w]
    if not others or not all(w[0].isupper() for w in others):
        return h
    return Hit(a, b, "name", "[name]")


def _over_neighbours(
    text: str, tokens: list[re.Match[str]], a: int, b: int, v: Vocabulary
) -> tuple[int, int]:
    starts = {t.start(): i for i, t in enumerate(tokens)}
    ends = {t.end(): i for i, t in enumerate(tokens)}
    # after: particles then a capitalised (or mutated, "tSaoi") word; or a joinable word
    j = _next_token(tokens, starts, text, b)
    while j is not None:
        word = tokens[j].group()
        if fold_word(word) in NAME_PARTICLES and word.islower():
            k: int | None = j
            while k is not None and fold_word(tokens[k].group()) in NAME_PARTICLES:
                k = _next_token(tokens, starts, text, tokens[k].end())
            if k is None or not _capital_or_mutated(tokens[k].group()):
                break
            b = _extend_hyphen(text, tokens[k].start(), tokens[k].end())[1]
        elif (
            _joinable(word, v)
            and not _sentence_between(text, b, tokens[j].start())
            and not (_before_head(text, tokens, j) and not v.known_name(fold_word(word)))
        ):
            b = _extend_hyphen(text, tokens[j].start(), tokens[j].end())[1]
        elif _in_capitals(text[a:b], v) and _given(word, v):
            b = tokens[j].end()  # a given name after a family name in capitals: "DVOŘÁK Jiří"
        else:
            break
        j = _next_token(tokens, starts, text, b)
    # before: a capitalised word and particles ("Heulwen ferch [name]"); a joinable word
    i = _previous_token(tokens, ends, text, a)
    while i is not None:
        word = tokens[i].group()
        if fold_word(word) in NAME_PARTICLES and word.islower():
            k = i
            while k is not None and fold_word(tokens[k].group()) in NAME_PARTICLES:
                k = _previous_token(tokens, ends, text, tokens[k].start())
            if (
                k is None
                or not _joinable(tokens[k].group(), v)
                or at_sentence_start(text, tokens[k].start())
            ):
                break
            a = _extend_hyphen(text, tokens[k].start(), tokens[k].end())[0]
        elif _joinable(word, v) and not at_sentence_start(text, tokens[i].start()):
            a = _extend_hyphen(text, tokens[i].start(), tokens[i].end())[0]
        elif _in_capitals(word, v) and _given(text[a:b], v):
            a = tokens[i].start()  # a family name in capitals first, in a list: "NOWAK Łucja"
        elif _joinable(word, v) and (fold_word(word) in v.persons or fold_word(word) in v.proper):
            a = tokens[i].start()  # a known name at a sentence's start: "Ante Bilandzic"
            break
        elif _after_label(text, tokens[i].start()) and _family_first(word, v):
            a = tokens[i].start()  # "Beteg: Kovács [Mária]": a family name first, a word too
            break
        else:
            break
        i = _previous_token(tokens, ends, text, a)
    return a, b


_LABEL_BEFORE = re.compile(r"[^\W\d_][\w .'’-]{0,30}:[ \t]*$")


def _after_label(text: str, pos: int) -> bool:
    """``pos`` follows a label and its colon on the same line ("Beteg: ", "Patient name: ")."""
    line = text.rfind("\n", 0, pos) + 1
    return _LABEL_BEFORE.search(text, line, pos) is not None


def _family_first(word: str, v: Vocabulary) -> bool:
    """A capitalised word that may be a family name written before the given name, as
    Hungarian, and lists everywhere, write it, though it is a word of its language too
    ("Kovács" smith, "Szabó" tailor, "Kaya" rock): no English, clinical or function word,
    title or relation word."""
    f = fold_word(word)
    if not word[:1].isupper() or word.isupper() or len(f) < 3 or not f.isalpha():
        return False
    if f in _NOT_JOINED or f in v.clinical or f in v.eponyms or f in v.medical_capitals:
        return False
    if f in CLINICAL_HEADS or f in CLINICAL_HEADS_BEFORE or f in v.english or f in v.medical:
        return False
    if function_word(f) or _RELATION.fullmatch(f) or f in _RELATION_WORDS:
        return False
    return f not in v.language("de")  # a German noun is capitalised ("Kontrolle Maria")


def _before_head(text: str, tokens: list[re.Match[str]], j: int) -> bool:
    """Token ``j`` stands before a clinical head word, itself or with one more capitalised
    word between, spaces only: an eponym in use ("Бенс Џонс протеин", "Goodpasture
    syndrome"), no part of the name before it."""
    for k in (j + 1, j + 2):
        if k >= len(tokens) or text[tokens[k - 1].end() : tokens[k].start()].strip():
            return False
        if fold_word(tokens[k].group()) in CLINICAL_HEADS:
            return True
        if not tokens[k].group()[:1].isupper():
            return False
    return False


def _in_capitals(word: str, v: Vocabulary) -> bool:
    """A family name written in capitals: three letters or more, a vowel, no title or
    clinical word ("NOWAK", "ŠŤASTNÝ"; not "CAPD", "KDIGO")."""
    f = fold_word(word)
    if len(f) < 3 or not word.isalpha() or not word.isupper() or not set(f) & set("aeiouy"):
        return False
    return not (f in _NOT_JOINED or f in v.clinical or f in v.eponyms or f in v.medical_capitals)


def _given(word: str, v: Vocabulary) -> bool:
    """A capitalised word (a capital, then lower case) that may be a given name after a
    family name in capitals, though an ordinary word too ("Rūta", "Bořek"): no title,
    month or clinical word."""
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
        return False
    f = fold_word(word)
    return not (f in _NOT_JOINED or f in _NEVER_MET or f in v.clinical or f in v.eponyms)


def _capital_or_mutated(word: str) -> bool:
    return word[:1].isupper() or (len(word) > 2 and word[0].islower() and word[1].isupper())


def _next_token(
    tokens: list[re.Match[str]], starts: dict[int, int], text: str, pos: int
) -> int | None:
    """The token after ``pos`` if only one space (or a space and nothing else) lies between."""
    if pos < len(text) and text[pos] == " ":
        return starts.get(pos + 1)
    return None


def _previous_token(
    tokens: list[re.Match[str]], ends: dict[int, int], text: str, pos: int
) -> int | None:
    if pos > 0 and text[pos - 1] == " ":
        return ends.get(pos - 1)
    return None


def _sentence_between(text: str, a: int, b: int) -> bool:
    return any(c in ".!?;:\n" for c in text[a:b])


def _merged(hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and h.start < out[-1].end:
            last = out[-1]
            out[-1] = Hit(last.start, max(last.end, h.end), last.kind, last.replacement)
        elif out and h.start == out[-1].end and h.kind in NAME_KINDS and out[-1].kind in NAME_KINDS:
            last = out[-1]
            out[-1] = Hit(last.start, h.end, last.kind, last.replacement)
        else:
            out.append(h)
    return out


# Words never learned as a name met: titles, months and weekdays, words of the report.
_NEVER_MET = _TITLE_WORDS | frozenset(
    words(
        """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday day week month
    year patient name place
    """
    )
)


class NamesMet:
    """The names an engine has redacted (by a recogniser: a title, a relation word, the
    scanner's verdict), each then redacted wherever else it stands capitalised: "Blessing
    works at the market" after "his grand-daughter Blessing", "Precious called" in
    another note. A guess redacted by default is no name met."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self._pattern: re.Pattern[str] | None = None
        self._first: int | None = None
        self._learned = 0

    def learn(self, text: str, hits: list[Hit], safe: frozenset[str]) -> None:
        v = vocabulary()
        before = len(self.words)
        for h in hits:
            if h.kind not in ("name", "name or place"):
                continue
            for mt in _TOKEN.finditer(text, h.start, h.end):
                w = mt.group()
                f = fold_word(w)
                if (
                    len(f) >= 3
                    and w[:1].isupper()
                    and not w.isupper()
                    and f not in _NEVER_MET
                    and f not in safe
                    and f not in v.clinical
                    and f not in v.eponyms
                    and f not in v.medical_capitals
                ):
                    self.words.add(w)
        if len(self.words) != before:
            self._pattern = re.compile(
                r"(?<![\w-])(?:"
                + "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
                + r")(?:['’]s)?(?![\w-])"
            )
            self._learned += 1
        if self._first is None:
            self._first = self._learned

    def grew_since_start(self) -> bool:
        """Whether a name was met after the first text was read."""
        return self._first is not None and self._learned > self._first

    def find(self, text: str) -> Iterator[Hit]:
        if self._pattern is None:
            return
        for mt in self._pattern.finditer(text):
            yield Hit(mt.start(), mt.end(), "name", "[name]")
