"""Drafted text in the journal's spelling: US for Cureus, Canadian for CMAJ (which keeps
-our and -re, "tumour", "centre", but prints -ize and the simplified medical forms,
"hospitalization", "hemorrhage", "anemia"), and the authors' words spelled otherwise."""

from __future__ import annotations

import re

# British forms -> US (Cureus); Canadian (CMAJ) keeps -our and -re, with -ize and the
# simplified medical ae/oe as CMAJ prints them ("hemorrhage", "tumour", "centre").
_US = {
    "hospitalisation": "hospitalization", "hospitalised": "hospitalized",
    "haemorrhage": "hemorrhage", "haemoglobin": "hemoglobin", "haemodialysis": "hemodialysis",
    "haematoma": "hematoma", "anaemia": "anemia", "oedema": "edema", "oesophagus": "esophagus",
    "paediatric": "pediatric", "diarrhoea": "diarrhea", "leucocyte": "leukocyte",
    "tumour": "tumor", "colour": "color", "behaviour": "behavior", "favourable": "favorable",
    "centre": "center", "fibre": "fiber", "litre": "liter", "characterised": "characterized",
    "recognised": "recognized", "organised": "organized", "normalised": "normalized",
    "stabilised": "stabilized", "minimised": "minimized", "localised": "localized",
    "generalised": "generalized", "hypocalcaemia": "hypocalcemia",
    "hypercalcaemia": "hypercalcemia", "hyperkalaemia": "hyperkalemia",
    "hypokalaemia": "hypokalemia", "hyponatraemia": "hyponatremia", "ischaemia": "ischemia",
    "calcaemia": "calcemia", "uraemia": "uremia", "septicaemia": "septicemia",
}  # fmt: skip
_CANADIAN_KEEPS = frozenset(
    {"tumour", "colour", "behaviour", "favourable", "centre", "fibre", "litre"}
)
_CA = {b: u for b, u in _US.items() if b not in _CANADIAN_KEEPS}
_CA |= {u: b for b, u in _US.items() if b in _CANADIAN_KEEPS}
SPELLING = {"us": _US, "ca": _CA}


def _respell(text: str, table: dict[str, str]) -> str:
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        new = table[word.lower()]
        return new[0].upper() + new[1:] if word[0].isupper() else new

    pattern = r"\b(?:" + "|".join(sorted(table, key=len, reverse=True)) + r")\b"
    return re.sub(pattern, swap, text, flags=re.I)


def spell(text: str, variant: str) -> str:
    """Drafted text in the journal's spelling (``us`` or ``ca``)."""
    return _respell(text, SPELLING[variant])


def foreign_spellings(text: str, variant: str) -> list[str]:
    """Words of the authors' text spelled otherwise than the journal spells them."""
    table = SPELLING[variant]
    pattern = r"\b(?:" + "|".join(sorted(table, key=len, reverse=True)) + r")\b"
    return sorted({m.group(0) for m in re.finditer(pattern, text, flags=re.I)})
