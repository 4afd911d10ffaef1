"""Three classes of clinical term in other scripts, each with a name beside it that stays
redacted:

- an eponym of the medical lists beside a head word of its script ("متلازمة ألبورت",
  "תסמונת אלפורט", "ალპორტის სინდრომი", "Ալպորտի համախտանիշ": ``scripts._eponym_in_use``,
  ``translit.eponym``);
- a drug's name as Cyrillic and Greek write its letters ("Циклоспорин", "Этелкальцетид",
  "Κυκλοφωσφαμίδη", "Φουροσεμίδη": ``vocab._script_readings``);
- words of a script with capitals at a sentence's start (Armenian), Persian words with
  the joiner the normal form drops ("میلی‌گرم"), and units and heads of the Cyrillic
  languages ("нэгж", "ммол", "хворобу Берже", "Гудпасчерийн хам шинж")."""

from __future__ import annotations

import pytest

from caselog.privacy import translit
from caselog.privacy.normalize import fold_word
from caselog.privacy.script_lists import ordinary
from caselog.privacy.scripts import judge_words
from caselog.privacy.vocab import vocabulary
from tests.privacy.script_helpers import redacted


def _known(text: str) -> dict[str, bool]:
    return {text[a:b]: ok for a, b, ok in judge_words(text)}


@pytest.mark.parametrize(
    ("text", "eponym"),
    [
        ("متلازمة ألبورت مؤكدة", "ألبورت"),
        ("תסמונת אלפורט אושרה", "אלפורט"),
        ("დადასტურდა ალპორტის სინდრომი", "ალპორტის"),
        ("Հաստատվել է Ալպորտի համախտանիշ", "Ալպորտի"),
    ],
)
def test_an_eponym_beside_a_head_word_is_kept(text: str, eponym: str) -> None:
    assert _known(text)[eponym]
    assert eponym in redacted(text)


def test_no_eponym_without_a_head_nor_a_name_beside_one() -> None:
    # the same eponym with no head word beside it is a possible identifier
    assert not _known("ألبورت مؤكدة")["ألبورت"]
    assert not _known("תסמונת כבדה אצל אלפורט")["אלפורט"]
    # a given name beside a head word reads as no eponym
    assert not translit.eponym("فاطمة", "ARABIC")
    assert not translit.eponym("רבקה", "HEBREW")
    assert not _known("مرض فاطمة")["فاطمة"]
    out = redacted("متلازمة فاطمة الزهراني")
    assert "فاطمة" not in out and "الزهراني" not in out, out


@pytest.mark.parametrize(
    "drug", ["Циклоспорин", "Этелкальцетид", "Хлорталидон", "Κυκλοφωσφαμίδη", "Φουροσεμίδη"]
)
def test_drug_names_in_cyrillic_and_greek_letters(drug: str) -> None:
    assert vocabulary().drug(fold_word(drug))


@pytest.mark.parametrize(
    "name", ["Петров", "Харитонов", "Цициашвили", "Κουτσούκος", "Παπαδοπούλου", "Фурцева"]
)
def test_family_names_read_as_no_drug(name: str) -> None:
    assert not vocabulary().drug(fold_word(name))


def test_a_drug_in_cyrillic_kept_beside_a_redacted_name() -> None:
    out = redacted("Започет Циклоспорин 100 мг два пута дневно; брат Драган Јовановић из Ужица.")
    assert "Циклоспорин" in out and "два пута дневно" in out, out
    assert "Јовановић" not in out and "Ужица" not in out, out


def test_capitals_and_joiners_of_listed_words() -> None:
    assert ordinary("Հիվանդի", "ARMENIAN") and ordinary("հիվանդի", "ARMENIAN")
    assert not ordinary("Արմեն", "ARMENIAN")
    assert ordinary("میلیگرم", "ARABIC")  # "میلی‌گرم" as the normal form reads it
    out = redacted("Հիվանդ Արմեն Գրիգորյանը բնակվում է Գյումրիում։", "Արմեն Գրիգորյան")
    assert "բնակվում" in out and "Գրիգորյան" not in out and "Գյումրիում" not in out, out


def test_cyrillic_heads_and_units() -> None:
    out = redacted("Виявлено хворобу Берже. Гудпасчерийн хам шинж оношлогдсон; 4000 нэгж.")
    assert "Берже" in out and "Гудпасчерийн" in out and "нэгж" in out, out
    out = redacted("Ковальчук Петро, мешкає у Бердичеві.")
    assert "Ковальчук" not in out and "Бердичеві" not in out, out
