"""Keep what is known to be safe (Philter's approach): every word of free text is judged.

A word is kept when it is known: an English word written in lower case, a clinical word
(catalogues, ``clinical.txt``), an eponym in clinical use, a number in a clinical shape
(dose, vertebral level "L2-L3", lab value, stage "G3a"). It is redacted when it is a known
proper name (first name, family name, place) or a capitalised word no list knows, or a
code mixing letters and digits in no clinical shape. What is neither is kept but reported
as a ``Suspicion`` (a capitalised ordinary word in mid-sentence, an unknown lower-case word)
for the author to decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum

from caselog.privacy import numwords, scripts
from caselog.privacy.age import OVER_89
from caselog.privacy.headings import heading_tokens
from caselog.privacy.language import sentences
from caselog.privacy.name_shapes import DEVICE_PREFIXES, prefix_of, prefixed_name
from caselog.privacy.normalize import fold_word
from caselog.privacy.numbers import PURE, NumberContext
from caselog.privacy.numbers import unit as unit_word
from caselog.privacy.patterns import DIGIT, Hit, at_sentence_start, is_year, words
from caselog.privacy.person_context import (
    PERSON_RELATIVES,
    coordinated,
    listed_name,
    person_subject,
    person_word,
)
from caselog.privacy.prescription import dosage_form, prescribed
from caselog.privacy.script_lists import common
from caselog.privacy.slots import place_slot, proper_suffix, subject_verb
from caselog.privacy.vocab import (
    CLINICAL_HEADS,
    CLINICAL_HEADS_BEFORE,
    DYE_COLOURS,
    GREEK_LETTERS,
    PROTOCOL_WORDS,
    Vocabulary,
    cognate,
    compound_head,
    function_word,
    mixed_abbreviation,
    script_unit,
    vocabulary,
)


class Verdict(Enum):
    SAFE = 0
    SUSPECT = 1
    REDACT = 2


@dataclass(frozen=True)
class Flag:
    """A word of the normal text that the scanner redacts (``redact``) or only reports."""

    start: int
    end: int
    kind: str
    redact: bool


_WHOLE = re.compile(r".+", re.S)
_TOKEN = re.compile(r"[^\W_]+(?:(?:['’]|[-/]|(?<=\d)[.,](?=\d))[^\W_]+)*(?:['’](?![^\W_]))?")
PARTICLES = frozenset(
    words(
        """
    van von der den de du da di del della le la ten ter dos das y bin ibn al el
    """
    )
)
MONTHS_AND_DAYS = frozenset(
    words(
        """
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec
    """
    )
)
# Ordinary capitalised words of clinical prose and report headings that name no one.
ORDINARY_CAPITALS = frozenset(
    words(
        """
    i ok case patient report introduction presentation discussion conclusion conclusions
    background methods results references abstract figure table timeline day week month
    year baseline follow-up history examination assessment plan impression summary notes
    mr mrs ms mx dr prof miss sir madam mme mlle herr frau dhr mevr sr sra dra
    monsieur madame mademoiselle srta dona doña senhor senhora dott dottssa dottoressa
    signor signora signorina sig uzm hab mgr ssk zr mw mevrouw meneer mevr dhr dokter
    zuster pani pan doktor
    lekarz pielegniarka pielegniarz fru herr overlakare lakare sjukskoterska hemsire
    schwester pfleger pflegerin oberarzt oberarztin
    """
    )
)

_VERTEBRA = re.compile(r"(?i)^(?:[CTLS]\d{1,2}(?:[-/–][CTLS]?\d{1,2})*)$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")  # "1,250,000", "145.000", "6,1"
# An ICD-10 code written with its dot ("N18.5", "E11.22", "T86.11XA").
_ICD10 = re.compile(r"^[A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}$")
# A code that begins with a digit and a run of capitals before more digits ("7HQ2K",
# "4XR81"): an identifier's shape, no clinical code's ("3TC", "5FU", "6MP" end there).
_DIGIT_CAPITALS = re.compile(r"^\d[A-Z]{2,}\d")
_WITH_UNIT = re.compile(
    r"(?i)^\d+(?:[.,]\d+)?(?:mg|g|kg|mcg|ug|ng|pg|ml|l|dl|mmol|umol|nmol|mm|cm|m|h|hr|hrs|"
    r"d|wk|wks|w|min|mins|s|x|iu|u|meq|mmhg|kpa|gy|cgy|mgy|msv|t|kda|da|hz|st|nd|rd|th|am|pm|"
    r"yo|y|yr|yrs|mo|mth|mths|ms|bpm|kcal|kj|pct|k|f|c|fr)$"
)
# Short codes of clinical writing: B12, HbA1c, G3a, CKD5, IgA1, CD4, pT2N0, q8h, T2, FGF23.
_SHORT_CODE = re.compile(r"^(?=.*\d)(?:[A-Za-z]{0,5}\d{1,3}[A-Za-z]{0,3}){1,3}$")


# Gene and protein symbols: capitals, then digits and capitals, at most ten in all, the
# first letter run at most six (ADAMTS13, THSD7A, HNF1B, NPHS2, APOL1).
_GENE = re.compile(r"^[A-Z]{2,6}\d{1,2}[A-Z]?(?:\d[A-Z]?)?$")


# Public codes of clinical writing: ATC (M05BX06), trial registrations (NCT01234567).
_PUBLIC_CODE = re.compile(r"^(?:[A-Z]\d\d[A-Z]{2}\d\d|NCT\d{8}|ISRCTN\d{8}|EudraCT)$")


def _clinical_code(part: str, v: Vocabulary) -> bool:
    if _NUMBER.match(part) or _WITH_UNIT.match(part) or _VERTEBRA.match(part):
        return True
    if fold_word(part) in v.clinical or _PUBLIC_CODE.match(part) or _ICD10.match(part):
        return True
    if _DIGIT_CAPITALS.match(part):
        return False
    if len(part) <= 7 and _SHORT_CODE.match(part):
        # CYP3A4, IgG4, HbA1c, G3a, CD4, B12: few digits, short letter runs
        return sum(c.isdigit() for c in part) <= 3 and all(
            len(x) <= 4 or fold_word(x) in v.clinical for x in re.findall(r"[A-Za-z]+", part)
        )
    if _GENE.match(part) and sum(c.isdigit() for c in part) <= 3:
        # gene and protein symbols in capitals: ADAMTS13, THSD7A, COL4A5, CFHR5; never one
        # holding a known name ("SMITH12")
        return not any(
            len(x) >= 4 and fold_word(x) in v.proper for x in re.findall(r"[A-Z]+", part)
        )
    return False


def _numeric(token: str, v: Vocabulary, lang: str = "en") -> Verdict:
    if _VERTEBRA.match(token) or _clinical_code(token, v):
        return Verdict.SAFE
    parts = [p for p in re.split(r"[-/]", token) if p]
    if all(
        _clinical_code(p, v)
        or (p.isalpha() and _word(p, v, start=True, nxt="", lang=lang) is not Verdict.REDACT)
        for p in parts
    ):
        # "COVID-19", "ICD-10", "25-OH", "250000/uL": clinical pieces joined; but a code
        # whose letters and many digits sit in one piece is an identifier ("AB-12345X"),
        # and so is one of letters and numbers of four digits or more, or a leading zero,
        # with no unit among its pieces ("2023/NF/009217", "418/KR/2291", "BK-4471")
        mixed = [p for p in parts if not p.isalpha() and not _NUMBER.match(p)]
        if sum(c.isdigit() for p in mixed for c in p) <= 4 and not _lettered_number(parts):
            return Verdict.SAFE
    return Verdict.REDACT


def _lettered_number(parts: list[str]) -> bool:
    """Pieces of letters and numbers that make a file or a plate, not a clinical name: a
    number of four digits or more that is no year, or of three or more with a leading
    zero, beside letters that are no unit."""
    numbers = [p for p in parts if PURE.match(p)]
    if not numbers or len(numbers) == len(parts) or any(unit_word(p) for p in parts):
        return False
    return any((len(p) >= 4 and not is_year(p)) or (len(p) >= 3 and p[0] == "0") for p in numbers)


def _word(
    w: str,
    v: Vocabulary,
    *,
    start: bool,
    nxt: str,
    lang: str = "en",
    prev: str = "",
    nxt_lower: bool = False,
) -> Verdict:
    """One word (no hyphen) of letters, in a sentence of language ``lang`` (``prev`` and
    ``nxt`` are the words around it, folded; ``nxt_lower``: the next is written in lower
    case)."""
    f = fold_word(w)
    if len(f) <= 1 or not f.isalpha():
        return Verdict.SAFE
    if f in CLINICAL_HEADS or f in CLINICAL_HEADS_BEFORE:
        return Verdict.SAFE  # "Objaw", "tecken", "sendromu": the clinical nouns themselves
    if w.islower():
        if v.ordinary(f) or f in v.eponyms or f in PARTICLES or v.foreign(f, lang):
            return Verdict.SAFE
        if function_word(f):
            return Verdict.SAFE  # "ez", "va", "ni", "sa": names too, never in lower case
        if f in v.proper:
            return Verdict.REDACT
        return Verdict.SAFE if v.drug(f) or v.clinical_compound(f) else Verdict.SUSPECT
    if w.isupper():
        if f in v.clinical or f in v.eponyms or len(f) <= 3 or f in v.english:
            return Verdict.SAFE
        if len(f) > 5 and lang != "en" and v.foreign(f, lang, capital=True):
            return Verdict.SAFE  # a heading in capitals: "ANAMNÉZA", "DIAGNÓSTICO"
        if prev in PROTOCOL_WORDS:
            return Verdict.SAFE  # "protokol GEMRITUX": a regimen's name
        if f in v.medical_capitals:
            return Verdict.SAFE
        if f in v.proper:
            return Verdict.REDACT
        return Verdict.SAFE if len(f) <= 5 else Verdict.REDACT
    # capitalised (or mixed, "McAllister", "eGFR")
    if w[0].islower():
        known = f in v.clinical or f in v.english or f in v.medical or v.foreign(f, lang)
        if known:
            return Verdict.SAFE
        rest = prefixed_name(w)
        if rest is None:
            return Verdict.SUSPECT
        # a capitalised name behind a lower-case prefix ("uSibusiso", "kwaNdengezi",
        # "gCorr", "leMaseru"): the name judged as a capitalised word in mid-sentence,
        # but "eHealth", "iPad" are words of technology
        if prefix_of(w) in DEVICE_PREFIXES and fold_word(rest) in v.english:
            return Verdict.SAFE
        verdict = _word(rest, v, start=False, nxt=nxt, lang=lang, prev=prev, nxt_lower=nxt_lower)
        return Verdict.SUSPECT if verdict is Verdict.SAFE and f in v.proper else verdict
    if f in v.eponyms or f in MONTHS_AND_DAYS or f in ORDINARY_CAPITALS:
        return Verdict.SAFE
    if mixed_abbreviation(w) or _binomial(f, v, nxt):
        return Verdict.SAFE
    if (f in v.context_eponyms or f in v.scores) and _in_clinical_use(w, v, nxt=nxt, prev=prev):
        return Verdict.SAFE
    if f in v.clinical or f in v.medical_capitals or (start and f in v.roots):
        return Verdict.SAFE
    if _eponym_in_use(nxt, prev, nxt_lower):
        # any capitalised word beside a clinical head word, in any of the languages:
        # "Friedewald formula", "formule van Friedewald", "objaw Chwostka", "Banff-
        # classificatie", "Sjögrens syndrom", "Congo red" (the patient's and clinicians'
        # recorded names are redacted whatever the scanner says)
        return Verdict.SAFE
    if f not in v.proper and f not in v.persons and (v.drug(f) or v.clinical_compound(f)):
        return Verdict.SAFE  # "Mycophenolat", "Sinakalset", "Darbepoëtine", "Blododling"
    if f in v.persons:
        # an eponym named after a person, out of clinical use: a family name first
        # ("Zimmermann" is a German noun too)
        return Verdict.SUSPECT
    here = lang != "en" and v.foreign(f, lang, capital=True)
    if f in v.proper:
        # a name that is also a word of the list itself (not a compound or a verb form of
        # it: "Hartmann", "Castro"), and only where a capital says nothing
        listed = lang != "en" and f in v.language(lang)
        if f in v.english or (listed and (start or lang == "de")):
            return Verdict.SUSPECT
        return Verdict.REDACT
    if f in v.english or (f in PARTICLES and start):
        return Verdict.SAFE if start or (here and lang == "de") else Verdict.SUSPECT
    if here:
        # an ordinary word of the sentence's language: German writes every noun with a
        # capital; elsewhere a capital in mid-sentence may be a name, so the author sees
        # it, and one only split into known words is a place or a name ("Zandvoort",
        # "Sandviken"), never a listed word
        if start or lang == "de":
            return Verdict.SAFE
        return Verdict.SUSPECT if f in v.language(lang) else Verdict.REDACT
    if v.ordinary(f, lower=False):  # medical in shape
        return Verdict.SAFE if start or lang == "de" else Verdict.SUSPECT
    if f in v.medical and (start or lang == "de" or _GENUS.search(f)):
        return Verdict.SAFE  # known to the medical dictionary in lower case
    if lang == "de" and f not in v.persons and cognate(f):
        return Verdict.SAFE  # a German noun that is a clinical word's cognate ("Kalziphylaxie")
    if nxt in CLINICAL_HEADS and nxt not in _WEAK_HEADS:
        return Verdict.SUSPECT  # a possible eponym ("Kauppila score"): the author decides
    return Verdict.REDACT


# Genera of bacteria and fungi ("Corynebacterium", "Pseudomonas", "Candida") and Latin
# species names after a genus ("aeruginosa", "mirabilis", "difficile").
_GENUS = re.compile(
    r"(?:coccus|cocci|bacter|bacterium|bacteria|monas|ella|myces|plasma|bacillus|spora|"
    r"vibrio|phila|mycetes|idium|ococcus|aceae|ales|oides|cystis|nella|bacterium)$"
)
_SPECIES = re.compile(r"(?:a|ae|is|us|um|ii|i|ensis|ica|icus|ans|ens|ile|ilis|alis|ata|atum)$")
# Head words too common to make an unknown capitalised word before them a possible eponym.
_WEAK_HEADS = frozenset(
    words(
        "type grade position effect law curve plot analysis solution body bodies line lines"
        " cell cells"
    )
)


def _eponym_in_use(nxt: str, prev: str, nxt_lower: bool) -> bool:
    """A clinical head word after the word or before it, or a dye's colour after it."""
    if nxt in CLINICAL_HEADS and nxt not in _WEAK_HEADS:
        return True
    return prev in CLINICAL_HEADS_BEFORE or (nxt_lower and nxt in DYE_COLOURS)


