"""Issue 14's targets on the twelfth held-out corpus (``tests/privacy/heldout12``): at most
1% of planted identifiers survive any output, at least 99% of clinical terms survive.

The corpus was written and committed (7765c54) before it was run against anything. The full
measurement is ``python -m tests.privacy.heldout12.measure``; these tests are the quick
subset: the case files of every record (written by ``write_case_file``) and the Cureus PDF
of one patient and of the clinical prose. While main misses a target its test is marked
``xfail(strict=True)`` with the figures measured on main.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.privacy.heldout4.measure import (
    Figures,
    Outputs,
    found_elsewhere,
    plain,
    produce_direct,
    terms,
)
from tests.privacy.heldout4.test_heldout4 import SAFE_HARBOR
from tests.privacy.heldout5.measure import readable
from tests.privacy.heldout12.corpus import CATEGORIES, DESCRIBED, HELDOUT12, TERM_NOTES, Patient
from tests.privacy.heldout12.images import METADATA_KEY, measure_images_direct, planted_images
from tests.privacy.heldout12.measure import PROSE, figures, language_of, records

PDF_SUBSET = {"cureus": [6, PROSE]}  # Papua New Guinea, and the clinical prose

BASE = "main 3cfd107"
MAIN_CASE_FILE_LEAKS = (
    f"{BASE}: 10/201 planted identifiers (5.0%) survive the case files (write_case_file and "
    "caselog export --anonymise alike): ages over 89 in words, unique features, a name in "
    "Belarusian Latin script, a licence number"
)
MAIN_CASE_FILE_TERMS = (
    f"{BASE}: 332/346 clinical terms (96.0%) kept in the case files; Lao, Luxembourgish, "
    "Belarusian and Tajik disease names and eponyms lost"
)
MAIN_PDF_TERMS = (
    f"{BASE}: the clinical prose's Cureus PDF keeps 167/188 terms (88.8%), the rest in "
    "sentences left out for a placeholder"
)


def test_the_corpus_covers_every_safe_harbor_kind() -> None:
    planted = [k for p in HELDOUT12 for k, _ in p.planted]
    all_terms = [t for p in records() for n in p.notes for t in terms(n.text)]
    assert len(planted) >= 200 and len(all_terms) >= 340
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    assert {n.lang for n in TERM_NOTES} >= {n.lang for p in HELDOUT12 for n in p.notes}


@pytest.mark.parametrize("p", HELDOUT12, ids=lambda p: p.mrn or "")
def test_each_identifier_is_planted_and_found_nowhere_else(p: Patient) -> None:
    text = " ".join(plain(n.text) for n in p.notes)
    assert [t for _, t in p.planted if t not in text] == []
    assert found_elsewhere(p, DESCRIBED) == []
    assert all(language_of(p, t) for _, t in p.planted)
    assert len({t for _, t in p.planted}) == len(p.planted)


def test_the_notes_themselves_leak_every_identifier_and_keep_every_term() -> None:
    recs = records()
    notes = [[plain(n.text) for n in r.notes] for r in recs]
    out = Outputs(case_files=[" ".join(n) for n in notes], events=notes)
    fig = figures(recs, out)
    assert fig.count("case file", "leaked") == fig.count("case file") >= 200
    assert fig.keep_rate() == 1.0


@pytest.fixture(scope="module")
def case_files(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    recs = records()
    return figures(recs, produce_direct(recs, tmp_path_factory.mktemp("case-files")))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    recs = records()
    work = tmp_path_factory.mktemp("pdfs")
    return figures(recs, produce_direct(recs, work, PDF_SUBSET, case_files=False))


@pytest.mark.xfail(strict=True, reason=MAIN_CASE_FILE_LEAKS)
def test_at_most_one_percent_of_identifiers_survive_the_case_files(case_files: Figures) -> None:
    assert case_files.leak_rate("case file") <= 0.01, case_files.summary()


@pytest.mark.xfail(strict=True, reason=MAIN_CASE_FILE_TERMS)
def test_at_least_99_percent_of_terms_survive_the_case_files(case_files: Figures) -> None:
    assert case_files.keep_rate("case file") >= 0.99, case_files.summary()


# main 3cfd107: the Papua New Guinea patient's Cureus PDF printed 1/27 (a scar described in
# Tok Pisin); 0/27 since any Tok Pisin "mak bilong" with the place it is seen (opened then)
def test_at_most_one_percent_of_identifiers_survive_the_journal_pdf(pdfs: Figures) -> None:
    assert pdfs.leak_rate("cureus") <= 0.01, pdfs.summary()


@pytest.mark.xfail(strict=True, reason=MAIN_PDF_TERMS)
def test_at_least_99_percent_of_terms_survive_the_journal_pdf(pdfs: Figures) -> None:
    assert pdfs.keep_rate("cureus") >= 0.99, pdfs.summary()


def test_only_the_metadata_image_names_its_patient_in_its_bytes() -> None:
    for im in planted_images():
        found = readable(im, [im.data])
        assert (found != []) is (im.key == METADATA_KEY), (im.key, found)


def test_no_image_carries_its_name_out_in_its_bytes(tmp_path: Path) -> None:
    """main 3cfd107: every image refused (left out) in the case file and the Cureus PDF."""
    images = measure_images_direct(tmp_path)
    assert images.survived() == 0, images.table(verbose=True)
