"""Identifiers written as other countries and languages write them, and the Safe Harbor
kinds no single pattern of ``patterns`` covers: dates in French, German, Spanish, Dutch,
Italian and Portuguese; holidays, birthdays and weekdays; street addresses and postcodes of
the UK, Canada, Germany, France, the Netherlands and Australia; ages over 89 in words or
as bare numbers; user names, web addresses without a scheme, disguised e-mails; national
identity numbers written in groups; car registrations; employers; tattoos and other unique
features.

Every finder reads the normal form of ``normalize`` (accents stripped, so "Québec" is
"Quebec" here) and yields ``Hit``s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from caselog.privacy.age import OVER_89
from caselog.privacy.calendar_words import MONTHS
from caselog.privacy.normalize import fold_word
from caselog.privacy.numbers import value_after
from caselog.privacy.patterns import DIGIT, Hit, alternation, words
from caselog.privacy.regional import clinical_after, trimmed
from caselog.privacy.vocab import vocabulary

# -- dates ----------------------------------------------------------------------------------

# The months of every language but English (``calendar_words``'s one list), in Latin
# letters: English months are ``patterns``'s.
FOREIGN_MONTHS: dict[str, int] = {
    w: n for w, n in MONTHS.items() if w.isascii() and w.isalpha() and len(w) >= 3
}
_FMON = alternation("|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_FOREIGN_DATE = re.compile(
    rf"(?i)\b(?:(?:le|el|am|den|de|op|il|o|du|vom|dnia)\s+)?(?:(?:1er|1o|1º)|{_DAY})(?:\.|º|er|e)?"
    rf"\s*(?:de\s+)?(?:{_FMON})\.?(?:\s*(?:de\s+|del\s+)?(?:\d{{4}}|\d{{2}}))?\b"
)
_FOREIGN_MONTH_YEAR = re.compile(rf"(?i)\b(?:{_FMON})\.?\s+(?:de\s+)?(?:19|20)\d\d\b")
WEEKDAYS = words(
    """
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays lundi mardi mercredi jeudi vendredi samedi
    dimanche montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag lunes
    martes miercoles jueves viernes sabado domingo maandag dinsdag woensdag donderdag
    vrijdag zaterdag zondag lunedi martedi mercoledi giovedi venerdi segunda terca
    quarta quinta sexta poniedzialek wtorek sroda czwartek piatek sobota niedziela
    mandag tisdag onsdag torsdag fredag lordag sondag pazartesi sali carsamba persembe
    cuma cumartesi pazar
    """
)
_WEEKDAY = re.compile(
    r"(?i)\b(?:(?:on|last|next|this|that|every|the\s+following|the\s+previous|le|am|el|op|"
    r"au)\s+)?(?:"
    + alternation("|".join(WEEKDAYS))
    + r")\b(?:\s+(?:morning|afternoon|evening|night|"
    r"before|after|danach|davor|suivant|dernier))?"
)
HOLIDAYS = (
    r"christmas(?:\s+(?:day|eve))?|xmas|boxing\s+day|new\s+year'?s?(?:\s+(?:day|eve))?|"
    r"hogmanay|easter(?:\s+(?:sunday|monday|day|weekend))?|good\s+friday|whitsun|"
    r"pentecost|thanksgiving(?:\s+day)?|independence\s+day|memorial\s+day|labou?r\s+day|"
    r"veterans'?\s+day|halloween|hallowe'en|valentine'?s\s+day|st\.?\s+patrick'?s\s+day|"
    r"saint\s+patrick'?s\s+day|bastille\s+day|remembrance\s+(?:day|sunday)|canada\s+day|"
    r"australia\s+day|anzac\s+day|guy\s+fawkes(?:\s+night)?|bonfire\s+night|"
    r"mother'?s\s+day|father'?s\s+day|martin\s+luther\s+king\s+day|juneteenth|"
    r"hanukkah|chanukah|diwali|eid(?:\s+al-[a-z]+)?|yom\s+kippur|rosh\s+hashanah|"
    r"noel|noël|weihnachten|heiligabend|silvester|ostern|pfingsten|navidad|nochebuena|"
    r"nochevieja|reyes|kerstmis|kerst|koningsdag|pasen|sinterklaas|toussaint|"
    r"jour\s+de\s+l'an|saint-sylvestre|ferragosto"
)
_HOLIDAY = re.compile(rf"(?i)\b(?:{HOLIDAYS})\b")
_BIRTHDAY = re.compile(
    r"(?i)\b(?:(?:his|her|their|the\s+patient'?s|on\s+(?:his|her|their))\s+)?"
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+|[a-z]+(?:tieth|th|st|nd|rd)\s+)?birthday\b"
    r"|\b(?:anniversaire|geburtstag|cumpleanos|verjaardag|compleanno)\b"
)


def find_world_dates(text: str) -> Iterator[Hit]:
    """Dates in other languages, holidays, birthdays and weekdays."""
    for pat in (_FOREIGN_DATE, _FOREIGN_MONTH_YEAR) if DIGIT.search(text) else ():
        for mt in pat.finditer(text):
            if DIGIT.search(mt.group()):
                yield Hit(mt.start(), mt.end(), "date", "[date]")
    for mt in _HOLIDAY.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[date]")
    for mt in _BIRTHDAY.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[date]")
    for mt in _WEEKDAY.finditer(text):
        yield Hit(mt.start(), mt.end(), "date", "[day]")


# -- places ---------------------------------------------------------------------------------

_CAP = r"[A-Z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)*"
_NUM = r"\d{1,5}(?:\s?[a-zA-Z](?![a-zA-Z]))?(?:[-/]\d{1,5}[a-zA-Z]?)?"
# Street words that end a name ("Lindenallee", "Prinsengracht", "Hauptstraße") or stand
# before one ("Rue des Tanneurs", "Calle Mayor", "Via Roma").
_SUFFIX_STREET = (
    r"strasse|straße|str\.|gasse|allee|weg|platz|ring|damm|ufer|chaussee|steig|"
    r"gracht|straat|laan|plein|kade|singel|dijk|steeg|markt|hof|park|dreef|"
    r"vej|gade|gatan|vagen|veien"
)
_PREFIX_STREET = (
    r"rue|chemin|impasse|quai|calle|avenida|avda\.?|carrer|carretera|viale|piazza|vicolo|"
    r"rua|travessa|praca|ulica|ul\.|boulevard|allee|allée|straat"
)
# Words that are a street before a name in one language and ordinary words in English:
# a street only with a house number or a particle ("Avenue de la Gare", "Via Roma 12").
_WEAK_PREFIX_STREET = (
    r"avenue|av\.|place|route|cours|via|corso|largo|plaza|paseo|camino|ronda|strada|bd"
)
# Endings that name a street on their own, and those that need the house number.
_STREET_ALONE = r"strasse|straße|str\.|gasse|allee|gracht|straat|steeg|singel|chaussee"
_SUFFIX_ADDRESS = re.compile(
    rf"\b[A-Z][a-zäöü]+(?:(?:{_STREET_ALONE})(?:\s+{_NUM}(?!\d|[.,]\d))?"
    rf"|(?:{_SUFFIX_STREET})\s+{_NUM}(?!\d|[.,]\d))(?![\w])"
)
_PARTICLE = r"(?i:de\s+la|de\s+los|de\s+las|des|du|de|del|della|di|do|da|dos|das|l')"
_PREFIX_ADDRESS = re.compile(
    rf"(?:\b{_NUM},?\s+)?\b(?i:{_PREFIX_STREET})\s+(?:{_PARTICLE}\s*)?{_CAP}(?:\s+{_CAP}){{0,2}}"
    rf"(?:,?\s+(?:n[º°o]\.?\s*)?{_NUM}(?!\d|[.,]\d))?"
)
_WEAK_ADDRESS = re.compile(
    rf"\b{_NUM},?\s+(?i:{_WEAK_PREFIX_STREET})\s+(?:{_PARTICLE}\s*)?{_CAP}(?:\s+{_CAP}){{0,2}}"
    rf"|\b(?i:{_WEAK_PREFIX_STREET})\s+(?:{_PARTICLE}\s*){_CAP}(?:\s+{_CAP}){{0,2}}"
    rf"(?:,?\s+(?:n[º°o]\.?\s*)?{_NUM}(?!\d|[.,]\d))?"
    rf"|\b(?i:{_WEAK_PREFIX_STREET})\s+{_CAP}(?:\s+{_CAP}){{0,2}},?\s+(?:n[º°o]\.?\s*)?{_NUM}(?!\d|[.,]\d)"
)
# Unit/number before an English street (Australia "3/41 Wattle Grove Road").
_UNIT_STREET = re.compile(
    r"\b\d{1,4}/\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|"
    r"Lane|Ln|Court|Ct|Crescent|Cres|Place|Pl|Parade|Pde|Highway|Hwy|Terrace|Tce|Grove|"
    r"Close|Way|Boulevard|Blvd|Circuit|Cct)\b"
)
_FLAT = re.compile(r"(?i)\b(?:flat|apartment|apt|wohnung|appartement|piso)\.?\s*#?\d+[a-z]?\b")
# Addresses of numbered parts, as camps, estates and planned towns write them ("district 8,
# street 4, caravan 117", "Plot 23, Block B, Phase 2", "House No. 12, Road 5, Sector 7"):
# two numbered parts in a row, or one part only a dwelling has ("caravan 117", "erf 1182").
# Words a hospital or a note uses with a number ("ward 4", "bed 2", "room 3", "unit 4",
# "section 2", "line 3", "lot") are no part, nor "st" ("ST 2 mm").
_PART = (
    r"district|street|road|rd\.?|lane|block|blk\.?|sector|phase|plot|house(?:\s+no\.?)?|"
    r"h\.\s*no\.?|flat|apartment|apt\.?|tower|building|bldg\.?|caravan|tent|shelter|camp|"
    r"zone|stand|erf|extension|ext\.|village|quarter|compound|gate|avenue|kebele|woreda|"
    r"barangay|purok|sitio|mohalla|gali|colony|chak|km|container|prefab|hut|cabin"
)
_DWELLING_PART = (
    r"caravan|tent|plot|erf|kebele|woreda|purok|sitio|mohalla|gali|chak|house\s+no\.?|"
    r"h\.\s*no\.?|stand\s+no\.?|container|prefab"
)
_PART_NUM = r"(?:(?i:no)\.?\s*|#\s*)?(?:\d{1,5}[A-Za-z]?|[A-Z])(?:/\d{1,5}[A-Za-z]?)?(?![\w/])"
_NUMBERED_ADDRESS = re.compile(
    rf"(?i:\b(?:{_PART}))\s*{_PART_NUM}(?:\s*[,;]?\s*(?i:\b(?:{_PART}))\s*{_PART_NUM})+"
    rf"|(?i:\b(?:{_DWELLING_PART}))\s*{_PART_NUM}"
)
# Addresses as grids and estates number them: Colombia's "Calle 50 #23-45", "Cra. 7 No.
# 12-30"; Indonesia's neighbourhood units "RT 02/RW 03"; a Polish estate "os. Centrum A
# 1/15"; Japan's block numbers before the district "3-2-1 Nishi-Shinjuku" (never a 0, as a
# dose scheme "1-0-1" has).
_GRID_ADDRESSES = re.compile(
    r"\b(?i:calle|carrera|cra|kra|kr|cl|cll|avenida|av|ak|ac|diagonal|dg|transversal|tv)\.?"
    r"\s*\d{1,3}\s?[A-Za-z]?(?:\s+(?i:bis|sur|norte|este))?\s*(?:#|(?i:no|n[º°o])\.?)\s*"
    r"\d{1,3}\s?[A-Za-z]?\s*-\s*\d{1,3}\b"
    r"|\b(?:RT|Rt)\.?\s*\d{1,3}\s*/\s*(?:RW|Rw)\.?\s*\d{1,3}\b"
    r"|\b(?:os|osiedle|Os)\.?\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]*)?\s+\d{1,3}[A-Za-z]?(?:/\d{1,4})?\b"
    r"|(?<![\d-])[1-9]\d?-[1-9]\d?-[1-9]\d{0,2}(?![\d-])(?=\s+(?P<district>[A-Z][a-z]+)(?:-[A-Z][a-z]+)?\b)"
)
_POSTCODES = [
    # UK: SW1A 1AA, M1 1AE, EH10 4BF
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b"),
    # Canada: K1A 0B1
    re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s\d[ABCEGHJ-NPRSTV-Z]\d\b"),
    # Netherlands: 1016 GV (before a place or after an address)
    re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b(?=,?\s+[A-Z][a-z])"),
    # Portugal: 5000-612 (before a place or after a comma); Poland: 00-950 before a place
    re.compile(r"(?<![\d.,/-])\d{4}-\d{3}(?![\d-])(?=,?\s+[A-Z][a-z]|\s*$|\s*[,;.])"),
    re.compile(r"(?<![\d.,/-])\d{2}-\d{3}(?![\d-])(?=\s+[A-Z][a-z]{2,})"),
    # Australia: VIC 3350, NSW 2000
    re.compile(r"\b(?:VIC|NSW|QLD|SA|WA|TAS|NT|ACT)\s+\d{4}\b"),
    # Germany, France, Spain, Italy: five digits before a place name (04109 Leipzig);
    # four digits before one (Austria, Switzerland, Belgium, Denmark: 8001 Zürich)
    re.compile(
        r"(?<![\d.,/])(?:[A-Z]{1,2}-)?(?!(?:19|20)\d\d\b)\d{4,5}(?!\d|[.,]\d)"
        r"(?=\s+[A-Z][a-z]{2,})(?!\s+(?:Units?|Einheiten|Unites)\b)"
    ),
    # labelled: CP 28013, PLZ 10115, postcode 3350, code postal 75011
    re.compile(
        r"(?i:\b(?:plz|cp|c\.p\.|postcode|post\s+code|postal\s+code|code\s+postal|"
        r"postleitzahl|zip)\s*:?\s*)(?P<v>[A-Z0-9]{3,4}\s?[A-Z0-9]{0,4})\b"
    ),
]


# Places named by a geographic noun after them ("Tamarind Bay", "Elk Springs") or a saint's
# or spa prefix before them ("Vila Real", "San Sebastian", "Bad Homburg", "Sankt Gallen").
_NAMED_PLACE = re.compile(
    r"\b(?:[A-Z][a-z'’]+\s+){1,2}(?:Bay|Harbour|Harbor|Falls|Springs|Creek|Heights|Beach|Cove|"
    r"Ridge|Bluff|Landing|Junction|Crossing|Sound|Lakes|Hills|Glen|Vale|Haven|Wells|Island|"
    r"Isle|Mountains?|Fjord)\b"
    r"|\b(?:Vila|Villa|San|Santa|Santo|Sao|Saint|St|Sankt|Bad|Porto|Puerto|Ciudad|Villanueva)"
    r"\.?\s+(?:(?:de|del|da|do|dos|di|la|el)\s+)?[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\b"
)


_CLINICAL_AFTER = re.compile(
    r"[\s-]*(?i:score|scores|sign|criteria|criterion|rule|test|syndrome|disease|zeichen|"
    r"kriterien|kriterier|kryteria|kriterleri|skoru|teken|tecken|objaw|classification)\b"
)
_ARTICLE = re.compile(r"(?:The|A|An|Der|Die|Das|De|Het|La|Le|Les|El|Il|Lo|Os|As|O)\s+")


def find_world_places(text: str) -> Iterator[Hit]:
    """Street addresses and postcodes written as other countries write them, and places
    named by a geographic noun or a saint's prefix."""
    for mt in _NAMED_PLACE.finditer(text):
        if _CLINICAL_AFTER.match(text, mt.end()):
            continue  # an eponym named after a place: "Wells score", "Wells-Score"
        start = mt.start()
        lead = _ARTICLE.match(text, start)
        if lead and lead.end() < mt.end():
            start = lead.end()  # "The Hot Springs": the article is no part of the place
        yield Hit(start, mt.end(), "geographic", "[place]")
    for pat in (_SUFFIX_ADDRESS, _PREFIX_ADDRESS, _WEAK_ADDRESS, _UNIT_STREET, _FLAT):
        for mt in pat.finditer(text):
            yield Hit(mt.start(), mt.end(), "geographic", "[address]")
    if DIGIT.search(text):
        for pat in _POSTCODES:
            for mt in pat.finditer(text):
                at = "v" if "v" in pat.groupindex else 0
                yield Hit(mt.start(at), mt.end(at), "geographic", "[address]")
        for mt in _NUMBERED_ADDRESS.finditer(text):
            yield Hit(mt.start(), mt.end(), "geographic", "[address]")
        for mt in _GRID_ADDRESSES.finditer(text):
            district = mt["district"]
            if district and _clinical_word(district):
                continue  # a dose scheme: "1-1-1 Metformin"
            yield Hit(mt.start(), mt.end(), "geographic", "[address]")


