"""The fourth classes corpus (``classes_fourth.py``): identifiers made of safe words or
numbers, in languages and forms no earlier corpus uses, measured on both sides once for
the module."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.deid_corpus import Figures
    from tests.privacy.measure import Ordinary


@pytest.fixture(scope="module")
def measured() -> tuple[Figures, Ordinary]:
    from tests.privacy import classes_fourth

    return classes_fourth.figures()


@pytest.mark.xfail(
    strict=True,
    reason="main fa3a325: 36/147 planted identifiers (24.5%) survive; 34/147 with "
    "capitalised suspicions redacted by default (bbbf03c)",
)
def test_at_most_two_percent_of_the_class_identifiers_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    fig, _ = measured
    assert fig.leak_rate <= 0.02, "\n".join(x for x in fig.examples if x.startswith("leak"))


def test_the_clinical_terms_and_ordinary_words_beside_them_survive(
    measured: tuple[Figures, Ordinary],
) -> None:
    fig, ordinary = measured
    assert fig.keep_rate >= 0.99, "\n".join(x for x in fig.examples if x.startswith("lost"))
    assert ordinary.rate() >= 0.80, ordinary.table("lost")
