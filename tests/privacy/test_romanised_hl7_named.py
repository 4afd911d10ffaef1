"""Names and records in forms no cue word announced (issue 14): Chinese names in pinyin
and Korean names in Latin letters, in capitals or not, either way round; HL7 version 2
person segments pasted into a note; a name after "named" in the languages that say it
before the name (or after it, Turkish and Hungarian); e-mail addresses spelt with the "at"
and "dot" words of more languages; scars described by a burn, a knife or an accident in
more languages and scripts; the only one of a role in a camp, a farm or a prison.
Clinical text of the same shapes is left."""

from __future__ import annotations

import pytest

from caselog.privacy.romanised import given_name
from tests.privacy.script_helpers import kept_and_gone, redacted


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Next of kin: Wang Xiuying, daughter, phoned.", ["Xiuying"]),
        ("Patient WANG XIU YING arrived for dialysis.", ["XIU", "YING"]),
        ("LI MEI, 45, was seen in clinic.", ["MEI"]),
        ("Seen by ZHOU JIANHUA at the bedside.", ["ZHOU", "JIANHUA"]),
        ("Meet ZHANG Xiaoming today.", ["ZHANG", "Xiaoming"]),
        ("Xiao-Ming Liu phoned.", ["Xiao-Ming", "Liu"]),
        ("The interpreter, He Jun, translated.", ["Jun"]),
        ("Patient LIU XIAOHONG, MRN 445.", ["LIU", "XIAOHONG"]),
        ("Kim Min-jun attended with his mother.", ["Min-jun"]),
        ("CHOI MIN-SEO was seen.", ["CHOI", "MIN-SEO"]),
        ("Yoon Ha-eun, sister, phoned.", ["Ha-eun"]),
        ("Kim Minjun attended.", ["Minjun"]),
    ],
)
def test_a_chinese_or_korean_name_in_latin_letters_is_redacted(text: str, gone: list[str]) -> None:
    out = redacted(text)
    assert not any(g in out for g in gone), out


@pytest.mark.parametrize(
    "text",
    [
        "He was seen by the team.",
        "So long as she takes it, fine.",
        "Ma huang is a herb.",
        "CKD stage 4, HE IS stable.",
        "HE WAS SEEN IN CLINIC.",
        "NO CHANGE IN MEDS.",
        "An ICU bed was free.",
        "Li et al. reported the same reaction.",
        "Na K ratio was normal.",
        "Ok, seen today.",
    ],
)
def test_english_words_that_are_chinese_family_names_are_left(text: str) -> None:
    assert redacted(text) == text


def test_a_given_name_is_pinyin_no_list_knows() -> None:
    assert given_name("Xiuying") and given_name("Xiu Ying") and given_name("JIANHUA")
    # English, clinical or drug words, or no pinyin: no given name
    assert not given_name("Was") and not given_name("Long") and not given_name("Smith")
    assert not given_name("Xiu ying")  # two syllables as two words, both written as names
    assert given_name("Min-jun", korean=True) and given_name("SEO-YEON", korean=True)
    assert not given_name("Min", korean=True)  # one syllable is no Korean given name


def test_an_hl7_person_segment_keeps_nothing_but_its_codes() -> None:
    text = (
        "PID|1||MRN123^^^HOSP||BIGHORSE^ADA^MAE||19480312|F|||12 Elm St^^Tulsa^OK^74106\n"
        "NK1|1|BIGHORSE^TOM|SON\n"
        "OBX|1|NM|2160-0^Creatinine^LN||4.2|mg/dL|0.6-1.2|H"
    )
    out = redacted(text)
    for gone in ("MRN123", "BIGHORSE", "ADA", "MAE", "TOM", "19480312", "Tulsa", "74106"):
        assert gone not in out, out
    assert out.startswith("PID|1||") and "|F|" in out  # the set ID and the sex code
    assert out.endswith("OBX|1|NM|2160-0^Creatinine^LN||4.2|mg/dL|0.6-1.2|H")  # a result


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Ein Anker mit dem Namen KEMAL am Arm.", "KEMAL"),
        ("Un chat nommé Minou vit chez elle.", "Minou"),
        ("Su hija llamada Rocío la acompaña.", "Rocío"),
        ("Ее дочь по имени Светлана позвонила.", "Светлана"),
        ("Anaknya bernama Siti datang.", "Siti"),
        ("Mwanawe aitwaye Juma alikuja.", "Juma"),
        ("Son fils prénommé Jean-Luc appelle.", "Jean-Luc"),
        ("Oğlu Ahmet adlı bir adam geldi.", "Ahmet"),
        ("Her name is Ana María and she is 67.", "María"),
    ],
)
def test_a_name_after_named_is_redacted(text: str, gone: str) -> None:
    assert gone not in redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eine Tablette namens Ibuprofen half.",
        "A drug named Furosemide was given.",
        "A syndrome named Alport syndrome was considered.",
    ],
)
def test_a_drug_or_a_disease_after_named_is_left(text: str) -> None:
    assert redacted(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "E-mail: birgitta.lq snabel a telia punkt com",
        "Имейл: stoyna.petkova маймунка abv точка bg",
        "Write to moshe.k שטרודל gmail נקודה com",
        "Correo: pau.serra ensaïmada gmail punt com",
    ],
)
def test_an_email_spelt_with_local_at_and_dot_words_is_redacted(text: str) -> None:
    assert "[email]" in redacted(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hon har ärr efter en brännskada på hakan.", "Hon har"),
        ("Тя има белег от изгаряне на лявата буза.", "има"),
        ("У него шрам от ножа на щеке.", "У него"),
        ("Er hat eine Narbe nach einem Unfall am Kinn.", "Er hat eine"),
    ],
)
def test_a_scar_described_by_its_cause_is_redacted(text: str, kept: str) -> None:
    out = redacted(text)
    assert "[distinguishing feature]" in out and kept in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Surgical scar over the left flank, healed.",
        "Шрам после нефрэктомии без особенностей.",
    ],
)
def test_a_scar_with_no_cause_or_shape_is_a_finding(text: str) -> None:
    assert redacted(text) == text