def _clinical_word(word: str) -> bool:
    v = vocabulary()
    f = fold_word(word)
    return f in v.clinical or f in v.english or v.drug(f)


# -- ages -----------------------------------------------------------------------------------

_UNITS_WORD = words(
    """
    twenty thirty forty fifty sixty seventy eighty
    """
)
_ONES = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
_OLD_WORDS = (
    rf"ninety(?:[\s-]+(?:{_ONES}))?|centenarian|nonagenarian|neunzig|quatre-vingt-dix\w*|"
    rf"noventa|negentig|novanta|(?:ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)undneunzig"
)
_YEARS_OLD = (
    r"(?:[\s-]+(?:years?|yrs?|jahre|ans|anos|jaar)(?:[\s-]+(?:old|alt))?|[\s-]+year[\s-]+old)"
)
_AGE_WORD = re.compile(
    rf"(?i)\b(?:{_OLD_WORDS})\b{_YEARS_OLD}?"
    rf"|\b(?:a|one)\s+hundred(?:\s+and\s+(?:{_ONES}))?{_YEARS_OLD}"
)
_BARE_AGE = re.compile(
    r"(?:\b(?i:age|aged|age\s+at\s+\w+|alter|edad|leeftijd|turned|turns|celebrated|"
    r"(?:she|he|they|who|patient)\s+(?:is|was|is\s+now|was\s+then))\s*:?\s*"
    r"|\b[A-Z][a-z]+,\s*|\b[A-Z][a-z]+\s+\(\s*)(?P<n>9\d|1[01]\d)"
    r"(?:\s*(?i:years?|yrs?|y|ans|jahre|anos|jaar)\b)?(?![\d.,]\d|\s*(?:%|mg|mm|ml|kg|/))"
)


