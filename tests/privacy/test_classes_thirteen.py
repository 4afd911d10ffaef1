"""The classes heldout13's examiner reported (its RESULTS.md, in general terms), written
here as sentences of my own: ages in the digits and words of scripts no list reads, an
age glued to the sex in a header, a hyphenated given name half of which is a holiday, an
e-mail's local part spelt out in segments (issue 14)."""

from __future__ import annotations

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier


def redact(text: str) -> str:
    d = Deidentifier(Case(title="", patient=Patient(sex="female", private=PrivateIdentifiers())))
    return d.redact(text)[0]


# (text, what must go)
AGES = [
    ("ઉંમર ૯૩ વર્ષ", "૯૩"),  # Gujarati digits after its word for age
    ("દર્દી ૯૪ વર્ષની મહિલા છે", "૯૪"),  # before "years" with a vowel sign at its end
    ("ਉਮਰ 95 ਸਾਲ", "95"),  # Punjabi
    ("രോഗി 96 വയസ്സുള്ള സ്ത്രീ", "96"),  # Malayalam
    ("রোগীর বয়স ৯৭ বছর।", "৯৭"),  # Bengali digits, a danda after
    ("PATIENT | 93Y/F | WARD 4", "93"),
    ("Age/Gender: 94 Y / M", "94"),
    ("93F, admitted from the nursing home", "93"),
    ("Label (95 F) on the tube", "95"),
]


@pytest.mark.parametrize(("text", "gone"), AGES, ids=[t for t, _ in AGES])
def test_an_age_over_89_is_redacted(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert "90 or older" in out, out


# Temperatures, doses and catheter sizes in the same shapes keep their numbers.
NOT_AGES = [
    "Spiked a 101F fever; temp 99.1F; T 101 F overnight.",
    "Fever 102 F at night.",
    "A 14F catheter was placed.",
    "ડોઝ ૪૦ mg",
    "BP 93/60, HR 93/min.",
]


@pytest.mark.parametrize("text", NOT_AGES)
def test_a_temperature_or_a_size_is_no_age(text: str) -> None:
    assert "90 or older" not in redact(text)


def test_a_vikram_samvat_date_in_gujarati_is_redacted_with_its_year() -> None:
    out = redact("જન્મ ૫ કારતક ૨૦૩૮")
    assert "૨૦૩૮" not in out and "૫" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Appel de Marie-Noël ce matin.",
        "Noël-Marie est passée.",
        "Elle a parlé avec Anne-Toussaint hier.",
    ],
)
def test_a_given_name_half_of_which_is_a_holiday_goes_whole(text: str) -> None:
    out = redact(text)
    assert "Marie" not in out and "Anne" not in out, out
    assert "[name]" in out, out


def test_a_holiday_after_a_lower_case_prefix_stays_a_date() -> None:
    assert redact("Seen mid-December.") == "Seen mid-[date]."


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("email zwazo pwen lamour arobaz gmail pwen com", "zwazo"),
        ("write to zwazo underscore 87 at yahoo dot fr", "zwazo"),
        ("mail: zwazo . lamour @ gmail . com", "zwazo"),
        ("mail: zwazo . lamour at gmail . com", "zwazo"),
    ],
)
def test_every_segment_of_a_spelt_local_part_goes(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out and "lamour" not in out, out
    assert "[email]" in out, out


def test_two_sentences_are_no_local_part() -> None:
    text = "The level was 5 . Then at home . com"
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She has tribal marks on both cheeks, BP 180/100 mmHg and pedal oedema.", "180/100"),
        ("Tattoo of a rose on the left arm, creatinine 540 umol/L.", "creatinine 540"),
    ],
)
def test_a_features_clause_ends_where_the_findings_go_on(text: str, kept: str) -> None:
    out = redact(text)
    assert "[distinguishing feature]" in out, out
    assert kept in out, out


def test_a_features_clause_goes_on_while_it_describes_the_feature() -> None:
    out = redact("Tattoo of a rose, with the name of her son, on the left arm.")
    assert out == "[distinguishing feature].", out


