"""Identifiers in the forms exports and pasted text give them: a name broken at the end of
a line ("Kowal-⏎czyk"), HTML character references ("Dr&nbsp;Adeyemi", "Ren&eacute;e",
"O&#39;Brien"), a date with its ISO 8601 time ("2024-03-12T08:30")."""

from __future__ import annotations

import pytest

from caselog.privacy.normalize import normalise
from tests.privacy.script_helpers import redacted


def _out(text: str) -> str:
    return redacted(text)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Patient Agnieszka Kowal-\nczyk was reviewed.", "czyk"),
        ("reviewed by Dr Brzęczy-\r\nszczykiewicz today", "szczykiewicz"),
        ("Her son Tomasz Wiśniew-\n  ski visited.", "ski"),
    ],
)
def test_the_rest_of_a_name_broken_at_a_line_end_is_redacted(text: str, rest: str) -> None:
    out = _out(text)
    assert rest not in out, out


def test_a_compound_word_broken_at_a_line_end_is_left() -> None:
    text = "Planned follow-\nup with the renal team in clinic."
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Seen by Dr&nbsp;Olumide&nbsp;Adeyemi today.", ("Olumide", "Adeyemi")),
        ("Mme Ren&eacute;e Dupr&eacute; est venue.", ("Ren", "Dupr", "eacute")),
        ("Seen with Mr O&#39;Brien-Smythe.", ("Brien", "Smythe")),
    ],
)
def test_names_written_with_character_references_are_redacted_whole(
    text: str, gone: tuple[str, ...]
) -> None:
    out = _out(text)
    assert not any(g in out for g in gone), out
    assert "&" not in out.split("[", 1)[1], out  # no half of a reference left after the mark


def test_clinical_text_with_character_references_is_left() -> None:
    text = "Sodium 140&nbsp;mmol/l &amp; potassium 4.1; CRP &lt; 5."
    assert _out(text) == text


def test_a_reference_maps_back_to_the_whole_of_itself() -> None:
    n = normalise("a&eacute;b")
    assert n.text == "aeb"
    assert n.span(1, 2) == (1, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Admitted 2024-03-12T08:30.",
        "Seen 2024-03-12 08:30:00Z.",
        "Sample 20240312T0830.",
    ],
)
def test_a_date_with_its_time_is_one_date(text: str) -> None:
    out = _out(text)
    assert "[date]" in out and not any(x in out for x in ("03", "12", "30")), out


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Written by: nkosi.t", "nkosi"),
        ("User: akowalczyk", "akowalczyk"),
        ("Author: okafor.c", "okafor"),
        ("last edited by ngozi.o.", "ngozi"),
        ("Skype: live:agnieszka.k_1", "agnieszka"),
    ],
)
def test_the_login_of_an_entrys_author_is_redacted(text: str, login: str) -> None:
    out = _out(text)
    assert login not in out and "[username]" in out, out


@pytest.mark.parametrize(
    "text", ["Given by mouth b.d. for 5 days.", "Taken by i.v. route, e.g. at night."]
)
def test_abbreviations_after_by_are_no_logins(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Консультирована нефрологом Сидоровой Е.П.", "Е.П."),
        ("Жуков Д.П. смотрел.", "Д.П."),
        ("Mrs Priya d/o Raman and Mr Kumar s/o Muthu.", "Raman"),
    ],
)
def test_initials_in_other_capitals_and_a_parents_name_after_d_o(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out, out


def test_a_name_written_with_combining_accents_leaves_none_behind() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Ọmọ Adébáyọ̀ ni.")
    out = _out(text)
    # "Ọmọ" (child) is a Yoruba word of latin-languages.txt, kept with its own marks
    kept = unicodedata.normalize("NFD", "Ọmọ")
    assert out.startswith(kept), repr(out)
    assert not any(unicodedata.combining(c) for c in out.removeprefix(kept)), repr(out)


def test_a_family_name_first_after_a_label_goes_with_the_given_name() -> None:
    out = _out("Beteg: Kovács Mária, Debrecen.")  # "kovács" is also the word for a smith
    assert "Kovács" not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Diagnózis: Alport szindróma.", "Alport"), ("Patient: Stable Mária", "Stable")],
)
def test_a_word_after_a_label_that_is_no_family_name_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


