"""An age over 89 written with the age word of Turkic, Caucasian, South Asian, Middle
Eastern, Thai, Amharic and West African languages ("94 жаста", "92 yoshda", "95 տարեկան",
"91 წლისაა", "94 ปี", "93 वर्ष", "94 سنة", "۹۴ ساله", "בן 93", "ọdun 94"); and features
described in German and Swahili ("Muttermal in Herzform", "chale la nyoka")."""

from __future__ import annotations

import pytest

from tests.privacy.script_helpers import redacted


def _out(text: str) -> str:
    return redacted(text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Науқас 94 жаста.", "94"),
        ("Bemor 92 yoshda.", "92"),
        ("Հիվանդը 95 տարեկան է։", "95"),
        ("პაციენტი 91 წლისაა.", "91"),
        ("ผู้ป่วยอายุ 94 ปี", "94"),
        ("रोगी की आयु 93 वर्ष है।", "93"),
        ("المريض عمره 94 سنة.", "94"),
        ("بیمار ۹۴ ساله است.", "۹۴"),
        ("החולה בן 93.", "93"),
        ("Alaisan jẹ ọmọ ọdun 94.", "94"),
        ("Ọ dị afọ 92.", "92"),
        ("রোগীর বয়স 96 বছর।", "96"),
    ],
)
def test_the_age_over_89_is_redacted(text: str, age: str) -> None:
    out = _out(text)
    assert age not in out and "90 or older" in out, out


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bibi huyu ana miaka tisini na nne.", ("tisini", "nne")),  # Swahili
        ("Mzee wa miaka tisini na mitano.", ("mitano",)),
        ("Efatra amby sivifolo taona izy.", ("Efatra", "sivifolo")),  # Malagasy
        ("Paya warmi isqun chunka tawayuq watayuq.", ("isqun", "tawayuq")),  # Quechua
        ("Bà cụ chín mươi tư tuổi.", ("mươi", "tư")),  # Vietnamese
    ],
)
def test_an_age_over_89_in_words_goes_whole(text: str, words: tuple[str, ...]) -> None:
    out = _out(text)
    assert "90 or older" in out and not any(w in out for w in words), out


@pytest.mark.parametrize(
    "text", ["Ca 94 mg; 95 mmol/l.", "Hb 95 g/l, sat 94%, HR 92 bpm.", "Creatinine 93 umol/l."]
)
def test_values_beside_no_age_word_are_left(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Sie hat ein Muttermal in Herzform am Hals.",
        "Ana chale la nyoka mkononi.",
        "Ana kovu la msalaba usoni.",
        "Misy tatoazy voninkazo eo amin'ny sandriny ankavia.",  # Malagasy
        "Pasien memiliki tato naga di lengan kiri.",  # Indonesian
        "Ó ní ilà ojú méjì ní ẹ̀rẹ̀kẹ́.",  # Yoruba facial marks
        "Ana alama ya kuchomwa moto usoni.",  # Swahili burn mark
    ],
)
def test_a_described_mark_is_a_distinguishing_feature(text: str) -> None:
    assert "[distinguishing feature]" in _out(text)


def test_swahili_three_and_malagasy_later_are_no_tattoo() -> None:
    assert "mara tatu kwa siku" in _out("Dawa mara tatu kwa siku.")
    assert "taty aoriana" in _out("Hiverina taty aoriana izy.")  # "тату" in capitals folds so
    assert "[distinguishing feature]" in _out("У пациента тату на плече.")


def test_a_mark_as_a_finding_is_left() -> None:
    text = "Keine Narbe, Muttermal unauffällig."
    assert _out(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Alama za vidole zimesajiliwa.",
        "Sidik jari terdaftar di sistem.",
        "Bệnh nhân đã lấy dấu vân tay.",
        "بصمة الإصبع مسجلة.",
    ],
)
def test_a_biometric_in_other_languages_is_redacted(text: str) -> None:
    assert "[biometric identifier]" in _out(text)
