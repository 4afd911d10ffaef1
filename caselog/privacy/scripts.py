"""Words in scripts the de-identifier has no ordinary-word list for.

Latin, Greek and Cyrillic words are judged by the word lists (``vocab``, ``scan``). A word
in any other script (Georgian, Armenian, Arabic, Persian, Hebrew, the Indian scripts,
Hangul, hanzi, kana, Thai, ...) is a possible identifier: redacted by default and listed
for the author's review, unless it is known to be clinical or ordinary:

- a loanword of the clinical vocabularies written in that script ("კრეატინინი",
  "الكرياتينين", "크레아티닌" are creatinine): ``translit`` reads it as a consonant
  skeleton and finds a clinical word (drug, lab, anatomy, modality) of the same skeleton
  that no name or place of the gazetteers shares;
- an ordinary or clinical word of the script's own word list, where one ships
  (``script_words``).

A word here is a run of letters and combining marks of one script (the vowel signs of
Devanagari, Bengali and Tamil are marks, which the scanner's own tokens split at);
digits, Latin letters and punctuation between them are left to the scanner, so a Latin
drug name or a dose inside Arabic prose is judged as anywhere else, and a note is never
redacted as one span.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from caselog.privacy.letter_scripts import LISTED_SCRIPTS as LISTED_SCRIPTS
from caselog.privacy.letter_scripts import script as script
from caselog.privacy.letter_scripts import unlisted as unlisted
from caselog.privacy.patterns import words
from caselog.privacy.script_lists import DATE_WORDS as DATE_WORDS
from caselog.privacy.script_lists import date_word as date_word

# The review's kind for a word of another script no list knows.
SCRIPT_WORD = "word in another script"
# Scripts written without spaces between words: a run of them is split by a word list
# before it is judged (``segment``).
UNSPACED = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR"})


@dataclass(frozen=True)
class ScriptWord:
    start: int
    end: int
    script: str
    text: str


def _mark(c: str) -> bool:
    return unicodedata.category(c).startswith("M")


# Signs inside a word of these scripts that are no letters: the Hebrew geresh and
# gershayim (ט״ו, ג׳), the Arabic tatweel, the zero-width non-joiner of Persian.
_INNER = frozenset("\u05f3\u05f4\u0640\u200c\u200d")


def script_words(text: str) -> Iterator[ScriptWord]:
    """The runs of ``text`` in scripts no word list reads: letters and marks of one
    script (a mark after any letter of it), with a Hebrew geresh or a Persian joiner
    inside."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        s = script(c) if not _mark(c) else ""
        if not s or s in LISTED_SCRIPTS:
            i += 1
            continue
        j = i + 1
        while j < n:
            d = text[j]
            if _mark(d) or script(d) == s or d in _INNER and j + 1 < n and script(text[j + 1]) == s:
                j += 1
            else:
                break
        yield ScriptWord(i, j, s, text[i:j])
        i = j


def covered(text: str) -> list[tuple[int, int]]:
    """The spans of ``script_words`` (the scanner leaves them to ``judge_words``)."""
    return [(w.start, w.end) for w in script_words(text)]


