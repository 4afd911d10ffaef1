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
from caselog.privacy import gazetteer as g
from caselog.privacy.calendar_words import never_safe
from caselog.privacy.language import FUNCTION_WORDS
from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import words
from caselog.privacy.wordcache import stored

# Nouns after which an eponym is in clinical use, in English and the languages of
# ``language`` ("Friedewald formula", "Kauppila-Score", "Sjögrens syndrom", "Alport
# sendromu", "Banff-classificatie").
CLINICAL_HEADS = frozenset(
    fold_word(w)
    for w in words(
        """
    disease diseases syndrome syndromes sign signs test tests score scores
    classification criteria nephropathy nephritis purpura cyst cysts node nodes lymphoma
    sarcoma tumour tumor catheter catheters fistula equation equations formula stain
    phenomenon reflex triad palsy ulcer oesophagus esophagus ratio scale index grade
    type variant procedure operation manoeuvre maneuver position effect law curve plot
    analysis distribution correction method solution lactate tube needle cell cells body
    bodies mest mest-c node protein glycoprotein capsule space loop duct tubule tubules
    disease-like staining stains ldl egfr gfr crcl clearance estimate estimates
    formel formeln score krankheit syndrom zeichen test kriterien klassifikation farbung
    skala index gleichung
    formule ziekte syndroom teken test criteria classificatie kleuring schaal index
    score vergelijking
    formel sjukdom syndrom tecken test kriterier klassifikation klassifikationen
    klassificering fargning skala index poang
    wzor wzoru skala skali test testu
    formulu formulune formulunu formuluyle sendromu sendrom hastaligi belirtisi bulgusu
    testi skoru skor skala olcegi kriterleri siniflamasi siniflamasina boyasi boyama
    formule score maladie syndrome signe test criteres classification coloration
    formula score enfermedad sindrome signo prueba criterios clasificacion tincion
    formula punteggio malattia sindrome segno criteri classificazione colorazione
    formula doenca sindrome sinal teste criterios classificacao coloracao
    fracture fractures lesion lesions spot spots principle toxin toxins method
    nodule nodules zone zones crisis status virus viruses
    cycler cyclers monitor sensor pump machine glucometer
    choroba chorobu choroby chorobe chorobou nemoc nemoci syndrom syndromu syndromem
    klasifikace klasifikaci klasifikacia skore stupen stupne stupnem granulomatoza
    granulomatosis granulomatose sindrom sindroma sindromom bolest bolesti klasifikacija
    tauti taudin tautia tautiin oireyhtyma oireyhtyman oireyhtymaa luokitus luokituksen
    pisteet pistemaara indeksi testi virus viruksen viruksia
    betegseg betegsegben betegseget szindroma szindromas tunet
    pontszam osztalyozas index teszt
    hastaligi hastalik atesi sendromu sendromlu
    grad krise erkrankung
    malaltia sindrome gaixotasuna sindromea marda sindromu syndrom clefyd
    bolezen bolezni bolest bolesti bolesť choroba
    синдром синдрома синдромы синдромом синдроме синдрому синдромі синдромът синдромот
    болест болестта болести болезнь болезни хвороба хвороби симптом симптома симптомы
    протеин протеина протеинурия белок белка вирус вируса вірус вірусу индекс індекс
    формула формулы формуле формулою шкала шкалы шкале критерии критерії классификация
    класифікація класификация класификација тест теста
    хам шинж өвчин өвчний
    """
    )
)


# Words before an eponym that put it in clinical use, in the languages of ``language``:
# "signe de Chvostek", "Morbus Paget", "enfermedad de Fabry", "sindrome di Alport",
# "formule van Friedewald", "objaw Chwostka", "zespół Alporta", "klasyfikacji Banff".
CLINICAL_HEADS_BEFORE = frozenset(
    fold_word(w)
    for w in words(
        """
    signe signes maladie syndrome syndromes classification score loi formule criteres
    morbus syndrom zeichen klassifikation krankheit formel
    enfermedad síndrome signo signos clasificación proteína formula criterios
    malattia sindrome segno segni classificazione proteina formula criteri
    doença sinal sinais classificação formula criterios
    formule ziekte syndroom teken classificatie criteria test methode
    zespol zespolu zespole objaw objawu objawem choroba choroby chorobie choroba
    klasyfikacja klasyfikacji klasyfikacje kryteria kryteriow wzor wzoru wzorem skala
    skali skale test testu proba proby odczyn odczynu barwienie barwieniu
    sjukdom syndrom tecken enligt
    loop loops column columns pouch sphincter tetralogy circle islets crypts canal
    ligament triangle ampulla manoeuvre manœuvre maniobra manovra manobra
    toxin toxina toxine toxinu virus vírus hantavirus hantavírus serotype serotipo
    strain cepa stamm ceppo estirpe
    morbus morbo ulcus boala boală sindromul
    νόσος νόσου σύνδρομο συνδρόμου болезнь болезни синдром синдрома хвороба хвороби
    ugonjwa clefyd malaltia gaixotasuna marda
    симптом симптома симптомом белок белка протеин протеина болест болестта вирус вирусом
    вірус тест теста формула формулой шкала шкалой класифікація классификация
    хворобу хворобою хворобі синдромом болеста
    testi sendwòm sendwom maladi
    """
    )
)
# Colours that make a capitalised word before them a stain or dye ("Congo red", "Prussian
# blue", "Sudan black", "Kongo kırmızısı"), written in lower case after it.
DYE_COLOURS = frozenset(
    fold_word(w)
    for w in words(
        """
    red blue black green violet orange yellow rot blau schwarz grun violett rood blauw
    zwart groen rod bla svart gron rouge bleu noir vert rojo azul negro verde rosso blu
    nero vermelho preto czerwien czerwieni blekit kirmizi kirmizisi mavi mavisi
    """
    )
)