def _binomial(f: str, v: Vocabulary, nxt: str) -> bool:
    """A genus before its species: "Proteus mirabilis", "Clostridioides difficile"."""
    return len(nxt) >= 5 and nxt in v.medical and bool(_SPECIES.search(nxt))


# Mixed-case abbreviations of clinical writing ('IgAN', 'HbSS', 'PaCO', 'MenACWY'), never a
# prefixed surname ('McKAY'): ``vocab.mixed_abbreviation``.


def _in_clinical_use(w: str, v: Vocabulary, *, nxt: str, prev: str) -> bool:
    """An eponym that is a family name too counts as clinical beside a clinical word:
    "Schwartz formula", "Paget's", "signe de Trousseau", "Chvostek et de Trousseau"."""
    if nxt in CLINICAL_HEADS or w.endswith(("'s", "’s")) or nxt in v.eponyms:
        return True
    if v.score_context(fold_word(w), nxt):
        return True  # "Banff 2019", "Clavien-Dindo IIIa", "Bristol type 7"
    return prev in CLINICAL_HEADS_BEFORE or prev in v.eponyms or prev in v.medical_capitals


def judge(
    token: str,
    *,
    start: bool,
    nxt: str = "",
    v: Vocabulary | None = None,
    lang: str = "en",
    prev: str = "",
    nxt_lower: bool = False,
) -> Verdict:
    """The verdict on one token of normal text (a word, a hyphenated word, a number), in a
    sentence of language ``lang``; ``prev`` and ``nxt`` are the clinical words around it
    (folded, particles skipped before it), ``nxt_lower`` whether the next is in lower
    case."""
    v = v or vocabulary()
    if script_unit(token) or (_NUMBER.match(prev) and _UNIT_AFTER_NUMBER.match(token)):
        return Verdict.SAFE  # "мкмоль/л", "Ед/л", "g/24ωρο"; "9 400 Ed/l", "3 Ku/l"
    if any(c.isdigit() for c in token):
        return _numeric(token.translate(GREEK_LETTERS), v, lang)  # "β2-microglobulin"
    if (
        ("'" in token or "’" in token)
        and _INNER_APOSTROPHE.search(token)
        and "'" in fold_word(token)
    ):
        # a suffix after an apostrophe (Turkish "Eskişehir'deki", "Yılmaz'ın") or a name
        # joined by one ("O'Brien", "D'Souza"): each capitalised piece judged as a word
        if token[:1].isupper():
            pieces = re.split(r"['’]", token)
            token = "-".join([pieces[0]] + [x for x in pieces[1:] if x[:1].isupper()])
        else:
            # an elided article or preposition before a prefixed name ("d'alHasakah",
            # "l'eThekwini") or a capitalised one (Igbo "n'Enugu", French "l'Enugu"):
            # the name judged as a word
            rest = re.split(r"['’]", token)[1:]
            glued = [x for x in rest if prefixed_name(x)] or [x for x in rest if x[:1].isupper()]
            token = glued[0] if glued else token
    parts = [p for p in _PARTS.split(token) if p] if "-" in token or "/" in token else [token]
    if len(parts) > 1 and "-" in token and fold_word(parts[0]) in _WORD_PREFIXES:
        parts = parts[1:]  # "Post-op", "Pre-HD", "Non-compliance": a prefix, no name
    if len(parts) > 1 and all(
        fold_word(p) in v.eponyms
        or fold_word(p) in v.context_eponyms
        or fold_word(p) in v.medical_capitals
        for p in parts
    ):
        return Verdict.SAFE  # Henoch-Schönlein, Guillain-Barré, Kimmelstiel-Wilson
    # a hyphenated name before a clinical head word is a double eponym ("Kikuchi-Fujimoto
    # disease", "Birt-Hogg-Dubé syndrome"), and so is one after a head ("белок
    # Бенс-Джонса"): each part stands where the whole does
    joined = len(parts) > 1 and _eponym_in_use(nxt, prev, nxt_lower)
    if len(parts) > 1 and compound_head(fold_word(parts[-1])):
        # "Charlson-Komorbiditätsindex", "Nurick-Grad": the parts before the head's
        parts, nxt, joined = parts[:-1], fold_word(parts[-1]), True
        nxt = nxt if nxt in CLINICAL_HEADS else "index"
    worst = Verdict.SAFE
    for i, p in enumerate(parts):
        after = fold_word(parts[i + 1]) if i + 1 < len(parts) and not joined else nxt
        before = fold_word(parts[i - 1]) if i and not joined else prev
        verdict = _word(
            p,
            v,
            start=start and i == 0,
            nxt=after,
            lang=lang,
            prev=before,
            nxt_lower=nxt_lower if i + 1 == len(parts) else parts[i + 1].islower(),
        )
        if verdict.value > worst.value:
            worst = verdict
    return worst


