"""The words known to be safe, and the names known to be names (``resources/words``).

- ordinary English words (SCOWL, lower-case entries), kept when written in lower case;
- clinical words: the drug catalogue (names, synonyms, brands), the lab catalogue (names,
  synonyms, units), the imaging modalities, and ``clinical.txt`` (anatomy, nephrology,
  units, abbreviations);
- eponyms kept even capitalised ("Paget", "Fanconi"), and eponyms that are common family
  names too, kept only in clinical use ("Wilson disease", "Baker's cyst");
- proper names (SCOWL, capitalised entries; the capitals of the Italian and Portuguese
  lists): first names, family names, places;
- medical English (hunspell-en-med) and drug names (DrugBank's open vocabulary via
  drug-named-entity-recognition): lower-case entries are clinical words; capitalised
  entries (eponyms, genera, brands) are clinical capitals, and those that are also names
  ("Schwartz", "Quinton") count only in clinical use;
- the ordinary words of French, Spanish, German, Italian and Portuguese
  (``language(lang)``), for sentences in those languages (``caselog.privacy.language``).

Loaded on first use, once (the case list and the command line's listing never need them);
a language's list only when a sentence in that language is first seen.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache, lru_cache

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


# Words before an eponym that put it in clinical use, in the languages of ``language``:
# "signe de Chvostek", "Morbus Paget", "enfermedad de Fabry", "sindrome di Alport".
CLINICAL_HEADS_BEFORE = frozenset(
    words(
        """
    signe signes maladie syndrome syndromes classification score loi
    morbus syndrom zeichen klassifikation krankheit
    enfermedad síndrome signo signos clasificación proteína
    malattia sindrome segno segni classificazione proteina
    doença sinal sinais classificação
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
    # capitalised medical entries that are no known name ("Staphylococcus", "Chvostek",
    # "Simulect")
    medical_capitals: frozenset[str] = frozenset()
    # lower-case entries of the medical dictionary: clinical when written in lower case, at
    # a sentence's start or as a German noun ("dubois", "paget" are names otherwise)
    medical: frozenset[str] = frozenset()

    def language(self, lang: str) -> frozenset[str]:
        """The ordinary words of ``lang`` ("fr", "de", ...), folded; none for English."""
        return _language(lang) if lang != "en" else frozenset()

    def foreign(self, word: str, lang: str) -> bool:
        """``word`` (folded) is an ordinary word of ``lang`` (German compounds by their
        parts: "knochenschmerzen", "shuntverschluss")."""
        if lang == "en":
            return False
        known = self.language(lang)
        if word in known:
            return True
        if lang == "de":
            return _german_compound(word)
        return any(
            word.endswith(end) and word[: len(word) - len(end)] + base in known
            for end, bases in _VERB_ENDINGS.get(lang, ())
            for base in bases
            if len(word) > len(end) + 2
        )

    def ordinary(self, word: str, *, lower: bool = True) -> bool:
        """``word`` (folded) is an English or clinical word, or shaped like a clinical one
        (weaker endings count only for a word written in lower case)."""
        if word in self.english or word in self.clinical or _medical_shape(word):
            return True
        if lower and word in self.medical:
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
    r"aceous|iform|oidal|"  # Latin adjectives of clinical prose ("tophaceous", "cribriform")
    # and the endings of the same words in French, Spanish, German, Italian, Portuguese
    r"ectomie|ektomie|ectomia|tomie|tomia|pathie|patia|grafie|graphie|grafia|skopie|scopie|"
    r"scopia|lyse|lisis|lisi|amie|emie|emia|urie|uria|ologie|ologia|plastik|plastie|"
    r"plastia|therapie|terapia|itiden|iti|ites|osen)$"
)
# Weaker endings, trusted only in lower case ("spondylodiscitic", "hydroxyapatite").
_WEAK_ENDINGS = re.compile(r"(?:ine|ines|ide|ides|ate|ates|ol|one|ones|ium|ia|ic|al|ous|ar|ary)$")


