"""The classes behind issue 14's last misses, each proved on examples written for it in
languages the project had no list for, on both sides: what must be kept, and the same
shapes where they identify someone, which must go. The two class corpora are measured
and printed by kind and language.

Figures on the code before this work (main at 65754eb): classes corpus 5/32 identifiers
survived, 111/140 clinical terms and 89.9% of ordinary words; the second corpus (written
after the first round, measured before the second) 4/31, 51/55 and 92.1%.
"""

from __future__ import annotations

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier, vocab
from caselog.privacy.language import guess


def _engine(name: str | None = None, mrn: str | None = None) -> Deidentifier:
    return Deidentifier(
        Case(
            title="", patient=Patient(sex="female", private=PrivateIdentifiers(name=name, mrn=mrn))
        )
    )


def _kept(text: str, kept: str) -> None:
    out = _engine().redact(text)[0]
    assert kept in out, out


def _gone(text: str, gone: str) -> None:
    out = _engine().redact(text)[0]
    assert gone not in out, out


# -- drug names in other languages' spellings -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sie erhielt Mycophenolat und Ciclosporin.", "Mycophenolat"),
        ("Mycofenolaat werd gestaakt.", "Mycofenolaat"),
        ("Leczenie cyklosporyną przerwano.", "cyklosporyną"),
        ("Poziom takrolimusu był niski.", "takrolimusu"),
        ("Mikofenolat mofetil kullanıyor.", "Mikofenolat"),
        ("Sinakalset başlandı.", "Sinakalset"),
        ("Vankomycin gavs intravenöst.", "Vankomycin"),
        ("Darbepoëtine werd verhoogd.", "Darbepoëtine"),
        ("Azatioprin gavs.", "Azatioprin"),
    ],
)
def test_drug_names_in_other_spellings_are_kept(text: str, kept: str) -> None:
    _kept(text, kept)


def test_drug_spelling_key_is_shared_and_names_have_none() -> None:
    forms = ("mycophenolate", "mycofenolaat", "mykofenolan", "mikofenolat")
    assert len({vocab.drug_key(w) for w in forms}) == 1
    v = vocab.vocabulary()
    for name in ("zimmermann", "kowalczyk", "lindqvist", "wisniewski", "dijkstra", "ozturk"):
        assert not v.drug(name), name


# -- compounds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Die Urinkultur war steril.", "Urinkultur"),
        ("De bloedkweek was positief.", "bloedkweek"),
        ("Blododling togs i går.", "Blododling"),
        ("Sputumodling visade växt.", "Sputumodling"),
    ],
)
def test_compounds_of_known_words_are_kept(text: str, kept: str) -> None:
    _kept(text, kept)


def test_a_capitalised_compound_in_mid_sentence_is_no_dutch_word() -> None:
    """A Dutch or Swedish word that only splits into known words, capitalised in mid-
    sentence, is a place or a name: "Zandvoort"."""
    _gone("Haar huisarts woont al jaren in Zandvoort.", "Zandvoort")


# -- eponyms beside a head word ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Friedewald formula underestimated her LDL.", "Friedewald"),
        ("Die Friedewald-Formel ergab 3,4 mmol/L.", "Friedewald"),
        ("Het LDL werd berekend met de formule van Friedewald.", "Friedewald"),
        ("Objaw Chwostka był dodatni.", "Chwostka"),
        ("Rozpoznano zespół Alporta.", "Alporta"),
        ("Sjögrens syndrom misstänktes.", "Sjögrens"),
        ("Annesinde Alport sendromu vardı.", "Alport"),
        ("The Banff classification was applied.", "Banff"),
        ("De Banff-classificatie gaf graad IIA.", "Banff"),
        ("The Wells score was 1.", "Wells"),
        ("Congo red staining showed apple-green birefringence.", "Congo"),
        ("Prussian blue and Sudan black stains were negative.", "Sudan"),
    ],
)
def test_eponyms_beside_a_head_word_are_kept(text: str, kept: str) -> None:
    _kept(text, kept)