# What follows a score's name: a grade in Roman or Arabic numerals with a letter, a year,
# or the words of scores' titles.
# (and the Banff lesion scores: "i2 t1 v0 ptc2 cg1 ah0 c4d3")
_GRADE = re.compile(
    r"^(?:[ivx]{1,4}[abc]?|\d{1,4}[a-e]?|[a-e]\d?|g\d[ab]?|(?:ptc|ci|ct|cv|cg|mm|aah|ah|ti|c4d|[itv])\d)$"
)
SCORE_WORDS = frozenset(
    words(
        """class classes grade grades stage stages type types score scores index criteria
        classification scale system symptom comorbidity performance stool crescentic
        sclerotic mixed focal risk equation assessment category level tier group"""
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
    # clinical roots of languages with no list ("blod", "odling", "posiew"): compound parts
    # and words in lower case
    roots: frozenset[str] = frozenset()
    # the medical dictionary's eponyms named after a person ("zimmermann", "chvostek"):
    # family names first, clinical only in clinical use
    persons: frozenset[str] = frozenset()
    # score and classification names that are places or family names too ("banff",
    # "clavien", "edmonton"): clinical before a grade or number (``score_context``)
    scores: frozenset[str] = frozenset()

    def score_context(self, word: str, nxt: str) -> bool:
        """``word`` (folded) is a score's name as used before ``nxt`` (folded): a grade,
        class or number ("Banff 2019", "Clavien-Dindo IIIa", "Bristol type 7"), another
        score's name, or a word of a score's title ("Edmonton symptom", "Berden
        crescentic")."""
        return word in self.scores and (
            nxt in self.scores or nxt in SCORE_WORDS or _GRADE.match(nxt) is not None
        )

    def language(self, lang: str) -> frozenset[str]:
        """The listed words of ``lang`` ("fr", "de", ...), folded, that a capital in
        mid-sentence leaves possible words (the scanner suspects them, it does not
        redact them); none for English. For the languages read by their stems since
        2026-12-01's second session (``_NAMES_THIN``), their function words only: the
        name lists know few names of their countries, so a capitalised word in
        mid-sentence that only their stems know stays a name, as before they had a list
        (heldout5: "Rietvlei", "Ouma Hettie", "Kubang", "Bayu", "Posbus" are names and
        places there). ``foreign`` knows all their words."""
        if lang == "en":
            return frozenset()
        return FUNCTION_WORDS.get(lang, frozenset()) if lang in _NAMES_THIN else _language(lang)

    def foreign(self, word: str, lang: str, *, capital: bool = False) -> bool:
        """``word`` (folded) is an ordinary word of ``lang`` (German compounds by their
        parts: "knochenschmerzen", "shuntverschluss"; inflected forms of a language
        read by its stems, ``Morphology``). ``capital``: as written with a capital,
        where a word that is also a name of the language's dictionary is no word."""
        if "œ" in word:
            word = word.replace("œ", "oe")  # the French lists write "oedeme", "coeur"
        if lang == "en":
            return False
        morph = _morphology(lang)
        known = _language(lang)
        if morph is not None:
            if (capital and morph.named(word)) or date_word(word):
                return False
            if word in known or morph.known(word):
                return True
            if lang in _READ_AS or lang == "id":
                return _affixed(word, morph)
            return lang in _COMPOUNDING and _compound(word, lang)
        if word in known:
            return True
        if lang in _COMPOUNDING:
            return _compound(word, lang)
        return any(
            word.endswith(end) and word[: len(word) - len(end)] + base in known
            for end, bases in _VERB_ENDINGS.get(lang, ())
            for base in bases
            if len(word) > len(end) + 2
        )

    def ordinary(self, word: str, *, lower: bool = True) -> bool:
        """``word`` (folded) is an English or clinical word, or shaped like a clinical one
        (weaker endings, and a clinical word's cognate in another language, count only
        for a word written in lower case)."""
        if "œ" in word:
            word = word.replace("œ", "oe")  # "œdème" as the lists write it: "oedeme"
        if word in self.english or word in self.clinical or _medical_shape(word):
            return True
        if lower and (word in self.medical or word in self.roots or cognate(word)):
            return True
        return lower and len(word) >= 8 and word.isalpha() and bool(_WEAK_ENDINGS.search(word))

    def known_name(self, word: str) -> bool:
        """``word`` (folded) is a name the lists know, written in Latin letters or in
        Cyrillic or Greek ones ("Иван", "Петров" read as "ivan", "petrov")."""
        if word in self.proper or word in self.persons:
            return True
        return not word.isascii() and _latin(word) in self.proper

    def drug(self, word: str) -> bool:
        """``word`` (folded) is a drug name of the lists as another language spells or
        inflects it: Dutch "mycofenolaat", Polish "cyklosporynę", "takrolimusu", Swedish
        "ciklosporin", Turkish "sinakalset", German "Mycophenolat" (``drug_key``)."""
        return _drug_like(word)

    def clinical_compound(self, word: str) -> bool:
        """``word`` (folded) is a compound of clinical words in any language: its parts
        are clinical words or roots, an English or medical word before a clinical last
        part ("Blododling", "Sputumodling", "Urinkultur"), whatever the sentence's
        language is taken to be."""
        return _compound(word, "")

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
    r"plastia|therapie|terapia|itiden|iti|ites|osen|"
    # and in the languages read by their stems (2026-12-01): Romanian, Croatian, Slovak,
    # Czech, Lithuanian, Latvian, Estonian, Scandinavian, Afrikaans, Indonesian, folded
    # ("hidronefroze", "glomerulonefrite", "luupusnefriit", "nefropatija", "eozinofilija")
    r"oza|oze|ozy|ozes|ozis|oos|osi|ose|ite|itt|iit|itas|itida|itidy|emija|eemia|aemie|"
    r"patija|paatia|patie|patii|grafija|graafia|grafii|grafi|logija|loogia|terapija|"
    r"teraapia|terapi|ektomija|ektoomia|ektomi|tomija|plastika|plastiek|filija|fiilia|"
    r"penija|peenia|urija|uuria|cytoza|citoza|tsutoos)$"
)
# Weaker endings, trusted only in lower case ("spondylodiscitic", "hydroxyapatite").
_WEAK_ENDINGS = re.compile(r"(?:ine|ines|ide|ides|ate|ates|ol|one|ones|ium|ia|ic|al|ous|ar|ary)$")


# Greek and Latin roots that begin clinical words in every language that spells them
# in Latin letters, Russian and Greek read in Latin letters too (``_latin``):
# "hemodialýza", "hemodialyysi", "гемодиализ", "nefropatia", "glomerulonefritis",
# "transplantatet", "pyelonefrit". Nine letters or more, so a name is not one.
_MEDICAL_ROOTS = re.compile(
    r"^(?:ha?emo|ha?emat|gemo|gemat|aimo|ne[fp]h?r[oi]|glomerul|dial[iy][sz]|diyaliz|"
    r"transplant|pyel[oi]|piel[oi]|cardio|kardio|gastro|hepat|osteo|spondyl|arthr|"
    r"angio|thromb|tromb|leuk|leuc|lymph|limf|immun|imun|nephro|uret[eh]?r|cyst[oi]|"
    r"cist[oi]|peritone|periton|hipo|hypo|hyper|hiper|giper|gipo|endokrin|endocrin|"
    r"echokardi|ekokardi|ultrason|tomogra|radiogra|scintigra|biops|biyops|bioptic|"
    # and the roots the word lists of the new languages lack (2026-12-01)
    r"eritro|erytro|eozinof|eosinof|eosinof|kreatin|creatin|hidronef|hydronef|urotel|"
    r"mikrob|microb|bakteri|bacteri|antikor|antikeh|antikun|antibiot|imunosup|"
    r"immunosup|plasmafer|plazmafer|hemodiaf|ultrazv|ultrahang|onkolog|oncolog|"
    r"proteinur|albuminur|glukoz|glucos|insulin|metabol|anaemi|anemi|aneemi|"
    r"kortiko|cortico|steroid|sklero|sclero|fibro|cirho|cirro|endoprot|endoskop|"
    r"endoscop|kolonosk|koloskop|angiopl|tsuklo|ciklo|cyklo|cyclo)"
)


def _medical_shape(word: str) -> bool:
    """A long lower-case word shaped like a clinical term (``hypercalciuria``,
    ``etelcalcetide``): Latin and Greek endings, drug stems, and Greek and Latin roots at
    its start in any language (``_MEDICAL_ROOTS``)."""
    if not word.isascii():
        word = _latin(word)
    if len(word) < 8 or not word.isalpha():
        return False
    if _MEDICAL_ENDINGS.search(word) is not None:
        return True
    return len(word) >= 9 and _MEDICAL_ROOTS.match(word) is not None


# Spellings of the same sounds across the languages' INN forms, in order: "ph" is "f"
# (Dutch, Polish, Swedish, Turkish, German "Mycofenolat"), "c" before e/i/y is "s" and
# otherwise "k", "y" is "i", "z" is "s", "w" is "v", "x" is "ks", "qu" is "kv"; a letter
# written twice is one.
_DIGRAPHS = (("ph", "f"), ("th", "t"), ("rh", "r"), ("ck", "k"), ("ch", "k"), ("qu", "kv"),
             ("x", "ks"), ("ae", "e"), ("oe", "e"))  # fmt: skip
_SOFT_C = re.compile(r"c(?=[eiy])")
_LETTERS = str.maketrans("cyzw", "kisv")
_DOUBLE = re.compile(r"(.)\1")
# The endings INN forms differ by: salts "-ate", Dutch "-aat", Polish "-an" (one key
# "at"); "-e", "-a", "-o", "-um", "-us" ("ciclosporine", "cyklosporyna", "tacrolimo").
_INN_ENDING = re.compile(r"(?:e|a|o|um|us)$")
# Case endings a drug's name takes in Polish and Turkish ("cyklofosfamidem",
# "takrolimusu", "heparynę", "siklosporinin", "furosemide"), longest first.
# Finnish, Hungarian, Czech, Russian and Greek (read in Latin letters, ``_latin``) add
# theirs: "fosfaatin", "kefuroksiimi", "ceftazidimet", "vankomicint", "hemokultuře",
# "креатинина", "κρεατινίνης".
_CASE_ENDINGS = sorted(
    words(
        """em iem u y ie a e owi ami ach om ow i in un nin nun de da den dan te ta le la ile
        yi yu ya ye si su yla yle ne na nu ni
        n ssa sta lla lta lle ksi ia ja t ta
        t ot et at nak nek val vel ban ben ra re rol bol hoz hez nal nel kent ai ei
        ou ovi ach am ami
        ov akh oi ei yu om
        is es on os
        as ui o iga ga il ile s ama ams"""
    ),
    key=len,
    reverse=True,
)
# The Latin letters ``normalize`` folds Cyrillic and Greek look-alikes to, read back as
# the sounds they stand for in a word of that script ("kpeaтинин" is "креатинин"), then
# each letter of the script in Latin: "kreatinin", "takrolimus", "kreatinini".
_FROM_CYRILLIC = str.maketrans(
    {"p": "r", "c": "s", "y": "u", "x": "h", "h": "n", "b": "v", "ё": "e", "й": "i",
     "ъ": "", "ь": "", **dict(zip("абвгдезиклмнопрстуфхцчшщыэюяжі",
     ["a", "b", "v", "g", "d", "e", "z", "i", "k", "l", "m", "n", "o", "p", "r", "s",
      "t", "u", "f", "h", "ts", "ch", "sh", "sch", "y", "e", "yu", "ya", "zh", "i"], strict=True))}
)  # fmt: skip
_FROM_GREEK = str.maketrans(
    {"v": "n", "p": "r", "x": "h", "h": "i", "b": "v", "y": "i", "u": "i",
     **dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
     ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
      "r", "s", "s", "t", "i", "f", "h", "ps", "o"], strict=True))}
)  # fmt: skip
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff]")


