"""People other than the patient, and ages over 89 (HIPAA Safe Harbor, ICMJE).

The patient's own name is known to the engine; other people are found by their context:
a title ("Dr. Jane Roe", "Mrs Smith"), a relationship word before or after the name ("her
daughter Mary Smith", "husband John", "Mary Smith (daughter)"), or initials ("J.S.").
Names are capitalised words; clinical words after a relationship word are not ("her
husband reported", "son, who").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy import kin, titles
from caselog.privacy.age import OLDEST_AGE_SHOWN
from caselog.privacy.patterns import CAPITAL, CAPITALISED_WORD, DIGIT, Hit, alternation, words
from caselog.privacy.vocab import function_word, vocabulary

TITLES = (
    "|".join(titles.TITLES) + r"|Doctor|Professor|Rev"
    # French, German, Spanish, Italian, Portuguese (the text is read without accents)
    r"|Pr|Fr|Hr|Don|Dona|Enf|Schwester|Pfleger|Infirmiere|Docteur|Doktor"
    # written in lower case too ("il dott. Rossi", "la sra. Ibarra", "chez madame X")
    r"|(?i:mme|mmes|mlle|monsieur|madame|mademoiselle|herr|herrn|frau|sr|sra|srta|dra|"
    r"senor|senora|senorita|dott|dott\.ssa|dottssa|dottoressa|sig|sig\.ra|sigra|signor|"
    r"signora|signorina|senhor|senhora"
    # Dutch, Polish, Swedish, Turkish (accents stripped, "ł" and "ı" read as "l", "i")
    r"|mevrouw|mevr|mw|meneer|dhr|dokter|zuster|zr|pani|pan|doktor|lek|mgr|fru|froken|"
    r"overlakare|ssk|hemsire|uzm|doc|dr"
    # professional and religious titles of other languages (issue 14, classes_words):
    # pharmacists (Pharm., PharmD, PharmDr., farm., Ecz., Apotheker), Spanish and Latin
    # American degrees (Lic., Licda., Mtra.), religious sisters and brothers (Hna., Hno.,
    # Sor, Suor, Fra, Frei, Irma, Soeur, Br.), Hebrew and Arabic (Rav, Rabbanit,
    # Sheikh), Indonesian midwives (Bidan); not "Ns." ("NS" is normal saline)
    r"|pharm|pharmd|pharmdr|farm|ecz|apotheker|apothekerin|apothekerin|farmaceut|"
    r"farmaceutka|farmacista|farmaceutica|farmaceutico|pharmacien|pharmacienne|"
    r"gyogyszeresz|vaistininke|vaistininkas|lic|licda|licdo|mtra|mtro|hna|hno|sor|suor|"
    r"fra|frei|irma|soeur|sœur|br|rav|harav|rabbanit|sheikh|bidan)"
)
RELATIVES = (
    r"wife|husband|spouse|partner|fianc[eé]e?|daughter|son|child|mother|father|mom|mum|dad|"
    r"sister|brother|sibling|aunt|uncle|niece|nephew|cousin|grand(?:son|daughter|child|"
    r"mother|father)|step(?:son|daughter|mother|father)|friend|neighbou?r|carer|caregiver|"
    r"guardian|relative|landlord|employer|colleague|GP|physician|nephrologist|surgeon|"
    r"nurse|pharmacist|cardiologist|radiologist|oncologist"
    # the same in French, German, Spanish, Italian and Portuguese (without accents)
    r"|fils|fille|mari|epouse|epoux|femme|frere|soeur|mere|pere|petit-fils|petite-fille|"
    r"neveu|niece|voisin|voisine|ami|amie|infirmiere|medecin|nephrologue|"
    r"Sohn|Tochter|Ehemann|Ehefrau|Mann|Bruder|Schwester|Mutter|Vater|Enkel|Enkelin|Nachbar|"
    r"Nachbarin|Freund|Freundin|Hausarzt|Hausarztin|Lebensgefahrte|Lebensgefahrtin|"
    r"hijo|hija|esposo|esposa|marido|mujer|hermano|hermana|madre|padre|nieto|nieta|vecino|"
    r"vecina|amigo|amiga|figlio|figlia|marito|moglie|fratello|sorella|nipote|vicino|vicina|"
    r"filho|filha|irmao|irma|mae|pai|neto|neta|vizinho|vizinha|companheiro|companheira"
    # Dutch, Polish, Swedish, Turkish, and clinicians' roles in German and these
    r"|dochter|zoon|echtgenoot|echtgenote|vrouw|moeder|vader|broer|zus|buurman|buurvrouw|"
    r"huisarts|nefroloog|verpleegkundige|corka|syn|maz|zona|matka|ojciec|brat|siostra|"
    r"sasiad|sasiadka|lekarz|pielegniarka|pielegniarz|nefrolog|dotter|make|maka|bror|"
    r"syster|granne|lakare|sjukskoterska|kizi|oglu|esi|annesi|babasi|kardesi|komsusu|"
    r"Oberarzt|Oberarztin|Assistenzarzt|Assistenzarztin|Facharzt|Facharztin|Chefarzt|"
    r"Chefarztin|Stationsarzt|Stationsarztin|Pfleger|Pflegerin|registrar|consultant|"
    r"collega|kollega|kolega|Kollege|Kollegin|overl(?:æ|ae)ge|l(?:æ|ae)ge|overlege|lege|"
    r"sygeplejerske|sykepleier|distriktsl(?:a|ä)kare|distriktslakare|husl(?:æ|ae)ge|fastlege"
)
# Capitalised words that follow a relationship word or title without being a name.
NOT_NAMES = frozenset(
    words(
        """the a an and but or he she they it his her their this that who which was were is
    are has had in on at of to for with from by after before when while as if then there
    also later today yesterday tomorrow january february march april may june july
    august september october november december monday tuesday wednesday thursday friday
    saturday sunday dr prof med"""
    )
)
# All-capital abbreviations written like initials that are not a person's.
NOT_INITIALS = frozenset({"U.S.", "U.K.", "A.M.", "P.M.", "U.N.", "E.U.", "D.C.", "N.B."})

_TITLES = alternation(
    TITLES + "|(?i:" + "|".join(t.replace("_", r"\s+") for t in kin.TITLE_WORDS) + ")"
)
_RELATIVES = alternation(
    RELATIVES + "|" + "|".join(w.replace("_", r"\s+") for w in kin.RELATIVE_WORDS)
)
_WORD = CAPITALISED_WORD
_INITIAL = r"[A-Z]\."
_NAME = rf"(?:{_INITIAL}\s?)*{_WORD}(?:\s+(?:{_INITIAL}\s?)*{_WORD}){{0,2}}"
# a family name's particles written in lower case after a title ("Dhr. van den Berg")
_PARTICLED = (
    rf"(?:(?:van|von|de|der|den|ter|ten|da|di|du|del|della|dos|das|le|la)\s+){{0,3}}{_NAME}"
)

# titles one after another ("Frau Dr. Liebscher", "Prof. Dr. med. Weber") name one person;
# none after a slash, a unit's last part ("3,8 mg/dl. Χορηγήθηκε" has no title "Dl.")
_AFTER_TITLE = re.compile(
    rf"(?<![\w/])(?:{_TITLES})\.?(?:\s+(?:{_TITLES}|med|hab|dr|sc|ing|dipl)\.?)*\s+(?P<name>{_PARTICLED})"
)
_AFTER_RELATIVE = re.compile(
    rf"(?i:\b(?:{_RELATIVES})(?:-in-law)?(?:'s)?)(?:,|\s*:|\s+[-–]|\s+named|\s+called|\s+is|\s+was)?"
    rf"\s+(?P<name>{_NAME})"
)
_BEFORE_RELATIVE = re.compile(
    rf"(?P<name>{_NAME})"
    rf"(?i:\s*\((?:(?:his|her|their|the\s+patient's)\s+)?(?:{_RELATIVES})(?:-in-law)?\)"
    rf"|,\s+(?:his|her|their|the\s+patient's)\s+(?:{_RELATIVES})\b)"
)
# Latin, Cyrillic and Greek capitals ("Сидорова Е.П.", "Παπαδόπουλος Γ.Κ.")
_CAP_LETTER = r"[A-ZА-ЯЁЄІЇЎЂЈЉЊЋЏΑ-ΩΆΈΉΊΌΎΏ]"
_INITIALS = re.compile(rf"(?<![\w.])(?:{_CAP_LETTER}\.\s?){{1,2}}{_CAP_LETTER}\.(?!\w)")
# "d/o Raman", "s/o Muthu", "w/o Suresh": daughter, son, wife of; a parent's or
# husband's name after, as South Asian and Malaysian records write it
_OF_PARENT = re.compile(r"(?i:\b[dswc]/o\.?)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")

_AGE = re.compile(
    r"(?i:(?P<art>\b(?:a|an)\s+)?\b(?P<n>\d{2,3})"
    r"(?:[\s-]*(?:years?|yrs?|y)[\s-]*old\b|\s*(?:yo|y/o|y\.o\.)(?!\w)|\s+years\s+of\s+age\b)"
    r"(?:\s+(?P<noun>woman|man|female|male|lady|gentleman|patient|person|widow|widower|"
    r"resident|retiree)\b)?)"
)
_AGED = re.compile(r"\b(?P<lead>aged?\s*:?\s*)(?P<n>\d{2,3})\b(?!\s*(?:mg|kg|%|[.,]\d))", re.I)


def _name_hit(text: str, start: int, name: str) -> Hit | None:
    """The name's words up to the first one that is not a name."""
    words = name.split()
    n = next((i for i, w in enumerate(words) if w.lower().rstrip(".") in NOT_NAMES), len(words))
    if not n:
        return None
    end = start + len(" ".join(words[:n]))
    return Hit(start, end, "name", "[name]")


