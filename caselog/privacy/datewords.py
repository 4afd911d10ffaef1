"""Dates written in words (issue 14): holidays and named days of many countries and
religions, a day of the month written as a word beside its month, birthdays counted,
calendar weeks, and the phrases that pin a date to one of them ("the Tuesday after
Easter", "two days before Diwali", "the first Monday of May", "Dienstag nach Ostern").

Safe Harbor removes every element of a date but the year: a day with its month, a named
day (which is a day with its month, or a day of one year), a weekday tied to one. The month
and weekday names are ``calendar_words``'s, shared with the other finders.

``find_date_words`` reads the normal form of ``normalize`` (as every finder does) and
compares its words as ``fold_word`` folds them, so that a list word written in Cyrillic or
Greek matches in lower case, capitalised or in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from caselog.privacy.calendar_words import ABBREVIATIONS, AMBIGUOUS, MONTHS, WEEKDAYS
from caselog.privacy.normalize import fold_word
from caselog.privacy.numwords import entries
from caselog.privacy.patterns import Hit, words
from caselog.privacy.vocab import function_word, vocabulary

# -- the lists ----------------------------------------------------------------------------

# Holidays, feasts, saints' days and named days, as written (several words: a phrase).
# A phrase's last word may take a case ending ("Масленицу", "Δεκαπενταύγουστο",
# "pünkösdhétfőn", "jaanipäeval"; ``_inflected``).
HOLIDAYS = (
    # English-speaking countries, and the feasts English names
    "Boxing Day", "Christmas Day", "Christmas Eve", "New Year's Day", "New Year's Eve",
    "Shrove Tuesday", "Pancake Day", "Ash Wednesday", "Maundy Thursday", "Good Friday",
    "Holy Saturday", "Easter Sunday", "Easter Monday", "Palm Sunday", "Mothering Sunday",
    "Mother's Day", "Father's Day", "Whit Monday", "Whit Sunday", "Whitsun", "Whitsunday",
    "Pentecost", "Ascension Day", "Corpus Christi", "Trinity Sunday", "Candlemas",
    "Lammas", "Michaelmas", "Martinmas", "All Saints' Day", "All Souls' Day",
    "Hallowe'en", "Halloween", "Bonfire Night", "Guy Fawkes Night", "Burns Night",
    "Hogmanay", "Remembrance Day", "Remembrance Sunday", "Armistice Day", "Veterans Day",
    "Memorial Day", "Labor Day", "Labour Day", "May Day", "Independence Day",
    "Fourth of July", "Thanksgiving", "Thanksgiving Day", "Black Friday", "Juneteenth",
    "Groundhog Day", "Presidents' Day", "Columbus Day", "Martin Luther King Day",
    "St Patrick's Day", "Saint Patrick's Day", "St David's Day", "St Andrew's Day",
    "St George's Day", "St Valentine's Day", "Valentine's Day", "Saint Swithin's Day",
    "St Swithin's Day", "Twelfth Night", "Epiphany", "Canada Day", "Victoria Day",
    "Australia Day", "ANZAC Day", "Waitangi Day", "Matariki", "Emancipation Day",
    "Heritage Day", "Freedom Day", "Youth Day", "Day of Reconciliation", "Family Day",
    "Jamhuri Day", "Madaraka Day", "Mashujaa Day", "Republic Day", "Lent", "Advent",
    "Easter", "Christmas", "Xmas", "Ostern", "Weihnachten", "Pfingsten", "Pasen",
    "Pinksteren", "Kerst", "påsk", "påske", "påsken", "Semana Santa",
    # religious feasts of other faiths, by their usual names
    "Diwali", "Deepavali", "Navratri", "Dussehra", "Holi", "Raksha Bandhan", "Onam",
    "Pongal", "Makar Sankranti", "Baisakhi", "Vaisakhi", "Ganesh Chaturthi",
    "Janmashtami", "Karva Chauth", "Durga Puja", "Guru Nanak Jayanti", "Eid", "Eid al-Fitr",
    "Eid al-Adha", "Eid ul-Fitr", "Eid ul-Adha", "Eid Mubarak", "Idd el Fitr", "Idd",
    "Ramadan", "Ramazan", "Mawlid", "Ashura", "Laylat al-Qadr", "Lebaran", "Hari Raya",
    "Nowruz", "Norouz", "Nevruz", "Yom Kippur", "Rosh Hashanah", "Rosh Hashana",
    "Passover", "Pesach", "Hanukkah", "Chanukah", "Purim", "Sukkot", "Shavuot",
    "Tisha B'Av", "Vesak", "Wesak", "Losar", "Tết", "Tet Nguyen Dan", "Tết Trung Thu",
    "Trung Thu", "Mid-Autumn Festival", "Lunar New Year", "Chinese New Year",
    "Spring Festival", "Qingming", "Dragon Boat Festival", "Chuseok", "Seollal", "Obon",
    "Songkran", "Loy Krathong", "Kwanzaa", "Timkat", "Meskel", "Orthodox Easter",
    "Orthodox Christmas", "Giỗ Tổ Hùng Vương", "Hari Kemerdekaan", "Araw ng Kalayaan",
    "Araw ng mga Patay", "Undas", "Simbang Gabi", "Siku ya Mashujaa", "Siku ya Uhuru",
    "Sikukuu ya Krismasi",
    # French
    "Toussaint", "Chandeleur", "lundi de Pentecôte", "lundi de Pâques", "vendredi saint",
    "jeudi saint", "mercredi des Cendres", "mardi gras", "Saint-Sylvestre", "Saint-Jean",
    "Saint-Nicolas", "Saint-Martin", "Saint-Valentin", "Assomption", "Ascension",
    "Pentecôte", "Pâques", "Noël", "réveillon", "jour de l'An", "fête nationale",
    "quatorze juillet", "fête du Travail", "fête des Mères", "fête des Pères",
    "fête de la Musique", "Épiphanie", "fête des Rois", "Armistice",
    # Spanish, Catalan, Portuguese
    "Nochebuena", "Nochevieja", "Navidad", "Semana Santa", "Jueves Santo",
    "Viernes Santo", "Domingo de Ramos", "Domingo de Resurrección", "Miércoles de Ceniza",
    "Día de Reyes", "Reyes Magos", "día de la Hispanidad", "Día de la Constitución",
    "Día de la Independencia", "Día de los Muertos", "Día de Muertos",
    "Día de Todos los Santos", "Asunción", "Inmaculada", "San Juan",
    "Noche de San Juan", "San José", "Fiestas Patrias", "Diada", "Diada de Sant Jordi",
    "Sant Jordi", "Sant Joan", "Mercè", "Dia de Reis", "Nadal", "Quarta-feira de Cinzas",
    "Sexta-feira Santa", "Dia de Portugal", "Dia de Tiradentes", "Tiradentes",
    "Santo António", "Santo Antônio", "São João", "São Pedro", "Dia da Independência",
    "Dia de Finados", "Dia dos Namorados", "Carnaval", "Entrudo", "Natal", "Páscoa",
    "Corpo de Deus", "Dia da Liberdade",
    # Italian
    "Ferragosto", "San Giuseppe", "San Giovanni", "San Silvestro", "Festa della Repubblica",
    "Festa della Liberazione", "Festa della Mamma", "Befana", "Epifania", "Ognissanti",
    "Pasquetta", "Pasqua", "Natale", "Santo Stefano", "Capodanno", "Immacolata",
    "Carnevale", "Giovedì Santo", "Venerdì Santo",
    # German, Dutch
    "Heiligabend", "Silvester", "Neujahr", "Rosenmontag", "Aschermittwoch",
    "Gründonnerstag", "Karfreitag", "Ostersonntag", "Ostermontag", "Pfingstmontag",
    "Pfingstsonntag", "Christi Himmelfahrt", "Fronleichnam", "Tag der Deutschen Einheit",
    "Tag der Arbeit", "Buß- und Bettag", "Allerheiligen", "Allerseelen", "Advent",
    "Nikolaustag", "Muttertag", "Vatertag", "Reformationstag", "Nationalfeiertag",
    "Koningsdag", "Bevrijdingsdag", "Hemelvaartsdag", "Prinsjesdag", "Sinterklaas",
    "Pakjesavond", "tweede paasdag", "eerste paasdag", "tweede pinksterdag",
    "tweede kerstdag", "eerste kerstdag", "Goede Vrijdag", "Oudejaarsavond",
    "Nieuwjaarsdag", "Dodenherdenking", "Moederdag", "Vaderdag", "Kerstmis",
    # Nordic
    "Midsommarafton", "Midsommardagen", "Luciadagen", "Lucia", "Kristi himmelfärdsdag",
    "nationaldagen", "Valborgsmässoafton", "Valborg", "Trettondedag jul", "julafton",
    "juldagen", "annandag jul", "nyårsafton", "påskafton", "långfredagen", "skärtorsdag",
    "syttende mai", "sankthansaften", "skjærtorsdag", "langfredag", "grunnlovsdagen",
    "grundlovsdag", "Mortensaften", "store bededag", "Kristi himmelfartsdag",
    "juleaften", "nytårsaften", "fastelavn", "itsenäisyyspäivä", "laskiaistiistai",
    "pitkäperjantai", "juhannus", "juhannusaatto", "vappu", "joulu", "jouluaatto",
    "uudenvuodenaatto", "pääsiäinen", "helatorstai", "sumardagurinn fyrsti",
    "sumardaginn fyrsta", "Þorláksmessa", "þjóðhátíðardagurinn", "jaanipäev",
    "vabariigi aastapäev", "võidupüha", "jõululaupäev",
    # Central and Eastern Europe (Latin script)
    "Święto Niepodległości", "Boże Ciało", "Boże Narodzenie", "Wigilia",
    "Tłusty Czwartek", "Zaduszki", "Wszystkich Świętych", "Wielkanoc",
    "Poniedziałek Wielkanocny", "Lany Poniedziałek", "Trzech Króli", "Andrzejki",
    "Sylwester", "Święto Konstytucji", "Dzień Matki", "Štědrý den", "Štědrý večer",
    "Cyrila a Metoděje", "Velikonoční pondělí", "Velký pátek", "Den vzniku",
    "Veľkonočný pondelok", "Veľký piatok", "Deň Ústavy", "Štedrý deň",
    "Prešernov dan", "kresni večer", "dan državnosti", "dan reformacije",
    "dan samostojnosti", "Dan pobjede", "Tijelovo", "Badnjak", "Božić", "Uskrs",
    "Dan državnosti", "Velika Gospa", "Sveti Stjepan", "szenteste", "karácsony",
    "húsvét", "húsvéthétfő", "pünkösd", "pünkösdhétfő", "szilveszter", "nemzeti ünnep",
    "Sfântul Andrei", "Sfântul Ion", "Sfântul Gheorghe", "Ziua Națională",
    "Ziua Unirii", "Ajunul Crăciunului", "Crăciun", "Paște", "Rusalii", "Bobotează",
    "Sânziene", "Mărțișor", "Jonines", "Joninės", "Vėlines", "Vėlinės", "Kūčios",
    "Užgavėnės", "Jāņi", "Jāņos", "Līgo", "Ziemassvētki", "Ziemassvētkos",
    "Lieldienas",
    # Turkish, Greek
    "Cumhuriyet Bayramı", "Kurban Bayramı", "Ramazan Bayramı", "Şeker Bayramı",
    "Zafer Bayramı", "Hıdırellez", "Kandil", "Καθαρά Δευτέρα", "Δεκαπενταύγουστος",
    "Κυριακή του Πάσχα", "Πάσχα", "Χριστούγεννα", "Πρωτοχρονιά", "Θεοφάνεια",
    "Μεγάλη Παρασκευή", "Μεγάλη Πέμπτη", "Ευαγγελισμός", "Αγίου Πνεύματος",
    "Κοίμηση της Θεοτόκου", "Επέτειος του Όχι", "Απόκριες",
    # Cyrillic
    "День Победы", "Масленица", "Рождество", "Пасха", "Новый год", "Крещение",
    "Троица", "Покров", "Иван Купала", "День России", "День народного единства",
    "Великдень", "Різдво", "День Незалежності", "Трійця", "Гергьовден", "Трети март",
    "Бъдни вечер", "Коледа", "Великден", "Видовдан", "Божић", "Бадњи дан", "Ускрс",
    "Крсна слава", "Ђурђевдан", "Сретење", "Никољдан",
    # Irish, Welsh, Maltese, Albanian
    "Lá Fhéile Pádraig", "Oíche Shamhna", "Oíche Nollag", "Lá Nollag", "Lá Fhéile Bríde",
    "Dydd Gŵyl Dewi", "Noswyl Nadolig", "Dydd Nadolig", "Nos Galan", "Calan Gaeaf",
    "Jum il-Ħelsien", "Jum ir-Repubblika", "Jum il-Ħelsien", "Santa Marija", "L-Imnarja",
    "Mnarja", "Dita e Verës", "Dita e Pavarësisë",
)  # fmt: skip
# Words of a holiday that are also ordinary words: a holiday only written with a capital
# ("Lent", "Advent", "Corpus", "Lucia", "Eid", "Idd", "Holi", "Diada", "Armistice").
_CAPITALISED_ONLY = frozenset(
    words("lent advent lucia eid idd holi diada armistice natal undas kandil valborg")
)

# Words that tie a weekday, a day or days to a holiday: "the Tuesday after Easter",
# "two days before Diwali", "the eve of Yom Kippur", "Dienstag nach Ostern".
RELATIVE_LINKS = words(
    """
    after before following preceding of nach vor apres avant despues antes dopo prima
    na voor efter fore etter for po przed pred po po posle poslije nakon prije dupa
    inainte utan jalkeen ennen ondan sonra после перед до після перед след преди μετα
    πριν pa ar
    """
)
# Words before such a link that count a distance in days or name a part of a day.
RELATIVE_HEADS = words(
    """
    day days week weeks weekend eve morning evening night tag tage tagen woche jour jours
    veille semaine dia dias vispera giorno giorni vigilia dag dagen dagar dager dni dzien
    den dny dana dnia день дня дней день днів ημερα ημερες
    """
)
# Ordinals that pick a weekday of a month ("the first Monday of May", "le deuxième
# mardi de novembre", "derde dinsdag van september"), folded.
WEEK_ORDINALS = words(
    """
    first second third fourth fifth last premier premiere deuxieme troisieme quatrieme
    dernier derniere primer primero segundo tercer tercero cuarto ultimo primera segunda
    tercera cuarta ultima erste ersten zweite zweiten dritte dritten vierte vierten
    letzte letzten eerste tweede derde vierde laatste primo secondo terzo quarto ultimo
    prima seconda terza quarta ultima primeiro terceiro primeira terceira forsta andra
    tredje fjarde sista forste anden tredje fjerde sidste siste pierwszy pierwsza drugi
    druga trzeci trzecia czwarty czwarta ostatni ostatnia
    """
)
MONTH_LINKS = words("of in de del van im in di do w v в у στις του της")
# Words between a day and its month ("the fourth of March", "vinte e cinco de abril").
DAY_LINKS = words("of the de del di do den dne am le la el il op dia της του")

# The stems of the ordinal (and cardinal) day numbers of the languages whose numbers
# ``numwords`` does not read as ordinals, folded: Czech and Slovak, Slovene, Croatian and
# Serbian, Russian, Ukrainian and Bulgarian, Finnish, Hungarian, Greek, Lithuanian,
# Latvian, Estonian. A word beside a month that begins with one is its day
# ("dvanáctého března", "dvanajstega marca", "двенадцатого марта", "kahdestoista
# maaliskuuta", "március tizenkettedikén").
DAY_STEMS = words(
    """
    prvn druh tret ctvrt pat sest sedm osm devat desat jedenact dvanact trinact ctrnact
    patnact sestnact sedmnact osmnact devatenact dvacat tricat jedenast dvanast trinast
    strnast patnast sestnast sedemnast osemnast devatnast dvadsiat tridsiat
    prv drug tretj cetrt pet sest sedm osm devet deset enajst dvanajst trinajst
    stirinajst petnajst sestnajst sedemnajst osemnajst devetnajst dvajset trideset
    trec cetvrt jedanaest dvanaest trinaest cetrnaest petnaest sesnaest sedamnaest
    osamnaest devetnaest dvadeset
    перв втор трет четверт четвёрт пят шест седьм восьм девят десят одиннадцат
    двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат
    девятнадцат двадцат тридцат перш друг шост сьом одинадцят дванадцят тринадцят
    чотирнадцят пʼятнадцят шістнадцят сімнадцят вісімнадцят девʼятнадцят двадцят
    тридцят първ четвърт единадесет дванадесет тринадесет четиринадесет петнадесет
    шестнадесет седемнадесет осемнадесет деветнадесет двадесет тридесет
    ensimm toinen toise kolmas kolmanne neljas neljanne viides viidenne kuudes
    kuudenne seitsemas seitsemanne kahdeksas kahdeksanne yhdeksas yhdeksanne kymmenes
    kymmenenne yhdestoista kahdestoista kolmastoista neljastoista viidestoista
    kuudestoista seitsemastoista kahdeksastoista yhdeksastoista kahdeskymmenes
    kolmaskymmenes
    elsej masodik harmadik negyedik otodik hatodik hetedik nyolcadik kilencedik tizedik
    tizen huszadik huszon harmincadik harmincegy
    πρωτ δευτερ τριτ τεταρτ πεμπτ εκτ εβδομ ογδο ενατ εννατ δεκατ εικοστ τριακοστ
    pirm antr trec ketvirt penkt sest septint astunt devint desimt vienuolikt dvylikt
    trylikt keturiolikt penkiolikt sesiolikt septyniolikt astuoniolikt devyniolikt
    dvidesimt trisdesimt
    pirmaj otraj tresaj ceturt piekt sest septit astot devit desmit vienpadsmit
    divpadsmit trispadsmit divdesmit trisdesmit
    esimene teine kolmas neljas viies kuues seitsmes kaheksas uheksas kumnes
    kaheteistkumnes kahekumnes kolmekumnes
    """
)
BIRTHDAY_WORDS = (
    "birthday", "birthdays", "geburtstag", "geburtstages", "geburtstags", "cumpleaños",
    "compleanno", "aniversário", "anniversaire", "verjaardag", "urodziny", "urodzin",
    "urodzinach", "födelsedag", "födelsedagen", "fødselsdag", "fødselsdagen",
    "bursdag", "bursdagen", "syntymäpäivä", "syntymäpäivänä", "syntymäpäiväänsä",
    "narozeniny", "narozeninách", "narodeniny", "rojstni dan", "rođendan", "rođendana",
    "születésnap", "születésnapján", "születésnapjára", "doğum günü", "doğum gününde",
    "ziua de naștere", "zilei de naștere", "γενέθλια", "γενέθλιά", "день рождения",
    "дня рождения", "день народження", "рожден ден", "рођендан", "afmælisdag",
    "afmæli", "sünnipäev", "sünnipäeval", "gimtadienis", "gimtadienio", "dzimšanas diena",
)  # fmt: skip
# A week of the year ("KW 14", "vecka 14", "uke 22", "calendar week 14"); the Nordic and
# German words name the calendar's week; "week" alone only with a year.
_CALENDAR_WEEK = re.compile(
    r"(?i)\b(?:kw|kalenderwoche|calendar\s+week|vecka|veckan|v\.|uke|uka|uge|ugen|viikko|"
    r"viikolla|viikon|vko|tydzien|tydzień|týden|tyden|week\s+(?=\d{1,2}\s*(?:,|of|/)\s*(?:19|20)\d\d))"
    r"\.?\s*(?:nr\.?\s*)?(?P<n>[1-9]|[1-4]\d|5[0-3])\b"
)
# What follows a week that counts weeks of something clinical ("vecka 14 av behandlingen",
# "uke 22 av svangerskapet", "week 14 of treatment").
_CLINICAL_WEEK = re.compile(
    r"(?i)\s*(?:\+\s*\d|(?:av|af|of|i|der|des|de|del)\s+(?:the\s+|den\s+)?"
    r"(?:behandling|kur|therap|treatment|graviditet|svangerskap|pregnan|gestation|"
    r"cykl|cycle|zyklus|trial|studie|study|raskau|hoido))"
)
_GESTATION_BEFORE = re.compile(r"(?i)(?:graviditets|svangerskaps|gestations|schwangerschafts)$")


# -- folding ------------------------------------------------------------------------------


def variants(word: str) -> frozenset[str]:
    """A word as ``fold_word`` folds it written in lower case, capitalised or in capitals
    (Cyrillic "М" and Greek "Ν" fold to Latin letters, their lower case does not)."""
    return frozenset(fold_word(w) for w in (word.lower(), word.capitalize(), word.upper()))


def _set(ws: Iterable[str]) -> frozenset[str]:
    return frozenset(v for w in ws for v in variants(w))


_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*|\d{1,2}(?:st|nd|rd|th|\.|º|ª|e|er)?(?!\d)")


@cache
def _tables() -> tuple[
    dict[str, list[tuple[tuple[frozenset[str], ...], frozenset[str], bool]]],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    tuple[str, ...],
    dict[str, list[tuple[frozenset[str], ...]]],
]:
    holidays: dict[str, list[tuple[tuple[frozenset[str], ...], frozenset[str], bool]]] = {}
    for phrase in HOLIDAYS:
        toks = [t.group() for t in _WORD.finditer(phrase.replace("-", " "))]
        if not toks:
            continue
        sets = tuple(variants(t) for t in toks)
        last = toks[-1]
        stems = frozenset(v[: max(5, len(v) - 2)] for v in variants(last) if len(last) >= 7)
        capital = len(toks) == 1 and fold_word(last) in _CAPITALISED_ONLY
        for first in sets[0]:
            holidays.setdefault(first, []).append((sets, stems, capital))
    day_stems = tuple(sorted({v for w in DAY_STEMS for v in variants(w)}, key=len, reverse=True))
    birthdays: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for phrase in BIRTHDAY_WORDS:
        sets = tuple(variants(t) for t in phrase.split())
        for first in sets[0]:
            birthdays.setdefault(first, []).append(sets)
    return (
        holidays,
        _set(RELATIVE_LINKS),
        _set(RELATIVE_HEADS),
        _set(WEEK_ORDINALS),
        _set(MONTH_LINKS),
        _set(DAY_LINKS),
        day_stems,
        birthdays,
    )


def _is_number_word(word: str, *, ordinal: bool = False) -> bool:
    """A day of the month written as a word (a number or ordinal word of ``numwords``'s
    lexicons from 1 to 31, or one beginning with a stem of ``DAY_STEMS``); ``ordinal``:
    only an ordinal ("June the second", "március tizenkettedikén"; "In June two biopsies"
    counts biopsies)."""
    if ordinal and word[:1].isdigit():
        return False  # "June 2": ``patterns``'s
    if word.isdigit():
        return 1 <= int(word) <= 31
    if re.fullmatch(r"\d{1,2}\D*", word):
        return 1 <= int(re.match(r"\d+", word).group()) <= 31  # type: ignore[union-attr]
    found = entries(word)
    english = vocabulary().english
    if "en" not in found and word in english:
        return False  # "on" (Turkish ten), "pet", "patient" are English words
    kinds = "o" if ordinal else "no"
    if any(e.kind in kinds and 1 <= e.value <= 31 for es in found.values() for e in es):
        return True
    if ordinal and found:
        return False
    if any(e.kind in "+" for es in found.values() for e in es):
        return False
    if function_word(word):
        return False
    stems = _tables()[6]
    return len(word) >= 3 and any(word.startswith(s) for s in stems if len(s) >= 3)


# -- the finder ---------------------------------------------------------------------------


def find_date_words(text: str) -> Iterator[Hit]:
    """Holidays, days of the month in words, birthdays counted, calendar weeks, and the
    weekdays and days tied to them, in ``text`` (the normal form)."""
    toks = list(_WORD.finditer(text))
    if not toks:
        return
    folded = [fold_word(t.group()) for t in toks]
    holidays, links, heads, ordinals, month_links, day_links, _, birthdays = _tables()
    spans: list[tuple[int, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        end = _holiday_at(text, toks, folded, i, holidays)
        if end is None and _inflected_holiday(folded[i]):
            end = i
        if end is None:
            i += 1
            continue
        a = _relative_start(text, toks, folded, i, links, heads, ordinals)
        spans.append((toks[a].start(), toks[end].end()))
        i = end + 1
    for i, f in enumerate(folded):
        m = MONTHS.get(f)
        if m is not None:
            span = _day_and_month(text, toks, folded, i, day_links)
            if span is not None:
                spans.append(span)
            elif _alone(text, toks, folded, i):
                spans.append((toks[i].start(), toks[i].end()))
        if f in WEEKDAYS:
            span = _weekday_of_month(text, toks, folded, i, ordinals, month_links)
            if span is not None:
                spans.append(span)
            elif _alone(text, toks, folded, i):
                spans.append((toks[i].start(), toks[i].end()))
        for sets in birthdays.get(f, ()):
            j = i + len(sets)
            if j <= n and all(folded[i + k] in s for k, s in enumerate(sets)) and i > 0:
                if _is_number_word(folded[i - 1]) or _ordinal_shape(folded[i - 1]):
                    spans.append((toks[i - 1].start(), toks[j - 1].end()))
    for mt in _CALENDAR_WEEK.finditer(text):
        if _CLINICAL_WEEK.match(text, mt.end()) or _GESTATION_BEFORE.search(text, 0, mt.start()):
            continue
        spans.append((mt.start(), mt.end()))
    for a, b in spans:
        yield Hit(a, b, "date", "[date]")


def _holiday_at(
    text: str,
    toks: list[re.Match[str]],
    folded: list[str],
    i: int,
    holidays: dict[str, list[tuple[tuple[frozenset[str], ...], frozenset[str], bool]]],
) -> int | None:
    """The index of the last word of the longest holiday beginning at word ``i``."""
    best = None
    for sets, stems, capital in holidays.get(folded[i], ()):
        j = i + len(sets) - 1
        if j >= len(toks) or (capital and not toks[i].group()[:1].isupper()):
            continue
        if not all(folded[i + k] in s for k, s in enumerate(sets[:-1])):
            continue
        if len(sets) > 1 and not _adjacent(text, toks, i, j):
            continue
        last = folded[j]
        if last in sets[-1] or (
            stems and any(last.startswith(s) and len(last) - len(s) <= 5 for s in stems)
        ):
            if best is None or j > best:
                best = j
    return best


def _inflected_holiday(word: str) -> bool:
    """``word`` is a holiday of one word with a case ending ("itsenäisyyspäivänä",
    "pünkösdhétfőn", "jaanipäeval", "Масленицу")."""
    if len(word) < 7:
        return False
    return any(
        word.startswith(s) and len(word) - len(s) <= 5 for s in _single_stems().get(word[:5], ())
    )


@cache
def _single_stems() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for phrase in HOLIDAYS:
        toks = [t.group() for t in _WORD.finditer(phrase.replace("-", " "))]
        if len(toks) == 1 and len(toks[0]) >= 7:
            for v in variants(toks[0]):
                stem = v[: max(5, len(v) - 2)]
                out.setdefault(stem[:5], set()).add(stem)
    return {k: tuple(v) for k, v in out.items()}


_GAP = re.compile(r"[\s\-'’.]{1,3}|\s*-\s*und\s+|\s+und\s+")
_ARTICLES = frozenset(words("the la le el der dem den il o a de"))
_JOINS = frozenset(words("e y et und and"))


def _adjacent(text: str, toks: list[re.Match[str]], i: int, j: int) -> bool:
    """Words ``i`` to ``j`` stand together (spaces, hyphens, an apostrophe between)."""
    return all(
        re.fullmatch(
            r"[\s\-'’.]{1,3}|\s*-\s*und\s+|\s+und\s+", text[toks[k].end() : toks[k + 1].start()]
        )
        is not None
        for k in range(i, j)
    )


def _relative_start(
    text: str,
    toks: list[re.Match[str]],
    folded: list[str],
    i: int,
    links: frozenset[str],
    heads: frozenset[str],
    ordinals: frozenset[str],
) -> int:
    """Where a phrase tying a day to the holiday at word ``i`` begins ("the Tuesday
    after", "two days before", "the eve of", "Dienstag nach"): the holiday's own start
    when none does."""
    k = i - 1
    while k >= 0 and folded[k] in (
        "the",
        "la",
        "le",
        "el",
        "der",
        "dem",
        "den",
        "il",
        "o",
        "a",
        "de",
    ):
        k -= 1
    if k < 0 or folded[k] not in links or not _adjacent(text, toks, k, i):
        return i
    h = k - 1
    if h >= 0 and (folded[h] in WEEKDAYS or folded[h] in heads) and _adjacent(text, toks, h, k):
        if h > 0 and (_is_number_word(folded[h - 1]) or folded[h - 1] in ordinals):
            return h - 1
        return h
    return i  # "after Easter" alone: the holiday is the date


def _day_and_month(
    text: str,
    toks: list[re.Match[str]],
    folded: list[str],
    i: int,
    day_links: frozenset[str],
) -> tuple[int, int] | None:
    """The span of a day written beside the month at word ``i``, before it ("douze mars",
    "the twelfth of March", "vinte e cinco de abril") or after it ("March the twelfth",
    "március tizenkettedikén")."""
    start = end = None
    k = i - 1
    if k >= 0 and folded[k] in day_links and k - 1 >= 0 and _is_number_word(folded[k - 1]):
        k -= 1
    if k >= 0 and _is_number_word(folded[k]) and _near(text, toks, k, i):
        start = k
        while (
            start - 1 >= 0
            and (
                _is_number_word(folded[start - 1])
                or folded[start - 1] in ("e", "y", "et", "und", "and")
            )
            and _near(text, toks, start - 1, start)
        ):
            start -= 1
        while folded[start] in _JOINS:
            start += 1
    k = i + 1
    if k < len(toks) and folded[k] in ("the", "den") and k + 1 < len(toks):
        k += 1
    if k < len(toks) and _is_number_word(folded[k], ordinal=True) and _near(text, toks, i, k):
        end = k
    if start is None and end is None:
        return None
    # a month's name that is a word too ("may", "march", "mai") counts only capitalised
    word = toks[i].group()
    if folded[i] in ("may", "march", "mai", "mar", "maj", "jun", "jul") and not word[:1].isupper():
        return None
    a = toks[start if start is not None else i].start()
    b = toks[end if end is not None else i].end()
    return a, b


_AMBIGUOUS = frozenset(v for w in AMBIGUOUS for v in variants(w))


def _alone(text: str, toks: list[re.Match[str]], folded: list[str], i: int) -> bool:
    """A month's or a weekday's name standing alone is a date element too ("in March",
    "w marcu", "в марте", "τον Μάρτιο", "в понедельник"): unless it is an abbreviation
    ("Dec", "sept"), in capitals ("APRIL", the cytokine), or a word of English or of
    another meaning written in lower case or at a sentence's start ("may", "march",
    "August" opening a sentence, "segunda dose", "питательная среда")."""
    word, f = toks[i].group(), folded[i]
    if len(f) < 4 or f in ABBREVIATIONS or word.isupper():
        return False  # in capitals alone: an acronym or a trial ("APRIL", "MARCH")
    english = vocabulary().english
    if f in _AMBIGUOUS or f in english or function_word(f):
        if not word[:1].isupper() or word.isupper():
            return False
        before = text[: toks[i].start()].rstrip()
        if not before or before[-1] in ".!?:;\n\"'“«(" or i == 0:
            return False
    return True


def _near(text: str, toks: list[re.Match[str]], a: int, b: int) -> bool:
    """Words ``a`` and ``b`` with only spaces, hyphens and linking words between."""
    gap = text[toks[a].end() : toks[b].start()]
    return len(gap) <= 12 and re.fullmatch(r"[\s\-]*(?:[^\W\d_]{1,3}[\s\-]+)?", gap) is not None


def _weekday_of_month(
    text: str,
    toks: list[re.Match[str]],
    folded: list[str],
    i: int,
    ordinals: frozenset[str],
    month_links: frozenset[str],
) -> tuple[int, int] | None:
    """ "the first Monday of May", "segundo martes de noviembre": an ordinal, the weekday
    at word ``i``, a link and a month."""
    if i == 0 or folded[i - 1] not in ordinals:
        return None
    k = i + 1
    if k < len(toks) and folded[k] in month_links:
        k += 1
    if k < len(toks) and folded[k] in MONTHS and _near(text, toks, i, k):
        return toks[i - 1].start(), toks[k].end()
    return None


_ORDINAL_DIGITS = re.compile(r"\d{1,3}(?:st|nd|rd|th|\.|º|ª|e|er|eme|te|de|ste)?")
_ORDINAL_ENDINGS = ("tieth", "esimo", "esima", "ieme", "tego", "ste", "sten", "te", "ta", "ty")


def _ordinal_shape(word: str) -> bool:
    """A word written as an ordinal ("80th", "85.", "nonagesimo", "dziewiecdziesiate")."""
    if _ORDINAL_DIGITS.fullmatch(word):
        return True
    return word.isalpha() and len(word) >= 6 and word.endswith(_ORDINAL_ENDINGS)
