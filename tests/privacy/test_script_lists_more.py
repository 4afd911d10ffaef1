"""The word lists of scripts added on 2026-12-03 (``resources/words/scripts.txt``):
Urdu, Punjabi, Amharic, Khmer, Burmese, Sinhala and more Tamil, besides the renal words
of the earlier scripts. A note's ordinary words survive, and the names and places beside
them, which no list holds, stay redacted."""

from __future__ import annotations

import pytest

from tests.privacy.script_helpers import kept_and_gone, redacted


@pytest.mark.parametrize(
    ("text", "kept", "names"),
    [
        (
            "مریض محمد اسلم کو گردے کی دائمی بیماری ہے",
            ["مریض", "گردے کی دائمی بیماری ہے"],
            ["اسلم"],
        ),
        ("ਮਰੀਜ਼ ਹਰਪ੍ਰੀਤ ਕੌਰ ਨੂੰ ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ ਦਵਾਈ ਦਿੱਤੀ ਗਈ।", ["ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ ਦਵਾਈ"], ["ਹਰਪ੍ਰੀਤ"]),
        ("ታካሚው አበበ ከበደ በቀን ሁለት ጊዜ መድሃኒት ተሰጥቷል።", ["በቀን ሁለት ጊዜ መድሃኒት ተሰጥቷል"], ["አበበ", "ከበደ"]),
        ("អ្នកជំងឺសុខាមានខ្សោយតម្រងនោមរ៉ាំរ៉ៃ", ["ខ្សោយតម្រងនោមរ៉ាំរ៉ៃ"], ["សុខា"]),
        ("လူနာ မောင်မောင် သည် ကျောက်ကပ် ဆေးရုံ", ["ကျောက်ကပ်", "ဆေးရုံ"], ["မောင်မောင်"]),
        ("රෝගියා නිමල් පෙරේරා දිනකට දෙවරක් බෙහෙත් ලබා දෙන ලදී", ["දිනකට දෙවරක් බෙහෙත්"], ["නිමල්", "පෙරේරා"]),
        (
            "환자 박지훈은 부산에 살며 타크로리무스 2 mg 복용 중이며 요산 8.2 mg/dL이다.",
            ["복용 중이며 요산"],
            ["박지훈", "부산"],
        ),
        ("המטופל יוסף כהן מחיפה הגיע עם בתו לאחר ההשתלה.", ["הגיע עם בתו לאחר"], ["יוסף", "כהן"]),
    ],
)
def test_listed_words_kept_names_redacted(text: str, kept: list[str], names: list[str]) -> None:
    kept_and_gone(text, kept, names)


def test_a_single_character_that_is_part_of_given_names_is_no_listed_word() -> None:
    # "夫" (husband) ends many Japanese given names ("一夫"): not listed, so a name
    # written with it is not cut into a kept piece
    out = redacted("患者は鈴木一夫さん、住所は札幌市。")
    assert "夫" not in out and "鈴木" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "داروی مایکوفنولات 1000 میلی‌گرم دو بار در روز",
        "קיבל 1000 מ״ג",
        "ได้รับยา 1000 มก. ต่อวัน",
        "კრეატინინი 1000 მგ",
        "患者服用 1000 毫克",
    ],
)
def test_a_dose_before_a_unit_of_its_script_is_kept(text: str) -> None:
    assert "1000" in redacted(text), redacted(text)


def test_a_number_before_no_unit_is_still_redacted() -> None:
    # a record or phone number beside script words, with no unit after it
    assert "1000" not in redacted("شماره پرونده 1000 است")
    assert "0527346619" not in redacted("טלפון 0527346619 מ״ג")


def test_a_kanji_stem_with_its_kana_ending_is_a_word() -> None:
    # "認めた", "住んでいる": the kanji's listed word ends in the kana after it
    kept_and_gone(
        "主訴：浮腫。田中健二さんは大阪市在住、血液検査で腎機能低下を認めた。",
        ["血液検査で腎機能低下を認めた", "在住"],
        ["田中", "健二", "大阪"],
    )
    kept_and_gone("患者の鈴木一郎さんは札幌市に住んでいる。", ["に住んでいる"], ["鈴木", "札幌"])


def test_no_single_character_cuts_a_place_into_a_kept_piece() -> None:
    # "朝" (morning) is no listed word: "朝阳区" stays one possible identifier
    kept_and_gone(
        "患者张伟，住在北京市朝阳区，血肌酐升高，考虑急性肾损伤。",
        ["血肌酐升高，考虑急性肾损伤"],
        ["张伟", "朝", "阳区"],
    )