def test_the_only_one_of_a_role_in_a_camp_is_redacted() -> None:
    kept_and_gone(
        "She is the only woman oud teacher at the camp. Creatinine 4.2 mg/dL.",
        kept=["Creatinine 4.2 mg/dL"],
        gone=["oud teacher", "camp"],
    )


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Kovácsné, szül. Hunter Anna, 67 éves.", "Hunter"),
        ("Frau Müller, geb. Fisher, kam.", "Fisher"),
        ("Pani Nowak z domu Cooper.", "Cooper"),
        ("Fru Berg, född Walker.", "Walker"),
        ("Госпожа Иванова, урождённая Смит.", "Смит"),
        ("Maiden name: Taylor.", "Taylor"),
    ],
)
def test_a_maiden_name_is_redacted_whatever_its_word_means(text: str, gone: str) -> None:
    assert gone not in redacted(text)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Marika néni jól van.", "Marika", "néni jól van"),
        ("Virág néninek elmondtuk.", "Virág", "néninek"),
        ("Ayşe teyze geldi.", "Ayşe", "teyze"),
        ("Rahim bhai came.", "Rahim", "bhai came"),
    ],
)
def test_a_name_before_a_trailing_honorific_is_redacted(text: str, gone: str, kept: str) -> None:
    out = redacted(text)
    assert gone not in out and kept in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Az egyetlen női kovács a városban.",
        "Köydeki tek eczacı oydu.",
        "Kylän ainoa lääkäri hoiti.",
    ],
)
def test_the_only_one_of_a_role_in_a_settlement_in_the_locative(text: str) -> None:
    assert "[unique identifier]" in redacted(text)


def test_the_only_finding_in_an_organ_is_left() -> None:
    text = "Az egyetlen eltérés a vesében volt."
    assert redacted(text) == text


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Su hija lucía llamó.", "lucía", "Su hija"),
        ("syn jan przyszedł wieczorem.", "jan", "syn"),
    ],
)
def test_a_name_in_lower_case_after_a_relation_word_of_another_language(
    text: str, gone: str, kept: str
) -> None:
    out = redacted(text)
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text", ["Su hija está bien.", "sin cambios en la función renal."])
def test_ordinary_words_after_a_relation_word_are_left(text: str) -> None:
    assert redacted(text) == text


def test_a_month_then_the_ordinal_day_is_a_date() -> None:
    out = redacted("Seen again March the 3rd, 2024, and on June the 21st.")
    assert "3rd" not in out and "21st" not in out and out.count("[date]") == 2, out


@pytest.mark.parametrize(
    "text",
    [
        "Umure sangang puluh loro taun.",  # Javanese 92
        "Ɔdi mfe aduokron abien.",  # Twi 92
        "E ivasefulu ma le fa ona tausaga.",  # Samoan 94
        "O lona matua e 94 ona tausaga.",  # Samoan digits before "years"
        "Ew 94 salî ye.",  # Kurmanji
        "Yuswa 94.",  # Javanese "age" before the number
    ],
)
def test_an_age_over_89_in_more_languages_is_redacted(text: str) -> None:
    assert "90 or older" in redacted(text)


def test_a_small_number_of_years_in_those_languages_is_left() -> None:
    text = "mfe 3 ni, tausaga e 2."
    assert redacted(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [("Zînê got ku êşa wê heye.", "Zînê"), ("Zîna hat.", "Zîna")],
)
def test_a_recorded_three_letter_name_with_a_case_ending_is_redacted(text: str, gone: str) -> None:
    assert gone not in redacted(text, name="Zîn Aydin")


def test_a_clinic_that_begins_as_a_recorded_three_letter_name_is_left() -> None:
    assert (
        redacted("Referred to the Mayo clinic.", name="May Tan") == "Referred to the Mayo clinic."
    )


@pytest.mark.parametrize(
    "text", ["Ua ia te ia se tatau i lona vae.", "She has a tā moko on her chin."]
)
def test_a_polynesian_tattoo_is_a_distinguishing_feature(text: str) -> None:
    assert "[distinguishing feature]" in redacted(text)
