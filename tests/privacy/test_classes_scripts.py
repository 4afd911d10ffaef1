"""The scripts corpus (``classes_scripts.py``): notes in scripts no word list reads,
measured on both sides once for the module; then the pieces: a word of such a script is
a possible identifier unless it is a clinical loanword, the loanword reading
(``translit``) never takes a name of the gazetteers, and a mixed note keeps its Latin
drugs and its doses."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from caselog.privacy import translit
from caselog.privacy.normalize import normalise
from caselog.privacy.scripts import SCRIPT_WORD, script, script_words
from caselog.privacy.vocab import vocabulary
from tests.privacy.measure import leak_lines, lost_lines, plain_engine

if TYPE_CHECKING:
    from caselog.privacy import Deidentifier
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


@pytest.fixture(scope="module")
def measured() -> tuple[Figures, Ordinary]:
    from tests.privacy import classes_scripts

    return classes_scripts.figures()


def test_at_most_three_percent_of_the_planted_identifiers_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    # written before the fix: 19/105 survived on main ec056ca (10/11 in Georgian)
    fig, _ = measured
    assert fig.leak_rate <= 0.03, leak_lines(fig)


def test_more_clinical_terms_and_ordinary_words_survive_than_on_main(
    measured: tuple[Figures, Ordinary],
) -> None:
    # 106/233 terms and 22/181 ordinary words on main ec056ca (every word of a caseless
    # script redacted); 203/233 and 138/181 after (the words of resources/words/
    # scripts.txt were written with this corpus at hand: the ordinary side is optimistic)
    fig, ordinary = measured
    assert fig.keep_rate >= 0.85, lost_lines(fig)
    assert ordinary.rate() >= 0.70, ordinary.table("lost")


def test_few_names_never_seen_read_as_clinical_loanwords() -> None:
    # 4,000 names held out of the gazetteers: 66 read as clinical with their vowels,
    # 18 without their inner vowels
    from tests.privacy.classes_scripts import name_false_positives

    n, voweled, unwritten, names = name_false_positives()
    assert voweled / n <= 0.02 and unwritten / n <= 0.01, names[:30]


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return plain_engine()


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("მისი ქალიშვილი თამარ გელაშვილი მოდის ყოველ კვირას.", "გელაშვილი"),
        ("ابنته فاطمة الزعبي تزوره كل أسبوع.", "الزعبي"),
        ("בנה יוסי אברהמי מגיע כל שבוע.", "אברהמי"),
        ("उनके पति राजेश अग्रवाल साथ आए।", "अग्रवाल"),
        ("딸 박서연이 동행하였다.", "박서연"),
        ("რესპუბლიკის საავადმყოფოში ექიმმა ლევან ჯაფარიძემ ნახა.", "ჯაფარიძემ"),
    ],
)
def test_a_word_of_an_unlisted_script_is_redacted_and_listed(
    engine: Deidentifier, note: str, name: str
) -> None:
    clean, _, suspects = engine.review(note, "events[0].text")
    assert name not in clean
    assert any(s.kind == SCRIPT_WORD and name in s.text for s in suspects)


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("პაციენტს მიეცა მიკოფენოლატი 1 g და ტაკროლიმუსი 5 mg.", ["მიკოფენოლატი", "ტაკროლიმუსი"]),
        ("وصف له تاكروليموس مع mycophenolate 1 g و prednisolone 40 mg.", ["تاكروليموس"]),
        ("환자는 타크로리무스 3 mg 을 복용했다.", ["타크로리무스"]),
        ("टैक्रोलिमस ३ mg दिया गया।", ["टैक्रोलिमस"]),
    ],
)
def test_clinical_loanwords_latin_drugs_and_doses_survive(
    engine: Deidentifier, note: str, kept: list[str]
) -> None:
    clean = engine.redact(note, "events[0].text")[0]
    for word in kept:
        assert word in clean
    for latin in ("mycophenolate 1 g", "prednisolone 40 mg", "5 mg", "3 mg", "३ mg"):
        if latin in note:
            assert latin in clean, clean


def test_a_capitalised_word_of_a_script_with_case_is_redacted(engine: Deidentifier) -> None:
    # Armenian writes capitals: its names are redacted as names from another alphabet
    clean = engine.redact("Սիրանուշ Պետրոսյանը ապրում է Գյումրիում։", "events[0].text")[0]
    assert "Պետրոսյան" not in clean and "Գյումրի" not in clean


def test_a_mixed_note_is_not_redacted_as_one_span(engine: Deidentifier) -> None:
    note = "المريض أحمد الخطيب يتناول mycophenolate 1 g و tacrolimus 5 mg يوميا."
    clean = engine.redact(note, "events[0].text")[0]
    assert "mycophenolate 1 g" in clean and "tacrolimus 5 mg" in clean
    assert "الخطيب" not in clean and "أحمد" not in clean


def test_the_marks_of_unlisted_scripts_stay_in_the_normal_form() -> None:
    # the vowel signs and viramas of Devanagari were stripped as accents, Hangul
    # syllables cut to their first jamo
    for word in ("क्रिएटिनिन", "크레아티닌", "ครีเอตินีน"):
        assert normalise(word).text == word
    assert normalise("Müller").text == "Muller"


def test_a_script_word_is_one_run_with_its_marks() -> None:
    words = [w.text for w in script_words("रोगी क्रिएटिनिन 2.4 mg/dl, Crea")]
    assert words == ["रोगी", "क्रिएटिनिन"]
    assert script("ა") == "GEORGIAN" and script("a") == "LATIN" and script("\u0301") == ""


@pytest.mark.parametrize(
    ("word", "script_name"),
    [
        ("კრეატინინი", "GEORGIAN"),
        ("მიკოფენოლატი", "GEORGIAN"),
        ("क्रिएटिनिन", "DEVANAGARI"),
        ("타크로리무스", "HANGUL"),
        ("تاكروليموس", "ARABIC"),
        ("ক্রিয়েটিনিন", "BENGALI"),
    ],
)
def test_a_loanword_reads_as_its_clinical_word(word: str, script_name: str) -> None:
    assert translit.clinical(word, script_name)


def test_listed_words_of_a_script_are_kept_with_their_affixes() -> None:
    from caselog.privacy.script_lists import ordinary

    assert ordinary("والكلى", "ARABIC") and ordinary("신장의", "HANGUL")
    assert not ordinary("رمضان", "ARABIC")  # a month is a date's part, never a word


def test_a_month_of_a_local_calendar_is_a_date_word() -> None:
    from caselog.privacy.scripts import date_word

    assert date_word("მარტს") and date_word("فروردین") and date_word("มีนาคม")
    assert not date_word("კლინიკა")


def test_an_unspaced_run_is_split_at_the_words_its_lists_know() -> None:
    from caselog.privacy.scripts import judge_words

    text = "患者王丽华肾活检"
    pieces = [(text[a:b], known) for a, b, known in judge_words(text)]
    assert pieces == [("患者", True), ("王丽华", False), ("肾活检", True)]


@pytest.mark.parametrize(
    "word", ["タクロリムス", "シクロスポリン", "プレドニゾロン", "ヘモグロビン"]
)
def test_a_katakana_loanword_reads_without_the_vowels_japanese_adds(word: str) -> None:
    assert translit.clinical(word, "KATAKANA")


@pytest.mark.parametrize("name", ["タナカ", "スズキ", "ヤマモト", "マツモト", "김민지", "박서연"])
def test_a_short_name_never_reads_as_clinical(name: str) -> None:
    assert not translit.clinical(name, script(name[0]))


def test_a_japanese_note_keeps_its_particles_and_loanwords(engine: Deidentifier) -> None:
    note = "患者の田中花子さんは東京都に住む。タクロリムス3 mgを投与した。"
    clean = engine.redact(note, "events[0].text")[0]
    assert "田中花子" not in clean and "東京都" not in clean
    assert "タクロリムス3 mgを投与した" in clean and clean.startswith("患者の")


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("其子陪同就诊。2024年3月12日开始血液透析。", "2024年3月12日"),
        ("2024년 3월 12일 투석을 시작하였다.", "2024년 3월 12일"),
        ("เริ่มฟอกเลือดวันที่ 12 มีนาคม 2567", "12 มีนาคม 2567"),
        ("بدأ الغسيل الكلوي بتاريخ ١٤ رمضان ١٤٤٥.", "١٤ رمضان ١٤٤٥"),
        ("تاریخ پذیرش ۱۴ مهر ۱۴۰۲.", "۱۴ مهر ۱۴۰۲"),
    ],
)
def test_a_date_of_a_local_calendar_is_redacted_whole(
    engine: Deidentifier, note: str, date: str
) -> None:
    # the day and the year stood as numbers no context made clinical, kept
    clean = engine.redact(note, "events[0].text")[0]
    assert "[date]" in clean
    assert not any(d in clean for d in ("12", "2024", "2567", "1445", "1402", "١٤", "۱۴"))


def test_latin_keys() -> None:
    assert translit.latin_keys("creatinine")[:2] == ("KLTNN", "KLTN")
    assert translit.latin_keys("tacrolimus")[0] == "TKLLMS"


def test_no_name_of_the_gazetteers_reads_as_clinical() -> None:
    # every name and place of the lists, spelt in Latin letters and read through the
    # same keys, is kept out of the clinical index: none matches
    ix = translit._index()
    v = vocabulary()
    names = sorted(w for w in v.proper if w.isascii() and w.isalpha() and len(w) >= 5)
    hits = [
        w
        for w in names[::7]
        if (k := translit.latin_keys(w)) and k[2] in ix.clinical_strict.get(k[0], [])
    ]
    assert not hits, hits[:20]
