"""caselog.paths: one way to find resources/ and db/, in a checkout and in a wheel."""

from __future__ import annotations

from pathlib import Path

import pytest

from caselog import paths

REPO = Path(__file__).resolve().parents[1]


def test_a_checkout_finds_the_folders_beside_the_package() -> None:
    assert paths.resource_path("labs.json") == REPO / "resources" / "labs.json"
    assert paths.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert (paths.db_path() / "env.py").is_file()


def test_a_wheel_layout_is_found_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "caselog"
    (package / "_resources").mkdir(parents=True)
    (package / "_db").mkdir()
    monkeypatch.setattr(paths, "PACKAGE", package)
    paths.data_dir.cache_clear()
    try:
        assert paths.resource_path("rules.json") == package / "_resources" / "rules.json"
        assert paths.db_path() == package / "_db"
    finally:
        paths.data_dir.cache_clear()


def test_a_missing_folder_names_where_it_was_looked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "PACKAGE", tmp_path / "caselog")
    paths.data_dir.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="caselog's db folder is missing"):
            paths.db_path()
    finally:
        paths.data_dir.cache_clear()
