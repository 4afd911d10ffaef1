"""The MedDRA reader (caselog.clinical.coding) on a tiny synthetic distribution."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselog.clinical.coding import MEDDRA_ENV, CodingError, MedDRA, fold, meddra_from_env
from tests.meddra_fixture import VERSION, write_meddra


def test_a_term_naming_a_lowest_level_term_is_coded_with_its_pt_and_version(
    tmp_path: Path,
) -> None:
    meddra = MedDRA.load(write_meddra(tmp_path))
    coded = meddra.code("  dress   SYNDROME ")
    assert coded is not None
    assert (coded.llt_code, coded.pt_code, coded.version) == ("91000002", "90000001", VERSION)
    assert coded.pt_name == "Drug reaction with eosinophilia and systemic symptoms"
    assert coded.term == "  dress   SYNDROME "  # the words as recorded stay


def test_a_current_term_wins_over_a_non_current_one_of_the_same_words(tmp_path: Path) -> None:
    coded = MedDRA.load(write_meddra(tmp_path)).code("GOUT")
    assert coded is not None and coded.llt_code == "91000003"


def test_a_term_naming_no_lowest_level_term_stays_uncoded(tmp_path: Path) -> None:
    meddra = MedDRA.load(write_meddra(tmp_path))
    assert meddra.code("rash") is None  # no partial or fuzzy match: a guess is no code
    assert meddra.code("Maculopapular rash, generalised") is None


def test_the_folder_may_be_the_ascii_folder_itself(tmp_path: Path) -> None:
    write_meddra(tmp_path)
    assert MedDRA.load(tmp_path / "MedAscii").version == VERSION


def test_accents_are_ignored_when_matching() -> None:
    assert fold("Éosinophilie  AIGUË") == "eosinophilie aigue"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p / "missing", "no such folder"),
        (lambda p: write_meddra(p, release=False), "meddra_release.asc: not found"),
        (lambda p: write_meddra(p, llt=["91000001$Orphan$12345678$$$$$$$Y$$"]), "line 1"),
        (lambda p: write_meddra(p, llt=["no dollar signs"]), "llt.asc: line 1"),
        (lambda p: write_meddra(p, llt=[]), "holds no lowest level term"),
    ],
)
def test_a_distribution_that_cannot_be_read_names_the_file_and_line(
    tmp_path: Path, setup: object, message: str
) -> None:
    folder = setup(tmp_path)  # type: ignore[operator]
    with pytest.raises(CodingError, match=message):
        MedDRA.load(folder)


def test_the_environment_names_the_distribution(tmp_path: Path) -> None:
    assert meddra_from_env({}) is None
    assert meddra_from_env({MEDDRA_ENV: "  "}) is None
    loaded = meddra_from_env({MEDDRA_ENV: str(write_meddra(tmp_path))})
    assert loaded is not None and loaded.version == VERSION