# An age over 89 in the short forms notes use beside a person: "aged (94)", "mother (97)",
# "a 94F", "94 M", "F/93", "93/M". A temperature in Fahrenheit ("spiked to 101F", "101 F
# fever") is none.
_PERSON = (
    r"aged?|patient|pt|mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|"
    r"granny|wife|husband|widow|widower|aunt|uncle|man|woman|lady|gentleman|resident|"
    r"sister|brother|neighbour|neighbor"
)
_AGE_N = r"(?:9\d|1[01]\d)"
_PERSON_AGE = re.compile(
    rf"(?i:\b(?:{_PERSON}))\s*\(\s*(?P<n>{_AGE_N})\s*(?i:y(?:ears?|rs?)?|yo|y/o)?\s*\)"
)
_SEX_AGE = re.compile(
    rf"(?:\b(?i:a|an|is|was|pt|aged?)\s+(?P<a>{_AGE_N})\s?[FM]"
    rf"|(?<![\w/.,])(?P<b>[FM]\s?/\s?{_AGE_N}|{_AGE_N}\s?/\s?[FM]))"
    r"(?![\w/°]|[.,]\d|\s*(?i:fever|febrile|temp|temperature|deg|degrees|reading)\b)"
)
_HEAT = re.compile(
    r"(?i)\b(?:temp|temperature|t|febrile|fever|pyrexi\w*|spiked?|spiking|tmax|afebrile|"
    r"vitals|obs|observations)\b"
    r"[^.;\n]{0,20}$"
)


