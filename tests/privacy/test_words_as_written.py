"""Words of the languages the word lists do not read, judged as the note writes them
(``script_lists.common``, ``scan._as_written``): Ukrainian, Bulgarian, Serbian,
Macedonian and Mongolian words and participles, Russian short participles, Greek verb
forms and Vietnamese syllables are ordinary words, while a name beside them, or a name
that folds to the same letters, stays redacted."""

from __future__ import annotations

import pytest

from caselog.privacy.scan import Verdict, _as_written
from caselog.privacy.script_lists import common
from caselog.privacy.vocab import vocabulary
from tests.privacy.script_helpers import kept_and_gone, redacted


def test_the_lists_read_words_as_written() -> None:
    assert common("Призначено") and common("Утврдена") and common("Өвчтөн")
    assert common("Назначена")  # a listed participle with a gender ending
    assert common("Έγινε") and common("chứng") and common("Bệnh")
    # the folded surname, and names, are no listed words
    assert not common("Chung") and not common("chung")
    assert not common("Ивана") and not common("Батбаяр") and not common("Νικόλαος")
    assert not common("назначенный")  # two endings off: no listed form


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Призначено Севеламер 800 мг; мешкає у Бердичеві з онукою Оксаною.",
            ["Призначено"],
            ["Бердичеві", "Оксаною"],
        ),
        (
            "Утврдена хронична бубрежна болест. Пациентката Весна Трајковска од Битола.",
            ["Утврдена", "Пациентката"],
            ["Трајковска", "Битола"],
        ),
        ("Өвчтөн Батбаяр Дархан хотод амьдардаг.", ["Өвчтөн"], ["Батбаяр"]),
        (
            "Έγινε βιοψία νεφρού. Ο ασθενής Νικόλαος Παπαδόπουλος από τα Τρίκαλα.",
            ["Έγινε"],
            ["Παπαδόπουλος", "Τρίκαλα"],
        ),
        (
            "Bệnh nhân có hội chứng thận hư. Bác sĩ điều trị là Trần Văn Chung.",
            ["Bệnh nhân", "hội chứng thận hư"],
            ["Chung", "Trần"],
        ),
    ],
)
def test_ordinary_words_kept_names_redacted(text: str, kept: list[str], gone: list[str]) -> None:
    kept_and_gone(text, kept, gone)


def test_a_listed_word_with_a_capital_in_mid_sentence_is_no_safe_word() -> None:
    # a capital in mid-sentence may be a name: the scanner leaves it to the author
    v = vocabulary()
    assert _as_written("Огляд", "oгляд", Verdict.REDACT, False, v) is Verdict.SUSPECT
    assert _as_written("Огляд", "oгляд", Verdict.REDACT, True, v) is Verdict.SAFE
    assert _as_written("огляд", "oгляд", Verdict.REDACT, False, v) is Verdict.SAFE
    assert _as_written("Петров", "petrov", Verdict.REDACT, True, v) is Verdict.REDACT


def test_a_title_after_a_slash_is_a_units_part() -> None:
    out = redacted("Креатинин 3,8 mg/dl. Χορηγήθηκε Φουροσεμίδη 40 mg.")
    assert "Χορηγήθηκε" in out, out
    # a title that stands alone still names who follows it
    out = redacted("Креатинин 3,8 mg/dl. Dr. Novak ordered Φουροσεμίδη 40 mg.")
    assert "Novak" not in out, out


def test_vietnamese_syllables_that_are_names_too_count_only_in_lower_case() -> None:
    # "bình thường" is normal, Bình a given name; "lâm sàng" is clinical, Lâm a surname
    assert common("bình") and common("lâm") and common("cao")
    assert not common("Bình") and not common("Lâm") and not common("Cao")
    kept_and_gone(
        "Bình đến khám lại; huyết áp bình thường, lâm sàng ổn. Bác sĩ Cao Văn Lâm.",
        ["huyết áp bình thường, lâm sàng"],
        ["Bình đến", "Cao", "Lâm."],
    )
