"""Capitalised ordinary words that are no name: a note's section headings ("Discharge
Medications:", "History of Presenting Complaint:") and a hospital's departments named by
what they do ("Acute Medical Unit", "Day Surgery Unit"). English writes both in Title Case,
so every word of them has a capital where a name would; the scanner reads them as it reads
the start of a sentence (issue 14: the clinical side).

A heading is a line's first words up to a colon or a dash, each an English word no list
knows as a name, or a function word. A department is a run of capitals ending in a word
for a department, every other word a clinical one or a word departments are named by; a
town before it ("Dunfermline Renal Unit") is not part of the run, and stays a suspicion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from caselog.privacy.patterns import words
from caselog.privacy.vocab import Vocabulary, function_word

# The end of a heading: a colon, or a dash between spaces ("Social History - lives alone").
_HEAD_END = re.compile(r"\s*(?::|\s[-–—]\s)")
# A line's start, with its bullet or number ("- ", "2. ", "(b) ").
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·]\s+|\(?\w{1,2}[.)]\s+)?")
_MOST_HEADING_WORDS = 7

# Words for a department, ward or team, after the words that say what it does.
DEPARTMENT_HEADS = frozenset(
    words(
        """
        unit units ward wards department dept service services team clinic clinics suite
        theatre theatres theater laboratory lab bay centre center
        """
    )
)
# Words departments are named by that the clinical lists do not hold.
DEPARTMENT_WORDS = frozenset(
    words(
        """
        acute day surgery care critical high dependency kidney assessment general coronary
        ambulatory admissions admission discharge short stay observation rapid access
        same minor injuries injury major trauma elderly older people frailty stroke chest
        pain heart liver bone marrow home outreach community infusion treatment procedures
        vascular access fluid clinical decision medicine medicines palliative supportive
        rehabilitation rehab spinal burns eye ear nose throat women children child adult
        adults paediatric pediatric neonatal maternity sexual health mental memory sleep
        pre-assessment preassessment pre-operative preoperative endoscopy imaging x-ray
        """
    )
)


def heading_tokens(
    text: str, tokens: Sequence[re.Match[str]], folded: Sequence[str], v: Vocabulary
) -> set[int]:
    """Indices of ``tokens`` inside a section heading or a department's name."""
    out: set[int] = set()
    starts = {m.end() for m in _LINE_START.finditer(text)}
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i].start() in starts:
            j = _heading_end(text, tokens, folded, v, i)
            if j is not None:
                out.update(range(i, j + 1))
                i = j + 1
                continue
        i += 1
    for j, f in enumerate(folded):
        if f in DEPARTMENT_HEADS and tokens[j].group()[:1].isupper():
            k = j
            while (
                k > 0
                and tokens[k - 1].group()[:1].isupper()
                and not text[tokens[k - 1].end() : tokens[k].start()].strip(" -")
                and (folded[k - 1] in v.clinical or folded[k - 1] in DEPARTMENT_WORDS)
            ):
                k -= 1
            if k < j:
                out.update(range(k, j + 1))
    return out


def _heading_end(
    text: str, tokens: Sequence[re.Match[str]], folded: Sequence[str], v: Vocabulary, i: int
) -> int | None:
    """The last token of a heading starting at token ``i``, or None."""
    for j in range(i, min(i + _MOST_HEADING_WORDS, len(tokens))):
        tok, f = tokens[j].group(), folded[j]
        if j > i and text[tokens[j - 1].end() : tokens[j].start()].strip(" /&,"):
            return None  # a full stop or a bracket inside: a sentence, no heading
        if function_word(f) and tok.islower():
            pass
        elif not tok[:1].isupper() or not _plain_word(f, v):
            return None
        if _HEAD_END.match(text, tokens[j].end()):
            return j if tok[:1].isupper() else None
    return None


def _plain_word(f: str, v: Vocabulary) -> bool:
    """An English or clinical word that no list holds as a name."""
    return (f in v.english or f in v.clinical) and f not in v.proper and f not in v.persons
