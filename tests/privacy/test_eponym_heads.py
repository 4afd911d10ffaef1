"""Eponyms beside their head word in the languages' own syntax, and a lab test's name
before its value: "Гудпасчер синдром", "болест на Фабри", "белок Бенс-Джонса", "Бенс Џонс
протеин", "Bergerjeva bolezen", "Sendwòm Alport", "Калий 5,9 ммоль/л". The names and
places beside them stay redacted."""

from __future__ import annotations

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier


def _engine() -> Deidentifier:
    return Deidentifier(Case(title="", patient=Patient(sex="female", private=PrivateIdentifiers())))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Гудпасчер синдромы анықталды.", "Гудпасчер"),  # Kazakh: the head after
        ("Утврден Гудпасчер синдром.", "Гудпасчер"),  # Macedonian
        ("Потвърдена болест на Фабри.", "Фабри"),  # Bulgarian: the head before, "на"
        ("Положителен симптом Хвостека.", "Хвостека"),  # Russian genitive after "симптом"
        ("белок Бенс-Джонса в моче не найден.", "Бенс-Джонса"),  # hyphenated, head before
        ("Утврден Бенс Џонс протеин.", "Бенс Џонс"),  # two words, no hyphen, head after
        ("Diagnoza Bergerjeva bolezen.", "Bergerjeva"),  # Slovene possessive adjective
        ("Li gen Sendwòm Alport ak pwoteyinuri.", "Sendwòm Alport"),  # Haitian head
        ("Хантаан вирус потврђен.", "Хантаан"),
        ("Кетостерил 4 табл.; Калий 5,9 ммоль/л.", "Калий"),  # a lab's name before its value
        ("Калій 4,8 ммоль/л.", "Калій"),
    ],
)
def test_the_eponym_or_lab_name_is_kept(text: str, kept: str) -> None:
    out, _ = _engine().redact(text)
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Jane Smith test done today.", "Jane"),  # a first name before a family name
        ("Jane Smith test done today.", "Smith"),
        ("Иван Петров синдром.", "Иван"),
        ("Kreatinin 540 µmol/l, Winston 5 mmol/l.", "Winston"),  # a listed name before a value
        ("Синдром на Гудпасчър; живее в Габрово.", "Габрово"),
        ("Seen by Kowalczyk Brzęczyszczykiewicz test.", "Brzęczyszczykiewicz"),
    ],
)
def test_names_beside_them_stay_redacted(text: str, gone: str) -> None:
    out, _ = _engine().redact(text)
    assert gone not in out, out