def _latin(word: str) -> str:
    """A folded word of Cyrillic or Greek script in Latin letters (others unchanged)."""
    if _CYRILLIC.search(word):
        return word.translate(_FROM_CYRILLIC)
    if _GREEK.search(word):
        return word.translate(_FROM_GREEK)
    return word


@lru_cache(maxsize=1 << 14)
def drug_key(word: str) -> str:
    """The spelling key of a drug name (folded): what its INN forms in the languages
    share. "mycophenolate", "Mycophenolat", "mycofenolaat", "mikofenolat" and
    "mykofenolan" are all "mikofenolat"."""
    k = word
    for a, b in _DIGRAPHS:
        if a in k:
            k = k.replace(a, b)
    k = _DOUBLE.sub(r"\1", _SOFT_C.sub("s", k).translate(_LETTERS))
    if k.endswith("an"):
        k = k[:-2] + "at"
    if len(k) > 7:
        k = _INN_ENDING.sub("", k)
    return k


@cache
def _drug_keys() -> frozenset[str]:
    """The spelling keys of the drug names of the lists (of six letters or more): those
    of ``drugs.txt.gz`` as ``drug-keys.txt.gz`` stores them (build_words.py), the rest
    of the clinical words computed."""
    stored = frozenset(_lines("drug-keys.txt.gz"))  # those of medical.txt.gz too
    rest = vocabulary().clinical - frozenset(_lines("drugs.txt.gz"))
    return stored | {drug_key(w) for w in rest if len(w) >= 6 and w.isalpha()}


