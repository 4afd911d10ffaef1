"""The recorded name as another script writes it (issue 14).

A name recorded in Cyrillic is written in a note in Belarusian Latin letters ("Святлана
Кавалёнак": "Śviatłana Kavalonak"), a name recorded in Latin letters in Cyrillic, Greek,
Georgian or Arabic ("Svetlana": "Светлана", "Σβετλάνα"), a Chinese name in its
characters ("Wang Xiuying": "王秀英"). The recorded name's patterns (``deidentify``) read
the note's letters as written, so none of these matched.

Each word is read in Latin letters (``anyascii``, which transliterates every script) and
compared with the recorded name's parts read the same way, with the slack that two
transliterations of one name differ by (Belarusian "г" is "h" in Łacinka and "g" in
``anyascii``): one letter in a part of five to seven letters, two from eight, none below.
A case ending or a possessive suffix of up to three letters may follow the part or its
stem ("Śviatłanin", Svyatlana's). Scripts that leave out vowels (Arabic, Hebrew) are
compared on consonants, from four. In the scripts written without spaces, two to four
characters in a row that read as the whole name or one of its parts are the name.

Words both in Latin letters are left to ``deidentify``'s own patterns, and a word the
clinical vocabularies know is never the name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from anyascii import anyascii

from caselog.privacy.translit import distance

MIN_PART = 4  # a shorter part read in another script matches too many words
MAX_ENDING = 3  # a case ending or possessive suffix after the part or its stem
_LETTERS = re.compile(r"[^a-z]")
_VOWELS = re.compile(r"[aeiouy]")
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff])+")
_UNSPACED = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_ABJAD = re.compile(r"[\u0590-\u06ff\u0700-\u074f\u0750-\u077f\u08a0-\u08ff]")


def key(word: str) -> str:
    """``word`` in lower-case Latin letters, nothing else."""
    return _LETTERS.sub("", anyascii(word).lower())


def _skeleton(k: str, abjad: bool) -> str:
    """A key's consonants as an abjad writes them: vowels and w left out, and in Latin
    letters v as f and p as b (Arabic has neither); in an abjad's reading v too (Hebrew
    "ו" is mostly a vowel); each run of one letter as one, a final h dropped ("ة")."""
    out = re.sub(r"[aeiouyw']", "", k)
    out = out.replace("v", "") if abjad else out.replace("v", "f").replace("p", "b")
    out = re.sub(r"(.)\1+", r"\1", out)
    return out[:-1] if out.endswith("h") else out


@dataclass(frozen=True)
class NameKeys:
    parts: tuple[str, ...]  # each part of the name of four letters or more, as ``key``
    whole: str  # the whole name run together
    ascii: bool  # the name is recorded in Latin letters without accents
    abjad: bool  # the name is recorded in Arabic or Hebrew letters


def name_keys(name: str | None) -> NameKeys | None:
    if not name or not name.strip():
        return None
    parts = [key(p) for p in re.split(r"[\s,.\-]+", name.strip())]
    kept = tuple(p for p in parts if len(p) >= MIN_PART)
    if not kept:
        return None
    return NameKeys(kept, "".join(parts), name.isascii(), bool(_ABJAD.search(name)))


# Letters that transliterations of one name write differently, read as one: Belarusian
# and Ukrainian "г" (h, g), "х" (kh, h), "й" (y, j, i), "в" (v, w), "ц" and "к" (c, k),
# and "ц" as the Latin scripts of Slavic languages write it (Łacinka, Czech, Croatian
# "c"; ``anyascii`` "ts": "Цвірка" is "Cvirka").
_SOUNDS = (("ts", "c"), ("kh", "h"), ("gh", "g"), ("ph", "f"), ("th", "t"), ("x", "ks"), ("h", "g"),
           ("w", "v"), ("y", "i"), ("j", "i"), ("q", "k"), ("c", "k"))  # fmt: skip


def _sound(k: str) -> str:
    for a, b in _SOUNDS:
        k = k.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", k)


def _slack(part: str) -> int:
    """The letters two readings of a part may differ by: none below seven letters (a
    name of five is one letter from too many words: "maria", "mania")."""
    return 0 if len(part) < 7 else 1 if len(part) < 10 else 2


def matches(word_key: str, part: str) -> bool:
    """A word (as ``key``) is the part, or the part or its stem with an ending, read
    by sound (``_SOUNDS``)."""
    w, p = _sound(word_key), _sound(part)
    slack = _slack(p)
    if w == p or len(p) >= MIN_PART and distance(w, p, slack) <= slack:
        return True
    if len(p) < MIN_PART:
        return False  # "anna" read by sound is "ana"
    # an ending only after a stem of five letters or more ("belok", protein, is no Bello's)
    stem = p[:-1] if p[-1] in "aeiou" and len(p) >= 6 else p
    extra, slack = len(w) - len(stem), _slack(stem)
    if len(stem) < 5 or not 0 < extra <= MAX_ENDING:
        return False
    return distance(w[: len(stem)], stem, slack) <= slack


def across(word: str, part: str) -> bool:
    """``word`` is the name part ``part`` written in another script."""
    if _plain(word) and _plain(part):
        return False
    k, p = key(word), key(part)
    if len(k) < MIN_PART or len(p) < MIN_PART:
        return False
    if _ABJAD.search(word):
        return _abjad_matches(k, p, bool(_ABJAD.search(part)))
    return matches(k, p)


def _abjad_matches(word_key: str, part: str, recorded_abjad: bool) -> bool:
    a, b = _skeleton(word_key, True), _skeleton(part, recorded_abjad)
    return len(b) >= MIN_PART and a == b


def find(text: str, keys: NameKeys, known: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The spans of ``text`` where the recorded name stands in another script; ``known``:
    a word the clinical or ordinary vocabularies hold, never the name."""
    if keys.ascii and text.isascii():
        return
    spans = list(_words(text, keys, known))
    # the parts of one name, spaces between, are one span: the whole name is the patient's
    while spans:
        a, b = spans.pop(0)
        while spans and not text[b : spans[0][0]].strip():
            b = spans.pop(0)[1]
        yield a, b