def find_world_ages(text: str) -> Iterator[Hit]:
    """Ages over 89 written as words, or as a number with no "years" beside it."""
    for mt in _AGE_WORD.finditer(text):
        if re.search(
            r"(?i)\b(?:minutes?|mins?|hours?|days?|weeks?|months?|per\s*cent|percent|mg|ml|kg|%)\b"
            r"|^[\w-]*\s*(?:percentile|centile)",
            text[mt.end() : mt.end() + 20],
        ):
            continue
        yield Hit(mt.start(), mt.end(), "age", OVER_89)
    if DIGIT.search(text):
        for mt in _BARE_AGE.finditer(text):
            yield Hit(mt.start("n"), mt.end(), "age", OVER_89)
        for mt in _PERSON_AGE.finditer(text):
            yield Hit(mt.start("n"), mt.end("n"), "age", OVER_89)
        for mt in _SEX_AGE.finditer(text):
            if _HEAT.search(text, max(0, mt.start() - 30), mt.start()):
                continue
            at = "a" if mt.group("a") else "b"
            yield Hit(mt.start(at), mt.end(), "age", OVER_89)


# -- contact, numbers, vehicles -------------------------------------------------------------

_TLD = (
    r"com|org|net|edu|gov|mil|int|info|biz|name|io|me|app|dev|blog|online|site|health|"
    r"uk|co\.uk|org\.uk|ac\.uk|nhs\.uk|ca|de|fr|nl|be|au|com\.au|nz|ie|es|it|pt|ch|at|dk|"
    r"se|no|fi|pl|cz|eu|us|in|jp|br|mx|ar|za|"
    # Africa, Asia, Latin America, the rest of Europe, short-link and newer domains (not
    # "mg", "ml", "cm", "am", "is", "to", "so", "id": words and units of a note)
    r"ly|ke|tz|ug|rw|ng|gh|et|zm|zw|mw|bw|sn|ci|eg|co|pe|cl|uy|ve|ec|bo|py|cr|gt|cu|do|"
    r"hu|ro|bg|hr|rs|si|sk|lt|lv|ee|gr|tr|ru|ua|by|kz|uz|az|ge|il|ae|sa|qa|kw|om|jo|lb|ir|"
    r"pk|bd|lk|np|th|vn|kr|cn|tw|hk|sg|my|ph|tv|cc|ws|gg|xyz|top|shop|store|live|page|"
    r"link|club|art|world|news|email|tech|ai|co\.ke|co\.tz|co\.za|co\.in|com\.br|com\.mx"
)
# A domain spelt out or defanged: "agnieszka-kowalczyk dot blogspot dot com",
# "example[.]com/agnieszka"
_SPELT_DOMAIN = re.compile(
    rf"(?i)(?<![\w@.-])(?:[a-z0-9][a-z0-9-]*\s*(?:\s+dot\s+|\[\.\]|\(\.\)|\[dot\]|\(dot\))\s*)+"
    rf"(?:{_TLD})(?![\w-])(?:[/?#][^\s<>\"]*)?"
)
_DOMAIN = re.compile(
    rf"(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLD})(?![\w-])(?:[/?#][^\s<>\"]*)?",
    re.I,
)
_OBFUSCATED_EMAIL = re.compile(
    r"(?i)\b[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+)\s*[\w-]+"
    r"(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+|\.)\s*[a-z]{2,})+\b"
)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,}")
_USERNAME_CUE = re.compile(
    r"(?i)\b(?:user\s*name|username|user\s+id|login|log-in|handle|alias|screen\s*name|"
    r"gamertag|nickname|nick|twitter|instagram|facebook|tiktok|snapchat|skype|reddit|"
    r"discord|telegram|whatsapp|forum\s+name|online\s+as|posts?\s+as)\b[\s:]*(?:is\s+|was\s+)?[\"'“‘]?(?P<v>(?:live:)?[@\w.\-]+)"
)
# The author of an entry as a record system writes it: a login after "by" or a label
# ("Written by: nkosi.t", "last edited by ngozi.o", "Author: okafor.c"), lower case with a
# dot, or any lower-case word after "User:" ("User: akowalczyk"). "b.d." and "e.g." are
# no logins: one part of three letters at least.
_AUTHOR_LOGIN = re.compile(
    r"(?i:\b(?:by|author|signed|user|operator|clerk)\s*:?\s*)"
    r"(?P<v>(?=[a-z0-9._]*[a-z]{3})[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?![\w@])"
    r"|(?i:\buser\s*:\s*)(?P<w>[a-z][a-z0-9._]{2,})(?![\w@])"
)
# A login in an audit line: a lower-case word after a record system's verb and "by"
# ("chart opened by jkowals", "Accessed by: mthomps", "Signed electronically by akhan"),
# after "user=" ("[AUDIT] user=rgarcia"), after "by user" ("opened from 10.1.2.3 by user
# pvenkat") or the word "user" of another language ("geöffnet von Benutzer kschmid",
# "ouvert par l'utilisateur jdupont"); not an ordinary word ("opened by nursing").
_AUDIT_LOGIN = re.compile(
    r"(?i:\b(?:opened|accessed|viewed|edited|modified|signed|printed|entered|created|"
    r"updated|reviewed|verified|documented|charted|cosigned|co-signed|released|exported|"
    r"amended|deleted|logged|authored|transcribed|dictated)"
    r"(?:\s+(?:electronically|online|remotely))?\s+by\s*:?\s*"
    r"(?:(?:the\s+)?(?:user|username|login|operator|account)\s*:?\s*)?"
    r"|\b(?:user|usr|uid|userid|user_id|login|operator|author)\s*=\s*"
    r"|\bby\s+(?:the\s+)?(?:user|username|login|operator|account|staff\s+id)\s*:?\s*"
    r"|\b(?:benutzer(?:in)?|nutzer(?:in)?|utilisat(?:eur|rice)|usuari[oa]|utente|gebruiker|"
    r"u[żz]ytkownik(?:a|iem)?|usu[áa]rio|kullan[ıi]c[ıi]|brugeren?|anv[äa]ndaren?|brukeren?|"
    r"k[äa]ytt[äa]j[äa])"
    r"\s*:?\s*)"
    r"(?P<v>[a-z][a-z0-9]{2,13})(?![\w@-]|\.\w)"
)
# A word with an underscore, or letters then digits, as user names are written.
_USERLIKE = re.compile(
    r"(?<![\w@.])(?=[A-Za-z]*_|[a-z]{3,}\d{2,}(?!\s*(?:mg|ml|kg|g|h|min)\b))[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9](?![\w@])"
)
_GROUPED_NUMBER = re.compile(
    r"(?<![\w.,/])\d{1,6}(?:[ \u00a0]\d{1,6}){2,}"
    r"(?![\w]|[.,]\d|\s*(?:%|mg|g|kg|ml|mmol|umol|iu|u|units|copies|cells|per|/)\b)",
    re.I,
)
_ID_LABELS = (
    r"BSN|burgerservicenummer|NIR|INSEE|n[uú]m[eé]ro\s+de\s+s[eé]curit[eé]\s+sociale|"
    r"s[eé]curit[eé]\s+sociale|carte\s+vitale|assurance\s+maladie|RAMQ|OHIP|health\s+card|"
    r"Medicare|Steuer-?ID|Steuer-?Identifikationsnummer|Versichertennummer|"
    r"Krankenversicherungsnummer|Personalausweis|AHV|DNI|NIE|NIF|NSS|tarjeta\s+sanitaria|"
    r"codice\s+fiscale|tessera\s+sanitaria|PESEL|personnummer|TFN|NHS|"
    r"national\s+(?:ID|identity|insurance)|identity\s+(?:card|number)|ID\s+card|passport|"
    r"Ausweis|Reisepass|pasaporte|paspoort|sofinummer|"
    # Latin America, Asia, Africa, the Gulf
    r"C[ée]dula|MyKad|Aadhaar|Aadhar|PAN\s+(?:card|no\.?|number)|Omang|Ghana\s+card|"
    r"Huduma(?:\s+Namba)?|Emirates\s+ID|Iqama|T\.?C\.?\s+Kimlik(?:\s+No)?|Kimlik|"
    r"social\s+security|NI\s+number|PhilHealth|ID\s+no|ID\s+number"
)
# Identity numbers' acronyms, in capitals only ("RUT", "CPF", "NRIC"; not "rut", "rg");
# none that is a clinical abbreviation too ("TIN", "CIN", "PAN", "FIN").
_ID_ACRONYMS = r"RUT|CPF|RG|CURP|RFC|CNIC|NICOP|NIK|KTP|NRIC|HKID|NIN|BVN|SSN|NINO|UMID|NPWP"
_LABELLED_ID = re.compile(
    rf"(?:(?i:\b(?:{_ID_LABELS}))|\b(?:{_ID_ACRONYMS}))(?i:\b(?:\s+(?:card|number|no\.?|nr\.?|n[º°o]\.?|num[eé]ro|nummer|"
    rf"n[uú]mero|#))?\s*[:#]?\s*(?:is\s+)?)"
    rf"(?P<v>(?=[A-Z0-9 .-]*\d)[A-Z0-9]{{1,12}}"
    # the groups apart by a space, a hyphen, a dot or a slash ("12.345.678-5",
    # "784-1985-1234567-1"), a check digit in brackets after ("A123456(7)")
    rf"(?:(?:[ -]|[./](?=[A-Z0-9]))(?=[A-Z]*\d)[A-Z0-9]{{1,12}}|[ -][A-Z]{{1,4}}(?=[ -]\d)){{0,5}}"
    rf"(?:\([0-9A]\))?)"
    rf"(?!\s*(?i:mg|ml|kg|g|mmol|minutes?|min|h|hours?|days?|%))"
)
_PLATE_CUE = re.compile(
    r"(?i:\b(?:registration|reg\.?|number\s+plate|licen[cs]e\s+plate|plate|plates|"
    r"kennzeichen|nummernschild|kenteken|immatriculation|plaque|matr[ií]cula|targa|rego)\b"
    r"(?:\s+(?:number|no\.?|nr\.?|mark))?\s*[:#]?\s*(?:is\s+)?)"
    r"(?P<v>(?=[A-Z0-9 -]*\d)(?=[0-9 -]*[A-Z])[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4}){0,3})(?![\w])"
)
_PLATES = [
    re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"),  # UK: AB12 CDE
    re.compile(r"\b(?!HLA-)[A-Z]{1,3}-[A-Z]{1,2}\s\d{1,4}[EH]?\b"),  # Germany: L-JB 4711
    re.compile(r"\b[A-Z]{2}-\d{3}-[A-Z]{2}\b"),  # France: AB-123-CD
    re.compile(r"\bK[A-Z]{2,3}\s?\d{3}[A-Z]\b"),  # Kenya: KDA 123X, motorcycles KMCA 123A
    re.compile(
        r"\b(?:\d{1,3}-[A-Z]{2,3}-\d{1,3}|[A-Z]{2,3}-\d{2,3}-[A-Z]{1,2}|[A-Z]{2}-\d{2}-[A-Z]{2})\b"
    ),  # NL
]