def _medical_shape(word: str) -> bool:
    """A long lower-case word shaped like a clinical term (``hypercalciuria``,
    ``etelcalcetide``): Latin and Greek endings, drug stems."""
    return len(word) >= 8 and word.isalpha() and _MEDICAL_ENDINGS.search(word) is not None


def _lines(name: str) -> list[str]:
    path = resource_path("words", name)
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def _language(lang: str) -> frozenset[str]:
    return frozenset(_lines(f"{lang}.txt.gz"))  # folded by build_words.py


_LINKS = ("", "s", "es", "n", "en", "er", "e")
# Verb forms a list may lack, by their infinitive (the lists' forms read without accents):
# Spanish "recibio" -> "recibir", Portuguese "internou" -> "internar".
_VERB_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "es": (
        ("io", ("er", "ir")),
        ("o", ("ar",)),
        ("aba", ("ar",)),
        ("aban", ("ar",)),
        ("ia", ("er", "ir")),
        ("ian", ("er", "ir")),
        ("aron", ("ar",)),
        ("ieron", ("er", "ir")),
        ("ado", ("ar",)),
        ("ada", ("ar",)),
        ("ido", ("er", "ir")),
        ("ida", ("er", "ir")),
        ("ando", ("ar",)),
        ("iendo", ("er", "ir")),
        ("e", ("ar",)),
    ),
    "pt": (
        ("ou", ("ar",)),
        ("eu", ("er",)),
        ("iu", ("ir",)),
        ("ava", ("ar",)),
        ("ia", ("er", "ir")),
        ("aram", ("ar",)),
        ("eram", ("er",)),
        ("iram", ("ir",)),
        ("ado", ("ar",)),
        ("ada", ("ar",)),
        ("ido", ("er", "ir")),
        ("ida", ("er", "ir")),
    ),
    "it": (
        ("ato", ("are",)),
        ("ata", ("are",)),
        ("ito", ("ire",)),
        ("ita", ("ire",)),
        ("uto", ("ere",)),
        ("uta", ("ere",)),
        ("ava", ("are",)),
        ("eva", ("ere",)),
        ("o", ("are", "ere", "ire")),
    ),
    "fr": (
        ("ait", ("er", "re", "ir")),
        ("e", ("er",)),
        ("ee", ("er",)),
        ("ees", ("er",)),
        ("it", ("ir", "re")),
    ),
}


@lru_cache(maxsize=1 << 14)
def _german_compound(word: str) -> bool:
    """A German compound of two or three known words, with their linking letters."""
    known, clinical = _language("de"), vocabulary().clinical

    def part(w: str) -> bool:
        return len(w) >= 3 and (w in known or w in clinical)

    def split(w: str, depth: int) -> bool:
        # the last part five letters or more: "Knochen|schmerzen", "Urin|kultur"; never
        # "Kessel|ring", "Zimmer|mann", "Hart|mann", family names as German writes them
        for i in range(3, len(w) - 4):
            head, tail = w[:i], w[i:]
            if not part(tail) and not (depth and split(tail, depth - 1)):
                continue
            if any(
                head.endswith(x) and part(head[: len(head) - len(x)] if x else head) for x in _LINKS
            ):
                return True
        return False

    return len(word) >= 10 and word.isalpha() and split(word, 1)


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
    clinical.update(_lines("drugs.txt.gz"))  # folded by build_words.py
    context.update(_lines("medical-capitals-named.txt"))  # folded by build_words.py
    english = frozenset(_lines("english.txt.gz"))
    proper = frozenset(
        fold_word(w)
        for name in ("proper-names.txt", "proper-names-world.txt")
        for w in _lines(name)
    )
    capitals = frozenset(_lines("medical-capitals.txt")) - proper
    medical = frozenset(_lines("medical.txt.gz"))
    return Vocabulary(
        english,
        frozenset(clinical),
        frozenset(eponyms),
        frozenset(context),
        proper,
        capitals,
        medical,
    )