def test_a_recorded_name_goes_even_as_an_eponym() -> None:
    out = _engine("Ada Friedewald").redact("The Friedewald formula was used by Friedewald.")[0]
    assert "Friedewald" not in out, out


def test_a_colour_after_a_name_makes_no_dye() -> None:
    """Only a colour in lower case makes a dye: "Anna Black" stays a name."""
    _gone("Seen with Wanda Black today.", "Wanda")


# -- organisms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Toxin of Clostridioides difficile was found.", "Clostridioides difficile"),
        ("Cultures grew Stenotrophomonas maltophilia.", "Stenotrophomonas"),
        ("W posiewie wyhodowano Escherichia coli.", "Escherichia coli"),
        ("He had C. difficile colitis.", "C. difficile"),
        ("Burkholderia cepacia izole edildi.", "Burkholderia"),
    ],
)
def test_genus_species_is_kept(text: str, kept: str) -> None:
    _kept(text, kept)


def test_a_name_shaped_like_a_genus_before_an_english_word_goes() -> None:
    _gone("Pani Kowalska data urodzenia nieznana.", "Kowalska")


# -- gene, protein and antibody symbols --------------------------------------------------


@pytest.mark.parametrize(
    "symbol", ["ADAMTS13", "PLA2R", "THSD7A", "HLA-DR3", "anti-GBM", "COL4A5", "CFHR5", "HNF1B"]
)
def test_gene_and_protein_symbols_are_kept(symbol: str) -> None:
    _kept(f"Testing for {symbol} was done.", symbol)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("MRN ADAMS12 on the form.", "ADAMS12"),
        ("Login HBK12 was used.", "HBK12"),
        ("Kenteken XKT12 staat op de brief.", "XKT12"),
        ("The code SMITH12 was used.", "SMITH12"),
    ],
)
def test_the_same_shapes_in_identifier_contexts_go(text: str, gone: str) -> None:
    _gone(text, gone)


# -- surnames that are ordinary nouns, used as names ---------------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Die Biopsie wurde von Lukas Zimmermann befundet.", "Zimmermann"),
        ("Der Befund wurde von Zimmermann bestätigt.", "Zimmermann"),
        ("Mit freundlichen Grüßen\nJonas Richter\nOberarzt", "Richter"),
        ("Mevrouw Bakker werd opgenomen.", "Bakker"),
        ("De uitslag werd besproken door Bakker.", "Bakker"),
        ("Reviewed by Baker on the ward.", "Baker"),
        ("Reviewed with Gemma Cook, renal registrar.", "Cook"),
        ("Krew pobrała pielęgniarka Kowalczyk.", "Kowalczyk"),
        ("Hemşire Elif Kaya tarafından kan alındı.", "Kaya"),
        ("Frau Krüger aus Itzehoe erhielt Everolimus.", "Itzehoe"),
        ("Frau Dr. Liebscher kam zur Visite.", "Liebscher"),
        ("Zijn zoon Pieter Smit belt vaak.", "Smit"),
        ("De casus werd besproken met collega Van Dam.", "Dam"),
        ("Hun blev set af overlæge Niels Kristensen.", "Kristensen"),
        ("Hasta Eskişehir'deki hastaneye yatırıldı.", "Eskişehir"),
        # a third round, written after the second corpus's figures: a title before
        # particles, a family name the medical dictionary lists as an eponym's
        ("Dhr. van den Berg werd opgenomen.", "Berg"),
        ("Zr. Jansen nam bloed af.", "Jansen"),
        ("Ssk Karin Lund tog blodprov.", "Lund"),
        ("Bedömd av dr Johansson på mottagningen.", "Johansson"),
    ],
)
def test_noun_surnames_go_where_names_stand(text: str, gone: str) -> None:
    _gone(text, gone)


def test_the_recorded_name_goes_whatever_the_dictionary_says() -> None:
    out = _engine("Willemijn Bakker").redact("Bakker kreeg tacrolimus.")[0]
    assert "Bakker" not in out, out
    out = _engine("Lukas Zimmermann").redact("Zimmermann erhielt Calcitriol.")[0]
    assert "Zimmermann" not in out, out


