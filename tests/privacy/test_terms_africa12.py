"""The latinlangs corpus (``terms_africa12.py``: 43 notes in twelve Latin-script languages
with no word list, 108 terms, 421 ordinary words, 48 planted identifiers), measured
through ``Deidentifier.review`` note by note (``tests.privacy.safe_side``'s measure).

Figures on main 68efad4 (before any list of these languages):

- slot-only: terms kept 104/108, ordinary words 383/421;
- redact-all (every possible identifier redacted too): terms 67/108, words 173/421;
- identifiers readable: 0/48 under both.

The lost words were the languages' own words at a sentence's start ("Siku", "Dawa",
"Bibi", "Kimsa", "Uminom") and, under redact-all, in lower case. After
``latin-languages.txt`` (each language's common, clinical and number words, written by
hand with this corpus at hand, so these figures are not blind):

- slot-only: terms 107/108, words 414/421;
- redact-all: terms 106/108, words 412/421 (413 with the Swahili dictionary);
- identifiers readable: 0/48 under both.

Still lost: a Malagasy clause read as a tattoo ("taty aoriana", later, is a form of a
tattoo word; 7 words and "dialyse"), the Haitian "san" (blood) and a Kinyarwanda and a
Somali word under redact-all. The floors are today's figures.
"""

from __future__ import annotations

import pytest

from tests.privacy import safe_side as s
from tests.privacy import terms_africa12 as t


@pytest.fixture(scope="module")
def fig() -> s.Figures:
    return s.measure("africa12", t.RECORDS, t.CATEGORIES)


def test_every_language_is_in_the_corpus(fig: s.Figures) -> None:
    assert {lang for _, lang in fig.terms} == set(t.LANGUAGES)


def test_terms_and_words_kept(fig: s.Figures) -> None:
    table = fig.table("africa12")
    assert len(fig.lost_terms(s.SLOT)) <= 108 - 107, table
    assert len(fig.lost_words(s.SLOT)) <= 421 - 414, table
    assert len(fig.lost_terms(s.ALL)) <= 108 - 106, table
    assert len(fig.lost_words(s.ALL)) <= 421 - 412, table


def test_identifiers_stay_redacted(fig: s.Figures) -> None:
    assert sum(fig.planted.values()) == 48
    assert sum(fig.leaked[s.SLOT].values()) == 0, fig.leaks
    assert sum(fig.leaked[s.ALL].values()) == 0, fig.leaks
