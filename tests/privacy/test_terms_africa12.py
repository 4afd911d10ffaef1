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

Still lost: a Malagasy clause read as a tattoo ("taty aoriana", later: the Cyrillic
"тату" reads "taty"; 7 words and "dialyse"), and under redact-all the Somali "jira", the
Kinyarwanda "munsi" and the Haitian "kreyatinin". The floors are today's figures.

The second corpus, ``terms_africa12b.py`` (24 notes in the same twelve
languages, written after ``latin-languages.txt`` without looking at it: 27 terms, 241
ordinary words, 28 planted identifiers), gives the lists' reach beyond the corpus they
were written beside:

- main 68efad4: slot-only terms 27/27, words 218/241; redact-all terms 16/27, words
  95/241; identifiers readable 1/28 ("n'Enugu": a place after an elided word);
- hand lists: words 227/241 slot-only, redact-all terms 24/27, words 154/241, 0/28;
- with the Swahili and Tagalog dictionaries (lower case only): redact-all words 164/241.

- with the Zulu and Xhosa beginnings read ("nomchamo" as "umchamo") and a word after an
  elided one ("n'inkari"): redact-all terms 26/27, words 165/241.

The third, ``terms_africa12c.py`` (12 follow-up notes in six of the languages, written
before the beginnings were read: 5 terms, 138 words, 14 identifiers): main 68efad4
slot-only words 130/138, redact-all terms 0/5, words 33/138; the hand lists and
dictionaries 134/138, 3/5, 88/138; with the beginnings 134/138, 5/5, 89/138; identifiers
readable 0/14 throughout.

What is still lost on both is the languages' inflected verbs and nouns (Bantu subject
and tense prefixes, Somali and Hausa verb forms) that no list here holds.
"""

from __future__ import annotations

import pytest

from tests.privacy import safe_side as s
from tests.privacy import terms_africa12 as t
from tests.privacy import terms_africa12b as tb
from tests.privacy import terms_africa12c as tc

# corpus -> (terms, words, planted), and the least kept: slot-only terms and words,
# redact-all terms and words
FLOORS = {
    "africa12": ((108, 421, 48), (107, 414, 106, 413)),
    "africa12b": ((27, 241, 28), (27, 227, 26, 165)),
    "africa12c": ((5, 138, 14), (5, 134, 5, 89)),
}


@pytest.fixture(scope="module")
def fig() -> s.Figures:
    return s.measure("africa12", t.RECORDS, t.CATEGORIES)


@pytest.fixture(scope="module")
def figures(fig: s.Figures) -> dict[str, s.Figures]:
    return {
        "africa12": fig,
        "africa12b": s.measure("africa12b", tb.RECORDS, tb.CATEGORIES),
        "africa12c": s.measure("africa12c", tc.RECORDS, tc.CATEGORIES),
    }


def test_every_language_is_in_the_corpus(fig: s.Figures) -> None:
    assert {lang for _, lang in fig.terms} == set(t.LANGUAGES)


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_terms_and_words_kept(figures: dict[str, s.Figures], corpus: str) -> None:
    f = figures[corpus]
    (terms, words, _), (slot_t, slot_w, all_t, all_w) = FLOORS[corpus]
    table = f.table(corpus)
    assert (f.n_terms(), f.n_words()) == (terms, words), table
    assert len(f.lost_terms(s.SLOT)) <= terms - slot_t, table
    assert len(f.lost_words(s.SLOT)) <= words - slot_w, table
    assert len(f.lost_terms(s.ALL)) <= terms - all_t, table
    assert len(f.lost_words(s.ALL)) <= words - all_w, table


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_identifiers_stay_redacted(figures: dict[str, s.Figures], corpus: str) -> None:
    f = figures[corpus]
    assert sum(f.planted.values()) == FLOORS[corpus][0][2]
    assert sum(f.leaked[s.SLOT].values()) == 0, f.leaks
    assert sum(f.leaked[s.ALL].values()) == 0, f.leaks