_PARTS = re.compile(r"[-/]")
# Prefixes English writes before a hyphen; capitalised at a sentence's start, still none.
_WORD_PREFIXES = frozenset(
    words("post pre peri non anti sub inter intra trans co multi semi mid self ex re")
)
_PERCENT = re.compile(r"\s?[%‰]")
# A unit after a number, transliterated or of another language: letters, a slash, a
# volume or time ("Ed/l", "ME/ml", "j/l").
_UNIT_AFTER_NUMBER = re.compile(r"^[A-Za-z]{1,4}/(?:l|L|ml|mL|dl|dL|h|d|min|kg|24h)$")
_INNER_APOSTROPHE = re.compile(r"[^\W_]['’][^\W_]{2,}")


def _title_case(text: str) -> bool:
    """A heading or title ("Epidural Calcification After Romosozumab"): most long words
    capitalised, and no sentence in it (a German sentence capitalises its nouns: "Frau
    Krüger aus Itzehoe erhielt Everolimus." is no title)."""
    if _SENTENCE_STOP.search(text):
        return False
    words = [w for w in re.findall(r"[A-Za-z]{4,}", text)]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_SENTENCE_STOP = re.compile(r"[.!?;](?:\s|$)")


# Spans no word of which is judged: a DOI, a PubMed id (citations name no patient).
_CITATION = re.compile(r"(?i)\bdoi:\s*\S+|\bPMID:?\s*\d+|\bPMC\d+")