@pytest.mark.parametrize("text", ["딸 박지민이 동행했다.", "보호자 남궁민수 씨가 왔다."])
def test_a_korean_name_is_no_loanword_read_through_its_letters(text: str) -> None:
    out = _out(text)  # "박지민" reads as the skeleton of the drug buxamine
    assert "박지민" not in out and "남궁민수" not in out, out


def test_the_shape_of_a_korean_name() -> None:
    from caselog.privacy.scripts import korean_name

    assert korean_name("박지민이") and korean_name("김영희씨") and korean_name("남궁민수")
    assert not korean_name("크레아티닌") and not korean_name("투석") and not korean_name("헤파린")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her name is Ana María and she is 67.", "Ana"),  # "ana" is a word of many languages
        ("Call her Mimi; her full name is Miriam Otieno.", "Mimi"),
        ("A son named Brian Ochieng visited.", "Brian"),
        ("Her son Ng'ang'a was present.", "'a"),  # the apostrophes inside a Kikuyu name
    ],
)
def test_a_name_after_name_is_or_named_and_with_inner_apostrophes(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out, out


def test_named_after_an_eponym_is_no_name() -> None:
    text = "The drug named after Alport was not given."
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Mail: agnieszka @ gmail . com", "agnieszka"),
        ("Email: agnieszka.kowalczyk@hospital", "kowalczyk"),
        ("correo: maria.lopez#hotmail.com", "maria"),
    ],
)
def test_an_email_address_spaced_without_a_dot_or_with_a_hash(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out and "[email]" in out, out


@pytest.mark.parametrize("text", ["Dose @ 5 mg; ratio 2 @ 3.", "Bed #4 in ward; see #3."])
def test_an_at_or_a_hash_in_a_note_is_no_address(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Paciente Qu1spe Mamani, de Arequipa.", "Qu1spe"),
        ("Patient RAS0ANIRINA Hery came.", "RAS0ANIRINA"),
        ("Seen with K0walczyk and Sm1th.", "Sm1th"),
    ],
)
def test_a_name_with_a_digit_for_a_letter_is_redacted(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out, out


def test_clinical_codes_with_a_digit_inside_are_left() -> None:
    text = "HbA1c 7.2; THSD7A and PLA2R antibodies; HNF1B; COL4A5; CYP3A4; CKD G3a A2."
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Blog: agnieszka-kowalczyk dot blogspot dot com", "kowalczyk"),
        ("Site: example[.]com/agnieszka", "agnieszka"),
        ("See bit.ly/3xYz9Ab for her video.", "3xYz9Ab"),
        ("Shop at mama-mboga.co.ke today.", "mama-mboga"),
    ],
)
def test_a_web_address_spelt_out_defanged_or_of_another_country(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out and "[URL]" in out, out


def test_abbreviations_with_full_stops_are_no_web_address() -> None:
    text = "Give 5.mg; e.g. b.d.; i.e. p.o.; see fig.2; Ca.125."
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Daughter - agnieszka kowalczyk - called.", "kowalczyk"),
        ("Her neighbour mrs wanjiru helps.", "wanjiru"),
        ("spoke to her son brian by phone.", "brian"),
    ],
)
def test_a_name_in_lower_case_after_a_title_or_relation_word(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out, out


def test_words_in_lower_case_after_a_relation_word_stay() -> None:
    text = "her son was admitted; the son reported pain; MR visade diskbråck L5-S1."
    assert _out(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Patient K-\nowalczyk was seen.", "owalczyk"),  # broken after its first letter
        ("Plate KMCA 123A; boda boda KMDF 456B.", "456B"),  # Kenyan motorcycle plates
        ("Fax: 52/412-345", "412-345"),  # an area code before a slash
        ("Tel.: 52/412-345, fax 1/234-5678", "234-5678"),
    ],
)
def test_broken_names_plates_and_slashed_numbers(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out, out


def test_a_word_broken_after_its_first_letter_and_a_fraction_stay() -> None:
    text = "A-\nmlodipine 5 mg; Tel 3/4 of the dose; ratio 1/2-3"
    assert _out(text) == text
