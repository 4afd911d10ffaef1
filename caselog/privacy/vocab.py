"""The words known to be safe, and the names known to be names (``resources/words``).

- ordinary English words (SCOWL, lower-case entries), kept when written in lower case;
- clinical words: the drug catalogue (names, synonyms, brands), the lab catalogue (names,
  synonyms, units), the imaging modalities, and ``clinical.txt`` (anatomy, nephrology,
  units, abbreviations);
- eponyms kept even capitalised ("Paget", "Fanconi"), and eponyms that are common family
  names too, kept only in clinical use ("Wilson disease", "Baker's cyst");
- proper names (SCOWL, capitalised entries): first names, family names, places.

Loaded on first use, once (the case list and the command line's listing never need them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from caselog.paths import resource_path
from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import words

# Nouns after which an eponym is in clinical use.
CLINICAL_HEADS = frozenset(
    words(
        """
    disease diseases syndrome syndromes sign signs test tests score scores
    classification criteria nephropathy nephritis purpura cyst cysts node nodes lymphoma
    sarcoma tumour tumor catheter catheters fistula equation equations formula stain
    phenomenon reflex triad palsy ulcer oesophagus esophagus ratio scale index grade
    type variant procedure operation manoeuvre maneuver position effect law curve plot
    analysis distribution correction method solution lactate tube needle cell cells body
    bodies mest mest-c node protein glycoprotein capsule space loop duct tubule tubules
    disease-like
    """
    )
)


@dataclass(frozen=True)
class Vocabulary:
    english: frozenset[str]
    clinical: frozenset[str]
    eponyms: frozenset[str]
    context_eponyms: frozenset[str]
    proper: frozenset[str]

    def ordinary(self, word: str, *, lower: bool = True) -> bool:
        """``word`` (folded) is an English or clinical word, or shaped like a clinical one
        (weaker endings count only for a word written in lower case)."""
        if word in self.english or word in self.clinical or _medical_shape(word):
            return True
        return lower and len(word) >= 8 and word.isalpha() and bool(_WEAK_ENDINGS.search(word))

    def clinical_word(self, word: str) -> bool:
        return word in self.clinical or word in self.eponyms


_MEDICAL_ENDINGS = re.compile(
    r"(?:itis|osis|oses|emia|aemia|uria|ectomy|ectomies|otomy|ostomy|plasty|pathy|pathic|"
    r"algia|ology|ologist|ological|oma|omas|omata|cyte|cytes|cytic|cytosis|penia|philia|"
    r"plasia|trophy|trophic|genic|genesis|lysis|lytic|scopy|scopic|graphy|gram|grams|"
    r"megaly|rrhoea|rrhea|rrhage|sclerosis|stasis|static|tropic|mab|nib|tinib|zumab|ximab|"
    r"umab|prazole|sartan|pril|olol|dipine|statin|floxacin|mycin|cillin|cycline|azole|"
    r"vir|parin|xaban|gliflozin|gliptin|glutide|dronate|calcet|caine|tide|ase|ases|"
    r"aceous|iform|oidal)$"  # Latin adjectives of clinical prose ("tophaceous", "cribriform")
)
# Weaker endings, trusted only in lower case ("spondylodiscitic", "hydroxyapatite").
_WEAK_ENDINGS = re.compile(r"(?:ine|ines|ide|ides|ate|ates|ol|one|ones|ium|ia|ic|al|ous|ar|ary)$")


def _medical_shape(word: str) -> bool:
    """A long lower-case word shaped like a clinical term (``hypercalciuria``,
    ``etelcalcetide``): Latin and Greek endings, drug stems."""
    return len(word) >= 8 and word.isalpha() and _MEDICAL_ENDINGS.search(word) is not None


def _lines(name: str) -> list[str]:
    text = resource_path("words", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _catalogue_words() -> set[str]:
    from caselog.clinical.catalogue import drugs, labs
    from caselog.core.vocab import MODALITIES

    phrases: list[str] = list(MODALITIES)
    for d in drugs().drugs:
        phrases += [d.name, *d.synonyms, *d.brands, d.drug_class]
    for t in labs().tests:
        phrases += [t.name, *t.synonyms, t.unit, *t.unit_labels.values()]
    out: set[str] = set()
    for p in phrases:
        for w in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", p):
            out.add(fold_word(w))
            out.update(fold_word(x) for x in w.split("-"))
    return out


@cache
def vocabulary() -> Vocabulary:
    clinical: set[str] = set()
    eponyms: set[str] = set()
    context: set[str] = set()
    for ln in _lines("clinical.txt"):
        head, sep, rest = ln.partition(":")
        if sep and head == "eponym":
            eponyms.update(fold_word(w) for w in rest.split())
        elif sep and head == "eponym-in-context":
            context.update(fold_word(w) for w in rest.split())
        else:
            clinical.update(fold_word(w) for w in ln.split())
    clinical |= _catalogue_words()
    english = frozenset(_lines("english.txt"))
    proper = frozenset(fold_word(w) for w in _lines("proper-names.txt"))
    return Vocabulary(english, frozenset(clinical), frozenset(eponyms), frozenset(context), proper)