def _relative_after(
    text: str, tokens: Sequence[re.Match[str]], folded: Sequence[str], i: int
) -> str:
    """The relative pronoun of a person after token ``i`` and a comma ("Marchetti, who"),
    or ""."""
    if i + 1 >= len(tokens) or text[tokens[i].end() : tokens[i + 1].start()].strip() != ",":
        return ""
    return folded[i + 1] if folded[i + 1] in PERSON_RELATIVES else ""


def scan(text: str, lang: str = "en", written: Written | None = None) -> Iterator[Flag]:
    """The words of ``text`` (normal form) that are redacted or suspected; a sentence too
    short to tell its language is read in the field's, or else in ``lang``. ``written``
    gives a span's text as the note wrote it, before the normal form's folding
    (``_as_written``)."""
    v = vocabulary()
    title = _title_case(text)
    skip = [(m.start(), m.end()) for m in _CITATION.finditer(text)]
    tokens = [t for t in _TOKEN.finditer(text) if not any(a <= t.start() < b for a, b in skip)]
    other = scripts.covered(text)  # words of scripts no list reads: ``scripts`` judges them
    if other:
        tokens = _outside_scripts(text, tokens, other)
    spans = list(
        sentences(text, lang, lambda w, lg: lg == "en" and w in v.english or v.foreign(w, lg))
    )
    folded = [fold_word(t.group()) for t in tokens]
    latin = _binomials(text, tokens, folded, v)
    signed = _signature_lines(text)
    numbers = NumberContext(text, tokens, folded, v, ID_CUES) if DIGIT.search(text) else None
    headed = heading_tokens(text, tokens, folded, v)  # "Discharge Medications:", "Day Surgery Unit"
    flags: list[Flag] = []
    listed: list[tuple[int, int]] = []  # name-like words kept, each maybe in a list of people
    k = 0
    done = -1  # the last token of a run of digit groups already judged
    for i, mt in enumerate(tokens):
        while k + 1 < len(spans) and spans[k][1] <= mt.start():
            k += 1
        lang = spans[k][2] if spans else "en"
        tok = mt.group()
        if i in latin or i <= done:
            continue
        if numbers is not None and PURE.match(tok):
            # a number in digits: kept only in a clinical context (``numbers``)
            a, done = numbers.span(i)
            if numbers.redacted(i) and not _PERCENT.match(text, tokens[done].end()):
                letters = numbers.plate_letters(a)
                start = tokens[letters].start() if letters is not None else mt.start()
                while flags and flags[-1].start >= start:
                    flags.pop()  # the plate's letters, judged as a word before
                flags.append(Flag(start, tokens[done].end(), numbers.kind(i), True))
            continue
        nxt = folded[i + 1] if i + 1 < len(tokens) else ""
        if nxt and text[mt.end() : tokens[i + 1].start()].strip(" -"):
            # a word before a semicolon or a full stop is no genus before its species nor
            # an eponym before its head word ("Ragnheiðardóttir; tacrolimus")
            nxt = ""
        nxt_lower = i + 1 < len(tokens) and tokens[i + 1].group().islower()
        if nxt and _first_of_two(text, tokens, folded, i, v):
            nxt = folded[i + 2]  # "Bence Jones protein", "Бенс Џонс протеин": both eponyms
        start = title or i in headed or at_sentence_start(text, mt.start())
        prev = _before(folded, i)
        verdict = judge(tok, start=start, nxt=nxt, v=v, lang=lang, prev=prev, nxt_lower=nxt_lower)
        numeric = any(c.isdigit() for c in tok)
        if verdict is not Verdict.SAFE and not numeric and written is not None:
            verdict = _as_written(written(mt.start(), mt.end()), folded[i], verdict, start, v)
        if numeric and i and folded[i - 1] in ID_CUES and not _PERCENT.match(text, mt.end()):
            # "MRN KLB204", "login HBK12": a code, not a gene; but Galician and Portuguese
            # "no 40 %" is "in the 40 %"
            verdict = Verdict.REDACT
        capital = tok[:1].isupper() and not numeric
        if capital and signed and any(a <= mt.start() < b for a, b in signed):
            if folded[i] not in ROLES and folded[i] not in v.clinical:
                verdict = Verdict.REDACT  # the name under a closing formula
        if (
            verdict is Verdict.SAFE
            and capital
            and nxt in CLINICAL_HEADS
            and i + 2 < len(tokens)
            and folded[i + 2] in _OBJECTS
            and (folded[i] in v.proper or folded[i] in v.persons)
            and folded[i] not in v.eponyms
        ):
            verdict = Verdict.SUSPECT  # a name before a verb: "Baker signs the form"
        if (
            verdict is not Verdict.REDACT
            and capital
            and person_subject(
                tok,
                folded[i],
                nxt or _relative_after(text, tokens, folded, i),
                nxt_lower,
                v,
                folded[i + 2 : i + 4],
            )
        ):
            verdict = Verdict.REDACT  # a medical capital as a person: "Marchetti reviewed"
        if (
            verdict is Verdict.SAFE
            and capital
            and flags
            and flags[-1].end <= mt.start()
            and not text[flags[-1].end : mt.start()].strip()
            and (flags[-1].redact or flags[-1].kind == NAME_LIKE)
            and text[flags[-1].start : flags[-1].start + 1].isupper()
            and (folded[i] in v.medical_capitals or folded[i] in v.context_eponyms)
            and folded[i] not in v.eponyms
        ):
            verdict = Verdict.REDACT  # a medical capital after a name: "Karin Lund"
        if verdict is Verdict.SAFE and capital and lang == "de" and not start:
            if _german_origin(folded, tokens, i) and _only_ordinary(folded[i], v):
                verdict = Verdict.REDACT  # "Krüger aus Itzehoe", "wohnt in Kirn"
        if (
            verdict is not Verdict.SAFE
            and capital
            and _brand_after_drug(text, tokens, folded, i, v)
        ):
            continue  # "tacrolimus de liberación prolongada (Envarsus)": a drug's brand
        if verdict is not Verdict.SAFE and (
            dosage_form(text, tokens, folded, i) or prescribed(text, tokens, folded, i, v)
        ):
            continue  # "Tab. Nodosis", "Kalorex 600 mg TDS": a prescription (``prescription``)
        if verdict is Verdict.REDACT and capital and _named_scale(text, tokens, folded, i, v):
            # "Oswestry Disability Index", "Glasgow Coma Scale": kept, listed for the author
            flags.append(Flag(mt.start(), mt.end(), EPONYM_LIKE, False))
            continue
        if verdict is Verdict.SAFE:
            if capital and lang != "de" and listed_name(tok, folded[i], v):
                listed.append((mt.start(), mt.end()))  # a person in a list? (below)
            continue
        if verdict is Verdict.SUSPECT and capital and not (start and not title):
            # a capitalised word no list makes safe, where a name stands: after "by",
            # "von", "door", "przez", "av", "with", before Turkish "tarafından"
            before = folded[i - 1] if i else ""
            if before in {"der", "den", "de"} and i > 1 and folded[i - 2] in {"van", "von"}:
                before = "van"  # "van der Berg", "van den Heuvel"
            if before in AGENT_CUES or nxt in AGENT_CUES_AFTER:
                verdict = Verdict.REDACT
            elif place_slot(folded, tokens, i, lang, v) or proper_suffix(tok):
                verdict = Verdict.REDACT  # "in Horn", "vive en Frutillar", "Ürgüp'te"
        kind = "code" if numeric else "name or place"
        if verdict is Verdict.SUSPECT:
            kind = "unknown word" if _lower_led(tok, v, lang) else "capitalised word"
            f = fold_word(tok)
            if not tok.islower() and (f in v.proper or f in v.persons):
                kind = NAME_LIKE
                after = tokens[i + 1].group() if i + 1 < len(tokens) else ""
                if start and not title and not _name_after(tok, after, v):
                    if (
                        lang == "en"
                        and after.islower()
                        and subject_verb(f, nxt, v)
                        and not person_word(f)
                    ):
                        # "Grace brought the list.": a first name as the subject (not
                        # "Sister agreed")
                        flags.append(Flag(mt.start(), mt.end(), "name or place", True))
                    elif lang != "de" and listed_name(tok, f, v):
                        listed.append((mt.start(), mt.end()))  # "Price and [name]"
                    continue  # "It is", "No fever", "May I": ordinary at a sentence's start
            if capital and not start and _in_clinical_name(text, tokens, folded, i):
                kind = EPONYM_LIKE
        flags.append(Flag(mt.start(), mt.end(), kind, verdict is Verdict.REDACT))
    if listed:
        # a name-like word kept, in a list with a person's name: "Price and Hill"
        people = [
            (f.start, f.end)
            for f in flags
            if f.kind == NAME_LIKE or (f.redact and f.kind == "name or place")
        ]
        for j in coordinated(text, listed, people):
            flags.append(Flag(listed[j][0], listed[j][1], "name or place", True))
        flags.sort(key=lambda f: f.start)
    if other:
        flags = sorted(flags + list(_script_flags(text, skip)), key=lambda f: f.start)
    yield from _with_particles(text, _name_runs(text, flags))
    # numbers in words: an age over 89, digits dictated, a date written out (``numwords``)
    for found in numwords.find(text, tokens, folded, v):
        yield Flag(found.start, found.end, found.kind, True)


