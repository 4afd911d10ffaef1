"""The scriptterms corpus (``terms_scripts11.py``: 261 terms, 315 ordinary words, twenty
languages in Cyrillic, Greek, Arabic, Persian, Hebrew, Devanagari, Bengali, Thai,
Georgian, Armenian, Han, kana and Hangul scripts and Vietnamese, 77 planted identifiers),
measured through ``Deidentifier.review`` note by note (``tests.privacy.safe_side``'s
measure).

Figures on main dae4d2b (slot-only / redact-all):

- terms kept: 190/261 (72.8%) / 175/261 (67.0%);
- ordinary words kept: 191/315 (60.6%) / 141/315 (44.8%);
- identifiers readable: 0/77 / 0/77.

The floors are main's figures; each is raised as a class of term is kept.
"""

from __future__ import annotations

import pytest

from tests.privacy import safe_side as s
from tests.privacy import terms_scripts11 as t


@pytest.fixture(scope="module")
def fig() -> s.Figures:
    return s.measure("scripts11", t.RECORDS, t.CATEGORIES)


def _kept(fig: s.Figures, decision: str) -> tuple[int, int]:
    return fig.n_terms() - len(fig.lost_terms(decision)), fig.n_words() - len(
        fig.lost_words(decision)
    )


def test_terms_and_words_of_other_scripts_survive(fig: s.Figures) -> None:
    terms, words = _kept(fig, s.SLOT)
    assert terms >= 190, fig.table("scripts11")
    assert words >= 191, fig.table("scripts11")
    terms, words = _kept(fig, s.ALL)
    assert terms >= 175, fig.table("scripts11")
    assert words >= 141, fig.table("scripts11")


def test_planted_identifiers_stay_redacted(fig: s.Figures) -> None:
    assert sum(fig.planted.values()) == 77
    assert sum(fig.leaked[s.SLOT].values()) == 0, fig.leaks
    assert sum(fig.leaked[s.ALL].values()) == 0, fig.leaks