def judge_words(text: str) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, known)`` for each word of ``text`` in an unlisted script, and for
    each word of an unspaced run as ``segment`` splits it; ``known``: a clinical or
    ordinary word (``known``), kept; otherwise a possible identifier."""
    found = list(script_words(text))
    carried = 0  # the kana of a run that end a word of the kanji before them
    for k, w in enumerate(found):
        if w.script in UNSPACED:
            if carried:
                yield w.start, w.start + carried, True
            rest = w.text[carried:]
            start, carried = w.start + (len(w.text) - len(rest)), 0
            for a, b in segment(rest, w.script) if rest else []:
                ok = known(rest[a:b], w.script)
                if not ok and b == len(rest) and k + 1 < len(found):
                    carried = _okurigana(rest[a:b], w, found[k + 1])
                    ok = carried > 0
                yield start + a, start + b, ok
        else:
            carried = 0
            yield w.start, w.end, known(w.text, w.script) or _eponym_in_use(text, found, k)


# Metric prefixes and base units as the scripts no list reads write them out ("میلی‌مول",
# "ملليمول", "מיליגרם", "มิลลิโมล", "밀리몰", "मिलीग्राम", "மில்லிகிராம்"): a prefix
# with a base after it is a unit, as "milli" and "mole" are in any language.
_SI_PREFIXES = frozenset(
    words(
        """میلی میکرو نانو ملي مللي ميلي ميكرو نانو מילי מיקרו ננו มิลลิ ไมโคร นาโน
        밀리 마이크로 나노 मिली मिलि माइक्रो नैनो মিলি মাইক্রো ন্যানো மில்லி மைக்ரோ நானோ"""
    )
)
_SI_BASES = frozenset(
    words(
        """گرم مول لیتر اکی‌والان غرام جرام مول لتر ليتر גרם מול ליטר กรัม โมล ลิตร
        그램 몰 리터 ग्राम मोल लीटर লিটার গ্রাম মোল கிராம் மோல் லிட்டர்"""
    )
)
# What joins the pieces of a unit ("மி.கி", "मि.ग्रा.", "ก./ดล.", "ملغ/م²", "g/일"), and
# what may end one (a full stop, an exponent).
_UNIT_GLUE = frozenset("./")
_UNIT_END = re.compile(r"[.²³]?")
_NUMBER_BEFORE = re.compile(r"\d(?:\s|\u00a0|\u202f)?$")
_LATIN_UNIT_BEFORE = re.compile(r"\d\s?[A-Za-zµμ]{1,4}/$")


def _letters(word: str) -> int:
    return sum(not _mark(c) for c in word)


def unit_runs(text: str) -> Iterator[tuple[int, int]]:
    """The units written in an unlisted script after a number: the script's abbreviations
    joined by a full stop or a slash ("40 மி.கி", "40 मि.ग्रा.", "9.2 ก./ดล.", "375
    ملغ/م²", "3.4 מ״ג/ד״ל"), each piece of four letters at most and at least two pieces
    or a slash; a piece after a Latin unit's slash ("6.3 g/일"); a metric prefix and a
    base unit written out ("۶٫۱ میلی‌مول"). The number must stand right before it: a name
    or a street is never shaped so."""
    found = list(script_words(text))
    k = 0
    while k < len(found):
        w = found[k]
        before = text[max(0, w.start - 8) : w.start]
        if _LATIN_UNIT_BEFORE.search(before) and _letters(w.text) <= 4:
            yield w.start, w.end
            k += 1
            continue
        if not _NUMBER_BEFORE.search(before):
            k += 1
            continue
        if prefixed_unit(w.text):
            yield w.start, w.end
            k += 1
            continue
        j, slash = k, False
        while (
            j + 1 < len(found)
            and 1 <= len(glue := text[found[j].end : found[j + 1].start]) <= 2
            and set(glue) <= _UNIT_GLUE
            and found[j + 1].script == w.script
        ):
            slash = slash or "/" in glue
            j += 1
        pieces = found[k : j + 1]
        if (j > k or slash) and all(_letters(x.text) <= 4 for x in pieces):
            end = pieces[-1].end
            yield w.start, end + len(_UNIT_END.match(text, end).group())  # type: ignore[union-attr]
        k = j + 1


def prefixed_unit(word: str) -> bool:
    """``word`` is a metric prefix and a base unit written out in its script."""
    w = unicodedata.normalize("NFC", word).replace("\u200c", "")
    return any(
        w.startswith(p) and w[len(p) :] in _SI_BASES for p in _SI_PREFIXES if len(w) > len(p)
    )


def _okurigana(stem: str, w: ScriptWord, after: ScriptWord) -> int:
    """How many kana of the run of hiragana right after ``stem`` (the end of a run of
    kanji) end a listed word with it, its kana ending ("認" and "めた": "認め", 1; "住"
    and "んでいる": "住ん", 1); 0 for none."""
    from caselog.privacy.script_lists import words_of

    if w.script != "CJK" or after.script != "HIRAGANA" or after.start != w.end:
        return 0
    listed = words_of("CJK") | words_of("HIRAGANA")
    ends = [n for n in range(1, min(4, len(after.text)) + 1) if stem + after.text[:n] in listed]
    return max(ends, default=0)


def _eponym_in_use(text: str, found: list[ScriptWord], k: int) -> bool:
    """``found[k]`` reads as an eponym of the medical lists (``translit.eponym``) and
    stands beside a head word of its script ("متلازمة ألبورت", "ალპორტის სინდრომი"),
    only a space between them: an eponym in clinical use, as a capitalised word beside a
    head is in the scripts the lists read."""
    from caselog.privacy import translit
    from caselog.privacy.script_lists import head

    w = found[k]
    beside = [
        x
        for x in (found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None)
        if x is not None
        and x.script == w.script
        and not text[min(x.end, w.end) : max(x.start, w.start)].strip()
    ]
    return any(head(x.text, x.script) for x in beside) and translit.eponym(w.text, w.script)


def known(word: str, script_name: str) -> bool:
    """``word`` (one run of one script) is a clinical or ordinary word: of the script's
    own lists, or a clinical loanword read through ``translit`` unless it is shaped as a
    Korean name (``korean_name``: "박지민이" reads as the drug buxamine)."""
    from caselog.privacy import translit
    from caselog.privacy.script_lists import ordinary

    if ordinary(word, script_name):
        return True
    if script_name == "HANGUL" and korean_name(word):
        return False
    return translit.clinical(word, script_name)


# The commonest Korean family names (one syllable, and the two-syllable ones), and the
# particles and honorifics a name takes after it.
_KOREAN_SURNAMES = frozenset(
    words(
        "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 "
        "남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 "
        "선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부"
    )
)
_KOREAN_DOUBLE_SURNAMES = frozenset(words("남궁 황보 제갈 선우 독고 사공 서문"))
_KOREAN_AFTER = (
    "씨는", "씨가", "씨의", "씨", "님은", "님이", "님", "에게", "께서", "이가", "이는",
    "이", "가", "은", "는", "을", "를", "의", "도", "와", "과",
)  # fmt: skip


def korean_name(word: str) -> bool:
    """``word`` is shaped as a Korean person's name: a family name and a given name of two
    syllables (one, rarely), then perhaps a particle or an honorific ("박지민이",
    "김영희씨", "남궁민수")."""
    for end in _KOREAN_AFTER:
        if word.endswith(end) and len(word) - len(end) >= 3:
            word = word[: -len(end)]
            break
    if not all("\uac00" <= c <= "\ud7a3" for c in word):
        return False
    if len(word) in (3, 4) and word[:2] in _KOREAN_DOUBLE_SURNAMES:
        return True
    return len(word) == 3 and word[0] in _KOREAN_SURNAMES


def segment(run: str, script_name: str) -> list[tuple[int, int]]:
    """A run of an unspaced script split into words: at each place the longest word of
    the script's lists or a clinical loanword (``translit``) that starts there; what no
    list knows stays together up to the next known word (a name is one piece)."""
    from caselog.privacy import translit
    from caselog.privacy.script_lists import longest

    out: list[tuple[int, int]] = []
    i, n, unknown = 0, len(run), -1
    while i < n:
        k = longest(run, i, script_name)
        if k == 0:
            k = translit.longest_clinical(run, i, script_name)
        if k:
            if unknown >= 0:
                out.append((unknown, i))
                unknown = -1
            out.append((i, i + k))
            i += k
        else:
            if unknown < 0:
                unknown = i
            i += 1
            while i < n and _mark(run[i]):
                i += 1
    if unknown >= 0:
        out.append((unknown, n))
    return out


# A date written with the year, month and day signs of Chinese, Japanese and Korean
# ("2024年3月12日", "2024년 3월 12일", "3月12日").
_CJK_DATE = re.compile(
    r"\d{2,4}\s*[年년]\s*\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일号號])?"
    r"|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일号號]"
)
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s*$")
_YEAR_AFTER = re.compile(r"^\s*\d{2,4}(?!\d)")
# the day after the month, with its ending after a hyphen (Armenian "մարտի 12-ին")
_DAY_AFTER = re.compile(r"^\s*(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:-[^\W\d_]{1,4})?")


# Thai months cut short ("12 มี.ค. 67"), with the day before and the year after
_THAI_SHORT_MONTH = re.compile(
    r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])?\s*"
    r"(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)"
    r"(?:\s*\d{2,4}(?!\d))?"
)


def find_dates(text: str) -> Iterator[tuple[int, int]]:
    """Dates in the scripts ``scripts`` reads: a CJK date by its signs, and a month of
    a local calendar (``date_word``) with the day before it and the year after it
    ("١٤ رمضان ١٤٤٥", "12 มีนาคม 2567", "3 მარტს"); ``text`` in normal form (digits
    read as ASCII)."""
    for mt in _CJK_DATE.finditer(text):
        yield mt.start(), mt.end()
    if "." in text:
        for mt in _THAI_SHORT_MONTH.finditer(text):
            yield mt.start(), mt.end()
    for w in script_words(text):
        if not date_word(w.text) and not any(date_word(x) for x in _month_forms(w.text, w.script)):
            continue
        a, b = w.start, w.end
        day = _DAY_BEFORE.search(text, max(0, a - 4), a)
        year = _YEAR_AFTER.search(text[b : b + 6])
        after = _DAY_AFTER.search(text[b : b + 10])
        if day or year or after:
            end = b + max(year.end() if year else 0, after.end() if after else 0)
            yield (day.start() if day else a), end


def _month_forms(word: str, script_name: str) -> list[str]:
    from caselog.privacy.translit import stripped

    return stripped(word, script_name)
