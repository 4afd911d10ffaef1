"""Unique identifying characteristics and biometrics told by their words (issue 14, Safe
Harbor's "any other unique identifying number, characteristic or code" and "biometric
identifiers"): a fingerprint, voice print, iris or retinal scan, face recognition, a DNA
profile or a signature mentioned as held or used; a tattoo, scar, birthmark, piercing,
prosthesis or tooth described so that it singles someone out; a rare occupation or role
("the only female chimney sweep in the village", "the mayor of the town", "byns enda
kvinnliga smed").

The same words are clinical findings as often ("surgical scar over the graft", "retinal
examination", "anti-dsDNA antibodies", "fingerprint-like pattern on EM", "piercing pain",
"mechanical prosthetic valve"): ``clinical_use`` is the veto, read for every feature the
engine finds (these, and the older finders' tattoos and scars), so that a clinical finding
is kept whole.

The finders read the normal form of ``normalize`` and compare words as ``fold_word``
folds them, written in lower case, capitalised or in capitals (``datewords.variants``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from caselog.privacy import gazetteer as g
from caselog.privacy import kin
from caselog.privacy.datewords import variants
from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import Hit, words
from caselog.privacy.vocab import function_word

FEATURE = ("unique feature", "[distinguishing feature]")
BIOMETRIC = ("biometric", "[biometric identifier]")

# -- the lists ----------------------------------------------------------------------------

# Biometrics, as written (a phrase of one word or more). The phrase is redacted (that
# there is one, and of which kind); what the clause says of it ("were taken by the
# police", "enrolment for the telephone clinic") is ordinary words, and a value after it
# is a labelled identifier (``patterns.LABELLED``).
BIOMETRICS = (
    "fingerprint", "fingerprints", "finger print", "finger prints", "thumbprint",
    "thumb print", "palm print", "palmprint", "voice print", "voiceprint",
    "voice recognition", "voice ID", "iris scan", "iris recognition", "retinal scan",
    "retina scan", "face recognition", "facial recognition", "face ID", "facial scan",
    "DNA profile", "DNA fingerprint", "DNA fingerprinting", "genetic fingerprint",
    "biometric", "biometrics", "gait recognition", "vein scan",
    "empreinte digitale", "empreintes digitales", "empreinte vocale",
    "reconnaissance faciale", "profil ADN", "profil génétique",
    "huella dactilar", "huellas dactilares", "huella digital", "huellas digitales",
    "reconocimiento facial", "perfil de ADN", "huella de voz",
    "Fingerabdruck", "Fingerabdrücke", "Fingerabdrücken", "Gesichtserkennung",
    "Irisscan", "Iris-Scan", "Stimmabdruck", "DNA-Profil", "DNS-Profil",
    "impronte digitali", "impronta digitale", "riconoscimento facciale", "impronta vocale",
    "profilo del DNA", "impressão digital", "impressões digitais", "reconhecimento facial",
    "perfil de DNA", "vingerafdruk", "vingerafdrukken", "gezichtsherkenning",
    "DNA-profiel", "odcisk palca", "odciski palców", "odcisków palców",
    "rozpoznawanie twarzy", "profil DNA", "fingeravtryck", "fingeravtrycket",
    "ansiktsigenkänning", "DNA-profil", "fingeraftryk", "fingeravtrykk",
    "ansiktsgjenkjenning", "ansigtsgenkendelse", "sormenjälki", "sormenjäljet",
    "sormenjäljen", "kasvojentunnistus", "otisk prstu", "otisky prstů", "otisky prstu",
    "odtlačky prstov", "odtlačok prsta", "prstni odtis", "prstni odtisi",
    "otisak prsta", "otisci prstiju", "otisci prstiju", "ujjlenyomat", "ujjlenyomata",
    "ujjlenyomatát", "arcfelismerés", "amprentă digitală", "amprente digitale",
    "amprentele digitale", "recunoaștere facială", "parmak izi", "parmak izleri",
    "parmak iziyle", "yüz tanıma", "δακτυλικά αποτυπώματα", "δακτυλικό αποτύπωμα",
    "αναγνώριση προσώπου", "отпечатки пальцев", "отпечаток пальца",
    "распознавание лиц", "відбитки пальців", "відбиток пальця", "пръстови отпечатъци",
    "отисак прста", "отисци прстију",
    # Swahili, Malagasy, Tagalog, Indonesian and Malay, Vietnamese, Hindi and Urdu
    # romanised, Arabic, Persian, Thai, Chinese, Japanese, Korean
    "alama za vidole", "alama ya kidole", "alama ya kidole gumba", "dian-tanana",
    "bakas ng daliri", "sidik jari", "cap jari", "cap ibu jari",
    "pengenalan wajah", "dấu vân tay", "vân tay", "nhận dạng khuôn mặt", "ungliyon ke nishan",
    "angoothe ka nishan", "بصمة الإصبع", "بصمات الأصابع", "بصمة الوجه", "بصمة العين",
    "اثر انگشت", "انگشت نگاری", "ลายนิ้วมือ", "สแกนม่านตา", "指纹", "指紋", "人脸识别",
    "顔認証", "虹彩認証", "지문", "홍채 인식", "안면 인식",
)  # fmt: skip
# Words after a biometric word that make it a clinical finding or a pattern's name
# ("fingerprint-like pattern", "fingerprint body myopathy", "facial recognition intact").
BIOMETRIC_CLINICAL = words(
    """
    like pattern patterns body bodies myopathy intact impaired normal deficit deficits
    test testing examination exam preserved abnormal of_objects showed shows show
    revealed reveals demonstrated found performed unremarkable was_normal
    """
)
# Words before one that make it a laboratory's or an examination's ("viral DNA
# fingerprinting", "bacterial", "strain").
BIOMETRIC_CLINICAL_BEFORE = words(
    """
    viral bacterial molecular strain isolate isolates genomic pathogen tumour tumor
    ophthalmic diagnostic
    """
)
# Tattoos in the scripts and compounds the older lists lack ("τατουάζ", "татуировка",
# "lohikäärmetatuointi", "Drachentätowierung", "ankertatovering"): a word ending in one.
TATTOO_ENDINGS = (
    "tattoo", "tattoos", "tatuointi", "tatuoinnin", "tatuointia", "tatowierung",
    "tätowierung", "tatuering", "tatueringen", "tatovering", "tatoveringen", "tetovani",
    "tetování", "tetovanie", "tetoválás", "tetovalas", "tatuaz", "tatuaż", "dovmesi",
    "dövmesi", "dövme",
)  # fmt: skip
TATTOO_WORDS = words(
    """
    τατουάζ τατουαζ τατου татуировка татуировки татуировку татуировкой тату татуювання
    татуюванням татуировката татуировки тетоважа тетоважу татуированный
    tatoue tatouee tatoues tatouees tatuado tatuada tatuados tatuata tatuato tatuati
    tätowiert tätowierte tatowiert getatoeeerd getatoeëerd tatuowany tatuowana
    tatuerad tatuerade tatovert tatoveret tetovany tetovaný tetovana
    """
)
# the scar words of the scripts and languages beyond the gazetteer's (``kin``)
SCAR_WORDS = kin.SCAR_WORDS_MORE
# Words in a scar's clause that describe its shape ("в форме креста", "σε σχήμα").
SCAR_SHAPES = words(
    """
    форме форма виде креста звезды буквы σχημα σχήμα γραμμα γράμμα σταυρου σταυρού
    облику облика формата
    """
)
# A prosthesis, and the words that describe one as nobody else's: a colour, paint, a
# picture, an engraving, a name.
PROSTHESES = words(
    """
    prosthesis prostheses prosthetic protesis protesi protesis protese prothese
    prothèse prótesis prótese proteza protezy protezie protez protes proteesi
    протез протеза протезом πρόθεση προθεση
    """
)
PROSTHESIS_CUES = words(
    """
    red blue green yellow pink purple gold golden silver orange black white glitter
    painted decorated engraved sticker stickers flames flame named nickname custom
    rouge bleu bleue vert verte jaune rose dore doree peinte peint gravee grave
    rojo roja azul verde amarillo amarilla rosa dorado dorada pintada pintado grabada
    grabado color colour couleur farbe rot rote roten blau blaue grun grune gelb
    bemalt bemalte graviert rosso rossa blu azzurro azzurra giallo gialla dipinta
    dipinto incisa vermelho vermelha amarelo amarela pintada czerwona czerwony niebieska
    niebieski zlota zloty malowana roda rod bla gron guld malad
    красный красная синий синяя золотой κοκκινη κοκκινο μπλε χρυση
    """
)
PROSTHESIS_CLINICAL = words(
    """
    valve valves valvular aortic mitral hip knee joint joints mechanical penile
    vascular graft grafts total shoulder dental cardiac arterial breast implant
    valvula valvulaire cadera rodilla anca ginocchio huft knie heup kolano biodro
    klaffe klaff klep klappe valvola valvula zastawka
    """
)
# Teeth that single someone out ("a gold tooth engraved with a star", "Goldzahn").
TEETH = (
    r"(?:gold|golden|silver|diamond|platinum)\s+(?:front\s+)?(?:tooth|teeth|incisor|incisors|"
    r"canine|crown|crowns|grill|grills)|dents?\s+en\s+or|goldzahn|goldzahne|goldzähne|"
    r"diente\s+de\s+oro|dientes\s+de\s+oro|dente\s+d['’]oro|denti\s+d['’]oro|"
    r"dente\s+de\s+ouro|zloty\s+zab|złoty\s+ząb|guldtand|kultahammas|altin\s+dis|"
    r"gouden\s+tand"
)
# Words that make a piercing a pain, not an ornament ("piercing pain", "sharp piercing").
PIERCING_CLINICAL = words("pain pains chest headache sensation quality cry scream")

# Words that end what describes a tattoo before it: articles, possessives, verbs of
# having ("she has a dragon tattoo", "il a un dauphin tatoué").
DETERMINERS = words(
    """
    a an the her his their its my our this that with has had have bears wears showed
    un une le la les des sa son ses el los las una unos su sus ein eine einen einer der
    die das den dem sein seine ihre ihr een het de zijn haar il lo gli uno um uma o os
    as seu sua en ett hans hennes hon han hun har was were is are been got gets
    ένα έναν μια μία το τη την ο η έχει είχε има имеет имеется есть має ma má mají ima
    imala imao van var vardir ja on ona jest tiene tenia tem tinha hat hatte heeft ha
    aveva porte porta lleva leva него неё нее его её ее них
    """
)

# -- roles and occupations ------------------------------------------------------------------

# "the only", "la seule", "der einzige", "jedyną", "byns enda", "kylän ainoa", "köyün
# tek", "a falu egyetlen": the one person of a place with an occupation or a role.
UNIQUE_WITH_ARTICLE = words(
    """
    only sole single lone seule seul unique unico unica solo sola único única einzige
    einziger einzigen enige
    """
)
ARTICLES = words("the a la le l el il lo der die das den de het its his her their")
UNIQUE_ALONE = words(
    """
    jedyna jedyny jedyną jedynym jedynej jediný jediná jediné jedini jedina edini edina
    enda ende eneste ainoa ainoana egyetlen tek singura singurul singurului μοναδικός
    μοναδική μοναδικη μοναδικος μόνη μόνος единственный единственная единственной
    единствен единствената єдиний єдина єдиною
    """
)
PLACES = words(
    """
    village villages town city island valley parish county canton district region
    country street hamlet municipality commune borough province neighbourhood
    neighborhood island's village's town's city's
    ville ile vallee quartier rue departement pays
    pueblo aldea localidad isla valle comarca ciudad villa municipio barrio provincia
    calle paese villaggio isola comune citta quartiere borgo frazione
    vila ilha vale cidade concelho freguesia bairro
    dorf dorfe tal insel stadt gemeinde ort kanton bezirk viertel kreis
    dorp eiland gemeente dal streek provincie wijk
    wies wsi wioska wiosce miasto miescie miasta gmina gminie gminy wyspa wyspie
    dolina dolinie powiat powiecie osiedle
    by byn byns staden stadens o on ons kommun kommunen kommunens dalen socken socknen
    byen byens landsby landsbyen oya oyas kommune bygda bygd
    kyla kylassa kylan saari saarella saaren kaupunki kaupungissa kaupungin kunta
    kunnan kunnassa laakso
    obec obci obce vesnice vesnici mesto meste mesta ostrov ostrove udoli dedina dedine
    vas vasi selo selu mestu grad gradu otok otoku dolini obcina opcina
    falu faluban falunak falu varos varosban sziget volgy megye kozseg
    sat satul satului comuna comunei oras orasul orasului insula valea judet
    koy koyun koyde koyu kasaba kasabanin sehir sehrin ada adanin ilce ilcenin mahalle
    mahallenin
    χωριο χωριου πολη πολης νησι νησιου δημος δημου κοιλαδα
    деревня деревне деревни село селе села город городе города остров острове посёлок
    посёлке поселке районе селі місто місті селото града
    """
)
# Roles one person of a place holds: a mayor and its translations, and the like.
ROLES = words(
    """
    mayor mayoress alcalde alcaldesa maire mairesse burgermeister burgermeisterin
    sindaco sindaca burgemeester burmistrz burmistrza burmistrzem burmistrzyni wojt
    soltys borgmastare borgmastaren ordforer ordforeren borgmester borgmesteren
    pormestari pormestarina starosta starostka starostou zupan zupanja gradonacelnik
    gradonacelnica polgarmester polgarmestere primarul primarului primarita muhtar
    muhtari muhtaridir muhtarıdır δημαρχος δημαρχο δημαρχου δήμαρχος δήμαρχο δημάρχου
    мэр мэра мэром кмет кметът кмета кметица
    """
)
ROLE_PHRASES = (
    "presidente da câmara", "presidente della provincia", "lord mayor", "deputy mayor",
    "member of parliament", "глава сельсовета", "глава администрации", "глава района",
    "глава поселения", "голова сільради", "міський голова", "сільський голова",
    "parish priest", "village priest", "chief of police", "police chief", "town clerk",
)  # fmt: skip
# A Spanish, Portuguese or Catalan "mayor" is "elder" or "main" ("hermano mayor", "Plaza
# Mayor"): the English mayor is one after an article or a possessive, or before "of".
_ENGLISH_MAYOR_BEFORE = words("the a deputy lord town's city's village's former our their")
ROLE_LINKS = words(
    "of de du des del della dello di da do van von der den na w v в на του της of_the"
)
CONJUNCTIONS = words(
    """
    and or but who which that och og ja es und et y e ve ale i и и та και и a та
    oraz und is was has had are since
    """
)

# -- folding ------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s+(?:and|but|which|who|et|und|y|e|og|och)\b")


def _set(ws: Iterable[str]) -> frozenset[str]:
    """The words' variants; not the Latin letters a Cyrillic or Greek word folds to in
    capitals ("ТАТУ" as "taty", Malagasy for "later")."""
    return frozenset(
        v for w in ws for v in variants(w.replace("_", " ")) if w.isascii() or not v.isascii()
    )


def _phrases(ps: Iterable[str]) -> dict[str, list[tuple[frozenset[str], ...]]]:
    out: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for p in ps:
        toks = _WORD.findall(p.replace("-", " "))
        sets = tuple(variants(t) for t in toks)
        for first in sets[0]:
            out.setdefault(first, []).append(sets)
    return out


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {
        "bio_clinical": _set(BIOMETRIC_CLINICAL),
        "bio_clinical_before": _set(BIOMETRIC_CLINICAL_BEFORE),
        "tattoo_any": _set(TATTOO_WORDS + g.TATTOO_WORDS),
        "determiner": _set(DETERMINERS),
        "tattoo": _set(TATTOO_WORDS),
        "scar": _set(SCAR_WORDS),
        "shape": _set(SCAR_SHAPES),
        "prosthesis": _set(PROSTHESES),
        "prosthesis_cue": _set(PROSTHESIS_CUES),
        "prosthesis_clinical": _set(PROSTHESIS_CLINICAL),
        "piercing_clinical": _set(PIERCING_CLINICAL),
        "unique_article": _set(UNIQUE_WITH_ARTICLE),
        "article": _set(ARTICLES),
        "unique": _set(UNIQUE_ALONE),
        "place": _set(PLACES),
        "role": _set(ROLES),
        "role_link": _set(ROLE_LINKS),
        "conjunction": _set(CONJUNCTIONS),
        "mayor_before": _set(_ENGLISH_MAYOR_BEFORE),
    }


@cache
def _multi() -> tuple[dict[str, list[tuple[frozenset[str], ...]]], ...]:
    return _phrases(BIOMETRICS), _phrases(ROLE_PHRASES)


@cache
def _tattoo_endings() -> tuple[str, ...]:
    return tuple(sorted({v for w in TATTOO_ENDINGS for v in variants(w)}, key=len))


# A value after a biometric's word ("fingerprint template FP41341163"): the word labels it.
_LABELLED_VALUE = re.compile(
    r"(?i)(?:\s+(?:template|scan|number|no\.?|id|code|record|nr|nummer|numero))*\s*[:#]?\s*"
    r"[A-Z0-9/.-]*\d{3,}"
)
_TEETH = re.compile(rf"(?i)\b(?:{TEETH})\b")
_PIERCED = re.compile(r"(?i)\b(?:pierced|piercings?|gepierct|percee|percé|perforada|piercato)\b")
_SIGNATURE = re.compile(
    r"(?i)\b(?:signs?|signed|signing|signature|autograph|unterschreibt|unterschrieb|"
    r"unterschrift|signe|signait|signature|firma|firmaba|firmó|assina|assinava|assinatura|"
    r"ondertekent|handtekening|podpisuje|podpis|undertecknar|underskriver|allekirjoittaa|"
    r"alairasa|imza|imzası|υπογραφη|υπογράφει|подписывается|подпись)\b"
    r"[^.;\n\"'“‘«]{0,40}?(?P<q>[\"'“‘«][^\"'”’»\n]{2,40}[\"'”’»])"
)


# -- the finder ---------------------------------------------------------------------------


def find_described(text: str) -> Iterator[Hit]:
    """Biometrics mentioned as held or used, features described so they single someone
    out, and the one person of a place with an occupation or a role."""
    toks = list(_WORD.finditer(text))
    if not toks:
        return
    folded = [fold_word(t.group()) for t in toks]
    lst = _lists()
    bios, roles = _multi()
    n = len(toks)
    for i, f in enumerate(folded):
        for sets in bios.get(f, ()):
            j = _phrase_end(folded, i, sets)
            if j is not None:
                if _biometric_clinical(text, toks, folded, j, lst["bio_clinical"]) or (
                    i > 0 and folded[i - 1] in lst["bio_clinical_before"]
                ):
                    continue
                if _LABELLED_VALUE.match(text, toks[j].end()):
                    break  # a label: its value is the identifier (``patterns.LABELLED``)
                yield Hit(toks[i].start(), toks[j].end(), *BIOMETRIC)
                break
        if f in lst["tattoo"] or (len(f) > 6 and f.endswith(_tattoo_endings())):
            yield Hit(toks[i].start(), _clause_end(text, toks[i].end()), *FEATURE)
        if f in lst["tattoo_any"] or f in lst["tattoo"]:
            a = _described_before(text, toks, folded, i, lst)
            if a < i:
                yield Hit(toks[a].start(), toks[i].end(), *FEATURE)
        elif f in lst["scar"]:
            end = _clause_end(text, toks[i].end())
            if any(fold_word(w) in lst["shape"] for w in _WORD.findall(text[toks[i].end() : end])):
                yield Hit(toks[i].start(), end, *FEATURE)
        elif f in lst["prosthesis"]:
            hit = _prosthesis(text, toks, folded, i, lst)
            if hit is not None:
                yield hit
        for sets in roles.get(f, ()):
            j = i + len(sets) - 1
            if j < n and all(folded[i + k] in s for k, s in enumerate(sets)):
                yield Hit(toks[i].start(), toks[_role_reach(folded, j, lst)].end(), *FEATURE)
        if f in lst["role"]:
            if f == "mayor" and not (
                (i > 0 and folded[i - 1] in lst["mayor_before"])
                or (i + 1 < n and folded[i + 1] == "of")
            ):
                continue
            a = i - 1 if i > 0 and folded[i - 1] in lst["place"] else i
            yield Hit(toks[a].start(), toks[_role_reach(folded, i, lst)].end(), *FEATURE)
        span = _unique_person(text, toks, folded, i, lst)
        if span is not None:
            yield Hit(span[0], span[1], *FEATURE)
    for mt in _TEETH.finditer(text):
        yield Hit(mt.start(), _clause_end(text, mt.end()), *FEATURE)
    for mt in _PIERCED.finditer(text):
        after = _WORD.findall(text[mt.end() : mt.end() + 20])
        if after and fold_word(after[0]) in lst["piercing_clinical"]:
            continue
        yield Hit(mt.start(), _clause_end(text, mt.end()), *FEATURE)
    for mt in _SIGNATURE.finditer(text):
        yield Hit(mt.start("q"), mt.end("q"), *BIOMETRIC)


def _phrase_end(folded: list[str], i: int, sets: tuple[frozenset[str], ...]) -> int | None:
    """The last word of the phrase ``sets`` beginning at word ``i``, a short word (a
    possessive, an article: "δακτυλικά της αποτυπώματα", "odciski jej palców") allowed
    between two of its words."""
    j = i
    for s in sets[1:]:
        if j + 1 < len(folded) and folded[j + 1] in s:
            j += 1
        elif j + 2 < len(folded) and len(folded[j + 1]) <= 4 and folded[j + 2] in s:
            j += 2
        else:
            return None
    return j


def _described_before(
    text: str,
    toks: list[re.Match[str]],
    folded: list[str],
    i: int,
    lst: dict[str, frozenset[str]],
) -> int:
    """The first word of what describes the tattoo or birthmark at word ``i`` before it
    ("a dragon tattoo", "a small red rose tattoo", "a dragon tattooed across her back"):
    up to three words back to an article, a possessive or a verb before it; ``i`` when
    none."""
    a = i
    for k in range(i - 1, max(-1, i - 4), -1):
        if (
            folded[k] in lst["determiner"]
            or folded[k] in lst["conjunction"]
            or function_word(folded[k])
            or len(folded[k]) <= 2
        ):
            break
        if re.search(r"[.;:!?,\n]", text[toks[k].end() : toks[k + 1].start()]):
            break
        a = k
    return a


def _clause_end(text: str, at: int) -> int:
    mt = _CLAUSE_END.search(text, at)
    end = mt.start() if mt else len(text)
    return len(text[:end].rstrip())


def _biometric_clinical(
    text: str, toks: list[re.Match[str]], folded: list[str], j: int, clinical: frozenset[str]
) -> bool:
    """The biometric word ending at word ``j`` names a pattern or a finding
    ("fingerprint-like", "fingerprint body myopathy", "facial recognition intact")."""
    if text[toks[j].end() : toks[j].end() + 1] == "-":
        return True
    nxt = folded[j + 1 : j + 3]
    return any(w in clinical for w in nxt) or (len(nxt) == 2 and f"{nxt[0]} {nxt[1]}" in clinical)


def _prosthesis(
    text: str,
    toks: list[re.Match[str]],
    folded: list[str],
    i: int,
    lst: dict[str, frozenset[str]],
) -> Hit | None:
    """A prosthesis described by a colour, paint, a picture or a name (not a valve, a
    hip, a joint): from the prosthesis to the end of its clause, and the describing word
    just before it ("a bright red prosthetic leg painted with flames")."""
    end = _clause_end(text, toks[i].end())
    around = [k for k in range(max(0, i - 3), len(toks)) if toks[k].start() < end]
    near = [folded[k] for k in around]
    if any(w in lst["prosthesis_clinical"] for w in near):
        return None
    if not any(w in lst["prosthesis_cue"] for w in near):
        return None
    a = i
    while a - 1 >= max(0, i - 3) and folded[a - 1] in lst["prosthesis_cue"]:
        a -= 1
    return Hit(toks[a].start(), end, *FEATURE)


def _role_reach(folded: list[str], j: int, lst: dict[str, frozenset[str]]) -> int:
    """The last word of a role's phrase ending at word ``j`` or going on past it: its
    place ("of the town", "de la localidad", "der Gemeinde", "miasta", "του χωριού")."""
    k = j + 1
    n = len(folded)
    if k < n and folded[k] in lst["place"]:
        return k
    if k < n and folded[k] in lst["role_link"]:
        for m in range(k + 1, min(n, k + 4)):
            if folded[m] in lst["place"]:
                return m
            if folded[m] in lst["conjunction"]:
                break
    return j


def _unique_person(
    text: str,
    toks: list[re.Match[str]],
    folded: list[str],
    i: int,
    lst: dict[str, frozenset[str]],
) -> tuple[int, int] | None:
    """ "the only female chimney sweep in the village", "der einzige Hufschmied im Tal",
    "jediný kovář v obci" (a uniqueness word, up to five words, a place), or "byns enda
    kvinnliga smed", "kylän ainoa naisseppä" (a place in the genitive, the uniqueness
    word, up to three words)."""
    f = folded[i]
    n = len(folded)
    with_article = f in lst["unique_article"] and i > 0 and folded[i - 1] in lst["article"]
    if with_article or f in lst["unique"]:
        clause = _clause_end(text, toks[i].end())
        for m in range(i + 2, min(n, i + 8)):
            if toks[m].start() >= clause or folded[m] in lst["conjunction"]:
                break
            if folded[m] in lst["place"]:
                return toks[i].start(), toks[m].end()
    if f in lst["unique"] and i > 0 and folded[i - 1] in lst["place"] and i + 1 < n:
        clause = _clause_end(text, toks[i].end())
        last = i
        for m in range(i + 1, min(n, i + 4)):
            if toks[m].start() >= clause or folded[m] in lst["conjunction"]:
                break
            last = m
        if last > i:
            return toks[i - 1].start(), toks[last].end()
    return None


# -- the veto -------------------------------------------------------------------------------

# Words in or right around a feature that make it a clinical finding: a scar of an
# operation or a drain, a keloid, an endoscopic or radiotherapy tattoo, a port-wine stain
# of a syndrome, café-au-lait macules, a prosthetic valve or joint, a piercing pain
# (folded; a word beginning with one counts).
CLINICAL_USES = words(
    """
    surgical surgery operative postoperative incision incisional keloid hypertrophic
    drain laparotomy sternotomy nephrectomy thoracotomy biopsy graft transplant fistula
    radiation radiotherapy endoscopic endoscopy colonoscopy india ink marking marks
    planning cafe sturge naevus nevus haemangioma hemangioma angioma syndrome macules
    macule neurofibromatosis renal scarring dmsa pain valve mechanical hip knee joint
    chirurgicale chirurgical chirurgica chirurgico quirurgica quirurgico
    """
)
# Stems of the same (a word beginning with one counts: "postoperatively",
# "laparoscopically", "Operationsnarbe", "послеоперационный", "χειρουργική").
CLINICAL_STEMS = words(
    """
    postoperat laparoscop endoscop colonoscop radiotherap surgic sturge haemangiom
    hemangiom neurofibromat keloid incision chirurgic quirurgic pooperacyjn
    operationsnarb operationsar operatielitteken послеоперационн χειρουργικ
    """
)
_CLINICAL_USES = frozenset(fold_word(w) for w in CLINICAL_USES)
_CLINICAL_STEMS = tuple(sorted({fold_word(w) for w in CLINICAL_STEMS}))
# "the only patient on the ward with C3 glomerulopathy": how rare a disease is, not who.
_RARITY_OF = frozenset(words("patient patients case cases one child adult person"))
# A date's word that names a disease or a sign ("Saturday night palsy", "Christmas
# disease", "March haemoglobinuria", "May-Thurner syndrome", "holiday heart").
_DATE_CLINICAL_AFTER = re.compile(
    r"(?i)[\s-]+(?:night\s+)?(?:palsy|disease|factor|tree|haemoglobinuria|hemoglobinuria|"
    r"fracture|foot|syndrome|sign|heart|thurner|fever|phenomenon|lymphoma|clinic|score|"
    r"classification|endoscopic|subscore|imaging|class|criteria|stage|grade)\b"
    # "Mayo 1C": a class of the Mayo imaging classification
    r"|\s+\d[A-Ea-e]\b"
)


# A shape, a letter, a name, a tribe or words quoted in a feature: it is described as
# nobody else's, whatever clinical word stands beside ("a keloid in the shape of a key", "a
# surgical scar that reads 'L'", "tribal marks" are no marking's).
_SHAPED = re.compile(
    r"(?i)\b(?:shape|shaped|letter|letters|reading|reads|spelling|spells|initials|named|tribal|"
    r"forme|forma|form|formet|vorm|obliku|tvaru|ksztalcie|kształcie|σχημα|σχήμα|форме|виде)\b"
    r"|[\"“‘«]|\s'\w"
)


_DATE_PREPOSITIONS = frozenset(
    words(
        """on last next every this that since until till by from before after during
        over at am im seit vor nach le depuis des el desde il dal da op sinds sedan"""
    )
)


def clinical_use(text: str, hit: Hit) -> bool:
    """``hit`` (a unique feature, a biometric or a date found in ``text``) is a clinical
    finding that uses the same words: kept."""
    if hit.kind == "date":
        # the date's words name the disease ("Christmas disease", "Saturday night palsy");
        # after a preposition they are the date ("on Sunday fever returned", "since
        # Christmas fever")
        said = _WORD.findall(text[hit.start : hit.end])
        before = _WORD.findall(text[max(0, hit.start - 12) : hit.start])[-1:]
        return (
            _DATE_CLINICAL_AFTER.match(text, hit.end) is not None
            and not re.search(r"\d", text[hit.start : hit.end])
            and not any(fold_word(w) in _DATE_PREPOSITIONS for w in said[:1] + before)
        )
    if hit.kind == "unique identifier":
        first = [fold_word(w) for w in _WORD.findall(text[hit.start : hit.end])[:3]]
        return any(w in _RARITY_OF for w in first)
    if hit.kind not in ("unique feature", "biometric"):
        return False
    if hit.kind == "biometric" and text[hit.start : hit.end][:1] in "\"'“‘«":
        return False  # a signature's words
    if _SHAPED.search(text, hit.start, hit.end):
        return False  # "a keloid in the shape of a key": the shape singles it out
    # the feature's own words and the two before it
    before = _WORD.findall(text[max(0, hit.start - 30) : hit.start])[-2:]
    inside = _WORD.findall(text[hit.start : hit.end])[:12]
    for w in before + inside:
        f = fold_word(w)
        if f in _CLINICAL_USES or f.startswith(_CLINICAL_STEMS):
            return True
    return False