# How Cyrillic and Greek write the letters of a Latin drug name, read back as the Latin
# spelling key reads them: "ц" (ts) and a "к" before e or i (Greek "κυκλο-") for a soft
# c, "х" (h) for ch ("хлорталидон"), Greek "ου" for u ("φουροσεμίδη").
_SCRIPT_SPELLINGS = (
    (re.compile(r"ts"), "s"),
    (re.compile(r"k(?=[eiy])"), "s"),
    (re.compile(r"h"), "k"),
)


def _script_readings(latin: str) -> list[str]:
    """``latin`` (a Cyrillic or Greek word in Latin letters, ``_latin``) and its readings
    with each of ``_SCRIPT_SPELLINGS`` applied, alone and all together."""
    out = [latin]
    for pattern, to in _SCRIPT_SPELLINGS:
        out.append(pattern.sub(to, latin))
    every = latin
    for pattern, to in _SCRIPT_SPELLINGS:
        every = pattern.sub(to, every)
    return list(dict.fromkeys([*out, every]))


@lru_cache(maxsize=1 << 14)
def _drug_like(word: str) -> bool:
    """``word`` (folded) is a drug or clinical word of the lists as another language
    spells or inflects it, in Latin letters or Cyrillic and Greek ones (each of
    ``_script_readings``)."""
    if not word.isascii():
        # Greek "ου" (folded "ou") is u
        greek = _GREEK.search(word)
        latin = (
            "u".join(p.translate(_FROM_GREEK) for p in word.split("ou")) if greek else _latin(word)
        )
        return latin.isascii() and any(_drug_like(r) for r in _script_readings(latin))
    if len(word) < 7 or not word.isalpha() or not word.isascii():
        return False
    keys = _drug_keys()
    if drug_key(word) in keys:
        return True
    return any(
        word.endswith(end) and drug_key(word[: -len(end)]) in keys
        for end in _CASE_ENDINGS
        if len(word) - len(end) >= 7
    )


# The endings by which one clinical word differs across the languages once its letters
# are spelt alike (``drug_key``): "biopsia", "biopsie", "biopsija", "biopsy";
# "hidronefrose", "hydronefróza", "hydronephrosis"; "glomerulonefrite", "nefriit",
# "nephritis"; "steroidi", "steroid"; "emoglobina", "haemoglobin". Longest first.
_COGNATE_ENDING = re.compile(
    r"(?:osis|oses|osa|ose|osi|os|itis|ites|itas|ita|ite|iti|it|ija|iia|ia|ie|ii|i|"
    r"ik|ika|iku|as|is|us|um|es|a|e|o|u)$"
)


