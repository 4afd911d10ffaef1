"""The classes behind heldout12's and heldout13's last survivors (opened after their blind
measurements), each tested on examples written here: a speaker's own name after "I am"
and its likes in other languages, the recorded Cyrillic name in a Slavic Latin script, a
council's licence number that reads like a year to come, a Tok Pisin mark with the place
it is seen, a Faroese age over 89 in words."""

# ruff: noqa: RUF001  (words of many scripts)
from __future__ import annotations

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier
from caselog.privacy.across_scripts import across
from caselog.privacy.age import OVER_89


def redact(text: str, name: str | None = None) -> str:
    private = PrivateIdentifiers(name=name) if name else PrivateIdentifiers()
    engine = Deidentifier(Case(title="", patient=Patient(sex="female", private=private)))
    return engine.redact(text)[0]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Hello doctor, I am Hope, her eldest daughter.", "Hope"),
        ("Hi, I'm Precious Dlamini, the patient's niece.", "Precious"),
        ("Bon dia dòkter, ami ta Perla, su yu muhé.", "Perla"),
        ("Bonzour dokter, mo apel Rosemay, so tifi.", "Rosemay"),
        ("Bonjou doktè, mwen rele Fabienne, pitit fi li.", "Fabienne"),
        ("Bonjour docteur, je suis Blanche, sa fille.", "Blanche"),
        ("Hola doctor, soy Paloma, su hija.", "Paloma"),
        ("Olá doutor, eu sou Graça, a filha dela.", "Graça"),
        ("Buongiorno dottore, mi chiamo Serena, la figlia.", "Serena"),
        ("Guten Tag, ich bin Heidi, die Tochter.", "Heidi"),
        ("Goedemiddag dokter, ik ben Roos, haar dochter.", "Roos"),
        ("Habari daktari, mimi ni Baraka, mwanawe.", "Baraka"),
    ],
)
def test_a_speakers_own_name_after_i_am_is_redacted(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out and "[name" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "I am sorry to report that the biopsy showed IgA nephropathy.",
        "I am English and have lived here since 1970.",
        "Guten Tag, ich bin Rentnerin und wohne allein.",
        "I'm Type 2 diabetic, on insulin.",
        "Soy Diabética desde hace años.",
        "I am Alport-positive on genetic testing.",
    ],
)
def test_what_follows_i_am_is_not_always_a_name(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("recorded", "written"),
    [("Цвірка", "Cvirka"), ("Цвірка", "Cvirkaj"), ("Царенко", "Carenko"), ("Мацько", "Macko")],
)
def test_the_recorded_cyrillic_name_in_a_slavic_latin_script_is_matched(
    recorded: str, written: str
) -> None:
    assert across(written, recorded)


def test_the_recorded_cyrillic_name_in_a_slavic_latin_script_is_redacted() -> None:
    out = redact("Pacyjent Aleś Cvirka pryjšoŭ na dyjaliz.", name="Алесь Цвірка")
    assert "Cvirka" not in out, out


def test_a_sound_alike_word_is_not_the_name() -> None:
    assert not across("Kvitka", "Цвірка")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Dr Kila Tau, PNGMC 2091, signed the letter.", "2091"),
        ("Reviewed by Dr Ama, SLMDC 2077.", "2077"),
    ],
)
def test_a_council_number_that_reads_like_a_year_to_come_is_redacted(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out and "[licence number]" in out, out


def test_a_council_beside_a_year_a_record_holds_keeps_it() -> None:
    assert "2019" in redact("Dr Kila Tau, PNGMC 2019, signed the letter.")


@pytest.mark.parametrize(
    "text",
    [
        "Em i gat wanpela mak bilong sik long pes.",
        "Em i gat bikpela mak blong paia long han.",
    ],
)
def test_a_tok_pisin_mark_where_it_is_seen_is_redacted(text: str) -> None:
    assert "[distinguishing feature]" in redact(text)


def test_a_tok_pisin_sign_of_sickness_with_no_place_stays() -> None:
    assert "mak bilong sik" in redact("Ol mak bilong sik em i fiva na het i pen.")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hon er níggjuti og tvey ár gomul.", "níggjuti og tvey"),
        ("Hon er tvey og níti ár.", "tvey og níti"),
    ],
)
def test_a_faroese_age_over_89_in_words_is_redacted(text: str, number: str) -> None:
    out = redact(text)
    assert number not in out and OVER_89 in out, out


def test_a_faroese_age_under_90_is_kept() -> None:
    assert OVER_89 not in redact("Hon er átta og sjey ár.")
