"""Text as the recognisers read it: one normal form for every way of writing a word.

``normalise(text)`` gives the text NFKC-normalised (fullwidth letters, ligatures), without
zero-width characters and soft hyphens, accents stripped, letters of other scripts that look
like Latin ones folded (Cyrillic "а", Greek "Ο"), digits of every script read as
0-9 ("۱۳۳۵" as "1335"), and spaced-out letters joined
("J o h n" -> "John"), HTML character references read as the characters they stand for
("Ren&eacute;e", "O&#39;Brien", "Dr&nbsp;Adeyemi"), with a map from each of its characters
back to the original. A span found in the normal form is a span of the original
(``Normal.span``), so what is replaced is always the original's text, however it was
disguised.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from caselog.privacy.letter_scripts import unlisted

# Characters that print as nothing: zero-width space, joiners, marks, word joiner, BOM,
# soft hyphen, Mongolian vowel separator, combining grapheme joiner.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f"
)

# Letters of other scripts that look like Latin letters (Unicode confusables, the
# Cyrillic and Greek ones seen in disguised names).
CONFUSABLE = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеіјорсѕуху"  # Cyrillic
    "ԁһӏɡ"  # Cyrillic and IPA extras
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ"  # Greek
    "ⅰⅴⅹ"
    "ıłŁøØđĐ",  # Latin letters with no decomposition: Turkish ı, Polish ł, Danish ø
    "ABESIJKMHOPCTXYaeijopcsyxydhlgABEZHIKMNOPTYXoikvptuxivxilLoOdD",
)

# Four or more single letters each followed by one space, written as a name is ("J o h n",
# "P R I Y A"): Latin letters (after folding), the first a capital, the rest all capitals or
# all small. Symbols in a row ("α β γ", "é è ü") are not a disguise.
_SPACED = re.compile(r"(?<![^\W\d_])[A-Z] (?:(?:[A-Z] ){2,}[A-Z]|(?:[a-z] ){2,}[a-z])(?![^\W\d_])")


@dataclass(frozen=True)
class Normal:
    text: str
    origin: tuple[int, ...]  # for each character of ``text``, its index in the original
    length: int  # the original's length
    joined: tuple[tuple[int, int], ...]  # spans (of ``text``) of spaced-out letters joined
    # for each character of ``text``, the end of what it stands for in the original (a
    # character reference "&eacute;" is one character of ``text``); empty: ``origin`` + 1
    until: tuple[int, ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original's span for ``text[start:end]``."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else self.length
            return at, at
        return self.origin[start], (self.until[end - 1] if self.until else self.origin[end - 1] + 1)


def _char(ch: str) -> str:
    if ch in INVISIBLE:
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if not c.isascii() and c.isdecimal():
            # Persian, Arabic-Indic, Devanagari digits, and those of the scripts no list
            # reads (Gujarati "૯૩"): every finder of numbers reads them
            out.append(str(unicodedata.decimal(c)))
            continue
        if not c.isascii() and unlisted(c):
            out.append(c)  # a letter or sign of a script no list reads, as written
            continue
        if unicodedata.combining(c):
            continue
        base = unicodedata.normalize("NFD", c)[0]
        out.append(base.translate(CONFUSABLE))
    return "".join(out)


# An HTML character reference: named ("&nbsp;", "&eacute;"), decimal or hexadecimal.
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _references(text: str) -> dict[int, tuple[int, str]]:
    """Where ``text`` holds a character reference: its start, its end and the character."""
    out: dict[int, tuple[int, str]] = {}
    for mt in _REFERENCE.finditer(text):
        ch = html.unescape(mt.group())
        if ch != mt.group() and len(ch) == 1:
            out[mt.start()] = (mt.end(), ch)
    return out


def normalise(text: str) -> Normal:
    """``text`` in its normal form, with the map back to the original."""
    refs = _references(text) if "&" in text else {}
    if not refs and text.isascii() and not _SPACED.search(text):
        return Normal(text, tuple(range(len(text))), len(text), ())
    chars: list[str] = []
    origin: list[int] = []
    until: list[int] = []
    i, n = 0, len(text)
    marks = False
    while i < n:
        end, ch = refs.get(i, (i + 1, text[i]))
        out = _char(ch)
        if not out and until and unicodedata.combining(ch):
            until[-1] = end  # an accent dropped belongs to the letter before ("Adébáyọ̀")
            marks = True
        for c in out:
            chars.append(c)
            origin.append(i)
            until.append(end)
        i = end
    flat = "".join(chars)
    # join spaced-out letters: drop the spaces between them
    runs = [(mt.start(), mt.end()) for mt in _SPACED.finditer(flat)]
    joined: list[tuple[int, int]] = []
    if runs:
        drop = {j for a, b in runs for j in range(a + 1, b, 2)}
        before = [0] * (len(flat) + 1)  # characters kept before each index
        for j in range(len(flat)):
            before[j + 1] = before[j] + (j not in drop)
        joined = [(before[a], before[b]) for a, b in runs]
        origin = [o for j, o in enumerate(origin) if j not in drop]
        until = [u for j, u in enumerate(until) if j not in drop]
        flat = "".join(c for j, c in enumerate(flat) if j not in drop)
    keep = refs or marks
    return Normal(flat, tuple(origin), len(text), tuple(joined), tuple(until) if keep else ())


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """A word as lists compare it: normal form, lower case, possessive dropped."""
    w = normalise(word).text.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return w


def list_form(ws: tuple[str, ...]) -> tuple[str, ...]:
    """Words of a list in the normal form the finders read (Greek and Cyrillic letters
    that look Latin folded, accents stripped), in lower case, each once. A capital folds
    otherwise than its small letter ("Α" to Latin "A", "α" kept), so the word is folded
    as written small, capitalised and in capitals."""
    forms = (f(w) for w in ws for f in (str.lower, str.capitalize, str.upper))
    return tuple(dict.fromkeys(normalise(w).text.lower() for w in forms))