def cognate_stem(word: str) -> str:
    """A word's stem as its cognates share it: its spelling key less its clinical
    ending and a first "h" ("biopsia", "biopsy" -> "biops"; "emoglobina",
    "haemoglobin" -> "emoglobin")."""
    k = _COGNATE_ENDING.sub("", drug_key(word))
    return k[1:] if k.startswith("h") else k


@cache
def _cognate_stems() -> frozenset[str]:
    """The cognate stems (``cognate_stem``) of the clinical and medical words and of the
    English words of six letters or more, less those of known names: as
    ``cognates.txt.gz`` stores them (build_words.py; computing them takes seconds)."""
    if resource_path("words", "cognates.txt.gz").exists():
        return frozenset(_lines("cognates.txt.gz"))
    return compute_cognate_stems()


def compute_cognate_stems() -> frozenset[str]:
    v = vocabulary()
    pool = v.clinical | v.medical | {w for w in v.english if len(w) >= 6}
    names = {cognate_stem(w) for w in v.proper | v.persons if len(w) >= 6}
    return frozenset(cognate_stem(w) for w in pool if len(w) >= 6 and w.isalpha()) - names


@lru_cache(maxsize=1 << 14)
def cognate(word: str) -> bool:
    """``word`` (folded, seven letters or more) is a clinical, medical or English word
    as another language spells it, its stem five letters or more: "biopsia",
    "hidronefrose", "steroidi", "emoglobina", "glomerulonefrite". Trusted only in lower
    case (a capitalised word may be a name that happens to look like one)."""
    if not word.isascii():
        word = _latin(word)
    if len(word) < 7 or not word.isalpha() or not word.isascii():
        return False
    stem = cognate_stem(word)
    return len(stem) >= 5 and stem in _cognate_stems()


# Endings of family names in the languages (Swedish, Danish, Norwegian, German, Dutch,
# Polish, Czech, Slavic, Romanian, Turkish, Armenian).
_SURNAME = re.compile(
    r"(?:sson|son|sen|ssen|berg|strom|qvist|kvist|lund|holm|gren|dahl|stedt|mann|ski|ska|"
    r"sky|icz|wicz|czyk|czak|ova|ovic|ovich|evic|escu|oglu|yan|stein|baum|feld|thal|brink|"
    r"dijk|veld|meyer|meier|mayer|maier|inger)$"
)


def _lines(name: str) -> list[str]:
    path = resource_path("words", name)
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
# a language with stems is their union with its function words: not kept twice
@stored(
    "language", skip=lambda la: resource_path("words", f"{_READ_AS.get(la, la)}.stems.gz").exists()
)
def _language(lang: str) -> frozenset[str]:
    """A language's words (folded by build_words.py) and its function words; a language
    with no list installed ("sv", "cs", "fi") has its function words only, so that its
    other capitalised words stay suspicious. A language read by its hunspell stems
    (``Morphology``) lists its stems here; their inflected forms are known through
    ``foreign``."""
    own = FUNCTION_WORDS.get(lang, frozenset())
    morph = _morphology(lang)
    if morph is not None:
        own = morph.words | own  # its function words among them (Malay's too)
    if not resource_path("words", f"{lang}.txt.gz").exists():
        return own
    return frozenset(_lines(f"{lang}.txt.gz")) | own


@dataclass(frozen=True, eq=False)
class Morphology:
    """A language's hunspell stems and suffix rules (``{lang}.stems.gz``,
    ``{lang}.suffixes.gz``, built by build_words.py): a word is known when taking off
    one suffix, or two that the rules allow in a row, leaves a lower-case stem that takes
    them ("nerkowej" -> "nerkowy", "böbreğinde" -> "böbrek", "fájdalommal" ->
    "fájdalom"), and the same does not lead to a name or place of the dictionary
    ("Warszawie" -> "Warszawa"): such a form is known only as a name."""

    words: frozenset[str]  # every lower-case stem, and the language's function words
    names: frozenset[str]  # the dictionary's capitalised entries: names and places
    flags: dict[str, str]  # a stem's suffix flags (",A,B,"); names as "!stem"
    # added letters -> (letters the rule stripped from the stem, its flag (",F,"), the
    # flags it allows after it (",A,B,"))
    rules: dict[str, tuple[tuple[str, str, str], ...]]
    longest: int

    # endings that make a family name of a name ("Kowal" -> "Kowalowa", "Kowalski"):
    # with a capital, such a form of a name of the dictionary is a name
    name_endings: tuple[str, ...] = ()

    def known(self, word: str, *, capital: bool = False) -> bool:
        """``word`` (folded) is a word of the language; written with a capital, never
        one that is also a name or place of the dictionary ("Trzy", "Warszawie")."""
        if date_word(word) or (capital and self.named(word)):
            return False
        if word in self.words:
            return True
        return self._leads(word, "") and (capital or not self._leads(word, "!"))

    def named(self, word: str) -> bool:
        """``word`` is, or leads to, a name or place of the dictionary, or is one of its
        names with a family-name ending."""
        return self._leads(word, "!") or self._family_name(word)

    def _family_name(self, word: str) -> bool:
        """``word`` is a name of the dictionary with a family-name ending ("Kowal" ->
        "Kowalowa", "Nowak" -> "Nowakowa"), even where the dictionary lists the form as
        a word too."""
        return any(
            word.endswith(end) and word[: -len(end)] in self.names
            for end in self.name_endings
            if len(word) > len(end) + 2
        )

    @lru_cache(maxsize=1 << 14)  # noqa: B019 (one instance a language, kept for good)
    def _leads(self, word: str, mark: str) -> bool:
        """``word`` is a stem (``mark`` "!": a name) with one or two suffixes it takes."""
        if mark and word in self.names:
            return True
        n = len(word)
        for cut in range(min(self.longest, n - 2) + 1):
            for strip, flag, _ in self.rules.get(word[n - cut :] if cut else "", ()):
                base = word[: n - cut] + strip
                if flag in self.flags.get(mark + base, "") or self._inner(base, flag, mark):
                    return True
        return False

    def _inner(self, base: str, outer: str, mark: str) -> bool:
        """``base`` is a stem with a suffix that allows ``outer`` after it."""
        n = len(base)
        for cut in range(1, min(self.longest, n - 2) + 1):
            for strip, flag, after in self.rules.get(base[n - cut :], ()):
                if outer in after and flag in self.flags.get(mark + base[: n - cut] + strip, ""):
                    return True
        return False


