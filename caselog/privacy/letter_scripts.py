"""The script of a letter (its Unicode name's first word), and whether the word lists read
it: what ``normalize`` and ``scripts`` both ask, in a module of its own that imports
nothing of the de-identifier's (``scripts`` reads the word lists, which read ``normalize``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# The scripts the word lists read (``vocab``): their words are the scanner's.
LISTED_SCRIPTS = frozenset({"LATIN", "GREEK", "CYRILLIC"})

# Unicode names whose first word is not the script's name.
_SCRIPT_ALIASES = {"HANGUL": "HANGUL", "CJK": "CJK", "KATAKANA-HIRAGANA": "KATAKANA"}


@lru_cache(maxsize=4096)
def script(c: str) -> str:
    """The script of a letter or mark: the first word of its Unicode name ("ARABIC",
    "GEORGIAN", "HANGUL", "CJK" for hanzi and kanji), "" for anything else."""
    cat = unicodedata.category(c)
    if not (cat.startswith("L") or cat.startswith("M")):
        return ""
    name = unicodedata.name(c, "")
    if not name:
        return ""
    head = name.split(" ", 1)[0]
    if head == "COMBINING":
        return ""  # accents of any script (U+0300-036F, U+1AB0, U+20D0...)
    return _SCRIPT_ALIASES.get(head, head)


def unlisted(c: str) -> bool:
    """``c`` is a letter or mark of a script no word list reads."""
    s = script(c)
    return bool(s) and s not in LISTED_SCRIPTS