# A name written in lower case after a title or a relation word ("mrs wanjiru helps",
# "her son brian", "Daughter - agnieszka kowalczyk - called"): up to two words, each a
# known name or no word of any list (``_lower_name``).
# the relation words of other languages too ("sua filha maria", "seine Tochter anna")
_LOWER_CUES = "|".join(re.escape(w) for w in kin.RELATIVE_WORDS if len(w) >= 4 and "_" not in w)
_ENGLISH_CUES = (
    r"mrs|mr|ms|miss|mx|dr|son|daughter|husband|wife|brother|sister|mother|father|"
    r"neighbour|neighbor|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|grandmother|"
    r"grandfather|friend|carer|caregiver|partner|fianc[eé]e?"
)
_ENGLISH_CUE = re.compile(rf"(?i:{_ENGLISH_CUES})\.?(?:-in-law)?")
_LOWER_AFTER = re.compile(
    rf"(?P<cue>(?i:\b(?:{_ENGLISH_CUES}|{RELATIVES}|{_LOWER_CUES})\.?(?:-in-law)?))"
    r"(?:\s*[:\-–]\s*|\s+)(?P<name>[a-z][a-z'’]{2,}(?:\s+[a-z][a-z'’]{2,})?)(?![\w-])"
)


def _lower_name(word: str) -> bool:
    v = vocabulary()
    f = word.lower().replace("’", "'")
    if f in NOT_NAMES or function_word(f) or f in v.clinical or f in v.medical or v.drug(f):
        return False
    if f in v.proper or f in v.persons:
        return f not in v.english  # "brian", "wanjiru"; not "grace" or "will" in lower case
    return f not in v.english and not v.ordinary(f)