# Indonesian and Malay make words with prefixes as well as suffixes, which the
# dictionary's rules do not all read: "memanggilnya" (panggil), "dihubungi" (hubung),
# "pengobatan" (obat), "bekerja" (kerja), "menulis" (tulis), "kecederaan" (cedera). A
# prefix with the first letter it swallows ("meN-" before p, t, k, s), then a suffix.
_PREFIXES = (
    ("memper", ""), ("diper", ""), ("meng", "k"), ("meng", ""), ("meny", "s"), ("mem", "p"),
    ("mem", ""), ("men", "t"), ("men", ""), ("me", ""), ("peng", "k"), ("peng", ""),
    ("peny", "s"), ("pem", "p"), ("pem", ""), ("pen", "t"), ("pen", ""), ("pe", ""),
    ("ber", ""), ("be", ""), ("ter", ""), ("per", ""), ("di", ""), ("ke", ""), ("se", ""),
    ("", ""),
)  # fmt: skip
_SUFFIXES = ("nya", "kan", "lah", "kah", "an", "i", "")


def _affixed(word: str, morph: Morphology) -> bool:
    """``word`` is a stem of ``morph`` (Indonesian) with a prefix and a suffix
    (``_PREFIXES``, ``_SUFFIXES``), the stem three letters or more."""
    for prefix, swallowed in _PREFIXES:
        if not word.startswith(prefix):
            continue
        base = swallowed + word[len(prefix) :]
        for suffix in _SUFFIXES:
            stem = base[: len(base) - len(suffix)] if suffix else base
            if (suffix and not base.endswith(suffix)) or len(stem) < 3 or stem == word:
                continue
            if not date_word(stem) and (stem in morph.words or morph.known(stem)):
                return True
    return False


# The languages whose stems came with 2026-12-01's second session (``Vocabulary.language``).
_NAMES_THIN = frozenset(words("ro hr sk lt lv et af da no sv cs id ms"))


# Languages read with another's list: Malay with Indonesian (the two share most words).
_READ_AS: dict[str, str] = {"ms": "id"}


@cache
@stored("morphology", Morphology)
def _morphology(lang: str) -> Morphology | None:
    if lang in _READ_AS:
        return _morphology(_READ_AS[lang])
    if not resource_path("words", f"{lang}.stems.gz").exists():
        return None
    raw = gzip.decompress(resource_path("words", f"{lang}.stems.gz").read_bytes())
    # blocks of one item a line, each after a line "\x1ename" (build_words.py)
    blocks = dict(b.split("\n", 1) for b in raw.decode("utf-8").split("\x1e")[1:])
    block = {k: v.split("\n")[:-1] if v else [] for k, v in blocks.items()}
    sets = [f",{fl}," for fl in block["sets"]]
    marks = ["!" if m else "" for m in block["named"]]
    keys = [m + w for m, w in zip(marks, block["flagged"], strict=True)]
    flags = dict(zip(keys, map(sets.__getitem__, map(int, block["numbers"])), strict=True))
    # every lower-case stem, with flags or not, and the language's function words
    lower = [w for m, w in zip(marks, block["flagged"], strict=True) if not m]
    words = frozenset(block["words"] + lower + list(FUNCTION_WORDS.get(lang, ()))) - _DATE_WORDS
    names = frozenset(block["names"])
    rules: dict[str, list[tuple[str, str, str]]] = {}
    for ln in _lines(f"{lang}.suffixes.gz"):
        flag, strip, add, after = (ln.split("\t") + ["", "", ""])[:4]
        rules.setdefault(add, []).append((strip, f",{flag},", f",{after},"))
    return Morphology(
        words,
        names,
        flags,
        {k: tuple(v) for k, v in rules.items()},
        max((len(k) for k in rules), default=0),
        _NAME_ENDINGS.get(lang, ()),
    )


