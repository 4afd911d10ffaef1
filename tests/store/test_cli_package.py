"""``caselog report -o OUT.docx`` and ``caselog package`` (docs/cli.md, "Word manuscripts
and the submission package"): the format from the suffix, the package's zip written
atomically, and the same de-identification review as a report."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from caselog import cli
from caselog.core.model import ReportText
from caselog.interchange.outputs import leftovers
from caselog.store import services as sv
from caselog.store.engine import open_store
from tests.docx_helpers import quick_figures
from tests.store.factory import example_case

Capture = pytest.CaptureFixture[str]
NOTE = "Moved up to Gnarlwood yesterday, then to the Lounge for review."


@pytest.fixture(autouse=True)
def _quick_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_figures(monkeypatch)


def _seed(db: Path, *, suspicious: bool = False) -> None:
    store = open_store(str(db))
    try:
        case = example_case()
        if suspicious:
            case.report = ReportText(case_presentation=NOTE)
        sv.create_case(case, store=store)
    finally:
        store.close()


def _run(db: Path, *args: str) -> int:
    return cli.main(["--db", str(db), *args])


def test_report_writes_word_from_the_suffix_and_refuses_a_contradiction(
    tmp_path: Path, capsys: Capture
) -> None:
    db = tmp_path / "c.db"
    _seed(db)
    out = tmp_path / "r.docx"
    assert _run(db, "report", "1", "--template", "cureus", "-o", str(out), "--word-counts") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == str(out)
    doc = Document(io.BytesIO(out.read_bytes()))
    assert any(p.style is not None and p.style.name == "Heading 1" for p in doc.paragraphs)
    words = [ln.split("\t") for ln in lines if ln.startswith("words\t")]
    assert words and all(len(w) == 5 and w[4] in ("within", "over", "under") for w in words)
    assert words[-2][1] == "Text (all sections)"
    bad = tmp_path / "x.docx"
    assert _run(db, "report", "1", "--template", "cureus", "-o", str(bad), "--format", "pdf") == 2
    assert not bad.exists()
    assert "--format pdf but x.docx ends in .docx" in capsys.readouterr().err
    form = tmp_path / "f.docx"
    assert _run(db, "report", "1", "--template", "cioms", "-o", str(form)) == 2
    assert not form.exists()


def test_package_writes_every_part_and_says_what_it_holds(tmp_path: Path, capsys: Capture) -> None:
    db, out = tmp_path / "c.db", tmp_path / "sub.zip"
    _seed(db)
    assert _run(db, "package", "1", "--template", "cureus", "-o", str(out)) == 0
    stdout = capsys.readouterr().out.splitlines()
    files = [ln.split("\t")[1] for ln in stdout if ln.startswith("file\t")]
    with zipfile.ZipFile(out) as z:
        assert z.namelist() == files
    assert {"manuscript.docx", "manuscript.pdf", "care-checklist.pdf"} <= set(files)
    care = [ln.split("\t") for ln in stdout if ln.startswith("care\t")]
    assert [int(c[1]) for c in care] == list(range(1, 14))
    assert stdout[-1] == str(out)
    assert leftovers(tmp_path) == []


def test_package_refuses_unreviewed_identifiers_and_leaves_nothing(
    tmp_path: Path, capsys: Capture
) -> None:
    db, out = tmp_path / "c.db", tmp_path / "sub.zip"
    _seed(db, suspicious=True)
    assert _run(db, "package", "1", "--template", "cureus", "-o", str(out)) == 2
    assert "possible identifiers not reviewed" in capsys.readouterr().err
    assert list(tmp_path.glob("*.zip")) == [] and leftovers(tmp_path) == []
    assert (
        _run(db, "package", "1", "--template", "cureus", "-o", str(out), "--accept-redactions") == 0
    )
    assert out.is_file()


def test_package_is_written_atomically(tmp_path: Path) -> None:
    db, out = tmp_path / "c.db", tmp_path / "sub.zip"
    _seed(db)
    store = open_store(str(db))

    def cancel() -> None:
        raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            sv.write_package([1], "cureus", out, store=store, before_saving=cancel)
        with pytest.raises(ValueError, match="a package is a .zip file"):
            sv.write_package([1], "cureus", tmp_path / "sub.pdf", store=store)
    finally:
        store.close()
    left = [p.name for p in tmp_path.iterdir() if not p.name.startswith("c.db")]
    assert left == []  # no zip, no temporary file
