"""``caselog list --search/--drug/--outcome`` and ``caselog report`` (docs/cli.md)."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image as PILImage

from caselog import cli
from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Event, Series
from caselog.interchange.images import load_image
from caselog.interchange.outputs import leftovers
from caselog.store import services as sv
from caselog.store.engine import open_store
from tests.report_helpers import pdf_text
from tests.series_helpers import four_patients
from tests.store.factory import minimal_case

Capture = pytest.CaptureFixture[str]


def _seed(path: Path | str) -> None:
    store = open_store(str(path))
    try:
        a = minimal_case("Hémodialyse et romosozumab")
        a.events.append(
            Event(kind="medication", date=PartialDate(2024, 2), drug="Romosozumab",
                  action="start", role="suspect")
        )  # fmt: skip
        a.assessment = Assessment(reaction="calcification", outcome="recovered")
        b = minimal_case("Second")
        b.events.append(
            Event(kind="medication", date=PartialDate(2024, 2), drug="romosozumab",
                  action="start", role="treatment")
        )  # fmt: skip
        b.assessment = Assessment(reaction="fracture", outcome="not_recovered")
        for case in (a, b, minimal_case("Third 100%")):
            sv.create_case(case, store=store)
    finally:
        store.close()


def _ids(out: str) -> list[str]:
    return [line.split("\t")[0] for line in out.splitlines()]


def test_list_search_drug_and_outcome_combine(db: str, capsys: Capture) -> None:
    _seed(db)
    assert cli.main(["--db", db, "list", "--search", "HEMODIALYSE"]) == 0
    assert _ids(capsys.readouterr().out) == ["1"]
    assert cli.main(["--db", db, "list", "--drug", "ROMOSOZUMAB"]) == 0
    assert _ids(capsys.readouterr().out) == ["1", "2"]  # any role
    assert (
        cli.main(["--db", db, "list", "--drug", "romosozumab", "--outcome", "not_recovered"]) == 0
    )
    assert _ids(capsys.readouterr().out) == ["2"]
    assert cli.main(["--db", db, "list", "--search", "100%"]) == 0
    out = capsys.readouterr().out
    assert _ids(out) == ["3"] and out.split("\t")[1] == "Third 100%"
    assert cli.main(["--db", db, "list", "--search", "'; DROP TABLE case; --"]) == 0
    assert capsys.readouterr().out == ""
    assert cli.main(["--db", db, "list"]) == 0
    assert _ids(capsys.readouterr().out) == ["1", "2", "3"]


def test_list_refuses_an_unknown_outcome(tmp_path: Path, capsys: Capture) -> None:
    assert cli.main(["--db", str(tmp_path / "c.db"), "list", "--outcome", "better"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'better'" in err and "Traceback" not in err


def _seed_series(path: Path) -> list[int]:
    cases, series = four_patients()
    store = open_store(str(path))
    try:
        ids: list[int] = []
        for c in cases:
            saved = sv.create_case(c, store=store).case
            assert saved.id is not None
            ids.append(saved.id)
        sv.create_series(Series(title=series.title, case_ids=ids, introduction="Why."), store=store)
    finally:
        store.close()
    return [i for i in ids if i is not None]


def test_report_series_writes_a_deidentified_pdf(tmp_path: Path, capsys: Capture) -> None:
    db = str(tmp_path / "c.db")
    ids = _seed_series(tmp_path / "c.db")
    out = tmp_path / "series.pdf"
    args = ["--db", db, "report", *map(str, ids), "--template", "series", "-o", str(out)]
    assert cli.main(args) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out)
    assert "warning: consent for publication is not recorded for Patient 4" in captured.err
    text = pdf_text(out.read_bytes())
    assert "after denosumab discontinuation: a case series" in text  # the stored series' title
    assert "Why." in text and "Table 2" in text
    assert "Oyelaran" not in text and "MRN-5512001" not in text
    assert leftovers(tmp_path) == []


def test_report_single_case_templates(tmp_path: Path, capsys: Capture) -> None:
    db = str(tmp_path / "c.db")
    ids = _seed_series(tmp_path / "c.db")
    for template in ("cureus", "cmaj"):
        out = tmp_path / f"{template}.pdf"
        assert (
            cli.main(["--db", db, "report", str(ids[0]), "--template", template, "-o", str(out)])
            == 0
        )
        assert out.read_bytes().startswith(b"%PDF")
        assert "Oyelaran" not in pdf_text(out.read_bytes())
    capsys.readouterr()


@pytest.mark.parametrize(
    ("ids", "template", "message"),
    [
        (["1"], "series", "needs two or more case ids"),
        (["1", "2"], "cureus", "--template cureus takes one case id"),
        (["1", "1"], "series", "a case id is given twice"),
        (["1", "99"], "series", "there is no case with id 99"),
    ],
)
def test_report_bad_requests_exit_2_and_write_nothing(
    tmp_path: Path, capsys: Capture, ids: list[str], template: str, message: str
) -> None:
    db = str(tmp_path / "c.db")
    _seed_series(tmp_path / "c.db")
    out = tmp_path / "x.pdf"
    assert cli.main(["--db", db, "report", *ids, "--template", template, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == []


def test_report_into_a_missing_folder_exits_2(tmp_path: Path, capsys: Capture) -> None:
    db = str(tmp_path / "c.db")
    _seed_series(tmp_path / "c.db")
    out = tmp_path / "nowhere" / "x.pdf"
    assert cli.main(["--db", db, "report", "1", "--template", "cureus", "-o", str(out)]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_a_series_imported_from_a_case_file_reports_under_its_own_title(
    tmp_path: Path, capsys: Capture
) -> None:
    from caselog.interchange.writer import write_case_file

    cases, series = four_patients()
    for n, c in enumerate(cases):
        c.key = f"p{n + 1}"
    series.case_keys = ["p2", "p1", "p3"]
    series.title = "Three patients from a file"
    source = write_case_file(cases, [series], tmp_path / "in" / "cases.json")
    db = str(tmp_path / "c.db")
    assert cli.main(["--db", db, "import", str(source)]) == 0
    ids = _ids(capsys.readouterr().out)
    out = tmp_path / "s.pdf"
    chosen = [ids[1], ids[0], ids[2]]
    assert cli.main(["--db", db, "report", *chosen, "--template", "series", "-o", str(out)]) == 0
    capsys.readouterr()
    text = pdf_text(out.read_bytes())
    assert "Three patients from a file: a case series" in text
    assert "Patient 3" in text and "Patient 4" not in text


def test_a_series_sentence_naming_a_patient_is_left_out_and_named_on_stderr(
    tmp_path: Path, capsys: Capture
) -> None:
    """docs/cli.md: a sentence that would print a placeholder is left out and named."""
    cases, _ = four_patients()
    db = str(tmp_path / "c.db")
    store = open_store(db)
    try:
        ids = [i for c in cases if (i := sv.create_case(c, store=store).case.id) is not None]
        intro = f"Series of four. We first saw {cases[0].patient.private.name} in clinic."
        sv.create_series(Series(title="T", case_ids=ids, introduction=intro), store=store)
    finally:
        store.close()
    out = tmp_path / "series.pdf"
    args = ["--db", db, "report", *map(str, ids), "--template", "series", "-o", str(out)]
    assert cli.main(args) == 0
    err = capsys.readouterr().err
    assert "caselog: warning: introduction: a sentence that names an identifier was left out" in err
    assert "Oyelaran" not in err and '"We first saw [name] in clinic."' in err
    text = pdf_text(out.read_bytes())
    assert "Series of four." in text and "first saw" not in text


def test_an_image_that_prints_nearly_blank_is_a_warning_on_stderr(
    tmp_path: Path, capsys: Capture
) -> None:
    flat = io.BytesIO()
    PILImage.new("I;16", (64, 64), 40000).save(flat, "PNG")
    case = minimal_case()
    case.events.append(
        Event(kind="imaging", date=PartialDate(2024, 3, 1), modality="CT", findings="flat",
              images=[replace(load_image(flat.getvalue(), name="flat.png"), panel="A")])
    )  # fmt: skip
    db = str(tmp_path / "c.db")
    store = open_store(db)
    try:
        case_id = sv.create_case(case, store=store).case.id
    finally:
        store.close()
    out = tmp_path / "r.pdf"
    args = ["--db", db, "report", str(case_id), "--template", "cureus", "-o", str(out)]
    assert cli.main(args) == 0
    err = capsys.readouterr().err
    assert "caselog: warning: Figure 1, image 1, would print nearly blank" in err


def test_list_finds_a_case_by_the_patients_name_but_prints_only_its_label(
    db: str, capsys: Capture
) -> None:
    """The private identifiers are searchable on this machine; ``list`` still prints the
    patient label (docs/cli.md), never the name or record number."""
    _seed(db)
    store = open_store(db)
    try:
        case = sv.get_case(3, store=store)
        case.patient.private.name, case.patient.private.mrn = "Ines Quartz", "MRN-77"
        sv.update_case(case, store=store)
    finally:
        store.close()
    for typed in ("quartz", "MRN-77"):
        assert cli.main(["--db", db, "list", "--search", typed]) == 0
        out = capsys.readouterr().out
        assert _ids(out) == ["3"]
        assert "Quartz" not in out and "MRN-77" not in out
        assert out.split("\t")[2] == "the patient"