# Endings that make family names, by language: Polish "-owa", "-ówna", "-ski", "-cka";
# Russian "-ов", "-ова", "-ев", "-ина", "-ский"; Turkish "-oğlu", "-gil"; Hungarian
# "-né" (a married name), "-fi"; Greek "-ou", "-poulos", "-akis", "-idis" (folded).
_NAME_ENDINGS: dict[str, tuple[str, ...]] = {
    lang: tuple(fold_word(w) for w in words(ends))
    for lang, ends in {
        "pl": "owa owna ówna anka ski ska cki cka dzki dzka wicz ewicz czyk czak",
        "ru": "ов ова ев ева ёв ёва ин ина ский ская цкий цкая ович евич овна евна",
        "tr": "oğlu oglu gil",
        "hu": "né fi ffy",
        "el": "ου πουλος πουλου ακης ακη ιδης ιδη αδης ατος",
    }.items()
}
# Months and weekdays of every language (``calendar_words``'s one list, the forms that
# are other words too aside) and holidays ("március", "Δεκαπενταύγουστο", "niedziela"):
# date words, never made safe by a word list.
_DATE_WORDS = (
    never_safe()
    | frozenset(
        fold_word(w)
        for w in words(
            """
        wigilia wigilię wielkanoc wielkanocy sylwester sylwestra andrzejki bayram
        bayramı bayramında ramazan kurban nevruz karácsony karácsonykor húsvét húsvétkor
        szilveszter szilveszterkor рождество пасха χριστούγεννα πάσχα
        δεκαπενταύγουστος δεκαπενταύγουστο
        """
        )
    )
    | frozenset(g.MONTH_WORDS + g.HOLIDAY_PHRASES)
)
# Stems a date word begins with in the languages of ``gazetteer`` ("veebruaril",
# "sankthansaften", "juhannuksena", "tiistaina"; months of six letters or more): a form
# of a word list that begins with one is a date word too.
_DATE_STEMS = tuple(
    sorted(
        set(g.WEEKDAY_STEMS + g.HOLIDAY_ROOTS + tuple(m for m in g.MONTH_WORDS if len(m) >= 6)),
        key=len,
        reverse=True,
    )
)


def date_word(word: str) -> bool:
    """``word`` (folded) is a month, weekday or holiday of any language of ``gazetteer``,
    or an inflected form or compound of one: never made safe by a word list."""
    return word in _DATE_WORDS or word.startswith(_DATE_STEMS)


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


# Languages that write compounds as one word.
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "af", "et", "fi", "is", "hu"})


@lru_cache(maxsize=1 << 14)
def _compound(word: str, lang: str) -> bool:
    """A compound of two or three known words with their linking letters: German
    "Knochen|schmerzen", "Urin|kultur", Dutch "bloed|kweek", Swedish "blod|odling". A
    part is a word of the language's list or a clinical word (the clinical vocabulary has
    the common roots of these languages, so a language with no list splits its clinical
    compounds too)."""
    known, v = _language(lang), vocabulary()

    def part(w: str) -> bool:
        # a drug's name as any language spells it is a part too: "mycofenolaat|mofetil",
        # "natrium|bikarbonat", "lanthan|carbonat", "ijzer|sucrose"
        return len(w) >= 3 and (
            w in known or w in v.clinical or w in v.roots or (len(w) >= 7 and _drug_like(w))
        )

    def split(w: str, depth: int) -> bool:
        # the last part five letters or more: "Knochen|schmerzen", "Urin|kultur"; never
        # "Kessel|ring", "Zimmer|mann", "Hart|mann", family names as German writes them.
        # Before a clinical last part, an English or medical word is a part too
        # ("sputum|odling", "wound|culture")
        for i in range(3, len(w) - 4):
            head, tail = w[:i], w[i:]
            if not part(tail) and not (depth and split(tail, depth - 1)):
                continue
            clinical = tail in v.clinical or tail in v.roots
            for x in _LINKS:
                h = head[: len(head) - len(x)] if x else head
                if head.endswith(x) and (
                    part(h) or (clinical and len(h) >= 4 and (h in v.english or h in v.medical))
                ):
                    return True
        return False

    return len(word) >= 10 and word.isalpha() and split(word, 1)


def _german_compound(word: str) -> bool:
    return _compound(word, "de")


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
    roots: set[str] = set()
    scores: set[str] = set()
    for ln in _lines("clinical.txt"):
        head, sep, rest = ln.partition(":")
        if sep and head == "eponym":
            eponyms.update(fold_word(w) for w in rest.split())
        elif sep and head == "eponym-in-context":
            context.update(fold_word(w) for w in rest.split())
        elif sep and head == "root":
            roots.update(fold_word(w) for w in rest.split())
        elif sep and head == "score-in-context":
            scores.update(fold_word(w) for w in rest.split())
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
    # the medical dictionary's eponyms named after a person ("Zimmermann's") are family
    # names first: clinical only in clinical use, like the named ones
    # and so are those shaped like a family name of the languages ("Johansson", "Lund",
    # "Strandberg", "Steinmann", "Bandrowski")
    all_capitals = frozenset(_lines("medical-capitals.txt"))
    persons = (
        frozenset(_lines("medical-persons.txt")) | {w for w in all_capitals if _SURNAME.search(w)}
    ) - eponyms
    capitals = all_capitals - proper - persons
    context |= persons & all_capitals
    medical = frozenset(_lines("medical.txt.gz"))
    return Vocabulary(
        english,
        frozenset(clinical),
        frozenset(eponyms),
        frozenset(context),
        proper,
        capitals,
        medical,
        frozenset(roots),
        persons,
        frozenset(scores),
    )


# -- shapes of clinical writing that no word list holds (2026-12-02, terms_fourth) ----------

