"""The words classes corpus (``classes_words.py``): words that name a person or a place but
passed the scanner's word judgement (a name behind a lower-case prefix, a name in
capitals, an ordinary word in a name run, a short form of the patient's name), measured
on both sides once for the module; then single cases of each class, and the clinical
words of the same shapes that must stay."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier
from caselog.privacy.name_shapes import accented_capitals, prefixed_name
from caselog.privacy.short_names import derived_initials, short_forms
from tests.privacy.measure import leak_lines, lost_lines, plain_engine

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


@pytest.fixture(scope="module")
def measured() -> tuple[Figures, Ordinary]:
    from tests.privacy import classes_words

    return classes_words.figures()


def test_at_most_three_percent_of_the_class_identifiers_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    # written before the fixes: 77/179 survived on main ae1070c; 5/179 after, each a short
    # form that is an ordinary word of the case's language or one no rule derives ("gülü")
    fig, _ = measured
    assert fig.leak_rate <= 0.03, leak_lines(fig)


def test_the_clinical_terms_and_ordinary_words_beside_them_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    # 155/160 on main ae1070c as after, the same five lost: two read as places by finders
    # outside the word judgement ("z ÚZIS", "az OGYÉI felé"), three unknown words
    fig, ordinary = measured
    assert fig.keep_rate >= 0.96, lost_lines(fig)
    assert ordinary.rate() >= 0.88, ordinary.table("lost")


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return plain_engine()


def _engine(name: str) -> Deidentifier:
    private = PrivateIdentifiers(name=name)
    return Deidentifier(Case(title="t", patient=Patient(sex="female", private=private)))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a capitalised name behind a lower-case prefix: Bantu, Irish, Gaelic, Semitic
        ("Her grandson uThemba drove her from eSikhawini.", "Themba"),
        ("She lives kwaDukuza with noZipho.", "Dukuza"),
        ("Ndebele: umkhwenyana wakhe nguSipho.", "Sipho"),
        ("Mgonjwa anatoka kwaMwangi, karibu na soko.", "Mwangi"),
        ("Vanoshanda kuMasvingo.", "Masvingo"),
        ("O tswa haMohale.", "Mohale"),
        ("Chónaigh sí i gCill Orglan agus i bPortach.", "Orglan"),
        ("Chónaigh sí i gCill Orglan agus i bPortach.", "Portach"),
        ("Tá a deartháir Seán Ó hArgadáin ina chónaí ann.", "Argadáin"),
        ("Her father came from alKhobar.", "Khobar"),
        ("Her sister lives beRamat Gan.", "Ramat"),
        ("Signed by Jan deBruijne.", "Bruijne"),
        ("l'hôpital d'elMinya.", "Minya"),
        # a family name in capitals with letters outside ASCII, and the given name after
        ("Seznam:\nHRUŠKOVÁ Bohdana, 71 let", "HRUŠKOVÁ"),
        ("Seznam:\nHRUŠKOVÁ Bohdana, 71 let", "Bohdana"),
        ("List: ÇELİK Nur, bed 4.", "ÇELİK"),
        ("Kontakt: ŻUREK Ewa.", "ŻUREK"),
        ("Sąrašas: KAZLAUSKIENĖ Daiva.", "KAZLAUSKIENĖ"),
        ("Sąrašas: KAZLAUSKIENĖ Daiva.", "Daiva"),
        ("Saraksts: OZOLIŅŠ Māris.", "OZOLIŅŠ"),
        # a family name in capitals first (ASCII), before a given name
        ("NOWICKA Marianna, ur. 1950, oddział 3.", "NOWICKA"),
        # an ordinary word as a given name after a title, a relation word or a label
        ("Reviewed by Pharm. Valour Mensah.", "Valour"),
        ("La Licda. Caridad Pérez la atendió.", "Caridad"),
        ("Hija: Milagros.", "Milagros"),
        ("Fille : Espérance.", "Espérance"),
        ("Kleindochter: Jasmijn.", "Jasmijn"),
        ("Filha: Alegria.", "Alegria"),
        ("Suor Pazienza le porta il pranzo.", "Pazienza"),
    ],
)
def test_a_word_that_names_someone_goes(engine: Deidentifier, text: str, gone: str) -> None:
    out, _ = engine.redact(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    ("name", "text", "gone"),
    [
        # the patient's recorded name behind a prefix, its short forms in lower case
        ("Nonhlanhla Dube", "uNonhlanhla uphila kahle.", "Nonhlanhla"),
        ("Nonhlanhla Dube", "nonhla says the pain is less.", "nonhla"),
        ("Nonhlanhla Dube", "message from hlanhla: pain less.", "hlanhla"),
        ("Magdalena Wiśniewska", "magdusia pisze, że lepiej.", "magdusia"),
        ("Bernadette Aubry", "bernie says hi.", "bernie"),
        ("Joaquina Salgado", "joaquinita manda besos.", "joaquinita"),
        ("Wilhelmine Vogt", "helmine schreibt, es geht besser.", "helmine"),
        # the initials the recorded name gives, in a signature or a table's cell
        ("Kagiso Tau", "Consent signed: KT.", "KT"),
        ("Kagiso Tau", "Name | KT | 61 | F", "KT"),
        ("Kagiso Tau", "K.T. was seen on the ward.", "K.T."),
        ("Alma Beatriz Quiroga", "ABQ was seen on the ward.", "ABQ"),
    ],
)
def test_a_form_of_the_recorded_name_goes(name: str, text: str, gone: str) -> None:
    out, _ = _engine(name).redact(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # clinical mixed-case words: the part after the lower-case letters is in capitals
        # or shorter than four letters
        ("eGFR 23, uACR 140 mg/g, iPTH 390 pg/mL, pH 7.29.", "eGFR 23, uACR 140 mg/g, iPTH 390"),
        ("dsDNA and cfDNA were negative; aHUS was excluded.", "dsDNA and cfDNA"),
        ("sFlt-1 and mTOR, cGMP, hCG, nPCR 1.0, qSOFA 2, aPTT 30 s.", "sFlt-1 and mTOR, cGMP"),
        ("Osmolality 290 mOsm/kg; pCO2 5.1 kPa; 4 mEq/L.", "290 mOsm/kg"),
        ("The eHealth portal and an iPad were used for the mHealth visit.", "eHealth portal"),
        ("The eHealth portal and an iPad were used for the mHealth visit.", "mHealth visit"),
        # acronyms in capitals, with letters outside ASCII or in other scripts
        ("TFGe 21; DFG 19; ERC 4; IRA previa; KDIGO 2024.", "TFGe 21; DFG 19; ERC 4; IRA"),
        ("Gemeldet an die ÖGK und den TÜV.", "ÖGK"),
        ("Hlášeno na SÚKL.", "SÚKL"),
        ("ХБП С4, СКФ 22; ΧΝΝ, ΜΕΘ.", "ХБП С4, СКФ 22; ΧΝΝ, ΜΕΘ"),
        ("ADVAGRAF 4 mg, MIRCERA 75 µg, CAPD, APD, HD, CNI, NLZ.", "ADVAGRAF 4 mg, MIRCERA"),
        # a heading in capitals in the sentence's language
        ("ÉVOLUTION : favorable sous traitement, la créatinine baisse.", "ÉVOLUTION"),
        # capitalised clinical words at a sentence's start, eponyms in use
        ("Hyperkalaemia on day 2. Tacrolimus was held.", "Tacrolimus was held"),
        ("Kimmelstiel-Wilson nodules and a Tenckhoff catheter.", "Kimmelstiel-Wilson"),
    ],
)
def test_clinical_words_of_the_same_shapes_are_kept(
    engine: Deidentifier, text: str, kept: str
) -> None:
    out, _ = engine.redact(text)
    assert kept in out, out


@pytest.mark.parametrize(
    ("name", "text", "kept"),
    [
        # a short form that is an ordinary word of the case's language or English stays
        ("Dolores Ibarra", "El dolor lumbar sigue igual.", "dolor"),
        ("Natalia Rosa", "The natal history was normal.", "natal"),
        ("Marina Soto", "A marine biologist.", "marine"),
        # the initials the name gives, when they spell a clinical abbreviation outside a
        # signature, or stand as an ordinary word
        ("Helen Dunne", "She started HD in March.", "HD"),
        ("Maria Malone", "Bone marrow showed MM.", "MM"),
        ("Kagiso Tau", "The KT/V was 1.3.", "KT/V"),
    ],
)
def test_a_word_the_recorded_name_resembles_is_kept(name: str, text: str, kept: str) -> None:
    out, _ = _engine(name).redact(text)
    assert kept in out, out


def test_the_word_shapes_are_told_apart() -> None:
    assert prefixed_name("uSibusiso") == "Sibusiso"
    assert prefixed_name("wasePitoli") == "Pitoli"
    assert [prefixed_name(w) for w in ("eGFR", "sFlt", "mOsm", "pH", "iPTH", "mTOR")] == [None] * 6
    assert prefixed_name("Sibusiso") is None and prefixed_name("sibusiso") is None
    assert accented_capitals("ŠŤASTNÝ") and accented_capitals("KILIÇ")
    assert not accented_capitals("NOWAK")  # ASCII: a name only in a name's place
    assert not accented_capitals("ХБП") and not accented_capitals("SÚKL")
    assert not accented_capitals("Šťastný")


def test_the_short_forms_and_initials_the_name_gives() -> None:
    forms = short_forms("Nokuthula Zungu", lambda w: w in {"thul"})
    assert {"nokuthu", "thula", "nokuthulana"} <= forms
    assert "thul" not in forms  # an ordinary word (here, by the test's list) is none
    assert "zung" not in forms  # the family name is not shortened
    assert "nokuthula" not in forms  # the name itself has patterns of its own
    assert derived_initials("Alma Beatriz Quiroga") == ["ABQ", "AQ"]
    assert derived_initials("Cher") == []
