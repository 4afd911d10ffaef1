"""The language of each sentence, told cheaply from its function words.

A sentence's language decides which word list counts as ordinary for it (``vocab``): a
French note's "Elle", "Traitement" and "sur" are ordinary French, a German note's nouns
ordinary German. The guess counts the sentence's words that are function words of each
language (articles, pronouns, prepositions, auxiliaries); a sentence too short to tell
takes the language of its whole field, and a field too short to tell is English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from caselog.privacy.normalize import fold_word
from caselog.privacy.patterns import words

LANGUAGES = (
    "en", "fr", "es", "de", "it", "pt", "nl", "pl", "sv", "tr", "da", "no",
    "cs", "hu", "fi", "is", "el", "ru", "ro", "hr", "sk", "lt", "lv", "et", "af", "id", "ms",
)  # fmt: skip
Known = Callable[[str, str], bool]  # (word, language) -> an ordinary word of it

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        words(
            """the and of with was were for from his her he she they is are has had have been
            which this that these not but or an as at by on to after before who whom its their
            there than then also into over under while"""
        )
    ),
    "fr": frozenset(
        words(
            """le la les des du un une et est avec pour dans sur par au aux elle il ils elles
            son sa ses leur qui que pas été ont sont depuis chez très mais ou où se ne cette
            ce ces lors après avant sans sous était avait en de"""
        )
    ),
    "es": frozenset(
        words(
            """el los las del una unos unas con por para que se su sus es fue está están desde
            pero como al ha han hay muy sin sobre entre tras durante cuando también este esta
            estos estas fueron tenía y en lo durante de la"""
        )
    ),
    "de": frozenset(
        words(
            """der die das und ist mit von den dem des ein eine einer eines einem wurde wird
            wurden nicht sich bei nach im zu sie er ihr ihre ihrem ihren seit auf für aus
            wegen über unter keine kein zum zur sowie zeigte ergab"""
        )
    ),
    "it": frozenset(
        words(
            """il lo gli della delle dei degli di una con per che è sono stato stata nel nella
            nei alla alle sua suo sue suoi ed anche non più dopo dal dalla sul sulla era
            aveva ha hanno come a e durante secondo di la"""
        )
    ),
    "pt": frozenset(
        words(
            """o os as da das do dos um uma com para que em no na nos nas ao aos foi está seu
            sua seus suas pelo pela não há mas como já também após sem sobre entre era tinha
            faz a e durante de"""
        )
    ),
    "nl": frozenset(
        words(
            """de het een en van is werd zijn was waren met voor niet op aan bij uit naar
            dat die deze dit ook maar of door zij hij haar hem zich wordt worden heeft
            hebben had tijdens na daarna sinds geen nog als omdat er wel ze"""
        )
    ),
    "pl": frozenset(
        words(
            """i w z na do się nie jest był była było są oraz lub ale że od po przez przy
            dla jej jego ich który która które także również bez pod nad u ze we ma
            miała miał został została zostało roku dnia jako czy"""
        )
    ),
    "sv": frozenset(
        words(
            """och att det som en ett är var har hade med för på av till från inte om
            hon han hennes hans efter under sedan eller men också vid denna
            detta blev blir kan skulle ska sig"""
        )
    ),
    "tr": frozenset(
        words(
            """ve bir bu ile için olarak sonra önce daha çok gibi kadar ancak veya ya
            ki olan oldu olduğu edildi yapıldı vardı yoktu değil hasta hastanın hastaya
            tarafından tarihinde üzerine"""
        )
    ),
    "da": frozenset(
        words(
            """og af ikke blev havde hun han fra efter hos nu meget også til med det er var
            har ved som hendes hans være fik på en et for kan i om skal hende"""
        )
    ),
    "no": frozenset(
        words(
            """og av ikke ble hadde hun han fra etter hos nå mye også til med det er var
            har ved som hennes hans være fikk på en et for kan i om skal henne"""
        )
    ),
    "cs": frozenset(
        words(
            """ve při bez který která které bylo byla byl byly jsou není jako také ale
            nebo že jeho její jejich pacient pacientka pacientky roku dne kde měla měl
            již když však jsme byli na a v s z do od je se po"""
        )
    ),
    "hu": frozenset(
        words(
            """az és egy nem hogy volt voltak után előtt alatt mellett között miatt óta
            majd vagy már még csak pedig beteg beteget betegnél kapott lett évben napon
            során"""
        )
    ),
    "fi": frozenset(
        words(
            """oli että hän ovat olivat kanssa jälkeen ennen aikana myös mutta tai kun
            jos joka jonka koska sekä vuonna potilas potilaalla potilaan saakka asti
            lähtien ollut"""
        )
    ),
    "is": frozenset(
        words(
            """að í á við með frá sem eða hún hann þau þess hennar hans eftir fyrir
            undir vegna hefur hafði voru ekki sjúklingur sjúklingi"""
        )
    ),
    "el": frozenset(
        words(
            """και του της των τον την στο στη στην στον στα με για από σε που είναι
            ήταν δεν μετά πριν κατά αλλά ασθενής ασθενούς έλαβε"""
        )
    ),
    "ru": frozenset(
        words(
            """при для без под над что как это был была было были не но или его её их
            который которая после перед пациент пациентка пациентки пациенту году на по
            из от со также"""
        )
    ),
    # added 2026-12-01 with their word lists (``vocab``): Romanian, Croatian (and the
    # Serbian and Bosnian written in Latin letters), Slovak, Lithuanian, Latvian,
    # Estonian, Afrikaans, Indonesian, Malay
    "ro": frozenset(
        words(
            """și în cu din pe la care este sunt fost au pentru nu prin după sau dar mai
            cel cea ale lui ei unei unui fără până între sub asupra însă iar deoarece
            pacientul pacienta pacientei anul avut fiind de"""
        )
    ),
    "hr": frozenset(
        words(
            """koji koja koje kojeg kojem bio bila bilo bili nije što nakon prije zbog
            kod te uz iz ili ali kao jer već još samo sa bez prema tijekom godine
            bolesnik bolesnica bolesnika pacijent pacijentica pacijenta dobio dobila
            na u i od do za s se je su sa"""
        )
    ),
    "sk": frozenset(
        words(
            """sa pre bol bola bolo boli ktorý ktorá ktoré ktorého ako aj ale alebo že
            jeho jej ich už pri bez počas roku pacient pacientka pacientky mal mala
            nie je sú zo vo na a v s z do od po"""
        )
    ),
    "lt": frozenset(
        words(
            """ir su į iš nuo po per prie be kad kaip yra buvo bet ar jo jos jų tai kuris
            kuri dėl metų iki nes taip pat pacientas pacientė paciento pacientei
            gavo buvęs"""
        )
    ),
    "lv": frozenset(
        words(
            """un ar uz no pēc pie bez ka kā ir bija bet vai viņa viņš viņai viņam tas tā
            kas kurš kura par līdz arī gadā gada pacients pacientei pacientam tika"""
        )
    ),
    "et": frozenset(
        words(
            """ja on oli ei ka et kui aga või tema see mis kes pärast enne koos ilma
            alates aastal juures olid nagu siis patsient patsiendil patsiendi
            tekkis oma"""
        )
    ),
    "af": frozenset(
        words(
            """nie vir sy hy haar hom toe ook wat deur word het die 'n n is was en van
            op in met na by pasiënt daagliks gebruik gedurende sedert"""
        )
    ),
    "id": frozenset(
        words(
            """dan yang di ke dari dengan untuk pada ini itu tidak adalah sudah telah
            akan oleh dalam atau juga karena setelah sejak tahun pasien ia dia
            sebagai bagi tetapi saat"""
        )
    ),
    "ms": frozenset(
        words(
            """dan yang di ke dari dengan untuk pada ini itu tidak ialah sudah telah
            akan oleh dalam atau juga kerana selepas sejak tahun pesakit beliau dia
            sebagai bagi tetapi semasa"""
        )
    ),
}
# Read as the scanner reads text (``normalize``: no accents, "ı" and "ł" as "i" and "l").
FUNCTION_WORDS = {lang: frozenset(map(fold_word, ws)) for lang, ws in _FUNCTION_WORDS.items()}
# Words that are function words of several languages say little alone.
_SHARED = frozenset(
    w
    for a in LANGUAGES
    for w in FUNCTION_WORDS[a]
    if sum(w in FUNCTION_WORDS[b] for b in LANGUAGES) > 1
)
# Each function word with the languages it belongs to and its weight in each.
_OWNERS: dict[str, tuple[tuple[str, float], ...]] = {
    w: tuple(
        (lang, 0.5 if w in _SHARED else 1.0) for lang in LANGUAGES if w in FUNCTION_WORDS[lang]
    )
    for w in set().union(*FUNCTION_WORDS.values())
}
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE = re.compile(r"(?s).+?(?:[.!?;](?=\s|$)|\n|$)")
_WHOLE_SENTENCE = re.compile(r"(?s).+?(?:[.!?](?=\s|$)|\n|$)")


def guess(text: str, default: str = "en", known: Known | None = None) -> str:
    """The language most of ``text``'s function words belong to. A tie between languages
    goes to the one whose word list (``known(word, lang)``) knows most of the text's
    words; no function word at all, or a tie no list breaks, gives ``default``."""
    score = dict.fromkeys(LANGUAGES, 0.0)
    found = _WORD.findall(text.lower())
    if not text.isascii():
        found = [fold_word(w) for w in found]
    for w in found:
        for lang, weight in _OWNERS.get(w, ()):
            score[lang] += weight
    top = max(score.values())
    leaders = [lang for lang in LANGUAGES if score[lang] == top]
    if top == 0:
        return default
    # a lead of less than two function words is no lead ("o" and "ją" make Polish
    # look Portuguese): the word lists decide between the close ones
    close = [lang for lang in LANGUAGES if score[lang] > 0 and score[lang] > top - 2]
    if len(close) == 1 and (top >= 2 or known is None or close[0] == default):
        return close[0]
    # one function word of another language is no lead over the field's either ("alle",
    # Italian, in the German "Agalsidase beta alle zwei Wochen"): the lists decide below
    if known is None:
        return leaders[0] if len(leaders) == 1 and top >= 1 else default
    # no clear lead (languages that share most function words: Croatian, Slovak, Czech
    # and Polish; Danish, Norwegian and Swedish; Afrikaans and Dutch): the word lists
    # decide among every language the function words name, each word a list knows
    # counting as much as a function word; the field's language is among them ("a" alone
    # names Czech, Slovak, Italian and Portuguese: "stężenie kreatyniny wynosiło 4,2 mg/dl,
    # a potasu 6,2 mmol/l" in a Polish note is Polish)
    candidates = [lang for lang in LANGUAGES if score[lang] > 0 or lang == default]
    long = [w for w in found if len(w) > 3]
    counts = {lang: sum(known(w, lang) for w in long) for lang in candidates}
    total = {lang: score[lang] + counts[lang] for lang in candidates}
    best = max(total.values())
    winners = [lang for lang in candidates if total[lang] == best]
    if len(winners) > 1 and len(leaders) == 1 and leaders[0] in winners:
        return leaders[0]
    return winners[0] if len(winners) == 1 and best else default


def _any_function_word(text: str) -> bool:
    words = _WORD.findall(text.lower())
    if not text.isascii():
        words = [fold_word(w) for w in words]
    return any(w in _OWNERS for w in words)


def _better(text: str, lang: str, other: str, known: Known | None) -> bool:
    """``lang``'s word list knows more of ``text``'s words than ``other``'s."""
    if known is None:
        return False
    found = [fold_word(w) for w in _WORD.findall(text.lower()) if len(w) > 3]
    return sum(known(w, lang) for w in found) > sum(known(w, other) for w in found)


def sentences(
    text: str, default: str = "en", known: Known | None = None
) -> Iterator[tuple[int, int, str]]:
    """``(start, end, language)`` for each sentence of ``text``; a sentence too short to
    tell takes its whole sentence's language (a clause between semicolons with no function
    word, where that language's list knows more of it), else the whole text's, and a text
    too short to tell ``default``."""
    field = guess(text, default, known)
    whole = [(m.start(), m.end()) for m in _WHOLE_SENTENCE.finditer(text)] if ";" in text else []
    for mt in _SENTENCE.finditer(text):
        lang = guess(mt.group(), field, known)
        if whole and not _any_function_word(mt.group()):
            # a clause too short to tell ("Vorhofflimmern;") is read in its whole
            # sentence's language (to the full stop), then in the field's
            around = next((text[a:b] for a, b in whole if a <= mt.start() < b), "")
            lang = guess(around, field, known) if around and around != mt.group() else field
            if lang != field and not _better(mt.group(), lang, field, known):
                lang = field
        yield mt.start(), mt.end(), lang