# A telephone or fax number after its label, its area code before a slash (Hungary,
# Austria, Germany: "52/412-345", "1/234-5678", "0316/12 34 56")
_SLASHED_PHONE = re.compile(
    r"(?i:\b(?:fax|telefax|faks|tel|telefon|telephone|phone|mobil|mobile|handy|tfn)\b\.?\s*:?\s*)"
    r"(?P<v>\d{1,4}/\d{2,4}(?:[-\s]\d{2,4}){1,3})(?![\d/])"
)


def find_world_contacts(text: str) -> Iterator[Hit]:
    """Web addresses without a scheme, disguised e-mails, user names, grouped identity
    numbers, car registrations."""
    for mt in _DOMAIN.finditer(text):
        end = mt.end()
        while end > mt.start() and text[end - 1] in ".,;:)]}'\"":
            end -= 1
        yield Hit(mt.start(), end, "url", "[URL]")
    for mt in _SLASHED_PHONE.finditer(text):
        yield Hit(mt.start("v"), mt.end("v"), "phone", "[phone]")
    for mt in _SPELT_DOMAIN.finditer(text):
        yield Hit(mt.start(), mt.end(), "url", "[URL]")
    for mt in _OBFUSCATED_EMAIL.finditer(text):
        if re.search(r"(?i)\[at\]|\(at\)|\{at\}|dot", mt.group()):
            yield Hit(mt.start(), mt.end(), "email", "[email]")
    for mt in _HANDLE.finditer(text):
        yield Hit(mt.start(), mt.end(), "username", "[username]")
    for mt in _USERNAME_CUE.finditer(text):
        v = mt["v"].strip(".")
        if v and v.lower() not in {"the", "a", "an", "her", "his", "by", "to", "in", "on", "as"}:
            yield Hit(mt.start("v"), mt.start("v") + len(v), "username", "[username]")
    for mt in _USERLIKE.finditer(text):
        yield Hit(mt.start(), mt.end(), "username", "[username]")
    v_ = vocabulary()
    for mt in _AUDIT_LOGIN.finditer(text):
        word = mt["v"]
        if word in v_.english or word in v_.clinical or v_.ordinary(word):
            continue
        yield Hit(mt.start("v"), mt.end("v"), "username", "[username]")
    for mt in _AUTHOR_LOGIN.finditer(text):
        g = "v" if mt["v"] else "w"
        v = mt[g].rstrip(".")
        yield Hit(mt.start(g), mt.start(g) + len(v), "username", "[username]")
    if not DIGIT.search(text):
        return
    for mt in _GROUPED_NUMBER.finditer(text):
        if sum(c.isdigit() for c in mt.group()) >= 8:
            yield Hit(mt.start(), mt.end(), "id number", "[ID number]")
    for mt in _LABELLED_ID.finditer(text):
        yield Hit(mt.start("v"), mt.end("v"), "id number", "[ID number]")
    for mt in _PLATE_CUE.finditer(text):
        yield Hit(mt.start("v"), mt.end("v"), "vehicle identifier", "[vehicle identifier]")
    for pat in _PLATES:
        for mt in pat.finditer(text):
            if not value_after(text, mt.end()):
                yield Hit(mt.start(), mt.end(), "vehicle identifier", "[vehicle identifier]")


