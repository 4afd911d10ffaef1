"""Ordinary and clinical words of the scripts ``scripts`` judges, where a list ships.

``resources/words/scripts.txt`` holds each script's function words and common clinical
words, written for caselog. A dictionary's words may be added as
``resources/words/scripts/<script>.txt.gz`` (``build_words.py --only scripts``); none is
shipped: their names and places cannot be told from their words (README.md). A word no
list knows is a possible identifier unless ``translit`` reads it as a clinical
loanword.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache

from caselog.paths import resource_path


@cache
def _written() -> dict[str, frozenset[str]]:
    """``scripts.txt``: each script's function words and common clinical words."""
    out: dict[str, set[str]] = {}
    for ln in resource_path("words", "scripts.txt").read_text(encoding="utf-8").splitlines():
        head, sep, rest = ln.partition(":")
        if sep and not ln.startswith("#"):
            out.setdefault(head.strip(), set()).update(
                unicodedata.normalize("NFC", w) for w in rest.split()
            )
    return {k: frozenset(v) for k, v in out.items()}


@cache
def words_of(script_name: str) -> frozenset[str]:
    """The listed words of a script (NFC): ``scripts.txt``'s, and a dictionary's where
    one is built (``scripts/<script>.txt.gz``)."""
    written = _written().get(script_name, frozenset())
    path = resource_path("words", f"scripts/{script_name.lower()}.txt.gz")
    if not path.exists():
        return written
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return written | {ln for ln in text.splitlines() if ln and not ln.startswith("#")}


@cache
def _longest_word(script_name: str) -> int:
    return max((len(w) for w in words_of(script_name)), default=0)


def ordinary(word: str, script_name: str) -> bool:
    """``word`` is a word of its script's list."""
    from caselog.privacy.scripts import date_word
    from caselog.privacy.translit import stripped

    ws = words_of(script_name)
    if not ws or date_word(word):
        return False
    # with the script's article, prefixes or endings off ("والكلى", "신장의")
    w = unicodedata.normalize("NFC", word)
    return w in ws or any(x in ws for x in stripped(w, script_name))


def longest(run: str, i: int, script_name: str) -> int:
    """The length of the longest listed word of ``run`` starting at ``i`` (0 for none)."""
    ws = words_of(script_name)
    if not ws:
        return 0
    for j in range(min(len(run), i + _longest_word(script_name)), i, -1):
        if run[i:j] in ws:
            from caselog.privacy.scripts import date_word

            return 0 if date_word(run[i:j]) else j - i
    return 0
