"""The numbers corpus (``classes_numbers.py``): identifiers in digits with no cue word a
recogniser knows, and numbers in words, measured on both sides once for the module; then
single cases of each rule of ``caselog.privacy.numbers`` and ``numwords``, and the clinical
numbers beside them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from caselog.privacy import Deidentifier
from caselog.privacy.normalize import fold_word
from caselog.privacy.numwords import entries, parse
from tests.privacy.measure import leak_lines, lost_lines, plain_engine

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


@pytest.fixture(scope="module")
def measured() -> tuple[Figures, Ordinary]:
    from tests.privacy import classes_numbers

    return classes_numbers.figures()


def test_at_most_one_percent_of_the_number_identifiers_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    # written before the fix: 33/85 survived on main ae1070c
    fig, _ = measured
    assert fig.leak_rate <= 0.01, leak_lines(fig)


def test_the_clinical_numbers_survive(measured: tuple[Figures, Ordinary]) -> None:
    """Every number of every clinical term is still in the output (193/207 terms kept on
    main, 198/207 now: the nine lost are words before their number, "Kalium", "Zyklus",
    "Tag", the scanner's word judgement, not the number's)."""
    fig, _ = measured
    assert fig.keep_rate >= 0.95, lost_lines(fig)
    from tests.deid_corpus import case_text, to_case
    from tests.privacy import classes_numbers
    from tests.privacy.measure import entry, terms

    for p in classes_numbers.OVER:
        out = case_text(Deidentifier(to_case(entry(p))).case_copy())
        for n in p.notes:
            for term in terms(n.text):
                for number in re.findall(r"\d+(?:[.,:/ ]\d+)*", term):
                    assert number in out, (term, number)


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return plain_engine()


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # four digits or more with no clinical context, after words no recogniser knows
        ("Registada na Ordem dos Nutricionistas com o 3172N e o 40918.", "40918"),
        ("La fisioterapeuta, col. CPFCM 10442, la trató.", "10442"),
        ("Zugangscode 8812 für die Station.", "8812"),
        ("Her cousin's landline, 23 45 67 89, rings late.", "45 67"),
        ("Kontakt: 0176 / 22 81 93 (privat).", "22 81 93"),
        ("Le badge 04417 de l'aidante.", "04417"),
        ("Durchwahl 31, sonst Zentrale.", "31"),
        ("Dossier 2019/HD/000412 transmis.", "000412"),
        ("Numer sprawy 77/KR/2020/4417.", "4417"),
        ("Poistenec 815 2207/3318 podľa karty.", "3318"),
        ("His car, a grey estate, CX 7712, was outside.", "CX 7712"),
        ("She was born in 1929 in Kraków; geb. 1931.", "1929"),
        ("Autorisations-ID 9KW4T udstedt.", "9KW4T"),
        # a value's shape with a leading zero is a telephone's, not a reference range
        ("Ruf die Tochter an: 0176.228-193.", "0176"),
        # numbers in words: an age over 89, dictated digits, a date written out
        ("Ha compiuto novantasei anni.", "novantasei"),
        ("Hij is vijfennegentig.", "vijfennegentig"),
        ("Hon fyller nittiosju i maj.", "nittiosju"),
        ("Er wurde hundertzwei.", "hundertzwei"),
        ("Potilas on yhdeksänkymmentäkuusi vuotta.", "yhdeksänkymmentäkuusi"),
        ("E iwa tekau mā rua ōna tau.", "iwa tekau"),
        ("Tá sé ocht mbliana is nócha d'aois.", "nócha"),
        ("Pasien berusia sembilan puluh tiga tahun.", "sembilan puluh"),
        ("祖父は九十八歳です。", "九十八"),
        ("她今年九十一岁。", "九十一"),
        ("Her PIN is four four one seven.", "four four one"),
        ("Telefon null sieben eins eins vier.", "sieben eins"),
        ("Code drei-vier-eins-acht.", "drei-vier"),
        ("Il codice è sei zero uno due.", "sei zero"),
        ("She came on the twelfth of May, nineteen twenty-nine.", "twenty-nine"),
        ("Née le premier mars mil neuf cent trente.", "mil neuf cent"),
        ("Urodziła się piątego czerwca tysiąc dziewięćset trzydziestego roku.", "piątego"),
        ("Она родилась двадцать третьего марта.", "третьего"),
        ("Geboren am vierten Juni neunzehnhundertdreißig.", "neunzehnhundert"),
    ],
)
def test_a_number_identifier_goes(engine: Deidentifier, text: str, gone: str) -> None:
    out, _ = engine.redact(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fluid restriction to 1500 per day; epoetin 4000 three times weekly.", "1500"),
        ("Urine volume 1850, ultrafiltration 2500 over the session.", "2500"),
        ("CK 4500, BNP 3400 and D-dimer 2400 on admission.", "D-dimer 2400"),
        ("Beta-2 microglobulin 12400; titre 1:1280.", "12400"),
        ("CMV PCR 12500 copies, lymphocytes 1200/µL.", "12500 copies"),
        ("Vitamin D 50000 IU weekly; cholecalciferol 20000 units.", "50000 IU"),
        ("She had a transplant in 1998; in the 1990s she was on CAPD.", "1998"),
        ("She was born in 1948.", "1948"),
        ("Birth weight 3400; pump speed 9400 rpm; walked 5000 steps.", "5000 steps"),
        ("Platelets 1 250 000; WBC 14 300; trombosit 201.000.", "1 250 000"),
        ("Thrombozyten 212 000/µl, plaquettes 98 000/mm³.", "98 000"),
        ("Weight 72.4 kg, 1800 kcal diet, 2000 mg sodium.", "1800 kcal"),
        ("BP 142/88 at 08:30, then 180/110 at 14:20.", "08:30"),
        ("BP 142/88 at 08:30, then 180/110 at 14:20.", "180/110"),
        ("Coded N18.5, I12.0, Z99.2 and T86.11; ATC L04AA06.", "T86.11"),
        ("Creatinine 612, 588, 540; eGFR 6 mL/min/1.73 m².", "612, 588, 540"),
        ("Disc at L4-L5 and C5/C6; T12 fracture; HLA mismatch 1-1-0.", "1-1-0"),
        ("Cycle 3 day 8; C4D1 delayed; Banff 2019; KDIGO 2012.", "KDIGO 2012"),
        ("Treated with ciclosporin from 2014 to 2019.", "2014 to 2019"),
        ("Hb 84 -> 102 g/L in 6 weeks.", "102 g/L"),
        # reference ranges and ratios of decimals, with no unit after them
        ("Reference range 8.5-10.5. Sample 3 clotted.", "8.5-10.5"),
        ("Calcium target 2.10-2.60, phosphate 0,8/1,5 in the last quarter.", "2.10-2.60"),
        ("Calcium target 2.10-2.60, phosphate 0,8/1,5 in the last quarter.", "0,8/1,5"),
        ("Valori di riferimento 0,6-1,2; poi 1.5-2 settimane dopo.", "0,6-1,2"),
        ("Ninety minutes of dialysis; ninety per cent recovered.", "ninety per cent"),
        ("One of two, two or three times, a three-day course.", "two or three"),
        ("A hundred patients; the second dose in March; in March, three days later.", "three"),
        ("In June two biopsies were taken.", "two biopsies"),
        ("um dos seis casos; dos o tres dosis.", "um dos seis"),
        ("Of the ninety patients, ninety-day mortality was 12%.", "ninety-day"),
    ],
)
def test_clinical_numbers_are_kept(engine: Deidentifier, text: str, kept: str) -> None:
    out, _ = engine.redact(text)
    assert kept in out, out


@pytest.mark.parametrize(
    ("words", "lang", "values"),
    [
        ("dreiundneunzig", "de", [93]),
        ("quatre-vingt-seize", "fr", [96]),
        ("soixante-dix-sept", "fr", [77]),
        ("iwa tekau mā whā", "mi", [94]),
        ("yhdeksänkymmentäseitsemän", "fi", [97]),
        ("mil novecientos treinta y cinco", "es", [1935]),
        ("nineteen hundred and thirty", "en", [1930]),
        ("nineteen thirty-one", "en", [19, 31]),
        ("cinco siete dos", "es", [5, 7, 2]),
        ("treoghalvfems", "da", [93]),
        ("nittonhundratrettiotre", "sv", [1933]),
        ("sé bliana is nócha", "ga", [96]),
        ("sembilan puluh tiga", "id", [93]),
        ("dziewięćdziesiąt sześć", "pl", [96]),
    ],
)
def test_number_words_are_read(words: str, lang: str, values: list[int]) -> None:
    seq = []
    for i, w in enumerate(words.split()):
        reading = entries(fold_word(w))
        assert lang in reading, w
        seq += [(i, e) for e in reading[lang]]
    assert [n.value for n in parse(seq)] == values


def test_a_word_of_a_language_that_writes_numbers_apart_is_not_split() -> None:
    """Irish "do" and "sé" are two and six, but "dose" is no Irish number (only the
    languages that join a number's words are read by their parts)."""
    assert "ga" not in entries("dose")
    assert "de" in entries("sechsundneunzig")
