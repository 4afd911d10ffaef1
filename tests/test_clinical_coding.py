"""The MedDRA reader (caselog.clinical.coding) on a tiny synthetic distribution."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselog.clinical.coding import (
    MEDDRA_ENV,
    WHODRUG_ENV,
    CodingError,
    MedDRA,
    WHODrug,
    fold,
    meddra_from_env,
    whodrug_from_env,
)
from tests import whodrug_fixture
from tests.meddra_fixture import VERSION, write_meddra
from tests.whodrug_fixture import dd_line, write_whodrug


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


# ---------------------------------------------------------------- WHODrug (B3)


def test_a_drug_naming_a_whodrug_name_is_coded_with_its_drug_code_and_version(
    tmp_path: Path,
) -> None:
    whodrug = WHODrug.load(write_whodrug(tmp_path))
    coded = whodrug.code("  Allopurinol ")
    assert coded is not None
    assert (coded.drug_code, coded.record_number) == ("90000101001", "900001")
    assert coded.version == whodrug_fixture.VERSION
    assert coded.name == "  Allopurinol "  # the words as recorded stay


def test_a_trade_name_is_coded_to_its_own_code_with_the_record_preferred_base_name(
    tmp_path: Path,
) -> None:
    coded = WHODrug.load(write_whodrug(tmp_path)).code("zyloprim  test")
    assert coded is not None
    assert (coded.drug_code, coded.drug_name) == ("90000101A2B", "ZYLOPRIM TEST")
    assert coded.preferred_name == "ALLOPURINOL"


def test_the_preferred_base_name_wins_when_several_records_carry_the_name(
    tmp_path: Path,
) -> None:
    coded = WHODrug.load(write_whodrug(tmp_path)).code("prednisolone")
    assert coded is not None and coded.drug_code == "90000301001"


def test_a_drug_naming_no_whodrug_name_stays_uncoded(tmp_path: Path) -> None:
    whodrug = WHODrug.load(write_whodrug(tmp_path))
    assert whodrug.code("furosemid") is None  # no partial or fuzzy match
    assert whodrug.code("furosemide 40 mg") is None
    assert whodrug.code("FURÔSEMIDE") is not None  # accents are ignored


def test_the_file_names_may_be_in_any_case(tmp_path: Path) -> None:
    folder = write_whodrug(tmp_path)
    (folder / "DD.txt").rename(folder / "dd.TXT")
    (folder / "version.txt").rename(folder / "Version.txt")
    assert WHODrug.load(folder).version == whodrug_fixture.VERSION


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p / "missing", "no such folder"),
        (lambda p: write_whodrug(p, version=False), "version.txt: not found"),
        (
            lambda p: write_whodrug(p, dd=[dd_line("900001", "01", "001", "1", "A"), "short"]),
            "DD.txt: line 2",
        ),  # fmt: skip
        (
            lambda p: write_whodrug(p, dd=[dd_line("9000X1", "01", "001", "1", "A")]),
            "DD.txt: line 1",
        ),  # fmt: skip
        (
            lambda p: write_whodrug(p, dd=[dd_line("900001", "01", "001", "1", "")]),
            "DD.txt: line 1",
        ),  # fmt: skip
        (lambda p: write_whodrug(p, dd=[]), "holds no drug name"),
    ],
)
def test_a_whodrug_folder_that_cannot_be_read_names_the_file_and_line(
    tmp_path: Path, setup: object, message: str
) -> None:
    folder = setup(tmp_path)  # type: ignore[operator]
    with pytest.raises(CodingError, match=message):
        WHODrug.load(folder)


def test_an_empty_version_file_names_no_version(tmp_path: Path) -> None:
    folder = write_whodrug(tmp_path)
    (folder / "version.txt").write_text("\n  \n", encoding="utf-8")
    with pytest.raises(CodingError, match="names no WHODrug version"):
        WHODrug.load(folder)


def test_the_environment_names_the_whodrug_distribution(tmp_path: Path) -> None:
    assert whodrug_from_env({}) is None
    assert whodrug_from_env({WHODRUG_ENV: "  "}) is None
    loaded = whodrug_from_env({WHODRUG_ENV: str(write_whodrug(tmp_path))})
    assert loaded is not None and loaded.version == whodrug_fixture.VERSION
