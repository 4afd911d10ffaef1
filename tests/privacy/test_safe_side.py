# ruff: noqa: RUF001  (words of other alphabets are the point)
"""The classes the safe side knows (``vocab``, ``language``, ``resources/words``), each of
which would fail if the class stopped being known safe, and the guards that keep names
and dates out of it. Words and sentences are written here, none from a corpus.

Loading the word lists of thirteen languages costs a few seconds once (each loads on its
first word, and telling close languages apart loads their neighbours'); every test shares
them, as do the held-out corpora's tests in the same process.
"""

from __future__ import annotations

import pytest

from caselog.privacy import scan as scanner
from caselog.privacy.language import guess
from caselog.privacy.normalize import fold_word
from caselog.privacy.scan import Verdict, judge, scan
from caselog.privacy.vocab import Vocabulary, cognate, date_word, vocabulary

# Ordinary words of each language added on 2026-12-01, lemmas and inflected forms.
ORDINARY = {
    "ro": "spital tratament zile medicul analizele durere",
    "hr": "bolnica liječnik tjedan nalazi bolnici",
    "sk": "nemocnica liečba týždeň výsledky nemocnici",
    "lt": "ligoninė gydytojas savaitė rezultatai ligoninėje",
    "lv": "slimnīca ārsts rezultāti slimnīcā",
    "et": "haigla arst nädal tulemused haiglas",
    "af": "hospitaal dokter week behandeling",
    "da": "sygehus læge uge behandling prøverne hedder skrev indlagt",
    "no": "sykehus lege uke behandlingen prøvene",
    "sv": "sjukhus läkare vecka behandlingen",
    "cs": "nemocnice lékař týden výsledky nemocnici",
    "id": "rumah sakit dokter minggu dihubungi pengobatan bekerja memanggilnya",
    "ms": "hospital doktor minggu rawatan menjalani dimulakan kecederaan",
}


@pytest.fixture(scope="module")
def v() -> Vocabulary:
    return vocabulary()


@pytest.mark.parametrize("lang", sorted(ORDINARY))
def test_ordinary_words_of_the_new_languages_are_known(v: Vocabulary, lang: str) -> None:
    unknown = [w for w in ORDINARY[lang].split() if not v.foreign(fold_word(w), lang)]
    assert not unknown, (lang, unknown)


def test_an_ordinary_word_starts_a_sentence_but_a_capital_in_mid_sentence_is_no_word(
    v: Vocabulary,
) -> None:
    # "Bolnica" (hospital) at a sentence's start is the word; in mid-sentence a capital
    # may be a name, and the name lists know few of these countries' names, so it is
    # redacted there as before the language had a list
    assert judge("Bolnica", start=True, v=v, lang="hr") is Verdict.SAFE
    assert judge("Bolnica", start=False, v=v, lang="hr") is Verdict.REDACT
    # a place of the dictionary's own names is no word, inflected too ("Zagrebu")
    flags = {
        text[f.start : f.end]
        for text in ["Pacijent živi u Zagrebu već dugo."]
        for f in scan(text, "hr")
    }
    assert "Zagrebu" in flags


@pytest.mark.parametrize(
    ("word", "lang"),
    [("lipnja", "hr"), ("veebruaril", "et"), ("sankthansaften", "no"), ("juhannuksena", "fi"),
     ("ianuarie", "ro"), ("kedden", "hu")],
)  # fmt: skip
def test_months_weekdays_and_holidays_are_never_made_safe(
    v: Vocabulary, word: str, lang: str
) -> None:
    assert date_word(fold_word(word))
    assert not v.foreign(fold_word(word), lang)


@pytest.mark.parametrize(
    "word", ["biopsia", "hidronefrose", "glomerulonefrite", "steroidi", "emoglobina"]
)
def test_a_clinical_words_cognate_is_known_in_lower_case(v: Vocabulary, word: str) -> None:
    assert cognate(word)
    assert judge(word, start=False, v=v, lang="en") is Verdict.SAFE
    # capitalised in mid-sentence it is no more than a possible identifier
    assert judge(word.capitalize(), start=False, v=v, lang="en") is not Verdict.SAFE


@pytest.mark.parametrize(
    "name", ["florentina", "valentina", "cristiano", "andreas", "magdalena", "fernanda"]
)
def test_a_given_name_is_no_cognate(name: str) -> None:
    assert not cognate(name)


def test_drug_names_as_the_new_languages_inflect_and_compound_them(v: Vocabulary) -> None:
    for word in ("ciklosporinas", "azatioprinas", "kreatininas", "rituksimabas"):
        assert v.drug(word), word
    for word in ("mycofenolaatmofetil", "natriumbikarbonat"):
        assert v.clinical_compound(word), word


def test_analytes_of_the_new_languages_are_clinical_in_lower_case_only(v: Vocabulary) -> None:
    for word, lang in [
        ("draslík", "cs"),
        ("kalij", "hr"),
        ("kreatinīns", "lv"),
        ("urinstof", "da"),
    ]:
        assert judge(word, start=False, v=v, lang=lang) is Verdict.SAFE, word
    # a clinical noun that is also a name or place was left out of them ("Rim" is Rome)
    assert "rim" not in v.roots and "song" not in v.roots


def _known(v: Vocabulary):  # type: ignore[no-untyped-def]
    return lambda w, lg: lg == "en" and w in v.english or v.foreign(w, lg)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("hr", "Pacijent je primljen na odjel i dobio je infuziju za dva dana."),
        ("sk", "Pacientka bola prijatá na oddelenie a dostala infúziu na dva dni."),
        ("da", "Hun ligger på sygehuset på grund af feber."),
        ("no", "Hun ble lagt inn på sykehuset på grunn av feber."),
        ("af", "Die pasiënt is opgeneem en het vir twee dae vloeistof gekry."),
    ],
)
def test_the_language_of_a_sentence_is_told(v: Vocabulary, lang: str, sentence: str) -> None:
    assert guess(sentence, "en", _known(v)) == lang


def test_a_sentence_whose_only_function_word_is_de_is_not_dutch(v: Vocabulary) -> None:
    # "de" is a function word of French, Spanish, Italian, Portuguese and Romanian too
    assert guess("Clearance de creatinina semanal.", "en", _known(v)) != "nl"


def test_a_sentence_with_one_shared_function_word_keeps_its_fields_language(
    v: Vocabulary,
) -> None:
    # "a" alone names Czech, Slovak, Italian and Portuguese; the Polish words decide
    sentence = "Poziom kreatyniny wynosił 3,1 mg/dl, a sodu 131 mmol/l."
    assert guess(sentence, "pl", _known(v)) == "pl"


@pytest.mark.parametrize(
    "text", ["No CT was done.", "No MRI changes.", "No XML breaks it.", "No Doppler signal."]
)
def test_an_ordinary_word_at_a_sentence_start_before_an_acronym_is_no_name(text: str) -> None:
    # redacted by default, "No" would drop the whole sentence from a report
    redactions, flags = scanner.hits(text)
    assert redactions == [] and flags == []


@pytest.mark.parametrize("text", ["Rose Abernathy came.", "Hope DELANEY signed."])
def test_a_name_like_word_before_a_surname_is_still_part_of_the_name(text: str) -> None:
    redactions, _ = scanner.hits(text)
    assert text.split()[0] in [text[h.start : h.end] for h in redactions]
