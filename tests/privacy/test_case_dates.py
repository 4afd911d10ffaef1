"""Dates whose month or day carries a case ending ("12 наурызда", "12-martda", "április
3-án", "huhtikuun 3. päivänä", "մարտի 12-ին") and dates that give the month by its number
("ngày 12 tháng 3", "3 сарын 12"), in languages no list of inflected forms covers; and the
words that begin like a month but are none ("maybe 2 weeks", "the main 3 problems")."""

from __future__ import annotations

import pytest

from caselog.privacy.case_dates import month_with_ending
from tests.privacy.script_helpers import redacted


def _out(text: str) -> str:
    return redacted(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ол 12 наурызда түсті.", "12 наурызда"),  # Kazakh locative
        ("3 сәуірде шықты.", "3 сәуірде"),
        ("Bemor 12-martda yotqizildi.", "12-martda"),  # Uzbek
        ("Bemor 2024-yil 5-mayda keldi.", "5-mayda"),
        ("Xəstə 14 avqustda qəbul edildi.", "14 avqustda"),  # Azerbaijani
        ("Beteg április 3-án távozott.", "április 3-án"),  # Hungarian: month first
        ("lähti huhtikuun 3. päivänä", "huhtikuun 3"),  # Finnish genitive
        ("Pacientas atvyko kovo 12 d.", "kovo 12"),  # Lithuanian: month first
        ("Bệnh nhân nhập viện ngày 12 tháng 3 năm 2024.", "12 tháng 3"),  # Vietnamese
        ("Өвчтөн 2024 оны 3 сарын 12-нд ирсэн.", "3 сарын 12"),  # Mongolian
        ("Pesakit dimasukkan pada 12 Mac 2024.", "12 Mac"),  # Malay
        ("Pasien dirawat 5 Agustus 2024.", "5 Agustus"),  # Indonesian
        ("Na-admit noong 12 Marso.", "12 Marso"),  # Tagalog
        ("Հիվանդը ընդունվել է մարտի 12-ին։", "մարտի 12-ին"),  # Armenian
        ("Termin am 12.03. um 10 Uhr.", "12.03"),  # day and month, no year, after "am"
        ("vom 3.4. bis 10.4. stationär", "10.4"),
        ("le 12/03 à 10h", "12/03"),
        ("Datum: 12. 3. 2024", "12. 3"),
        ("Seen 12 III 2024.", "12 III"),  # a Roman month
        ("12.III.24 biopsy.", "12.III"),
        ("12 ਮਾਰਚ 2024 ਨੂੰ ਦਾਖਲ", "12"),  # Gurmukhi
        ("2024 ማርች 12", "12"),  # Amharic: the year is kept, the day goes
        ("Next dialysis Thursday 14th.", "14th"),  # a weekday and the day of the month
        ("Appointment Mon 3rd.", "3rd"),
        ("Seen Tues 12/3.", "12/3"),
        ("Vu vendredi 13.", "13"),
    ],
)
def test_the_day_and_month_are_redacted(text: str, day: str) -> None:
    out = _out(text)
    assert day not in out, out
    assert "[date]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "may 5 patients benefit; 100 years ago",
        "Repeat in maybe 2 weeks.",
        "The main 3 problems were fluid, potassium and access.",
        "Mail 2 copies to the unit.",
        "Blood cultures grew in 2 of 3 sets; novel 12 lead ECG.",
        "Calcium 2.4 mmol/l, dose 12 mg daily.",
        "Kreatinin 1.05. Hb 12.3.",
        "Stage 2 IV 10 mg.",
        "Sat 2 units of blood.",
    ],
)
def test_words_that_begin_like_a_month_are_left(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("наурызда", True),
        ("martda", True),
        ("Mart'ta", True),
        ("huhtikuun", True),
        ("maybe", False),
        ("main", False),
        ("decades", False),
        ("sepsis", False),
    ],
)
def test_a_month_is_read_with_its_ending_and_not_otherwise(word: str, month: bool) -> None:
    assert month_with_ending(word) is month


@pytest.mark.parametrize(
    "text", ["Ivan Sidorov, patient, 94 years.", "Woman of 93 yrs, on HD.", "aged 91 years"]
)
def test_an_age_over_89_in_years_alone_is_redacted(text: str) -> None:
    out = _out(text)
    assert "90 or older" in out and not any(n in out for n in ("94", "93", "91")), out


def test_a_number_glued_to_a_letter_is_no_day() -> None:
    text = "ADPKD, Mayo imaging class 1D; dosbarth Mayo 1C; Marta 2B."
    assert _out(text).count("Mayo 1C") == 1, _out(text)


def test_a_count_after_a_weekday_is_no_day_of_the_month() -> None:
    assert "3 patients" in _out("On Friday 3 patients were seen.")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Admitted 12 Ramadan 1445.", "12"),
        ("Discharged on the 3rd of Shawwal.", "3rd"),
        ("Nahiga sa ospital noong ika-12 ng Marso.", "ika-12"),
        ("Seen on the 12th; your letter of the 14th inst.", "12th"),
        ("Seen on the 3rd, again on the 10th and the 17th.", "17th"),
        ("Follow-up Mar-24 in clinic.", "Mar-24"),
        ("นัด 12 มี.ค. 67", "มี.ค."),
    ],
)
def test_a_day_in_a_calendar_or_phrase_of_its_own_is_redacted(text: str, gone: str) -> None:
    out = redacted(text)
    assert gone not in out and "[date]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "The 12th rib was fractured.",
        "On the 12th day of treatment.",
        "Start on the 2nd cycle.",
        "It was the 3rd of 5 doses.",
    ],
)
def test_an_ordinal_that_counts_something_is_left(text: str) -> None:
    assert redacted(text) == text
