"""Issue 14's targets on the fourteenth held-out corpus (``tests/privacy/heldout14``): at
most 1% of planted identifiers survive any output, at least 99% of clinical terms survive.

The corpus was written and committed (9652bb0, its images 55ef65a) before it was run
against anything. The full measurement is ``python -m tests.privacy.heldout14.measure``;
these tests are the quick subset: the case files of every record (written by
``write_case_file``), the Cureus PDF of one patient (Campinas and Bologna) and of the
clinical prose, and part A (the settings most users write in) apart. While main misses a
target its test is marked ``xfail(strict=True)`` with the figures measured on main.
"""

from __future__ import annotations

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
from tests.privacy.heldout14.corpus import (
    CATEGORIES,
    DESCRIBED,
    HELDOUT14,
    PART_A,
    PART_B,
    TERM_NOTES,
    Patient,
)
from tests.privacy.heldout14.images import METADATA_KEY, measure_images_direct, planted_images
from tests.privacy.heldout14.measure import PROSE, figures, language_of, part, records

PDF_SUBSET = {"cureus": [6, PROSE]}  # Campinas and Bologna, and the clinical prose

BASE = "main d5c9be9"
MAIN_CASE_FILE_LEAKS = (
    f"{BASE}: 21/449 planted identifiers (4.7%) survive the case files (export): names that "
    "are ordinary English words or lower-case, a nickname, towns, cities, a postcode and "
    "a health authority, facilities named after a town, a birthmark described in Italian, "
    "a tattoo described in Malagasy, a licence number, a month/day date, an inflected "
    "Icelandic holiday"
)
MAIN_CASE_FILE_TERMS = (
    f"{BASE}: 1070/1129 clinical terms (94.8%) kept in the case files (export); most of the "
    "Georgian-script terms, Icelandic compounds, dialysis brands, transplant rejection terms"
)
MAIN_PART_A_LEAKS = f"{BASE}: part A's case files leak 16/335 (4.8%)"
MAIN_PART_A_TERMS = f"{BASE}: part A's case files keep 524/537 terms (97.6%)"
MAIN_PDF_LEAKS = (
    f"{BASE}: the Campinas/Bologna patient's Cureus PDF prints a birthmark described in "
    "Italian (1/47)"
)
MAIN_PDF_TERMS = (
    f"{BASE}: the clinical prose's Cureus PDF keeps 378/420 terms (90.0%), the rest in "
    "sentences left out for a placeholder"
)


def test_the_corpus_covers_every_safe_harbor_kind() -> None:
    planted = [k for p in HELDOUT14 for k, _ in p.planted]
    all_terms = [t for p in records() for n in p.notes for t in terms(n.text)]
    assert len(planted) >= 300 and len(all_terms) >= 500
    assert {k.split("/")[0] for k in planted} == SAFE_HARBOR
    assert {c for c, _ in all_terms} == set(CATEGORIES)
    assert {n.lang for n in TERM_NOTES} >= {n.lang for p in HELDOUT14 for n in p.notes}
    assert sorted(PART_A + PART_B) == list(range(len(HELDOUT14)))


@pytest.mark.parametrize("p", HELDOUT14, ids=lambda p: p.mrn or "")
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
    assert fig.count("case file", "leaked") == fig.count("case file") >= 300
    assert fig.keep_rate() == 1.0


@pytest.fixture(scope="module")
def direct(tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    return produce_direct(records(), tmp_path_factory.mktemp("case-files"))


@pytest.fixture(scope="module")
def case_files(direct: Outputs) -> Figures:
    return figures(records(), direct)


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


@pytest.mark.xfail(strict=True, reason=MAIN_PART_A_LEAKS)
def test_at_most_one_percent_of_part_a_identifiers_survive_the_case_files(
    direct: Outputs,
) -> None:
    fig = part(records(), direct, PART_A, "part A")
    assert fig.leak_rate("case file") <= 0.01, fig.summary()


@pytest.mark.xfail(strict=True, reason=MAIN_PART_A_TERMS)
def test_at_least_99_percent_of_part_a_terms_survive_the_case_files(direct: Outputs) -> None:
    fig = part(records(), direct, PART_A, "part A")
    assert fig.keep_rate("case file") >= 0.99, fig.summary()


@pytest.mark.xfail(strict=True, reason=MAIN_PDF_LEAKS)
def test_at_most_one_percent_of_identifiers_survive_the_journal_pdf(pdfs: Figures) -> None:
    assert pdfs.leak_rate("cureus") <= 0.01, pdfs.summary()


@pytest.mark.xfail(strict=True, reason=MAIN_PDF_TERMS)
def test_at_least_99_percent_of_terms_survive_the_journal_pdf(pdfs: Figures) -> None:
    assert pdfs.keep_rate("cureus") >= 0.99, pdfs.summary()


def test_only_the_metadata_image_names_its_patient_in_its_bytes() -> None:
    for im in planted_images():
        found = readable(im, [im.data])
        assert (found != []) is (im.key == METADATA_KEY), (im.key, found)


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> str:
    fig = measure_images_direct(tmp_path_factory.mktemp("images"))
    assert fig.survived() == 0, fig.table(verbose=True)  # no name in any output's bytes
    return fig.table(verbose=True)


def test_no_image_carries_its_name_out_in_its_bytes(images: str) -> None:
    """main d5c9be9: no name read in the bytes of the case file or the Cureus PDF."""
    assert images


def test_every_burned_name_is_refused_or_darkened(images: str) -> None:
    """main d5c9be9: all three refused (left out of the case file and the Cureus PDF)."""
    assert "pixels of the burned-in name kept" not in images, images