# -- employers, features --------------------------------------------------------------------

_ORG_WORD = r"(?:[A-Z][A-Za-z&'’.-]*|&|and|of|the|de|du|van|von)"
_COMPANY = re.compile(
    r"\b(?:[A-Z][A-Za-z&'’-]+\s+){1,4}(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|AG|KG|SA|SAS|SARL|"
    r"BV|B\.V\.|NV|N\.V\.|Pty|Co|Corp|Corporation|Company|Holdings|& Sons|and Sons|"
    r"Haulage|Logistics|Motors|Industries|Brewery|Bakery|Farms?|Mills)\b\.?"
)
_EMPLOYER = re.compile(
    rf"(?:\b(?:works?|worked|working|employed|employee|employment|job|retired|formerly|"
    rf"was)\s+(?:as\s+(?:an?\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?(?:at|for|by|with|from)"
    rf"|\b(?:driver|pharmacist|nurse|teacher|engineer|manager|clerk|cleaner|cook|chef|"
    rf"accountant|mechanic|electrician|labourer|laborer|farmer|miner|porter|secretary|"
    rf"receptionist|technician|worker|assistant|director|owner|salesman|saleswoman|"
    rf"signalman|postman|officer|guard|caretaker|consultant)\s+(?:at|for|with))"
    rf"\s+(?:the\s+)?(?P<org>[A-Z][A-Za-z&'’.-]*(?:\s+{_ORG_WORD}){{0,5}})"
)
_FEATURE = re.compile(
    r"(?i)\b(?:tattoos?|tattooed|tatouage|tätowierung|tatuaje|tatuagem|tatuaggio|moko|"
    r"birthmark|port[- ]wine\s+stain|"
    r"piercings?|pierced|branding|scar\s+(?:shaped|in\s+the\s+shape|reading|spelling)|"
    r"(?:shaped|in\s+the\s+shape)\s+(?:like|of)\s+an?)\b[^.;\n]*"
)
# "Siobhan (Shiv) Carmody": a nickname between a first and a family name.
_BRACKET_NICKNAME = re.compile(r"\b[A-Z][a-z]+\s+\((?P<v>[A-Z][a-z]+)\)\s+[A-Z][a-z]+")
# A facility named after its town: "Centre Hospitalier de Montelimar", "Klinikum Fulda".
_FACILITY = re.compile(
    r"(?i:\b(?:hospital|hopital|centre\s+hospitalier|ch|chu|chr|chl|chru|chs|chic|az|uz|"
    r"umc|lkh|kh|szpital|sjukhus|sygehus|sykehus|sairaala|nemocnice|korhaz|spitalul|"
    r"bolnica|sjukrahus|sjukrahusinu|clinique|klinikum|krankenhaus|"
    r"kliniken|spital|ziekenhuis|gasthuis|ospedale|policlinico|hospital\s+universitario|"
    r"infirmary|medical\s+centre|medical\s+center|health\s+centre)\b)"
    r"\s+(?:(?i:de\s+la|de|du|des|di|del|von|der|of|in|at)\s+)?(?P<v>[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+)?)"
)
_QUOTED = re.compile(r"(?<!\w)[\"'“‘«]([^\"'”’»\n]{1,40})[\"'”’»](?!\w)")
_NICKNAME = re.compile(
    r"(?i:\b(?:known\s+as|goes\s+by|nicknamed|nickname|calls\s+(?:him|her)self|called\s+(?:him|her)|"
    r"call\s+(?:him|her)|dit|genannt|apodado|alias|"
    # "her name is Ana María", "his full name is ...", "a son named Brian"
    r"(?:her|his|their|whose|the\s+patient'?s|patient'?s)\s+(?:(?:full|first|given|family|last|"
    r"maiden|middle|real|christian)\s+)?name\s+(?:is|was)|named))"
    r"\s+[\"'“‘]?(?P<v>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
)