def _listed(word: str) -> bool:
    v = vocabulary()
    f = word.lower().replace("’", "'")
    return f in v.proper or f in v.persons


def _lower_names(text: str) -> Iterator[Hit]:
    for mt in _LOWER_AFTER.finditer(text):
        if mt["cue"].isupper():
            continue  # "MR visade diskbråck": magnetic resonance, no title
        a = mt.start("name")
        end = a
        # after another language's relation word, only a name of the lists ("sua filha
        # maria"; its word lists miss too many verbs: "sua filha dirige")
        known_only = not _ENGLISH_CUE.fullmatch(mt["cue"])
        for w in re.finditer(r"\S+", mt["name"]):
            if not _lower_name(w.group()) or (known_only and not _listed(w.group())):
                break
            end = a + w.end()
        if end > a:
            yield Hit(a, end, "name", "[name]")


def find_persons(text: str) -> Iterator[Hit]:
    """Names of people found by their context, and initials."""
    yield from _lower_names(text)
    if not CAPITAL.search(text):
        yield from _initials(text)  # Cyrillic or Greek capitals alone ("Жуков Д.П.")
        return
    for pat in (_AFTER_TITLE, _AFTER_RELATIVE, _BEFORE_RELATIVE):
        for mt in pat.finditer(text):
            hit = _name_hit(text, mt.start("name"), text[mt.start("name") : mt.end("name")])
            if hit is not None:
                yield hit
    for mt in _OF_PARENT.finditer(text):
        yield Hit(mt.start("name"), mt.end("name"), "name", "[name]")
    yield from _initials(text)


def _initials(text: str) -> Iterator[Hit]:
    for mt in _INITIALS.finditer(text):
        if mt.group().replace(" ", "") not in NOT_INITIALS:
            yield Hit(mt.start(), mt.end(), "name", "[initials]")


def find_old_ages(text: str) -> Iterator[Hit]:
    """Ages over 89 in the usual written forms, each told as "90 or older"."""
    if not DIGIT.search(text):
        return
    shown = f"aged {OLDEST_AGE_SHOWN} or older"
    for mt in _AGE.finditer(text):
        if int(mt["n"]) < OLDEST_AGE_SHOWN:
            continue
        art, noun = mt["art"], mt["noun"]
        if noun:
            lead = (art[0] + " ") if art else ""
            yield Hit(mt.start(), mt.end(), "age", f"{lead}{noun} {shown}")
        elif art:
            yield Hit(mt.start(), mt.end(), "age", f"{art[0]} person {shown}")
        else:
            yield Hit(mt.start(), mt.end(), "age", shown)
    for mt in _AGED.finditer(text):
        if int(mt["n"]) >= OLDEST_AGE_SHOWN:
            yield Hit(mt.start("n"), mt.end("n"), "age", f"{OLDEST_AGE_SHOWN} or older")
