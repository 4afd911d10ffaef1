"""Ordinary and clinical words of the scripts ``scripts`` judges, where a list ships.

Each list is ``resources/words/scripts/<script>.txt.gz`` (built by
``resources/words/build_words.py --only scripts``): the words of a hunspell dictionary
of a language written in that script, less its names and places. A script with no list
knows no ordinary word: its words are possible identifiers unless ``translit`` reads
them as clinical loanwords.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache

from caselog.paths import resource_path


@cache
def words_of(script_name: str) -> frozenset[str]:
    """The listed words of a script (NFC), none where no list ships."""
    path = resource_path("words", f"scripts/{script_name.lower()}.txt.gz")
    if not path.exists():
        return frozenset()
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return frozenset(ln for ln in text.splitlines() if ln and not ln.startswith("#"))


@cache
def _longest_word(script_name: str) -> int:
    return max((len(w) for w in words_of(script_name)), default=0)


def ordinary(word: str, script_name: str) -> bool:
    """``word`` is a word of its script's list."""
    ws = words_of(script_name)
    return bool(ws) and unicodedata.normalize("NFC", word) in ws


def longest(run: str, i: int, script_name: str) -> int:
    """The length of the longest listed word of ``run`` starting at ``i`` (0 for none)."""
    ws = words_of(script_name)
    if not ws:
        return 0
    for j in range(min(len(run), i + _longest_word(script_name)), i, -1):
        if run[i:j] in ws:
            return j - i
    return 0
