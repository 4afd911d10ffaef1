"""The English titles written before a person's name ("Mr. Sample", "Dr Roe", "Nurse
Okafor"): one list for every part that reads a name after one.

The de-identifier keeps a part of the patient's name alone after a title as the patient's
own mark ("Mrs Sample"); the report then holds the title to the patient's sex: a courtesy
title that fits makes it "the patient", any other title ("Dr", "Nurse", "Mr" of a woman:
her husband) makes it someone else's name. Both read a title in any case ("dr", "MRS") and
with or without its full stop, since a note is typed as it comes; they used to disagree on
both (the de-identifier knew no "Nurse" nor "Sister" and read any case, the report only the
capitalised forms), so "mr Sample" of a woman printed as "mr the patient".

The titles of other languages, which find other people's names, are ``persons.TITLES``.
"""

from __future__ import annotations

ABBREVIATED = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof")
"""The titles written as abbreviations ("Dr."): no sentence ends at their full stop."""
TITLES = (*ABBREVIATED, "Miss", "Nurse", "Sister")

TITLE = r"(?i:" + "|".join(TITLES) + r")\.?"
"""A title in any case, its full stop if it has one (a regular expression's part)."""

_COURTESY = {"female": frozenset({"mrs", "ms", "miss", "mx"}), "male": frozenset({"mr", "mx"})}
_ANY_COURTESY = frozenset().union(*_COURTESY.values())


def fits(title: str, sex: str | None) -> bool:
    """Whether ``title`` ("Mrs.", "mr") is a courtesy title of someone of ``sex`` (any
    courtesy title when the sex is not recorded); a professional title never fits."""
    return title.rstrip(".").casefold() in _COURTESY.get(sex or "", _ANY_COURTESY)
