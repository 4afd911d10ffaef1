"""Clinical loanwords in scripts translit has no table for, read through anyascii's
romanisation (words written for this test, none from a held-out corpus)."""

import pytest

from caselog.privacy import translit
from caselog.privacy.letter_scripts import script


@pytest.mark.parametrize(
    "word",
    [
        "ક્રિએટિનિન",  # Gujarati creatinine
        "હિમોગ્લોબિનની",  # Gujarati haemoglobin, genitive ending joined
        "ਕ੍ਰੀਏਟੀਨਾਈਨ",  # Gurmukhi creatinine
        "ಅಮ್ಲೋಡಿಪಿನ್",  # Kannada amlodipine
        "అమ్లోడిపిన్‌తో",  # Telugu amlodipine, 'with' joined
        "ක්‍රියැටිනින්",  # Sinhala creatinine
        "ክሬቲኒን",  # Amharic creatinine
    ],
)
def test_loanword_in_untabled_script_is_clinical(word: str) -> None:
    assert translit.clinical(word, script(word[0]))


@pytest.mark.parametrize("word", ["પટેલભાઈ", "અમદાવાદ", "રમેશ", "ਹਰਪ੍ਰੀਤ", "ሀብታሙ"])
def test_names_and_places_in_untabled_script_are_not(word: str) -> None:
    assert not translit.clinical(word, script(word[0]))


def test_unspaced_lao_run_finds_the_loanword() -> None:
    run = "ລະດັບຄຣີເອຕີນີນສູງ"
    assert translit.longest_clinical(run, 5, "LAO") == 10
    assert translit.longest_clinical(run, 0, "LAO") == 0