@pytest.mark.parametrize(
    "text",
    [
        "Mama tin 93 aña.",
        "Mo granmer ena 95 an.",
        "Madanm X, 97 an, ti tonbe.",
        "E tin nobentitres aña.",
    ],
)
def test_an_age_with_a_creoles_word_for_years_is_redacted(text: str) -> None:
    assert "90 or older" in redact(text)


def test_an_english_an_after_a_number_is_no_year() -> None:
    assert redact("It costs 95 an hour.") == "It costs 95 an hour."


@pytest.mark.parametrize(
    "text",
    [
        "Li ena enn sikatris lor so lazou gos.",  # Mauritian: a scar on the cheek
        "Li ena enn gran mark brile lor so lebra.",  # a burn mark
        "Бетинде чоң мең бар.",  # Kyrgyz: a large mole on the face
        "Маңдайында тырык бар.",  # a scar on the forehead
    ],
)
def test_a_feature_in_mauritian_creole_or_kyrgyz_is_redacted(text: str) -> None:
    assert "[distinguishing feature]" in redact(text)


def test_a_mole_with_no_place_and_a_surgical_scar_stay() -> None:
    assert "[distinguishing feature]" not in redact("Тери: мең жок.")
    assert "[distinguishing feature]" not in redact("Li ena sikatris operasion lor vant.")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Sie arbeitete 30 Jahre in der Druckerei des Freiburger Kuriers.", "Kuriers"),
        ("Sie arbeitet in der Druckerei der Badischen Rundschau.", "Rundschau"),
        ("Er arbeitet bei der Firma Hubers.", "Hubers"),
        ("Il travaille chez Dufour Transports.", "Dufour"),
        ("Trabaja en Transportes Ruiz.", "Ruiz"),
        ("Hij werkt bij Bakkerij Jansen.", "Jansen"),
        # the next sentence's capitalised first word is not part of the employer's name
        ("Früher bei der Brauerei der Fürstlichen Hofbrauerei. Danach Dialyse.", "Fürstlichen"),
        ("In der Redaktion des Schwäbischen Tagblatts. Referral from the GP.", "Schwäbischen"),
        ("Er arbeitet bei Dr. Oetker in Bielefeld.", "Oetker"),
    ],
)
def test_an_employer_in_another_language_is_redacted(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert "[employer]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Sie arbeitet in der Pflege.",
        "Sie arbeitet in der Inneren Medizin.",
        "Elle travaille à l'Hôpital depuis 2010.",
        "Trabaja en la Farmacia.",
        "Sie arbeitet im Krankenhaus.",
    ],
)
def test_a_place_of_work_that_names_no_one_stays(text: str) -> None:
    assert "[employer]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Audit: chart opened by jkowals from WS-114.", "jkowals"),
        ("Accessed by: mthomps", "mthomps"),
        ("[AUDIT] user=rgarcia action=VIEW", "rgarcia"),
        ("Signed electronically by akhan (MD).", "akhan"),
        # the word "user" between "by" and the login, in English and other languages
        ("Chart opened from 10.0.4.7 by user tbaptiste; photo attached.", "tbaptiste"),
        ("Record printed by the user nmokoena at 09:12.", "nmokoena"),
        ("Opened by username: ssrinivas", "ssrinivas"),
        ("Akte geöffnet von Benutzer jhofbauer am Vormittag.", "jhofbauer"),
        ("Dossier consulté par l'utilisatrice mleblanc.", "mleblanc"),
        ("Historia abierta por el usuario cfuentes.", "cfuentes"),
        ("Cartella aperta dall'utente gbellini alle 8.", "gbellini"),
        ("Dossier geopend door gebruiker wdevries.", "wdevries"),
        ("Karta otwarta przez użytkownika kzielinska.", "kzielinska"),
    ],
)
def test_a_login_in_an_audit_line_is_redacted(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out and "[username]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed by nursing staff.",
        "Documented by the registrar.",
        "Reviewed by user support.",
        "Note reviewed by the user.",
        "Signed by nephrology.",
    ],
)
def test_an_ordinary_word_after_by_is_no_login(text: str) -> None:
    assert redact(text) == text