# A span's text as the note wrote it: (start, end) of the normal form -> the original's.
Written = Callable[[int, int], str]


def _as_written(word: str, f: str, verdict: Verdict, start: bool, v: Vocabulary) -> Verdict:
    """The verdict on a word (``f`` folded) that a list of the languages the word lists
    do not read knows as the note writes it (``script_lists.common``: "Призначено",
    "Утврдена", "Өвчтөн", "Έγινε", Vietnamese "chứng", which folds to the surname
    Chung): an ordinary word in lower case and at a sentence's start, for the author's
    review with a capital in mid-sentence; a word that is also a name the lists know
    stays as judged."""
    if not common(word):
        return verdict
    if word.islower():
        return Verdict.SAFE
    if v.known_name(f) or f in v.persons:
        return verdict
    return Verdict.SAFE if start else Verdict.SUSPECT


def _outside_scripts(
    text: str, tokens: list[re.Match[str]], other: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """The scanner's tokens outside the words of unlisted scripts: a token that reaches
    into one is read again on its pieces outside it ("2024년" keeps "2024", "١٫٩"'s
    digits stay numbers)."""
    out: list[re.Match[str]] = []
    k = 0
    for t in tokens:
        while k < len(other) and other[k][1] <= t.start():
            k += 1
        if k >= len(other) or other[k][0] >= t.end():
            out.append(t)
            continue
        a, b = other[k]
        if a <= t.start() and t.end() <= b and script_unit(text[a:b]):
            # a unit in its script ("1000 میلیگرم", "3 מ״ג"): the number's context, once
            whole = _WHOLE.match(text, a, b)
            if whole is not None and (not out or out[-1].start() != a):
                out.append(whole)
            continue
        pos = t.start()
        for a, b in other[k:]:
            if a >= t.end():
                break
            if pos < a:
                out += list(_TOKEN.finditer(text, pos, a))
            pos = max(pos, b)
        if pos < t.end():
            out += list(_TOKEN.finditer(text, pos, t.end()))
    return out


def _script_flags(text: str, skip: list[tuple[int, int]]) -> Iterator[Flag]:
    """Each word of an unlisted script that is neither clinical nor ordinary
    (``scripts``): a possible identifier, redacted unless the author keeps it."""
    dates = list(scripts.find_dates(text))
    for a, b in dates:
        yield Flag(a, b, "date", True)
    units = list(scripts.unit_runs(text)) if DIGIT.search(text) else []
    for a, b, known in scripts.judge_words(text):
        if not known and not any(x <= a < y for x, y in skip + dates + units):
            yield Flag(a, b, scripts.SCRIPT_WORD, False)


def _name_after(tok: str, after: str, v: Vocabulary) -> bool:
    """``after`` may continue a name begun by ``tok`` at a sentence's start ("Rose
    Abernathy", "ROSE ABERNATHY", "Hope DELANEY"): capitalised, but neither a short
    acronym after a word not in capitals ("No CT was done", "No MRI changes") nor a
    clinical word ("No Doppler signal")."""
    if not after[:1].isupper():
        return False
    f = fold_word(after)
    if after.isupper() and 1 < len(after) <= 5 and not tok.isupper():
        return False  # an acronym, not a surname written in capitals ("Hope DELANEY")
    return not (f in v.clinical or f in v.eponyms or f in v.medical_capitals)


def _in_clinical_name(text: str, tokens: list[re.Match[str]], folded: list[str], i: int) -> bool:
    """Token ``i`` (capitalised) is a word of a clinical name: a run of capitalised words
    from it ends in a clinical head word ("Palliative Performance Scale", "Kidney Failure
    Risk Equation", "Chance fracture" is not: "fracture" heads nothing alone), or a
    clinical head word stands before it past "of", "de" ("loop of Henle")."""
    j = i
    while j + 1 < len(tokens) and j < i + 4:
        gap = text[tokens[j].end() : tokens[j + 1].start()]
        if gap.strip(" -"):
            break
        j += 1
        if folded[j] in CLINICAL_HEADS and folded[j] not in _WEAK_HEADS:
            return True
        if not tokens[j].group()[:1].isupper():
            break
    k = i - 1
    if k >= 1 and folded[k] in _LINKING and not text[tokens[k].end() : tokens[i].start()].strip():
        return folded[k - 1] in CLINICAL_HEADS and folded[k - 1] not in _WEAK_HEADS
    return False


def _named_scale(
    text: str, tokens: list[re.Match[str]], folded: list[str], i: int, v: Vocabulary
) -> bool:
    """Token ``i`` (a place or a name) begins a named scale: one to three capitalised
    ordinary or clinical words after it, then a clinical head word that ends the run
    ("Oswestry Disability Index", "Glasgow Coma Scale"; not "Leeds Test Centre")."""
    j = i
    while j + 1 < len(tokens) and j < i + 4:
        if text[tokens[j].end() : tokens[j + 1].start()].strip(" -"):
            return False
        j += 1
        word, f = tokens[j].group(), folded[j]
        if not word[:1].isupper() or not (f in v.english or f in v.clinical):
            return False
        if f in CLINICAL_HEADS and f not in _WEAK_HEADS and j >= i + 2:
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            gap = text[tokens[j].end() : after.start()] if after else "."
            return after is None or bool(gap.strip(" ")) or not after.group()[:1].isupper()
    return False


def _brand_after_drug(
    text: str, tokens: list[re.Match[str]], folded: list[str], i: int, v: Vocabulary
) -> bool:
    """Token ``i`` stands alone in parentheses a few words after a drug's name in the same
    clause: its brand ("Phenprocoumon (Marcoumar)", "budesonida d'alliberament dirigit
    (Kinpeygo)")."""
    a, b = tokens[i].start(), tokens[i].end()
    if not (text[a - 1 : a] == "(" and text[b : b + 1] in (")", "®", "™")) or i == 0:
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        gap = text[tokens[k].end() : tokens[k + 1].start()]
        if k < i - 1 and gap.strip(" '’"):
            return False  # a clause ends between
        if folded[k].isalpha() and len(folded[k]) >= 5 and v.drug(folded[k]):
            return True
    return False


def _lower_led(token: str, v: Vocabulary, lang: str) -> bool:
    """What makes ``token`` a suspicion is written in lower case: the token itself ("hele"),
    one starting with a lower-case letter ("pH", "aHUS"), or a hyphenated one whose
    capitalised pieces are each safe ("D-dimeri", "ID-nommer", "HIV-geassosieerde"). Only
    a capitalised suspicion is redacted by default (``deidentify``)."""
    if token.islower() or (token[:1].islower() and prefixed_name(token) is None):
        return True
    parts = [p for p in _PARTS.split(token) if p]
    if len(parts) < 2:
        return False
    return all(
        not p[:1].isupper()
        or len(p) == 1
        or _word(p, v, start=True, nxt="", lang=lang) is Verdict.SAFE
        for p in parts
    )


# Words after a head word that make it a verb ("Baker signs the form", "Smith tests
# her"), not a clinical noun.
_OBJECTS = frozenset(
    words("the a an his her their this that these those it them him us me my our your consent")
)


# German verbs of where one lives or comes from, before "in", "aus", "nach".
_ORIGIN_VERBS = frozenset(
    fold_word(w)
    for w in words(
        """wohnt wohnte lebt lebte wohnhaft geboren stammt stammte kommt kam gebürtig
        zugezogen umgezogen verzogen zog"""
    )
)


def _german_origin(folded: list[str], tokens: list[re.Match[str]], i: int) -> bool:
    """Token ``i`` is where someone lives or comes from: after "aus" that follows a
    capitalised word ("Krüger aus Itzehoe"), or after "in", "aus", "nach" that follow a
    verb of living or origin ("wohnt in Kirn")."""
    if i < 2 or folded[i - 1] not in {"aus", "in", "nach"}:
        return False
    if folded[i - 2] in _ORIGIN_VERBS:
        return True
    return folded[i - 1] == "aus" and tokens[i - 2].group()[:1].isupper()


def _only_ordinary(f: str, v: Vocabulary) -> bool:
    """``f`` is known only as an ordinary word of a language (no clinical list has it)."""
    return not (
        f in v.clinical
        or f in v.medical
        or f in v.medical_capitals
        or f in v.eponyms
        or f in v.roots
        or v.drug(f)
    )


# Words after which a code is an identifier, whatever its shape ("MRN KLB204").
ID_CUES = frozenset(
    words(
        """
    mrn id no nr number nummer numer numero numara chart record plate plaque kenteken
    kennzeichen rejestracja rejestracyjny plaka registration reg login username user
    gebruikersnaam anvandarnamn nick handle pesel bsn personnummer kimlik tc nhs
    """
    )
)
# Words before a name that has no title ("by Baker", "von Zimmermann", "door Bakker",
# "przez Kowalczyk", "av Sandberg", "with Gemma Cook", "according to", "laut", "volgens",
# "signed"), and after one (Turkish "Kaya tarafından").
AGENT_CUES = frozenset(
    fold_word(w)
    for w in words(
        """
    by with von durch laut mit door met volgens par avec selon por con segun da przez
    wedlug av med enligt signed signiert gez ondertekend podpisal podpisala signerad
    according uit z ze från fra aus af van ter ten von
    """
    )
)
AGENT_CUES_AFTER = frozenset(words("tarafindan ile"))
# Role words a signature line may hold beside the name.
ROLES = frozenset(
    fold_word(w)
    for w in words(
        """
    oberarzt oberarztin oberärztin assistenzarzt assistenzärztin facharzt fachärztin chefarzt
    chefärztin stationsarzt nephrologe nephrologin internist internistin arzt ärztin
    nefroloog arts internist verpleegkundige lekarz nefrolog rezydent överläkare läkare
    specialistläkare sjuksköterska uzman doktor hemşire nephrologist consultant registrar
    physician nurse md phd dr prof med
    """
    )
)
# A closing formula, then the lines of the signature under it.
_CLOSING = re.compile(
    r"(?im)^[ \t]*(?:mit\s+freundlichen\s+gr(?:u|ue|ü)(?:ss|ß)en|mfg|"
    r"met\s+vriendelijke\s+groet(?:en)?|"
    r"hoogachtend|pozdrawiam|z\s+powa(?:z|ż)aniem|med\s+v(?:a|ä)nliga\s+h(?:a|ä)lsningar|"
    r"v(?:a|ä)nliga\s+h(?:a|ä)lsningar|sayg(?:i|ı)lar(?:i|ı)mla|(?:kind|best|warm)\s+regards|"
    r"regards|sincerely|yours\s+sincerely|yours\s+faithfully|cordialement|saludos|"
    r"atentamente|cordiali\s+saluti|atenciosamente)[ \t]*[,.!]?[ \t]*\n"
    r"(?P<sig>(?:[^\n]{1,80}(?:\n|$)){1,3})"
)


def _signature_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines under a closing formula ("Mit freundlichen Grüßen")."""
    if "\n" not in text:
        return []
    return [(m.start("sig"), m.end("sig")) for m in _CLOSING.finditer(text)]


# A genus written out (capitalised) or abbreviated ("C."), then its species in lower case.
_GENUS_SHAPE = re.compile(r"(?:a|us|um|ia|ella|oides|myces|coccus|bacter|monas|cystis|ium)$")


def _binomials(
    text: str, tokens: list[re.Match[str]], folded: list[str], v: Vocabulary
) -> set[int]:
    """The tokens of an organism's name: "Clostridioides difficile", "Stenotrophomonas
    maltophilia", "C. difficile", "E. coli". The genus is a medical capital, shaped like
    a genus or abbreviated; the species is in lower case, Latin in shape, and no ordinary
    word (or a word of the medical dictionary)."""
    out: set[int] = set()
    for i in range(len(tokens) - 1):
        g, sp = tokens[i].group(), tokens[i + 1].group()
        f, s = folded[i], folded[i + 1]
        if not (g[:1].isupper() and g[1:].islower() or len(g) == 1 and g.isupper()):
            continue
        if not sp.islower() or len(s) < 4 or not s.isalpha() or not _SPECIES.search(s):
            continue
        between = text[tokens[i].end() : tokens[i + 1].start()]
        # a genus known as one (abbreviated, a medical capital, a genus's ending) may take
        # a species that is an English word too ("coli", "difficile"); one only shaped
        # like a genus may not ("Kowalska data")
        if len(g) == 1:
            known = between in {". ", "."}
        else:
            listed = f in v.medical_capitals or f in v.clinical or f in v.eponyms
            known = between == " " and (
                listed
                or f in v.medical
                # a genus by its ending alone takes a Latin species ("Rovaniemellä
                # vuodesta" is Finnish)
                or (bool(_GENUS.search(f)) and (s in v.medical or bool(_LATIN.search(s))))
            )
        shaped = (
            between == " "
            and len(f) >= 6
            and f not in v.proper
            and f not in v.persons
            and bool(_GENUS_SHAPE.search(f))
        )
        if s in v.proper and s not in v.medical:
            continue
        latin = s in v.medical or (
            s not in v.english and (_LATIN.search(s) or at_sentence_start(text, tokens[i].start()))
        )
        if known or (shaped and latin):
            out.update((i, i + 1))
    return out


# Endings of a Latin species name, for a genus known only by its shape ("Kocuria
# kristinae", "Rothia mucilaginosa") in mid-sentence; a bare "-a" is a Finnish or Italian
# word as often ("asunut Tankavaarassa vuodesta 1954").
_LATIN = re.compile(
    r"(?:ae|ii|us|um|is|ensis|icus|ica|ans|ens|ile|ilis|alis|atum|osa|oides|ata|ella|iae|ia|"
    r"ea|i)$"
)

NAME_LIKE = "capitalised word that is also a name"
# A capitalised word no list knows in a clinical name ("Palliative Performance Scale",
# "loop of Henle"): listed for the author, not redacted by default.
EPONYM_LIKE = "capitalised word in a clinical name"
_LINKING = PARTICLES | frozenset(fold_word(w) for w in words("of et and y e und на и і та"))


def _first_of_two(
    text: str, tokens: list[re.Match[str]], folded: list[str], i: int, v: Vocabulary
) -> bool:
    """Token ``i`` and the next are two capitalised words, no list's names, before a
    clinical head word, with nothing but spaces between them ("Bence Jones protein",
    "Бенс Џонс протеин"): a double eponym written without its hyphen. A first name
    before a family name is no such word ("Jane Smith test")."""
    if i + 2 >= len(tokens) or folded[i + 2] not in CLINICAL_HEADS or folded[i + 2] in _WEAK_HEADS:
        return False
    a, b = tokens[i].group(), tokens[i + 1].group()
    if not (a[:1].isupper() and b[:1].isupper() and a.isalpha() and b.isalpha()):
        return False
    if text[tokens[i].end() : tokens[i + 2].start()].replace(b, "", 1).strip():
        return False
    return not v.known_name(folded[i]) and not v.known_name(folded[i + 1])


def _before(folded: list[str], i: int) -> str:
    """The word before token ``i`` (folded), past particles and "and" ("signe de X",
    "Chvostek et de Trousseau")."""
    j = i - 1
    while j >= 0 and folded[j] in _LINKING and j > i - 4:
        j -= 1
    return folded[j] if j >= 0 else ""


def _name_runs(text: str, flags: list[Flag]) -> list[Flag]:
    """A name-like ordinary word ("Rose", "Carter") beside a name or another one is part
    of a name: "Lily Carter", "Rose Abernathy" are redacted whole; so is a capitalised
    particle in mid-sentence with the capitalised word after it ("Van Dam", "De Vries")."""
    out = list(flags)
    for i in range(len(out) - 1):
        f, g = out[i], out[i + 1]
        word = text[f.start : f.end]
        if (
            word[:1].isupper()
            and word.lower() in PARTICLES
            and not text[f.end : g.start].strip()
            and text[g.start : g.start + 1].isupper()
        ):
            out[i] = Flag(f.start, f.end, "name or place", True)
            out[i + 1] = Flag(g.start, g.end, "name or place", True)
    changed = True
    while changed:
        changed = False
        for i, f in enumerate(out):
            if f.redact or f.kind not in (NAME_LIKE, "capitalised word"):
                continue
            for j in (i - 1, i + 1) if f.kind == NAME_LIKE else (i - 1,):
                if not 0 <= j < len(out):
                    continue
                g = out[j]
                a, b = (g.end, f.start) if j < i else (f.end, g.start)
                if text[a:b].strip() or a > b:
                    continue
                if f.kind != NAME_LIKE:
                    # a capitalised word after a name: "Pieter Smit"
                    named = g.redact and g.kind == "name or place"
                else:
                    named = (
                        (g.redact and g.kind == "name or place")
                        or g.kind == NAME_LIKE
                        # a name after a capitalised word: "Gemma Cook"
                        or (j < i and g.kind == "capitalised word" and not g.redact)
                    )
                if named:
                    out[i] = Flag(f.start, f.end, "name or place", True)
                    if not g.redact:
                        out[j] = Flag(g.start, g.end, "name or place", True)
                    changed = True
                    break
    return out


# Particles that begin a family name on their own ("van der Heijden"); the others ("de",
# "la", "di") are prepositions too, part of a name only after a given name ("Maria de la
# Cruz"), never before a town ("originaire de Saint-Brieuc").
_NAME_PARTICLES = frozenset(words("van von der den ten ter"))


def _with_particles(text: str, flags: list[Flag]) -> Iterator[Flag]:
    """Widen a redacted name over the particles before it ("van der Heijden")."""
    for f in flags:
        if f.redact and f.kind == "name or place":
            start = f.start
            run: list[str] = []
            while True:
                mt = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 12) : start])
                if mt is None or mt.group(1).lower() not in PARTICLES:
                    break
                run.append(mt.group(1).lower())
                start -= len(mt.group(0))
            if run and not all(p in _NAME_PARTICLES for p in run):
                mt = re.search(r"([^\W\d_]+)\s*$", text[max(0, start - 30) : start])
                if (
                    mt is None
                    or not mt.group(1)[:1].isupper()
                    or at_sentence_start(text, start - len(mt.group(0)))
                ):
                    start = f.start
            yield Flag(start, f.end, f.kind, True)
        else:
            yield f


_PLACEHOLDERS = {"code": "[code]", "number": "[number]", "date": "[date]", "age": OVER_89}


def hits(
    text: str, lang: str = "en", written: Written | None = None
) -> tuple[list[Hit], list[Flag]]:
    """The scanner's redactions as ``Hit``s, and the words it only suspects."""
    out: list[Hit] = []
    kept: list[Flag] = []
    for f in scan(text, lang, written):
        if f.redact:
            out.append(Hit(f.start, f.end, f.kind, _PLACEHOLDERS.get(f.kind, "[name or place]")))
        else:
            kept.append(f)
    return out, kept