# Short function words of languages with no word list or read by another's (Basque,
# Catalan, Galician, Maltese, Welsh, Scottish Gaelic, Swahili, Tagalog, Ukrainian): in
# lower case they are never a name ("ez", "va", "ni", "sa" are names in some list).
_MORE_FUNCTION_WORDS = frozenset(
    fold_word(w)
    for w in words(
        """
    ez eta da du zen zuen zuten dira ziren baina edo ere bat hau hori hura bere izan
    egin zitzaion zaio eman baizik ondoren gabe
    va van vaig amb per els les dels una uns unes que és era eren han ha seva seu seus
    al als però com més no es li hi ho aquest aquesta fins sense
    os as do da dos das no na nos nas un unha unhas uns que foi con por para pero como
    máis non se lle lles tiña ten ao aos á ás
    u ta fi li ma minn għal il kien kienet huwa hija jew imma biex wara qabel
    ac yr yn ei ef hi mae roedd oedd gan ar am fe ond neu wedi gyda hefyd
    tha agus air ann bha aig bho
    na ya wa ni kwa za la cha katika lakini au huo hii yake yao kwenye baada kabla
    ang ng sa si ni ay at mga kay para may siya niya nang
    і й та в у на з із до від він вона воно вони це що як але або його її після
    """
    )
)


_ALL_FUNCTION_WORDS = _MORE_FUNCTION_WORDS.union(*FUNCTION_WORDS.values())


def function_word(word: str) -> bool:
    """``word`` (folded) is a function word of some language (``language``'s or one of
    ``_MORE_FUNCTION_WORDS``)."""
    return word in _ALL_FUNCTION_WORDS


# Units written in Cyrillic and Greek script ("мкмоль/л", "Ед/л", "мл/хв", "g/24ωρο"),
# folded as the scanner reads words, and in the scripts no list reads ("ملغ", "میلیگرم",
# "מ״ג", "มก", "მგ", "մգ", "毫克", "밀리그램"): a number before one is a dose.
_SCRIPT_UNITS = frozenset(
    fold_word(w)
    for w in words(
        """
    мг мкг нг пг г кг мл л дл ммоль мкмоль нмоль пмоль моль ед од ме мед мэ мо мм см м
    ч час сут сутки доба хв мин сек с кпа рт ст мм.рт.ст ккал гр тыс ммоль/л
    ммол мкмол нмол единици единица одиниць одиниці нэгж мг/дл дн
    ωρο ώρο ώρες ωρών ημέρα ημ λεπτό
    ملغ مغ ملغم مل غ لتر دل ميكروغرام مكغ مليمول ميكرومول وحدة میلیگرم میکروگرم گرم لیتر
    دسیلیتر میلیلیتر واحد מג מק״ג מ״ג מ״ל מל ליטר มก มล กรัม มิลลิกรัม ไมโครกรัม ลิตร
    მგ მლ გ ლ დლ მკგ մգ մլ գ լ դլ մկգ 毫克 克 毫升 微克 단위 밀리그램 그램 마이크로그램
    """
    )
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def script_unit(token: str) -> bool:
    """``token`` is a value's unit in Cyrillic or Greek script, or a number with one:
    every piece between slashes a unit of ``_SCRIPT_UNITS`` (an exponent or a count of
    hours after it: "мг/м²", "г/24ωρο")."""
    parts = [p for p in fold_word(token).translate(_SUPERSCRIPTS).split("/") if p]
    if not parts or not any(re.search(r"[^\W\d_]", p) and not p.isascii() for p in parts):
        return False
    return all(
        re.fullmatch(r"\d+(?:[.,]\d+)?", p) is not None
        or re.sub(r"^\d+|\d+$", "", p) in _SCRIPT_UNITS
        or (p.isascii() and p.isalpha() and len(p) <= 4)
        for p in parts
    )


# Greek letters of lab names ("α1-microglobulin", "β2-glycoprotein I", "κ/λ"): read as
# the Latin letters they stand for when a code's shape is judged.
GREEK_LETTERS = str.maketrans("αβγδεκλμ", "abgdeklm")


# Mixed-case abbreviations of clinical writing no list holds: a short acronym with a
# lower-case letter after it ("CKDu", "LDLc", "TFGe", "PTHi", "ANCAs"), or a short word
# with capitals after it ("MenACWY", "MenB"); never one shaped like a name with a prefix
# ("McKAY", "DeWITT", "LaTOYA", "MacLEOD", "DiMARCO").
_ACRONYM_TAIL = re.compile(r"^[A-Z]{2,4}[ceisu]$")
_CAPITALS_TAIL = re.compile(
    r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|St)(?:[A-Z][a-z]{1,2}[A-Z]{1,4}|[A-Z][a-z]{3}[A-Z]{3,4})$"
)


def mixed_abbreviation(word: str) -> bool:
    return bool(_ACRONYM_TAIL.match(word) or _CAPITALS_TAIL.match(word))


# Words before a regimen's or trial's name in capitals ("protokol GEMRITUX", "protocol
# CHOP", "esquema NIH", "Studie EMPA-KIDNEY").
PROTOCOL_WORDS = frozenset(
    fold_word(w)
    for w in words(
        """protocol protocolo protocole protokol protokoll protokolu protocollo regimen
        régimen regime schema schéma esquema trial study studie studio estudio etude étude
        ensayo"""
    )
)
# Head words that end a compound ("Komorbiditätsindex", "Alportsyndrom"): a hyphenated
# name before such a compound is an eponym in use ("Charlson-Komorbiditätsindex").
_COMPOUND_HEADS = ("index", "score", "syndrom", "krankheit", "klassifikation", "skala", "kriterien")


def compound_head(word: str) -> bool:
    """``word`` (folded) is a clinical head word or a compound ending in one."""
    return word in CLINICAL_HEADS or (
        len(word) > 8 and any(word.endswith(h) for h in _COMPOUND_HEADS)
    )
