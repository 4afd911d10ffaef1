"""Identifiers made of safe words or numbers, found by their shape (issue 14).

Redacting every capitalised word no list knows does not catch what is written in words
every list knows, or in digits: an e-mail spelt out with a local word for "at" and "dot";
a number in space-separated groups (an identity card, a phone at a sentence's end); a car
plate; a season with its year; a day and a Roman month; an age over 89 written as a
number word, or beside an age word; a role that singles a person out ("the only
goldsmith on ..."). Each finder is written for the shape, with the words of many
languages where a shape needs a word (``kin`` holds the lists), never for one corpus.

Every finder reads the normal form of ``normalize`` (accents stripped) and yields ``Hit``s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy import gazetteer as g
from caselog.privacy import kin, persons, world
from caselog.privacy.age import OVER_89
from caselog.privacy.normalize import list_form
from caselog.privacy.patterns import DIGIT, Hit, phrases
from caselog.privacy.vocab import _morphology, vocabulary

_alt = phrases


_folded = list_form


_AT_WORDS = kin.AT_WORDS + _folded(kin.AT_WORDS_MORE)
_DOT_WORDS = kin.DOT_WORDS + _folded(kin.DOT_WORDS_MORE)
_TLDS = frozenset(kin.TLDS)


# -- e-mails spelt out -----------------------------------------------------------------------

_BRACKETED = r"[(\[{<]\s*[^\W\d_]{1,12}\s*[)\]}>]"
_AT = rf"(?:\s*{_BRACKETED}\s*|\s+(?i:{_alt(_AT_WORDS)})\s+|\s*@\s*)"
_DOT = rf"(?:\s*{_BRACKETED}\s*|\s+(?i:{_alt(_DOT_WORDS)})\s+|\.|\s+\.\s+)"
_LOCAL = r"(?<![\w.@-])[A-Za-z0-9][\w.+-]*[A-Za-z0-9]"
_SPELT_EMAIL = re.compile(
    # a dot of the local part may be spelt too ("piet punt jansen apenstaartje ...")
    rf"(?P<local>{_LOCAL}(?:\s+(?i:{_alt(_DOT_WORDS)})\s+[A-Za-z0-9][\w.+-]*)*)(?P<at>{_AT})[A-Za-z0-9][\w-]*(?:{_DOT}[A-Za-z0-9][\w-]*)*"
    rf"(?P<dot>{_DOT})(?P<tld>[A-Za-z]{{2,6}})(?![\w@])"
)
# words that are ordinary words as well
_PLAIN_AT = frozenset({"at", "et", "a", "en", *kin.PLAIN_AT_MORE})


# The segments of a local part before the one the pattern took, each joined by a word
# for "dot" or "underscore" or by a spaced ".", "_" or "-" ("zwazo underscore 87 at ...",
# "ti . zwazo . lamour @ gmail . com"): the first segment is a name as much as the last.
_SEGMENT_SEPARATOR = (
    rf"(?:\s+(?i:{_alt(_DOT_WORDS + _folded(kin.UNDERSCORE_WORDS))})\s+|\s*[._-]\s*)"
)
# Segments in lower case with a letter each: "5 . Then at home . com" is two sentences.
_SEGMENTS_BEFORE = re.compile(rf"(?:(?<![\w.@-])[a-z0-9+-]*[a-z][a-z0-9+-]*{_SEGMENT_SEPARATOR})+$")


def _local_start(text: str, start: int, local: str) -> int:
    if local != local.lower():
        return start
    before = _SEGMENTS_BEFORE.search(text, max(0, start - 120), start)
    return before.start() if before else start


def _spelt_emails(text: str) -> Iterator[Hit]:
    for mt in _SPELT_EMAIL.finditer(text):
        at = mt["at"].strip(" ()[]{}<>").lower()
        if mt["at"].strip() == "@" and mt["dot"] == ".":
            continue  # a plain address: the generic pattern's
        start = _local_start(text, mt.start(), mt["local"])
        local = text[start : mt.end("local")]  # with the segments before it
        spelt_tld = mt["dot"].strip() != "." and mt["tld"].lower() in _TLDS
        if at in _PLAIN_AT and not re.search(r"[._\d]", local) and not spelt_tld:
            if start == mt.start():
                continue  # "seen at home dot ..." is no address: the local part has no dot
        if mt["dot"] == "." and not re.search(r"[(\[{<]", mt["at"]) and at in _PLAIN_AT:
            if not re.search(r"[._]", local) and start == mt.start():
                continue
        yield Hit(start, mt.end(), "email", "[email]")


# -- numbers in groups, plates -----------------------------------------------------------------

_UNIT_AFTER = (
    r"(?!\s*(?:%|mg|g|kg|mcg|ug|ng|ml|l|dl|mmol|umol|nmol|iu|u|units?|mm|cm|m|km|"
    r"cells|copies|kopij|/)\b)"
)
# Eight digits or more in groups of two or more, with a letter at either end if any
# ("0904931 505118", "079 131 004 812", "J 3022 0118 K", "03 9918 2201 6"); a date
# ("2024-01-05") is the date finders'.
_GROUPS = re.compile(
    r"(?<![\w.,/])(?:[A-Z]\s)?\d{2,}(?:[ \u00a0-]\d{1,}){1,5}(?!\d)(?:\s[A-Z](?![\w-]))?"
    + _UNIT_AFTER
    + r"(?![\w.,]\d|\s*(?:per|copies|cells|x\s*10)\b)"
)
_DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{2}-\d{2}-\d{4}$")
# A British national insurance number ("QQ 12 34 56 C").
_NI = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")
# Plates of three groups, or of a shape no clinical code takes: "AA 412 BK", "AB 6952 KL",
# "LJ 45-KRN", "ABC-123-D", "KCB 418X", "59-X3 412.58", "4417 KLM" (consonants).
_PLATES = re.compile(
    r"\b(?:[A-Z]{2,3}[ -]\d{2,4}[ -][A-Z]{1,3}"
    r"|[A-Z]{2}\s\d{2,3}-[A-Z]{2,3}"
    r"|[A-Z]{3}\s\d{3}[A-Z]"
    r"|\d{2}-[A-Z]\d\s\d{3}\.\d{2}"
    r"|\d{4}\s[B-DF-HJ-NP-TV-Z]{3})\b(?![/-])"
)
_NOT_PLATE = re.compile(r"^(?:HLA|CKD|NYHA|ASA|ECOG|GCS|KDIGO|CD|IG[AGME])\b")
# Two groups after a word for a vehicle, a few words before: "the car FBK 217", "a jeep,
# plate NBC 4412", "targa e makinës AA 412".
# The words between may be of any script ("Αυτοκίνητο ΡΖΧ-4127", "Toyota με πινακίδα
# ΝΚΥ-4418"); the plate is two to five groups of capitals and digits ("ZE 41872", "35 ABC
# 418", "DL 8S AB 4417", "GR 4182-19", "A123BC 69", "3a-LU-2-1804", "500 sa 12-34": a
# Japanese kana written out between its numbers).
_VEHICLE_WORDS = kin.VEHICLE_WORDS + _folded(kin.VEHICLE_WORDS_MORE)
_VEHICLE = re.compile(
    rf"(?i:\b(?:{_alt(_VEHICLE_WORDS)})\b)(?:[\s,:]+(?:[^\W\d_]|['’.])+){{0,4}}?[\s,:]+"
    r"(?P<v>(?:\d{1,3}[a-z]?|[A-Z0-9]{1,7})(?:[ .-](?:[a-z]{1,2}[ .-](?=\d))?[A-Z0-9]{1,5}){0,4})"
    r"(?![\w-])(?!\s*(?:%|mg|g|kg|ml|l|mmol|umol|km|km/h|mph|years?|hours?|days?)\b)"
)


_PLATE_UNIT_END = re.compile(r"(?i)[ .-](?:ui|iu|u|mg|ml|kg|mmol|l|g|x)$")


def _plate_like(value: str) -> bool:
    """Two digits or more and a letter, as every plate has (not "2019", not "CKD 4"),
    not a dose ("4000 UI")."""
    digits = sum(c.isdigit() for c in value)
    if _PLATE_UNIT_END.search(value):
        return False
    return digits >= 2 and any(c.isalpha() for c in value) and len(value) >= 5


_LICENCE_LABELS = kin.LICENCE_LABELS + _folded(kin.LICENCE_LABELS_MORE)
# A label, its filler words ("n°", "no.", "de", "all'"), then the number: four digits or
# more, dotted or slashed, after up to two groups of capitals ("M.P. 13.724", "RM
# 5-1473-09", "MDC/RN/4182", "αρ. μητρώου ΙΣΙ 48172", "leyfisnúmer 7418").
_LICENCE = re.compile(
    rf"(?i:\b(?P<label>(?:{_alt(_LICENCE_LABELS)})(?:-[A-Z]{{2}})?)\.?"
    r"(?:\s+(?:lic|reg|no|nr|n|num|number|numero|nummer|registration|profissional|"
    r"profesional|de|des|do|da|di|del|della|dell['’]|all['’]|des|du)\.?"
    r"(?:\s*[º°o]\.?)?){0,3}\s*[:#/]?\s*(?:is\s+)?)"
    r"(?P<v>(?:[A-ZΑ-ΩА-ЯЁ]{1,4}[\s/-]?){0,2}\d[\d/.-]{2,14}\d)(?![\w/])"
    r"(?!\s*(?:%|mg|g|kg|ml|l|mmol|umol|u|iu|units?)\b)"
)
# a year a record may hold (1900 to 2039) is no licence; "PNGMC 2091" is one
_NOT_LICENCE = re.compile(r"^(?:19\d\d|20[0-3]\d)$|^\d{1,3}[.,]\d{1,2}$")
# A register no list holds: an acronym with the letters of a council or board ("...MC",
# "...MDC", "...MB", "...NC", "...PC": "PNGMC", "SIMDC", "MBPNG", "ZNC", "FPC") before a
# number of four digits or more (in groups: "44-71", "12 345"; after letters: "RN/4182"),
# with a register's words between or none; not a clinical
# abbreviation ("PCR", "MCHC", "CMV"), a code's system ("LOINC", "NCT") or a count
# ("PCR 4500 copies").
_COUNCIL = re.compile(
    r"\b(?P<label>[A-Z]{0,5}(?:MC|MB|DC|NC|PC|OM|CM)[A-Z]{0,3})"
    r"(?:\s*(?:[Rr]eg|REG|[Nn]o|NO|[Nn]r|[Nn][º°o]|#)\.?)*\s*[:#/]?\s*"
    r"(?P<v>(?:[A-Z]{1,4}[\s/-]?){0,2}\d(?:[\d/.-]|\s(?=\d)){2,14}\d)(?![\w/.,]\d|[\w/])"
    r"(?!\s*(?:%|mg|g|kg|ml|l|mmol|umol|u|iu|units?|copies|cells|cp|/)\b)"
)
_NOT_COUNCILS = frozenset(
    ("LOINC", "NCT", "SNOMED", "ICD", "DOI", "PMC", "PMCID", "SCM", "ANC", "AMC", "PCT", "PCV")
    + ("NCS", "DCT", "MCHC", "MCH", "MCV", "MCP", "PCI", "PCA", "PCP", "PCOS", "CMV", "HCM")
)


def _councils(text: str) -> Iterator[Hit]:
    v = vocabulary()
    for mt in _COUNCIL.finditer(text):
        label = mt["label"]
        if label in _NOT_COUNCILS or label.lower() in v.clinical or v.ordinary(label.lower()):
            continue
        if sum(c.isdigit() for c in mt["v"]) < 4 or _NOT_LICENCE.match(mt["v"]):
            continue
        yield Hit(mt.start("v"), mt.end("v"), "licence number", "[licence number]")


# A postcode with its country's letters ("LV-3401", "SI-1000", "LT-01103") or the postal
# mark ("〒900-0032"); a Maltese one after its town ("Zebbug ZBG 1402").
_POSTCODE = re.compile(
    r"(?:\b(?:LV|LT|EE|SI|HR|SK|CZ|PL|DE|AT|CH|FR|IT|ES|PT|BE|NL|LU|DK|SE|NO|FI|IS|GR|CY|"
    r"MT|RO|BG|HU|RS|BA|ME|MK|AL|UA|MD|BY|GE|AM|AZ|IL|TR|D|A|F|I|B|L|S|N)-\d{3,5}\b"
    r"|〒\s?\d{3}-?\d{4}\b"
    r"|(?<=[a-z] )[A-Z]{3}\s?\d{4}\b(?![/-]|\s*[a-z]))"
)


# -- dates -----------------------------------------------------------------------------------

_SEASONS = kin.SEASONS + _folded(kin.SEASONS_MORE)
_SEASON_YEAR = re.compile(
    rf"(?i)\b(?:the\s+)?(?:{_alt(_SEASONS)})"
    rf"(?:\s+(?:{_alt(kin.SEASON_LINKS)}))?(?:\s+(?:year|ano|ano|anno|any|godine|leta))?"
    r"\s+(?:19|20)\d\d\b"
)
_ROMAN = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"
_DAY_ROMAN = re.compile(
    rf"(?<![\w./-])(?:[12]\d|3[01]|0?[1-9])\s?[./]\s?(?:{_ROMAN})\b(?![./-]?\s?\d)"
)
_NOT_ROMAN_DAY = re.compile(
    r"(?i)(?:grade|stage|class|type|ckd|nyha|clavien|gustilo|tanner|fontaine|grado|"
    r"stadium|stadio|estadio|klasse|tipo|typ|factor|faktor)\s*$"
)
_MONTH_AFTER_D = re.compile(
    rf"(?i)\b(?:[12]\d|3[01]|0?[1-9])\s+d['’](?:{_alt(kin.ELIDED_MONTHS)})\b"
)


_FEAST = re.compile(
    rf"(?i:\b(?:the\s+)?(?:{_alt(kin.FEAST_WORDS)})\s+(?:{_alt(kin.FEAST_LINKS)})\s+"
    r"(?:(?:the|our|la|el|il|l['’]|is-|il-)\s*)?)(?:(?:St\.?|Saint|Santa?|Sant|San|Sao|Santo|"
    r"Nostra|Nuestra|Our)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
)


# A word ending in a word for "day", before a year, names a day of that year
# ("självständighetsdagen 2022", "sumardaginn fyrsta 2023", "Unabhängigkeitstag 2020").
_DAY_COMPOUND_YEAR = re.compile(
    rf"(?i)\b[^\W\d_]{{3,}}(?:{_alt(kin.DAY_ENDINGS)})(?:\s+[^\W\d_]+)?\s+(?:19|20)\d\d\b"
)
# The year first, then a Roman month and the day ("2023. IV. 12-én", "2021 XI 3").
_YEAR_ROMAN_DAY = re.compile(
    rf"(?<![\w.])(?:19|20)\d\d\.?\s*(?:{_ROMAN})\.\s*(?:[12]\d|3[01]|0?[1-9])\b\.?(?:-[^\W\d_]+)?"
)
# A date of the Solar Hijri or Hijri calendar ("1335/12/30", written in Persian digits
# and read as 0-9 in the normal form): the years 1300 to 1499.
_HIJRI_DATE = re.compile(
    r"(?<![\d/.-])1[34]\d\d([/.-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d/])"
)
# A day of the month in words before the month ("le vingt-trois mars 2022", "el doce de
# mayo de 2021", "am dritten März").
_DAY_WORD_MONTH = re.compile(
    rf"(?i)\b(?:{_alt(kin.DAY_WORDS)})\s+(?:de\s+)?"
    rf"(?:{_alt(tuple(g.MONTH_WORDS) + tuple(world.FOREIGN_MONTHS))})\b"
    r"(?:,?\s+(?:de\s+)?(?:19|20)\d\d\b)?"
)
_DAY_WORD_FIRST = _folded(kin.DAY_WORDS)
# An age told by its decade: "in her late nineties", "in his mid-90s", "Mitte neunzig".
_DECADE_AGE = re.compile(
    rf"(?i)\b(?:{_alt(kin.DECADE_AGE_LEADS)})\s+(?:(?:early|mid|late|middle)[\s-]*)?"
    r"(?:nineties|90s|90['’]s|hundreds)\b"
    r"|\b(?:Anfang|Mitte|Ende)\s+(?:neunzig|der\s+neunziger|90)\b"
    r"|\b(?:la\s+)?(?:quatre-vingt-dizaine|nonantaine)\b"
)
_DAY_MONTH_INFLECTED = re.compile(
    rf"(?i)\b(?:[12]\d|3[01]|0?[1-9])\.?\s+(?:{_alt(tuple(g.MONTH_WORDS))})[a-z]{{1,4}}\b"
)


def _dates_in_words(text: str, low: str, seen: set[str]) -> Iterator[Hit]:
    """The dates and ages of this module that need no digit."""
    if any(w.split("_")[0] in seen for w in _DAY_WORD_FIRST):
        yield from _hits(_DAY_WORD_MONTH, text, "date", "[date]")
    if "ninet" in low or "90" in low or "neunzig" in low or "dizaine" in low or "nonantaine" in low:
        yield from _hits(_DECADE_AGE, text, "age", "90 or older")


def _dates(text: str, low: str, seen: set[str]) -> Iterator[Hit]:
    yield from _hits(_DAY_MONTH_INFLECTED, text, "date", "[date]")
    if seen & _SEASON_FIRST and _YEAR.search(text):
        yield from _hits(_SEASON_YEAR, text, "date", "[date]")
    for mt in _DAY_ROMAN.finditer(text):
        if not _NOT_ROMAN_DAY.search(text[max(0, mt.start() - 12) : mt.start()]):
            yield Hit(mt.start(), mt.end(), "date", "[date]")
    if "d'" in low or "d’" in low:
        yield from _hits(_MONTH_AFTER_D, text, "date", "[date]")
    if _YEAR.search(text):
        yield from _hits(_DAY_COMPOUND_YEAR, text, "date", "[date]")
        yield from _hits(_YEAR_ROMAN_DAY, text, "date", "[date]")
    yield from _hits(_HIJRI_DATE, text, "date", "[date]")


# -- ages over 89 ----------------------------------------------------------------------------

_OLD = r"(?:9\d|1[01]\d)"
# the end of a word, also after a vowel sign (Gujarati "વર્ષની": "\b" fails after "ી");
# the dandas ("।", "॥") end a sentence
_WORD_END = r"(?![\w\u0900-\u0963\u0966-\u0dff])"
_AGE_WORD_AFTER = re.compile(
    rf"(?i)(?<![\d.,])(?P<n>{_OLD})(?:\s*-\s*|\s+)"
    rf"(?:{_alt(kin.AGE_WORDS_AFTER + _folded(kin.AGE_WORDS_AFTER_MORE))}){_WORD_END}"
    # the age signs of Japanese, Chinese and Korean, written after the number unspaced
    rf"|(?<![\d.,])(?P<m>{_OLD})\s?(?:{kin.AGE_SIGNS_AFTER})"
    # "Ivan Sidorov, 94 years.", "woman of 93 yrs": years alone, but not "100 years ago"
    rf"|(?<![\d.,])(?P<y>{_OLD})\s+(?i:years?|yrs?)\b(?!\s+(?i:ago|before|earlier|later|since|"
    r"prior|previously|after|back)\b)"
)
_AGE_WORD_BEFORE = re.compile(
    rf"(?i)\b(?:{_alt(kin.AGE_WORDS_BEFORE)})\s+(?P<n>{_OLD})\b(?![.,]\d|\s*(?:%|mg|ml|kg|/))"
)
# An age glued to the sex in a lab report's or a label's header ("93Y/F", "94 Y / M",
# "93F", "(93 F)", "F/93 J"): with a year's letter the pair is unmistakable; without one,
# "99F" is a temperature after a word for it ("Temp 99F", "fever 101 F") or a degree.
_AGE_SEX = re.compile(
    rf"(?<![\d.,/:])(?P<n>{_OLD})\s?(?:(?P<y>[Yy](?:rs?|o)?|[Jj]|[Aa])\s?/?\s?[FMWfmKkVvHh]"
    r"|\s?[FM])(?![\w°/-]|[.,]\d|\s*°|\s*(?i:fahrenheit|fever|febrile|temp)\b)"
    rf"|(?<![\w/.])[FM]\s?/\s?(?P<m>{_OLD})(?!\s*(?:%|mg|ml|kg|mm|cm|[.,]\d|/\d))\b"
)
_TEMPERATURE_BEFORE = re.compile(
    r"(?i)\b(?:t|temp|temperature|tmax|tc|fever|febrile|pyrexia|oral|axillary|rectal|"
    r"tympanic|spiked?|spiking|°)\b[^|\n;]{0,14}$"
)


# "an" (year) of the French creoles after an age ("Li ena 93 an"), not English "an" before
# the noun a number counts ("95 an hour")
_AGE_AN = re.compile(rf"(?<![\d.,])(?P<n>{_OLD})\s+an\b(?!\s*(?:[-/]|\d))(?P<rest>\s+[^\W\d_]+)?")


def _creole_years(text: str) -> Iterator[Hit]:
    english = vocabulary().english
    for mt in _AGE_AN.finditer(text):
        if (mt["rest"] or "").strip().lower() in english:
            continue
        yield Hit(mt.start("n"), mt.end("n"), "age", OVER_89)


def _ages_beside_sex(text: str) -> Iterator[Hit]:
    for mt in _AGE_SEX.finditer(text):
        if mt["n"] and not mt["y"] and _TEMPERATURE_BEFORE.search(text, 0, mt.start()):
            continue
        if mt["n"]:  # the age and its year's letter; the sex stays ("90 or older/F")
            yield Hit(mt.start("n"), mt.end("y") if mt["y"] else mt.end("n"), "age", OVER_89)
        else:
            yield Hit(mt.start("m"), mt.end("m"), "age", OVER_89)


_NINETY_WORDS = kin.NINETY_WORDS + _folded(kin.NINETY_WORDS_MORE)
_NINETY = re.compile(
    rf"(?i)\b(?:(?:{_alt(_NINETY_WORDS)})"
    rf"(?:[\s-]+(?:{_alt(kin.NUMBER_LINKS + _folded(kin.NUMBER_LINKS_MORE))}))?"
    rf"(?:[\s-]*(?:{_alt(kin.ONES_WORDS + _folded(kin.ONES_WORDS_MORE))}))?"
    # the ones first ("dreiundneunzig", "vierennegentig", "treoghalvfems")
    rf"|(?:{_alt(kin.ONES_FIRST)})(?:{_alt(_folded(kin.NINETY_AFTER_ONES))})[a-z]*"
    # French tens of twenty ("quatre-vingt-treize"), Basque tens of twenty ("laurogeita
    # hamabi")
    r"|quatre[\s-]vingts?[\s-](?:dix(?:[\s-](?:sept|huit|neuf))?|onze|douze|treize|"
    r"quatorze|quinze|seize)"
    r"|laurogeita\s+(?:hamar|hamaika|hamabi|hamahiru|hamalau|hamabost|hamasei|"
    r"hamazazpi|hemezortzi|hemeretzi)"
    # Malagasy puts the ones first, "amby" between ("efatra amby sivifolo": 94)
    r"|(?:iray|iraika|roa|telo|efatra|dimy|enina|fito|valo|sivy)\s+amby\s+sivifolo)\b"
    rf"(?![\w-]|\s*%|\s*(?:mg|ml|kg|g|mmhg|minutes?|mins?|seconds?|percent|per\s+cent|times|"
    r"percentile|centile|percentil|perzentil|"
    r"beats|bpm|days?|hours?|patients?|cases?|units?)\b)"
)


# -- roles that single a person out ----------------------------------------------------------

_CLAUSE_END = (
    r"(?=[.;:,!?\n)]|$|\s+(?:and|but|who|which|where|in|i|y|e|na|dhe|va|ou|und|og|och|"
    r"dan|ja|ir|un|es|ve|et)\s)"
)
# Where the role is: a settlement word, or a capitalised name ("the village", "Gatundu").
_SETTLEMENTS = kin.SETTLEMENT_WORDS + _folded(kin.SETTLEMENT_WORDS_MORE) + kin.GROUP_WORDS
_ONLY_WORDS = kin.ONLY_WORDS + _folded(kin.ONLY_WORDS_MORE)
_PLACE_LINKS = kin.PLACE_LINKS + _folded(kin.PLACE_LINKS_MORE)
_WHERE = (
    r"(?:(?:the|a|el|la|le|il|o|a|y|yr|ang|i)\s+)?"
    rf"(?:(?i:{_alt(_SETTLEMENTS)})\b|[A-ZΑ-ΩА-ЯЁ][^\W\d_A-Z]|[^\W\d_]+\s+\d+\b)"
)
_ONLY = re.compile(
    rf"(?i:\b(?:{_alt(_ONLY_WORDS)})\s+(?:[^\W\d_][\w'’-]*\s+){{0,5}}?"
    rf"(?:{_alt(_PLACE_LINKS)})\s+){_WHERE}[^.;:,!?\n]{{0,60}}?{_CLAUSE_END}"
)
# An office one person holds in a place: "the mayor of the town", "la maire du village",
# "der Bürgermeister von Tiana".
_OFFICE = re.compile(
    rf"(?i:\b(?:{_alt(kin.OFFICE_WORDS)})[a-z]{{0,3}}\s+(?:{_alt(kin.OFFICE_LINKS)})\s+(?:(?:the|la|le|el|il|l['’])\s*)?)"
    # up to two words before the place or group ("of the main mosque in Lamu")
    rf"(?:[a-z]{{3,}}\s+){{0,2}}{_WHERE}[^.;:,!?\n]{{0,40}}?{_CLAUSE_END}"
)
# A first or a fame that singles a person out: "the first woman surgeon in Madagascar",
# "a famous taarab singer", "the well-known footballer".
_FAME_WORDS = r"famous|well-known|renowned|celebrated|popular|legendary"
_FAME_ROLES = (
    r"singer|musician|footballer|athlete|actor|actress|politician|preacher|artist|poet|"
    r"writer|boxer|runner|dancer|comedian|presenter|broadcaster|player|star|champion|healer|"
    r"herbalist"
)
_FIRST_OF_KIND = re.compile(
    r"(?i:\b(?:the\s+)?first\s+(?:woman|female|man|male|black|african|asian|deaf|blind|"
    r"person|girl|boy)\s+)[\w-]+(?:\s+[\w-]+)?\s+(?i:in|of|from|at|to)\s+"
    rf"{_WHERE}[^.;:,!?\n]{{0,40}}?{_CLAUSE_END}"
    # up to two words between the fame and the role ("a famous taarab singer")
    rf"|(?i:\b(?:a|the)\s+(?:{_FAME_WORDS})\s+(?:[a-z-]+\s+){{0,2}}(?:{_FAME_ROLES})\b)"
)
_FIRST_OF_KIND_CUES = (
    "first ",
    "famous",
    "known",
    "renowned",
    "celebrated",
    "popular",
    "legendary",
)
# The place first, then "only" and the role (Turkish, Hungarian): "köyün tek kemençe
# ustası", "a város egyetlen harangöntő mestere".
_PLACE_ONLY = re.compile(
    rf"(?i:\b(?:{_alt(kin.SETTLEMENT_BEFORE)})\s+(?:tek|yegane|egyetlen|utolso|utolsó|ainoa|ainut|viimeinen|ainus|viimane)\s+)"
    # the role: one or two words ("kemençe ustası", "harangöntő mestere")
    r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?"
)
# "the only one" and its role, then the settlement in the locative ("az egyetlen női
# kovács a városban", "kylän ainoa seppä kylässä")
_ONLY_IN = re.compile(
    rf"(?i:\b(?:{_alt(_ONLY_WORDS)})\s+(?:[^\W\d_][\w'’-]*\s+){{1,4}}?(?:az?\s+)?"
    rf"(?:{_alt(kin.SETTLEMENT_IN)})\b)"
)
_OWNED_ONLY = re.compile(
    rf"\b(?i:the\s+)?(?:(?i:{_alt(kin.SETTLEMENT_WORDS)})|[A-Z][\w-]+)['’]s\s+"
    r"(?i:only|sole|last|first)\s+[\w'’-]+(?:\s+[a-z'’-]+)?(?=[.;:,!?\n]|$|\s+(?:and|but|who))"
)
_AFTER_NOUN_ONLY = re.compile(
    rf"(?i:\b[^\W\d_]{{3,}}\s+(?:{_alt(kin.ONLY_AFTER_WORDS)})\s+(?:{_alt(kin.PLACE_LINKS)})"
    rf"\s+){_WHERE}[^.;:,!?\n]{{0,40}}?{_CLAUSE_END}"
)


# -- a bare age beside a relative -------------------------------------------------------------

# "her grandmother, Nana Yaa, now 97,", "her cousin Nora is 92 and", "a irmã dela, Dona
# Zefa, agora com 96,": a verb or "now", the number, the end of its clause; a relative
# word before it in the sentence and no word of a measurement ("her son's pulse is 96").
_BESIDE_AGE = re.compile(
    rf"(?i:\b(?:{_alt(_folded(kin.AGE_VERBS))})\s+)(?P<n>{_OLD})(?![\d.,]\d)"
    r"(?=\s*(?:[,;:.)!?]|$)|\s+(?:and|but|y|e|und|og|och|et|i|ja|en|ve|es)\s)"
)
_RELATIVE_BEFORE = re.compile(
    rf"(?i)\b(?:{persons.RELATIVES}|{_alt(kin.RELATIVE_WORDS + _folded(kin.RELATIVES_MORE))})"
    r"(?:-in-law)?(?:['’]s)?\b"
)
_MEASURE_BEFORE = re.compile(rf"(?i)\b(?:{_alt(kin.MEASURE_WORDS)})\b|\d")
_SENTENCE_START = re.compile(r"(?:[.;!?]\s|\n)(?!.*(?:[.;!?]\s|\n))", re.S)


def _beside_relative_ages(text: str) -> Iterator[Hit]:
    for mt in _BESIDE_AGE.finditer(text):
        before = text[max(0, mt.start() - 80) : mt.start()]
        cut = _SENTENCE_START.search(before)
        if cut:
            before = before[cut.end() :]
        if _RELATIVE_BEFORE.search(before) and not _MEASURE_BEFORE.search(before):
            yield Hit(mt.start("n"), mt.end("n"), "age", "90 or older")


# -- places written as a word of their own -----------------------------------------------------

# A Hungarian town adjective before "resident" or "born" ("hajdúszoboszlói lakos"); a
# Finnish demonym in -lainen ("kauhavalainen"); a Norwegian one in -væring.
_HU_RESIDENT = re.compile(
    r"\b(?P<v>[a-z]{3,}i)\s+(?:lakos|lakosa|lakosu|lakosok|szuletesu|illetosegu|szarmazasu)\b"
)
_FI_DEMONYM = re.compile(r"\b[a-z]{3,}(?:lainen|laisena|laisen|laiset|laista)\b")
_NO_DEMONYM = re.compile(r"\b[^\W\d_]{3,}(?:væring|vaering)(?:en|er|ene)?\b", re.I)
_POSTCODE_AFTER_PLACE = re.compile(
    # a Japanese postcode after its prefecture ("Ishikawa 920-0865")
    r"(?<=[a-z] )\d{3}-\d{4}\b(?![-/]|\s*[a-zA-Zµ%/])"
    # a Maltese one after a comma ("Triq il-Kbira, ZBG 1412")
    r"|(?<=[A-Za-z], )(?P<mt>[A-Z]{3})\s\d{4}\b(?![-/.,]\d|\s*[a-zA-Zµ%/])"
)
_CYRILLIC_STREET = re.compile(
    rf"(?i:\b(?:{_alt(_folded(kin.CYRILLIC_STREET_WORDS))})\.?)\s*"
    r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?,?\s*"
    rf"(?i:(?:{_alt(_folded(kin.CYRILLIC_HOUSE_WORDS))})\.?)\s*\d+[^\W\d_]?"
    rf"(?:,?\s*(?i:(?:{_alt(_folded(kin.CYRILLIC_FLAT_WORDS))})\.?)\s*\d+)*"
)
_CYRILLIC_STREET_FIRST = _folded(kin.CYRILLIC_STREET_WORDS)
# A URL without a scheme: a domain with a top-level domain and a path
# ("farmaciarupia.cat/consells", "x.com/bridgetbakes").
_BARE_URL = re.compile(
    r"(?<![\w@./-])(?P<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*)\.(?P<tld>[a-z]{2,6})"
    r"/[A-Za-z@~_][\w/.~%@-]*",
    re.I,
)
_UNIT_TLDS = frozenset({"ml", "mg", "kg", "mm", "cm", "gy", "dl", "mt", "ms", "hr", "pt"})
_SHORT_HOST_TLDS = frozenset({"com", "org", "net", "io", "me", "co", "ly", "gl", "be", "tv"})


# A landmark a place is told by, after a word of nearness: "parked by the clock tower".
_LANDMARK = re.compile(
    rf"(?i:\b(?:{_alt(kin.NEAR_WORDS)})\s+(?:(?:{_alt(kin.LANDMARK_ARTICLES)})\s*)?)"
    rf"(?P<v>(?i:{_alt(kin.LANDMARK_WORDS)}))\b"
)
_LANDMARK_FIRST = frozenset(w.split("_")[0] for w in kin.LANDMARK_WORDS)


def _own_word_places(text: str, low: str) -> Iterator[Hit]:
    if "lako" in low or "szuletes" in low or "illetoseg" in low or "szarmazas" in low:
        hu = _morphology("hu")
        for mt in _HU_RESIDENT.finditer(low):
            if hu is None or not hu.known(mt["v"]):
                yield Hit(mt.start("v"), mt.end("v"), "geographic", "[place]")
    if "lai" in low:
        for mt in _FI_DEMONYM.finditer(low):
            if mt.group() not in kin.FI_ORDINARY_LAINEN and not any(
                mt.group().startswith(n) for n in kin.FI_NATIONS
            ):
                yield Hit(mt.start(), mt.end(), "geographic", "[place]")
    if _LANDMARK_FIRST & set(_WORDS.findall(low)):
        yield from _hits(_LANDMARK, text, "geographic", "[place]", "v")
    if "væring" in low or "vaering" in low:
        yield from _hits(_NO_DEMONYM, text, "geographic", "[place]")
    if DIGIT.search(text):
        for mt in _POSTCODE_AFTER_PLACE.finditer(text):
            if mt["mt"] and mt["mt"].lower() in vocabulary().clinical:
                continue  # "enzymes, ALT 1250"
            yield Hit(mt.start(), mt.end(), "geographic", "[address]")
        if any(w in low for w in _CYRILLIC_STREET_FIRST):
            yield from _hits(_CYRILLIC_STREET, text, "geographic", "[address]")
    if "/" in text and "." in text:
        for mt in _BARE_URL.finditer(text):
            tld, host = mt["tld"].lower(), mt["host"]
            if tld not in _TLDS or tld in _UNIT_TLDS:
                continue
            if len(host.split(".")[-1]) < 3 and tld not in _SHORT_HOST_TLDS:
                continue
            yield Hit(mt.start(), mt.end(), "url", "[URL]")


def _firsts(ws: tuple[str, ...]) -> frozenset[str]:
    """The first word of each entry: a text holds none of them, the pattern cannot match."""
    return frozenset(w.split("_")[0].split(".")[0] for w in ws)


_WORDS = re.compile(r"[^\W\d_](?:[^\W\d_]|['’·-])*")
_AT_FIRST = _firsts(_AT_WORDS)
_LICENCE_FIRST = _firsts(_LICENCE_LABELS)
_VEHICLE_FIRST = _firsts(_VEHICLE_WORDS)
_VEHICLE_WORD_SET = frozenset(_VEHICLE_WORDS)
_SEASON_FIRST = _firsts(_SEASONS)
_AGE_BEFORE_FIRST = _firsts(kin.AGE_WORDS_BEFORE)
_ONLY_FIRST = _firsts(_ONLY_WORDS + kin.ONLY_AFTER_WORDS + kin.SETTLEMENT_BEFORE)
_FEAST_FIRST = _firsts(kin.FEAST_WORDS)
_OFFICE_PRE = re.compile(rf"\b(?:{_alt(tuple(_firsts(kin.OFFICE_WORDS)))})")
_NINETY_STEMS = (
    tuple(w.split("_")[0] for w in _NINETY_WORDS)
    + tuple(_folded(kin.NINETY_AFTER_ONES))
    + ("quatre", "laurogeita")
)
_BRACKETED_WORD = re.compile(_BRACKETED)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT_GROUPS = re.compile(r"\d[ \u00a0-]\d")


def find_shapes(text: str) -> Iterator[Hit]:
    """Every identifier of this module's shapes in ``text`` (normal form). A pattern that
    begins with a word list runs only when the text holds one of its first words."""
    low = text.lower()
    seen = set(_WORDS.findall(low))
    seen |= {piece for w in seen if "-" in w for piece in w.split("-")}
    if "@" in text or seen & _AT_FIRST or _BRACKETED_WORD.search(text):
        yield from _spelt_emails(text)
    if DIGIT.search(text):
        if seen & _LICENCE_FIRST:
            for mt in _LICENCE.finditer(text):
                digits = re.sub(r"^[^\d]*", "", mt["v"])
                if _NOT_LICENCE.match(digits):
                    continue
                start = mt.start("v")
                label = mt["label"]
                if "-" in label and label.isupper() and mt.start("v") - mt.end("label") <= 2:
                    start = mt.start("label")  # "CRM-SP 118.472": the region's register too
                yield Hit(start, mt.end("v"), "licence number", "[licence number]")
        yield from _councils(text)
        yield from _hits(_POSTCODE, text, "postcode", "[postcode]")
        if _DIGIT_GROUPS.search(text):
            for mt in _GROUPS.finditer(text):
                value = mt.group()
                if sum(c.isdigit() for c in value) >= 8 and not _DATE_SHAPE.match(value):
                    yield Hit(mt.start(), mt.end(), "id number", "[ID number]")
        yield from _hits(_NI, text, "id number", "[ID number]")
        for mt in _PLATES.finditer(text):
            if not _NOT_PLATE.match(mt.group()):
                yield Hit(mt.start(), mt.end(), "vehicle identifier", "[vehicle identifier]")
        if seen & _VEHICLE_FIRST:
            for mt in _VEHICLE.finditer(text):
                value, start = mt["v"], mt.start("v")
                first = value.split(" ")[0]
                if first.lower() in _VEHICLE_WORD_SET and " " in value:
                    value, start = value[len(first) + 1 :], start + len(first) + 1  # "SPZ 6B4 2817"
                if not _NOT_PLATE.match(value) and _plate_like(value):
                    v = ("vehicle identifier", "[vehicle identifier]")
                    yield Hit(start, mt.end("v"), *v)
        yield from _dates(text, low, seen)
        yield from _hits(_AGE_WORD_AFTER, text, "age", "90 or older")
        yield from _ages_beside_sex(text)
        yield from _creole_years(text)
        yield from _beside_relative_ages(text)
        if seen & _AGE_BEFORE_FIRST:
            yield from _hits(_AGE_WORD_BEFORE, text, "age", "90 or older")
    yield from _dates_in_words(text, low, seen)
    if any(stem in low for stem in _NINETY_STEMS):
        yield from _hits(_NINETY, text, "age", "90 or older")
    if seen & _ONLY_FIRST:
        for pat in (_ONLY, _AFTER_NOUN_ONLY, _PLACE_ONLY, _ONLY_IN):
            yield from _hits(pat, text, "unique identifier", "[unique identifier]")
    if _OFFICE_PRE.search(low):
        yield from _hits(_OFFICE, text, "unique identifier", "[unique identifier]")
    if any(w in low for w in _FIRST_OF_KIND_CUES):
        yield from _hits(_FIRST_OF_KIND, text, "unique identifier", "[unique identifier]")
    if "'s " in low or "’s " in low:
        yield from _hits(_OWNED_ONLY, text, "unique identifier", "[unique identifier]")
    if seen & _FEAST_FIRST:
        yield from _hits(_FEAST, text, "date", "[date]")
    yield from _own_word_places(text, low)


def _hits(
    pat: re.Pattern[str], text: str, kind: str, placeholder: str, group: int | str = 0
) -> Iterator[Hit]:
    for mt in pat.finditer(text):
        yield Hit(mt.start(group), mt.end(group), kind, placeholder)
