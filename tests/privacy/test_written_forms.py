"""Identifiers in the forms exports and pasted text give them: a name broken at the end of
a line ("Kowal-⏎czyk"), HTML character references ("Dr&nbsp;Adeyemi", "Ren&eacute;e",
"O&#39;Brien"), a date with its ISO 8601 time ("2024-03-12T08:30")."""

from __future__ import annotations

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier
from caselog.privacy.normalize import normalise


def _out(text: str) -> str:
    patient = Patient(sex="female", private=PrivateIdentifiers())
    return Deidentifier(Case(title="", patient=patient)).redact(text)[0]


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
