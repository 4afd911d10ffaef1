"""Every save and open dialog starts in the user's documents folder, or in the folder last
used for that kind of file (kept in QSettings across runs), never in the program's folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from caselog.ui.dialogs import (
    CASE_FILE_FILTER,
    IMAGE_FILTER,
    PDF_FILTER,
    DialogService,
)


class FakeFileDialog:
    """Stands in for QFileDialog's static functions: records where each dialog started and
    answers with the next path."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.answers: list[str] = []

    def save(self, _parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        self.started.append(start)
        return self.answers.pop(0), ""

    def open(self, _parent: Any, _title: str, start: str, _filter: str) -> tuple[list[str], str]:
        self.started.append(start)
        return [self.answers.pop(0)], ""


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeFileDialog:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))  # the user's documents folder, inside the test
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    f = FakeFileDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", f.save)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", f.open)
    return f


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def test_dialogs_start_in_documents_then_in_the_last_folder_used(
    qtbot: Any, fake: FakeFileDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert documents().is_dir() and documents().is_relative_to(tmp_path)
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)  # where the program was started from
    ini = str(tmp_path / "settings.ini")
    service = DialogService(None, QSettings(ini, QSettings.Format.IniFormat))
    reports = tmp_path / "reports"
    reports.mkdir()

    fake.answers = [str(reports / "case.pdf")]
    assert service.save_file("Export PDF", "case-12.pdf", PDF_FILTER) == reports / "case.pdf"
    first = Path(fake.started[-1])
    assert first == documents() / "case-12.pdf"
    assert program not in first.parents and Path(os.getcwd()) not in first.parents

    fake.answers = [str(reports / "second.pdf")]
    service.save_file("Export PDF", "case-13.pdf", PDF_FILTER)
    assert Path(fake.started[-1]) == reports / "case-13.pdf"  # the last folder, remembered

    # remembered across runs (a new service over the same settings)
    again = DialogService(None, QSettings(ini, QSettings.Format.IniFormat))
    fake.answers = [str(reports / "third.pdf")]
    again.save_file("Export PDF", "case-14.pdf", PDF_FILTER)
    assert Path(fake.started[-1]) == reports / "case-14.pdf"

    # another kind of file keeps its own folder: images still start in documents
    scans = tmp_path / "scans"
    scans.mkdir()
    fake.answers = [str(scans / "ct.png")]
    assert again.open_files("Add images", IMAGE_FILTER) == [scans / "ct.png"]
    assert Path(fake.started[-1]) == documents()
    fake.answers = [str(scans / "ct2.png")]
    again.open_files("Add images", IMAGE_FILTER)
    assert Path(fake.started[-1]) == scans


def test_a_folder_that_is_gone_falls_back_to_documents(
    qtbot: Any, fake: FakeFileDialog, tmp_path: Path
) -> None:
    assert documents().is_dir() and documents().is_relative_to(tmp_path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    service = DialogService(None, settings)
    gone = tmp_path / "gone"
    gone.mkdir()
    fake.answers = [str(gone / "a.json")]
    service.save_file("Export case file", "a.json", CASE_FILE_FILTER)
    gone.joinpath("a.json").unlink(missing_ok=True)
    gone.rmdir()
    fake.answers = [str(tmp_path / "b.json")]
    service.save_file("Export case file", "b.json", CASE_FILE_FILTER)
    assert Path(fake.started[-1]) == documents() / "b.json"
    # a cancelled dialog remembers nothing
    fake.answers = [""]
    assert service.save_file("Export case file", "c.json", CASE_FILE_FILTER) is None
    fake.answers = [str(tmp_path / "d.json")]
    service.save_file("Export case file", "d.json", CASE_FILE_FILTER)
    assert Path(fake.started[-1]) == tmp_path / "d.json"