def _words(text: str, keys: NameKeys, known: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    for mt in _WORD.finditer(text):
        word = mt.group()
        if keys.ascii and _plain(word):
            continue  # both in Latin letters: ``deidentify``'s own patterns
        if _UNSPACED.fullmatch(word):
            yield from _in_characters(word, mt.start(), keys)
            continue
        k = key(word)
        if len(k) < MIN_PART:
            continue
        abjad = bool(_ABJAD.search(word))
        # the whole name as one word too ("김민준" for Kim Minjun)
        for part in (*keys.parts, keys.whole) if len(keys.parts) > 1 else keys.parts:
            found = _abjad_matches(k, part, keys.abjad) if abjad else matches(k, part)
            if found and not known(word):
                yield mt.span()
                break


def _plain(word: str) -> bool:
    """A word of Latin letters that all read as themselves without their accents
    ("Renée"); "ł" or "ŭ" are another alphabet's (Belarusian Łacinka), and a word of
    another script reads as other letters altogether."""
    return key(word) == _LETTERS.sub("", unicodedata.normalize("NFD", word).lower())


def _in_characters(run: str, at: int, keys: NameKeys) -> Iterator[tuple[int, int]]:
    """Two to four characters of an unspaced run that read as the whole name or a
    part of it."""
    reads = [key(c) for c in run]
    targets = {keys.whole, *keys.parts}
    i = 0
    while i < len(run):
        for n in (4, 3, 2):
            if i + n <= len(run) and "".join(reads[i : i + n]) in targets:
                yield at + i, at + i + n
                i += n - 1
                break
        i += 1
