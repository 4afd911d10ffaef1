"""The phrases corpus (``classes_phrases.py``): dates written in words and unique features
and biometrics told by their words, measured on both sides once for the module; then single
cases of each class (``caselog.privacy.datewords``, ``described``), the clinical uses of the
same words beside them, what the review lists, and the one month and weekday list."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from caselog.privacy import Deidentifier
from caselog.privacy.calendar_words import MONTHS, WEEKDAYS, ascii_forms
from caselog.privacy.datewords import find_date_words
from caselog.privacy.described import find_described
from caselog.privacy.normalize import fold_word, normalise
from tests.privacy.measure import leak_lines, lost_lines, plain_engine

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


@pytest.fixture(scope="module")
def measured() -> tuple[Figures, Ordinary]:
    from tests.privacy import classes_phrases

    return classes_phrases.figures()


def test_at_most_one_percent_of_the_phrase_identifiers_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    # written before the fix: 58/207 survived on main ec056ca; 0/207 after
    fig, _ = measured
    assert fig.leak_rate <= 0.01, leak_lines(fig)


def test_the_clinical_uses_of_the_same_words_survive(measured: tuple[Figures, Ordinary]) -> None:
    # 85/104 on main ec056ca, 97/104 after: the seven lost are capitalised words at a
    # sentence's start that no list knows ("Operationsnarbe", "Χειρουργική"), lost on main
    # too, and the Polish "dna" (of the eye) read as a name by the scanner
    fig, ordinary = measured
    assert fig.keep_rate >= 0.93, lost_lines(fig)
    # 798/897 on main, 826/897 after: the words of a tattoo's or a birthmark's clause go
    # with it ("on the left forearm"), by design
    assert ordinary.rate() >= 0.90, ordinary.table("lost")


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return plain_engine()


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # holidays and named days, in many languages and scripts, with case endings
        ("She fell on Boxing Day.", "Boxing Day"),
        ("Seen again on Lammas and on Candlemas.", "Candlemas"),
        ("Admitted the day after Thanksgiving.", "Thanksgiving"),
        ("Elle est venue à la Chandeleur.", "Chandeleur"),
        ("Ingresó el Jueves Santo.", "Jueves Santo"),
        ("Sie kam am Tag der Deutschen Einheit.", "Deutschen Einheit"),
        ("Hij kwam op Prinsjesdag.", "Prinsjesdag"),
        ("Hon kom in på Luciadagen.", "Luciadagen"),
        ("Hän tuli itsenäisyyspäivänä.", "itsenäisyyspäivänä"),
        ("Az ödéma pünkösdhétfőn kezdődött.", "pünkösdhétfőn"),
        ("Ta tuli jaanipäeval.", "jaanipäeval"),
        ("Přijata na Štědrý den.", "Štědrý"),
        ("Sprejeta je bila na Prešernov dan.", "Prešernov"),
        ("Поступила в День Победы.", "Победы"),
        ("Выписана на Масленицу.", "Масленицу"),
        ("ΠΗΡΕ ΕΞΙΤΗΡΙΟ ΤΗΝ ΚΑΘΑΡΑ ΔΕΥΤΕΡΑ.", "ΚΑΘΑΡΑ"),
        ("Εισήχθη τον Δεκαπενταύγουστο.", "Δεκαπενταύγουστο"),
        ("Приета е на Гергьовден.", "Гергьовден"),
        ("Seen at Tết and at Nowruz.", "Nowruz"),
        ("Came in on Yom Kippur.", "Kippur"),
        # a weekday or days tied to a holiday
        ("The rash began the Tuesday after Easter.", "Tuesday after"),
        ("Two days before Diwali she fainted.", "days before"),
        ("Am Dienstag nach Ostern kam sie.", "Dienstag nach"),
        # a day of the month in words, before or after its month
        ("Seen on the twelfth of March.", "twelfth"),
        ("Hospitalisée le douze mars.", "douze"),
        ("Biopsija je bila dvanajstega marca.", "dvanajstega"),
        ("Otoky začaly dvanáctého března.", "dvanáctého"),
        ("Отёки появились двенадцатого марта.", "двенадцатого"),
        ("Oireet alkoivat kahdestoista maaliskuuta.", "kahdestoista"),
        ("Március tizenkettedikén bocsátottuk el.", "tizenkettedikén"),
        # a weekday of a month, a birthday counted, a calendar week
        ("Admitted on the first Monday of May.", "first Monday"),
        ("La vimos el segundo martes de noviembre.", "segundo martes"),
        ("Celebró su nonagésimo cumpleaños.", "nonagésimo"),
        ("W jej dziewięćdziesiąte urodziny.", "dziewięćdziesiąte"),
        ("Er wurde an seinem 85. Geburtstag aufgenommen.", "85."),
        ("In KW 14 stieg das Kreatinin.", "KW 14"),
        ("Biopsin gjordes vecka 14.", "vecka 14"),
        ("Skrevet ut uke 22.", "uke 22"),
    ],
)
def test_a_date_in_words_goes(engine: Deidentifier, text: str, gone: str) -> None:
    out, done = engine.redact(text)
    assert gone not in out, out
    assert any(d.kind == "date" for d in done), done


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She has a tattoo of a rose with 'Maria' on the left forearm.", "Maria"),
        ("Он единственный кузнец в деревне.", "кузнец"),
        ("Έχει ένα τατουάζ με ένα δελφίνι στον ώμο.", "δελφίνι"),
        ("Hän on kylän ainoa naisseppä.", "naisseppä"),
        ("Han är byns enda kvinnliga smed.", "smed"),
        ("Köyün tek kadın demircisi geldi.", "demircisi"),
        ("She is the only female chimney sweep in the village.", "chimney sweep"),
        ("Er ist der einzige Hufschmied im Tal.", "Hufschmied"),
        ("He is the mayor of the town.", "mayor"),
        ("Es el alcalde de la localidad.", "alcalde"),
        ("Είναι η δήμαρχος του χωριού.", "δήμαρχος"),
        ("She wears a bright red prosthetic leg painted with flames.", "flames"),
        ("He has a gold tooth engraved with a star.", "engraved"),
        ("A jagged scar in the shape of a cross on his cheek.", "cross"),
        ("У него шрам в форме креста на щеке.", "креста"),
    ],
)
def test_a_unique_feature_goes(engine: Deidentifier, text: str, gone: str) -> None:
    out, done = engine.redact(text)
    assert gone not in out, out
    assert any(d.kind in ("unique feature", "unique identifier") for d in done), done


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Her fingerprints were taken by the police.", "fingerprints", "taken by the police"),
        ("A voice print is used to unlock his bank account.", "voice print", "bank account"),
        ("His iris scan opens the gate at the airport.", "iris scan", "opens the gate"),
        ("His DNA profile is held in the police database.", "DNA profile", "held in"),
        ("Ses empreintes digitales ont été relevées.", "empreintes digitales", "relevées"),
        ("Sein Fingerabdruck öffnet die Tür der Apotheke.", "Fingerabdruck", "öffnet"),
        ("Τα δακτυλικά της αποτυπώματα είναι καταχωρημένα.", "αποτυπώματα", "καταχωρημένα"),
        ("Отпечатки пальцев хранятся в полиции.", "Отпечатки", "хранятся"),
        ("Parmak izi ile kasayı açıyor.", "Parmak izi", "kasayı"),
    ],
)
def test_a_biometric_goes_and_the_review_lists_it(
    engine: Deidentifier, text: str, gone: str, kept: str
) -> None:
    """The biometric's phrase goes and is listed with its context; the rest of its
    clause is ordinary words and stays."""
    out, done = engine.redact(text)
    assert gone not in out and kept in out, out
    listed = [d for d in done if d.kind == "biometric"]
    assert listed and all(d.context for d in listed), done
    assert any(gone in d.original for d in listed), listed


def test_a_signature_goes(engine: Deidentifier) -> None:
    out, done = engine.redact("He signs his letters 'B.T. the Bold' in green ink.")
    assert "Bold" not in out and "letters" in out, out
    assert any("Bold" in d.original and d.context for d in done), done


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A surgical scar over the graft was well healed.", "surgical scar over the graft"),
        ("Retinal examination showed no retinopathy.", "Retinal examination"),
        ("Anti-dsDNA antibodies were raised; CMV DNA undetectable.", "CMV DNA"),
        ("Electron microscopy showed a fingerprint-like pattern.", "fingerprint-like pattern"),
        ("Fingerprint body myopathy was considered.", "body myopathy"),
        ("He had Saturday night palsy of the radial nerve.", "Saturday night palsy"),
        ("Christmas disease was excluded; factor IX normal.", "Christmas disease"),
        ("May-Thurner syndrome on the venogram.", "May-Thurner syndrome"),
        ("She had a piercing pain in the flank.", "piercing pain in the flank"),
        ("A keloid scar at the drain site.", "keloid scar at the drain site"),
        ("The colonic lesion was tattooed at endoscopy.", "tattooed at endoscopy"),
        ("A mechanical prosthetic valve, a red cell transfusion.", "mechanical prosthetic valve"),
        ("Follow-up at week 14 of treatment.", "week 14"),
        ("Kontroll vecka 14 av behandlingen.", "vecka 14"),
        ("She was the only patient on the ward with C3 glomerulopathy.", "C3 glomerulopathy"),
        ("He is the older brother; hermano mayor de la familia.", "mayor"),
        ("The only dose was given in the morning.", "only dose"),
        ("She was seen on 14 March 2024 by the nephrologist.", "nephrologist"),
    ],
)
def test_a_clinical_use_of_the_same_words_stays(engine: Deidentifier, text: str, kept: str) -> None:
    out, _ = engine.redact(text)
    assert kept in out, out


def test_a_clinical_use_is_kept_whole_not_left_to_the_scanner(engine: Deidentifier) -> None:
    """A date finder's hit vetoed as clinical takes its words out of the scanner's
    capitalised-word judgement too ("Saturday" of "Saturday night palsy")."""
    _, done, suspects = engine.review("He had Saturday night palsy after the binge.")
    assert not done, done
    assert not any(s.text == "Saturday" and s.redacted for s in suspects), suspects


def test_one_month_and_weekday_list_in_three_scripts() -> None:
    # each form folds as the scanner folds it, in lower case, capitalised and in capitals
    for word, month in [
        ("März", 3), ("března", 3), ("марта", 3), ("МАРТА", 3), ("Μαρτίου", 3),
        ("maaliskuuta", 3), ("listopada", 11), ("Ağustos", 8), ("Δεκεμβρίου", 12),
    ]:  # fmt: skip
        assert MONTHS[fold_word(word)] == month, word
    for word, day in [("Κυριακή", 7), ("понедельник", 1), ("csütörtök", 4), ("pirmdiena", 1)]:
        assert WEEKDAYS[fold_word(word)] == day, word
    assert "maaliskuuta" in ascii_forms("months") and "марта" not in ascii_forms("months")


def test_the_other_finders_read_the_shared_month_list() -> None:
    from caselog.privacy import gazetteer, numwords, world

    # a month of a language only the shared list has (Latvian, Maltese, Albanian)
    for word in ("janvaris", "frar", "qershor"):
        assert word in world.FOREIGN_MONTHS and word in gazetteer.MONTH_WORDS, word
        assert word in numwords._MONTHS, word
    assert world.FOREIGN_MONTHS["qershor"] == 6


def test_the_finders_read_the_normal_form() -> None:
    text = "Поступила в День Победы, вecка 14; the only smith in the village."
    norm = normalise(text).text
    assert [norm[h.start : h.end] for h in find_date_words(norm)][:1] == [
        norm[norm.index("Д") : norm.index(",")]
    ]
    assert any(h.kind == "unique feature" for h in find_described(norm))