def _all_words(run: str) -> bool:
    """Every word of ``run`` an English or clinical word (a town's name is neither)."""
    v = vocabulary()
    return all(
        (f := fold_word(w)) in v.english or f in v.clinical for w in re.split(r"[\s'-]+", run) if w
    )


def find_world_people(text: str) -> Iterator[Hit]:
    """Employers and companies, tattoos and other unique features, quoted nicknames."""
    for mt in _EMPLOYER.finditer(text):
        org = _trim_org(mt["org"])
        if org:
            yield Hit(mt.start("org"), mt.start("org") + len(org), "employer", "[employer]")
    for mt in _COMPANY.finditer(text):
        yield Hit(mt.start(), mt.end(), "employer", "[employer]")
    for mt in _FACILITY.finditer(text):
        if _all_words(mt["v"]):
            continue  # "Hospital Day 3", "Hospital Course", "Infirmary Ward": no town
        yield Hit(mt.start("v"), mt.end("v"), "geographic", "[place]")
    for mt in _FEATURE.finditer(text):
        yield trimmed(text, Hit(mt.start(), mt.end(), "unique feature", "[distinguishing feature]"))
    for mt in _BRACKET_NICKNAME.finditer(text):
        yield Hit(mt.start("v"), mt.end("v"), "name", "[name]")
    v = vocabulary()
    for mt in _NICKNAME.finditer(text):
        if clinical_after(text, mt.end("v")):  # "known as Goodpasture syndrome"
            continue
        f = fold_word(mt["v"].split()[0])
        if (f in v.clinical or v.drug(f)) and not v.known_name(f):
            continue  # "a drug named Furosemide" ("her name is Ana" is a name)
        yield Hit(mt.start("v"), mt.end("v"), "name", "[name]")
    for mt in _QUOTED.finditer(text):
        inner = mt.group(1).strip()
        if inner[:1].isupper() and len(inner.split()) <= 3:
            yield Hit(mt.start(), mt.end(), "name", "[name]")


_ORG_STOP = frozenset(["and", "of", "the", "de", "du", "van", "von"])


def _trim_org(org: str) -> str:
    words = org.split()
    while words and (words[-1] in _ORG_STOP or words[-1] == "&"):
        words.pop()
    return " ".join(words).rstrip(".,")
