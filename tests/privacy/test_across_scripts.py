"""The patient's recorded name written in another script (``across_scripts``, issue 14).

A whole name is redacted with the patient's own mark ("[patient]"), which only the
recorded name gives: a word redacted for another reason (a capital no list knows) shows
"[name or place]" instead. One part alone is the patient's only after a title (a
relative shares it), so there the finder is asked directly.
"""

from __future__ import annotations

import pytest

from caselog.core.model import Case, Patient, PrivateIdentifiers
from caselog.privacy import Deidentifier
from caselog.privacy.across_scripts import find, key, matches, name_keys

MARK = "[patient]"


def redact(name: str, text: str) -> str:
    private = PrivateIdentifiers(name=name)
    d = Deidentifier(Case(title="", patient=Patient(sex="female", private=private)), own_mark=MARK)
    return d.redact(text)[0]


# (recorded name, note, the words that must go)
WHOLE = [
    ("Святлана Кавалёнак", "Śviatłana Kavalonak prychodziła ŭčora.", "Śviatłana Kavalonak"),
    ("Svetlana Ivanova", "Пациентку светлана иванова осмотрели.", "светлана иванова"),
    ("Svetlana Ivanova", "Η ασθενής Σβετλάνα Ιβάνοβα ήρθε σήμερα.", "Σβετλάνα Ιβάνοβα"),
    ("Svetlana Ivanova", "პაციენტი სვეტლანა ივანოვა.", "სვეტლანა ივანოვა"),
    ("Hanna Kavalionak", "Ганна Кавалёнак прыйшла.", "Ганна Кавалёнак"),
]


@pytest.mark.parametrize(("name", "text", "words"), WHOLE, ids=[a[2] for a in WHOLE])
def test_the_recorded_name_in_another_script_is_the_patients(
    name: str, text: str, words: str
) -> None:
    out = redact(name, text)
    assert not any(w in out for w in words.split()), out
    assert MARK in out, out


PARTS = [
    ("Святлана Кавалёнак", "Pryjšła Śviatłana z dačkoj.", "Śviatłana"),
    ("Святлана Кавалёнак", "Śviatłanin muž patelefanavaŭ.", "Śviatłanin"),
    ("Ganna Kovalenko", "Ганна прийшла з донькою.", "Ганна"),
    ("Mohammed Alahmad", "وصل محمد إلى المستشفى.", "محمد"),
    ("Mohammed Alahmad", "מוחמד הגיע לדיאליזה.", "מוחמד"),
    ("Svetlana Ivanova", "زارت سفيتلانا العيادة.", "سفيتلانا"),
    ("Wang Xiuying", "患者王秀英入院。", "王秀英"),
    ("Wang Xiuying", "女儿说秀英很好。", "秀英"),
    ("Armen Sargsyan", "Հիվանդ Սարգսյանը եկավ։", "Սարգսյանը"),
]


@pytest.mark.parametrize(("name", "text", "word"), PARTS, ids=[a[2] for a in PARTS])
def test_a_part_of_the_name_in_another_script_is_found_and_redacted(
    name: str, text: str, word: str
) -> None:
    keys = name_keys(name)
    assert keys is not None
    assert word in [text[a:b] for a, b in find(text, keys, lambda w: False)]
    assert word not in redact(name, text)


# Words of other scripts one or two letters from a recorded name, or its stem with an
# ending, that are not the name: protein, March, date, a mania.
NOT_THE_NAME = [
    ("Anna Bello", "белок в моче не выявлен."),
    ("Maria Lopez", "তারিখ ঠিক করা হয়েছে।"),
    ("Maria Lopez", "у пациентки мания."),
    ("Maria Lopez", "7 მარტს ჩატარდა დიალიზი."),
    ("Nadia Petrova", "надо повторить анализ."),
    ("Sergei Smirnov", "сердце без шумов."),
    ("Kalina Dimitrova", "калий 5,9 ммоль/л."),
]


@pytest.mark.parametrize(("name", "text"), NOT_THE_NAME, ids=[a[1][:12] for a in NOT_THE_NAME])
def test_a_word_near_the_name_is_not_the_patients(name: str, text: str) -> None:
    keys = name_keys(name)
    assert keys is not None
    assert list(find(text, keys, lambda w: False)) == []
    assert MARK not in redact(name, text)


def test_a_name_recorded_in_latin_letters_leaves_latin_words_to_the_patterns() -> None:
    # "Renée" reads as "renee" with its accent dropped: the recorded name's own patterns
    # decide it; ``across_scripts`` only reads words of other alphabets
    keys = name_keys("Renee Martin")
    assert keys is not None and keys.ascii
    assert list(find("Renée Martin's mother called.", keys, lambda w: False)) == []
    assert redact("Renee Martin", "Renée Martin's mother called.").count(MARK) == 1


def test_transliterations_of_one_name_match_and_other_words_do_not() -> None:
    part = key("Кавалёнак")
    assert matches(key("Kavalonak"), part)
    assert matches(key("Kavalenak"), part)
    assert not matches(key("Kavaler"), part)
