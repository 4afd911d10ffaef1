"""Issue 14's targets on the fourth held-out corpus (``tests/privacy/heldout4``): at most 1%
of planted identifiers survive any output, at least 99% of clinical terms survive.

The corpus was written and committed before it was run against anything. The full
measurement (every output through ``caselog export --anonymise`` and ``caselog report``,
series included) is ``python -m tests.privacy.heldout4.measure``; these tests measure the
case file of every record and the journal PDFs of a fixed subset, through the same writer
and renderer the command line calls, so they stay quick.

While main misses a target its test is marked ``xfail(strict=True)`` with the figures
measured on main; remove the mark when the figures meet the target.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.privacy.heldout4.corpus import CATEGORIES, DESCRIBED, HELDOUT4, TERM_NOTES, Patient
from tests.privacy.heldout4.measure import (
    Figures,
    Outputs,
    figures,
    found_elsewhere,
    leaked,
    plain,
    produce_direct,
    records,
    terms,
)

SAFE_HARBOR = {
    "name",
    "geographic",
    "date",
    "age over 89",
    "telephone",
    "fax",
    "email",
    "social security number",
    "medical record number",
    "health plan number",
    "account number",
    "licence number",
    "vehicle identifier",
    "device identifier",
    "url",
    "ip address",
    "biometric identifier",
    "full-face photograph",
    "other unique identifier",
}
# the journal PDFs of every second record, the templates in turn (case files: every record)
PDF_SUBSET = {"cureus": [0, 4, 8], "cmaj": [2, 6, 10]}

MAIN_CASE_FILES = (
    "main 65754eb: 44/319 planted identifiers (13.8%) survive the anonymised case file; "
    "938/985 clinical terms (95.2%) kept"
)
MAIN_PDFS = (
    "main 65754eb: 16/319 identifiers (5.0%) survive the Cureus PDFs and 16/319 the CMAJ "
    "PDFs of all records; on this test's subset Cureus 1/84, CMAJ 5/77 (6.5%)"
)


# -- the corpus is what it says ------------------------------------------------------------


def test_the_corpus_is_as_large_and_as_broad_as_the_brief() -> None:
    notes = [n for p in HELDOUT4 for n in p.notes]
    planted = [k for p in HELDOUT4 for k, _ in p.planted]
    all_terms = [t for n in [*notes, *TERM_NOTES] for t in terms(n.text)]
    assert len(HELDOUT4) >= 10 and len(notes) >= 150 and len(planted) >= 250
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert len(all_terms) >= 600
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    assert {n.lang for n in notes} >= {"en", "nl", "pl", "sv", "tr", "de", "fr", "es"}
    forms = " ".join(planted)
    for form in ("zero-width", "homoglyph", "fullwidth", "spaced", "plural", "possessive",
                 "no separator", "nickname", "non-English title", "employer", "holiday",
                 "sentence end", "no scheme", "username", "tattoo", "national id"):  # fmt: skip
        assert form in forms, form


@pytest.mark.parametrize("p", HELDOUT4, ids=lambda p: p.name)
def test_each_identifier_is_planted_and_found_nowhere_else(p: Patient) -> None:
    """Every planted identifier is in the notes; outside the planted spans (and the words
    describing a unique feature) none of them can be read, so a survival is a leak."""
    text = " ".join(plain(n.text) for n in p.notes)
    assert [t for _, t in p.planted if t not in text] == []
    assert found_elsewhere(p) == []


def test_every_described_phrase_is_in_the_corpus() -> None:
    text = " ".join(plain(n.text) for p in HELDOUT4 for n in p.notes)
    assert [d for d in DESCRIBED if d not in text] == []


# -- the measuring sees the obfuscations and is not fooled by their removal ----------------


@pytest.mark.parametrize(
    ("kind", "needle", "output", "leak"),
    [
        ("name/zero-width space", "Yo\u200bung's", "Yo\u200bung's granddaughter", True),
        ("name/zero-width space", "Yo\u200bung's", "Young's granddaughter", True),
        ("name/zero-width space", "Yo\u200bung's", "[name] granddaughter", False),
        ("name/homoglyph", "K\u043ewal", "surname Kowal.", True),
        ("name/homoglyph", "K\u043ewal", "surname [name].", False),
        ("name/fullwidth", "ＫＡＹＡ", "header: Kaya, Nefroloji", True),
        ("name/spaced letters", "W A L B U R G A", "stand WALBURGA in", True),
        ("name/plural", "Roses", "Les Roses habitent", True),
        ("name/plural", "Roses", "Les [name] habitent", False),
        ("telephone/sentence end", "0612-71 44 08", "telefon 0612 714408.", True),
        ("name/employer", "Bollsta Sågverk", "worked at [name or place] Sågverk", False),
        ("name/employer", "Bollsta Sågverk", "worked at Bollsta Sågverk until", True),
    ],
)
def test_a_leak_is_seen_in_any_form(kind: str, needle: str, output: str, leak: bool) -> None:
    assert leaked(kind, needle, output) is leak


def test_an_unrelated_output_leaks_nothing_and_keeps_nothing() -> None:
    recs = records()
    blank = Outputs(
        case_files=["nothing here"] * len(recs),
        events=[[""] * len(r.notes) for r in recs],
    )
    fig = figures(recs, blank)
    assert fig.count("case file", "leaked") == 0
    assert fig.keep_rate() == 0.0
    assert fig.words_rate() == 0.0


# -- the targets ---------------------------------------------------------------------------


def _table(fig: Figures, capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + fig.table())


# met since deidleaks and deidterms merged (2026-12-02); heldout4 has long been a
# development set, so this guards against regressions and no longer measures.
# MAIN_CASE_FILES was main 65754eb's figure
def test_the_anonymised_case_files_meet_the_targets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recs = records()
    fig = figures(recs, produce_direct(recs, tmp_path))
    _table(fig, capsys)
    assert fig.leak_rate("case file") <= 0.01, fig.summary()
    assert fig.keep_rate("case file") >= 0.99, fig.summary()


def test_the_journal_pdfs_meet_the_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recs = records()
    subset = [recs[i] for i in sorted({i for ids in PDF_SUBSET.values() for i in ids})]
    assert all(r.planted for r in subset)
    fig = figures(recs, produce_direct(recs, tmp_path, PDF_SUBSET, case_files=False))
    _table(fig, capsys)
    worst = max(fig.leak_rate(t) for t in PDF_SUBSET)
    assert worst <= 0.01, fig.summary()