def test_a_noun_surname_elsewhere_is_reported_not_kept_silently() -> None:
    """ "Zimmermann" with no name beside it: kept in the text as a German noun may be, but
    the author is asked."""
    engine = _engine()
    engine.text("Der Zimmermann reparierte das Fenster.", "events[0].notes")
    assert [s.text for s in engine.suspicions] == ["Zimmermann"]


# -- dates, phone numbers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Przyjęta 14 lutego 2024 z gorączką.", "lutego"),
        ("Född den 12 juni 1948 i Kiruna.", "1948"),
        ("3 Nisan 2024 tarihinde yatırıldı.", "Nisan"),
        ("Bereikbaar op 06-48213377.", "48213377"),
    ],
)
def test_dates_and_numbers_of_the_new_languages_go(text: str, gone: str) -> None:
    _gone(text, gone)


# -- languages ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De patiënt werd opgenomen met koorts en het bloed werd gekweekt.", "nl"),
        ("Pacjentka została przyjęta do szpitala z powodu gorączki i jest leczona.", "pl"),
        ("Hon behandlas med takrolimus och har dialys tre gånger i veckan.", "sv"),
        ("Hasta bir hafta sonra tekrar değerlendirildi ve tedavi için yatırıldı.", "tr"),
        ("Die Patientin wurde mit einer Dialyse behandelt und ist stabil.", "de"),
    ],
)
def test_new_languages_are_told(text: str, lang: str) -> None:
    assert guess(text) == lang


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tijdens de dialyse daalde de bloeddruk.", "Tijdens"),
        ("Daarna werd de shunt gecontroleerd.", "Daarna"),
        ("Efter dialysen mådde hon bättre.", "Efter"),
        ("Hon behandlas med takrolimus.", "Hon"),
    ],
)
def test_sentence_starts_of_the_new_languages_are_kept(text: str, kept: str) -> None:
    _kept(text, kept)


def test_an_unknown_capital_of_a_language_with_no_list_stays_suspicious() -> None:
    """Polish has no word list here: a capitalised word none knows is redacted, even at a
    sentence's start (safety first)."""
    _gone("Wiśniewski przyjechał wczoraj.", "Wiśniewski")


# -- the corpora -------------------------------------------------------------------------


def test_classes_corpora_both_sides(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.privacy import classes_corpus, classes_second

    fig, ordinary = classes_corpus.figures()
    fig2, ordinary2 = classes_second.figures()
    with capsys.disabled():
        print("\n" + fig.table("classes corpus (tests/privacy/classes_corpus.py)"))
        print(ordinary.table("ordinary words of the classes corpus"))
        print(fig2.table("second classes corpus (tests/privacy/classes_second.py)"))
        print(ordinary2.table("ordinary words of the second classes corpus"))
    assert fig.leak_rate == 0, fig.table("leaks")
    assert fig.keep_rate >= 0.99, fig.table("lost")
    assert ordinary.rate() >= 0.95, ordinary.table("lost")
    # the second corpus: measured, with the figures reached as a floor
    assert fig2.leak_rate <= 0.04, fig2.table("leaks")
    assert fig2.keep_rate >= 0.99, fig2.table("lost")


def test_the_recorded_reporter_goes_whatever_the_dictionary_says() -> None:
    """The reporter (a clinician, recorded for the regulator's form) is a recorded person:
    a name that is a German noun or an eponym, and the reporter's town, go everywhere."""
    from caselog.core.model import Regulatory, Reporter

    case = Case(
        title="",
        patient=Patient(sex="female"),
        regulatory=Regulatory(
            reporter=Reporter(name="Jana Zimmermann", city="Itzehoe", organisation="Klinikum Nord")
        ),
    )
    out = Deidentifier(case).redact(
        "Das Zimmermann-Zeichen war positiv; Zimmermann aus Itzehoe, Klinikum Nord."
    )[0]
    for gone in ("Zimmermann", "Itzehoe", "Klinikum Nord"):
        assert gone not in out, out
