"""The submission package (``caselog.report.package``): the CARE checklist names where the
manuscript covers each item, the title page and cover letter leave every unrecorded
statement visibly blank, word counts meet the journal's limits, the references as RIS, and
every Word file of the example's package opens in LibreOffice."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from caselog.clinical.care import checklist
from caselog.references.readers import read_reference_files
from caselog.references.ris_out import to_ris
from caselog.report import build_report
from caselog.report.model import Report, Section
from caselog.report.package import care_sheet, letters, words
from caselog.report.package.bundle import Package, build_package, zip_bytes
from caselog.report.package.pdf import laid_out
from caselog.report.references import as_printed
from caselog.report.render.docx_render import DocumentDocx
from caselog.report.statements import gap
from tests.docx_helpers import docx_blocks, quick_figures
from tests.examples import load_example


@pytest.fixture(autouse=True)
def _quick_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    quick_figures(monkeypatch)


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "references"


def _package(template: str = "cureus", **report: str) -> Package:
    case = load_example()
    if report:
        assert case.report is not None
        for name, value in report.items():
            setattr(case.report, name, value)
    return build_package(build_report(case, template), [case], invariant=True)


_EXAMPLE: list[Package] = []


def _example() -> Package:
    """The example's Cureus package, built once for the tests that only read it."""
    if not _EXAMPLE:
        _EXAMPLE.append(_package())
    return _EXAMPLE[0]


def _file(package: Package, name: str) -> bytes:
    return dict(package.files)[name]


def _text(data: bytes) -> str:
    return "\n".join(text for _, text in docx_blocks(data))


def test_the_example_care_checklist_names_each_covered_items_section() -> None:
    package = _example()
    where = {c.number: c.where for c in package.care}
    assert where[1] == "Title, page 1"
    assert where[2].startswith("Keywords (front matter), page 1")
    assert where[3] == "Abstract, page 1"
    assert where[4].startswith("Introduction, page ")
    for item in (5, 6, 8, 9, 10):
        assert where[item].startswith("Case Presentation, page ")
    assert where[7].startswith("Case Presentation (Table 1), page ")
    assert where[11].startswith("Discussion, page ")
    assert where[12].startswith("Not covered: not in the case record")  # no perspective
    assert where[13].startswith("Disclosures (Human subjects), page ")
    checklist = _text(_file(package, "care-checklist.docx"))
    for c in package.care:
        assert c.where in checklist


def _care(template: str, **report: str) -> dict[int, str]:
    """Where the manuscript covers each item, without building the rest of the package."""
    case = load_example()
    assert case.report is not None
    for name, value in report.items():
        setattr(case.report, name, value)
    built = build_report(case, template)
    rows = care_sheet.coverage(checklist(case), built, laid_out(built, invariant=True))
    return {c.number: c.where for c in rows}


def test_care_checklist_follows_what_the_manuscript_prints() -> None:
    where = _care("cureus", introduction="", patient_perspective="It hurt; now it does not.")
    assert where[4].startswith("Not covered")  # the introduction is not written
    assert where[12].startswith("Patient perspective, page ")
    cmaj = _care("cmaj")
    assert cmaj[3] == "Not covered: this journal's shape has no abstract"
    assert cmaj[5].startswith("Text, page 1")


def test_care_pages_are_the_manuscript_pdfs() -> None:
    from tests.report_helpers import page_texts

    package = _example()
    pages = page_texts(_file(package, "manuscript.pdf"))
    for c in package.care:
        if c.section in ("Introduction", "Discussion"):
            assert c.page is not None and c.section in pages[c.page - 1]


def _letters(template: str, **report: str) -> list[str]:
    """The title page's and the cover letter's text, as their Word files print it."""
    case = load_example()
    assert case.report is not None
    for name, value in report.items():
        setattr(case.report, name, value)
    built = build_report(case, template)
    texts = []
    for page in (letters.title_page(built), letters.cover_letter(built, figures=1)):
        out = io.BytesIO()
        DocumentDocx(page, foot=page.label).render(out)
        texts.append(_text(out.getvalue()))
    return texts


def test_unrecorded_statements_are_blank_never_a_default() -> None:
    # Cureus prints its own gap for funding; CMAJ prints no funding line when none is recorded
    example = [_text(_file(_example(), n)) for n in ("title-page.docx", "cover-letter.docx")]
    for text in [*example, *_letters("cmaj")]:
        assert gap("funding") in text
        assert gap("competing interests") in text
        assert "none declared" not in text.casefold()
        assert "no conflict" not in text.casefold()
    recorded = {"funding": "Supported by grant X-1.", "competing_interests": "AE is paid by Y."}
    for text in _letters("cmaj", **recorded):
        assert "Supported by grant X-1." in text and "AE is paid by Y." in text
        assert gap("funding") not in text


def test_title_page_blanks_a_missing_corresponding_author() -> None:
    case = load_example()
    for a in case.authors:
        a.corresponding = False
    report = build_report(case, "cureus")
    page = letters.title_page(report)
    assert page.correspondence == gap("the corresponding author and their e-mail address")
    letter = letters.cover_letter(report, figures=2)
    assert gap("the corresponding author and their e-mail address") in letter.sections[0].blocks


def test_word_counts_warn_over_the_journals_limit() -> None:
    report = Report("cureus", "Case Report", "T", [], [], None, [], "word " * 251, [], [])
    report.sections = [Section("Introduction", ["one two three"])]
    counts = {c.part: c for c in words.counts(report)}
    assert counts["Abstract"].words == 251 and counts["Abstract"].over
    assert counts["Introduction"].words == 3
    (warning,) = words.warnings(report)
    assert "Abstract: 251 words, over" in warning and "250" in warning and "Cureus" in warning
    report.abstract = "word " * 250
    assert words.warnings(report) == []


def test_the_ris_file_carries_an_items_fields_and_a_typed_reference_whole() -> None:
    """The package's RIS (``as_printed`` then ``to_ris``): a reference printed from a
    CSL-JSON item is that item's full record; a typed one, or one a redaction changed, is
    the text as printed."""
    case = load_example()
    assert case.report is not None
    [item] = [i for i in read_reference_files([FIXTURES / "example.bib"]) if i.key == "cosman2016"]
    typed = "Doe J. A typed reference. J Test. 2020;1:2."
    case.report.references = [item, typed]
    case.report.discussion = (case.report.discussion or "") + " As shown [@cosman2016]."
    report = build_report(case, "cureus")
    printed = [r for r in report.references if "Doe J." in r or "Cosman" in r]
    assert len(printed) == 2
    records = to_ris(as_printed([item, typed], "cureus", report.references)).split("ER  - ")
    [cosman] = [r for r in records if "Cosman" in r]
    assert "TY  - JOUR" in cosman and "AU  - Cosman, Felicia" in cosman
    assert "DO  - 10.1056/NEJMoa1607948" in cosman and "VL  - 375" in cosman
    [doe] = [r for r in records if "Doe J." in r]
    assert "TY  - GEN" in doe and "TI  - Doe J. A typed reference." in doe
    changed = [r.replace("Cosman", "[name]") for r in report.references]
    [kept] = [
        r for r in to_ris(as_printed([item], "cureus", changed)).split("ER  - ") if "[name]" in r
    ]
    assert "TY  - GEN" in kept and "AU  -" not in kept  # not the item's fields


def test_package_holds_every_part_and_each_figure() -> None:
    package = _example()
    names = package.names()
    report = build_report(load_example(), "cureus")
    expected = ["manuscript.docx", "manuscript.pdf", "title-page.docx", "cover-letter.docx"]
    assert names[:4] == expected
    assert {"care-checklist.pdf", "care-checklist.docx", "references.ris"} <= set(names)
    assert [n for n in names if n.startswith("figure-")] == [
        f"figure-{f.number}.png" for f in report.figures()
    ]
    with zipfile.ZipFile(io.BytesIO(zip_bytes(package))) as z:
        assert z.namelist() == names
        assert z.read("figure-1.png").startswith(b"\x89PNG")


def test_package_is_de_identified() -> None:
    case = load_example()
    private = [case.patient.private.name, case.patient.private.mrn]
    assert any(private)
    package = _example()
    for name, data in package.files:
        if name.endswith(".docx"):
            text = _text(data)
        elif name.endswith(".ris"):
            text = data.decode()
        else:
            continue
        for value in filter(None, private):
            assert value not in text, name


def _soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None and os.environ.get("CI"):
        pytest.fail("soffice (LibreOffice) is missing: .ci/run installs libreoffice-writer-nogui")
    return found


def test_the_example_package_opens_in_libreoffice(tmp_path: Path) -> None:
    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    package = _example()
    docs = []
    for name, data in package.files:
        if name.endswith(".docx"):
            (tmp_path / name).write_bytes(data)
            docs.append(tmp_path / name)
    profile = tmp_path / "profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            *map(str, docs),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    from tests.report_helpers import page_texts

    for doc in docs:
        pdf = tmp_path / "out" / (doc.stem + ".pdf")
        assert pdf.is_file(), f"LibreOffice did not open {doc.name}"
        text = " ".join(" ".join(page_texts(pdf.read_bytes())).split())
        assert "Epidural Calcification" in text, doc.name  # the title, in every document


def test_a_series_package_judges_care_over_every_patient() -> None:
    from caselog.report import build_series_report
    from tests.series_helpers import four_patients

    cases, series = four_patients()
    report = build_series_report(cases, series)
    items = {i.key: i for i in care_sheet.series_items(cases, report)}
    assert items["introduction"].status == "reported"  # the series' own introduction
    assert items["introduction"].note == "the series' own text"
    consent = items["consent"]  # one patient's consent is recorded as not obtained
    assert consent.status == "missing" and "patient 4" in consent.note
    rows = {
        c.number: c for c in care_sheet.coverage(list(items.values()), report, laid_out(report))
    }
    assert rows[5].section == "Results"
    assert rows[13].section is None
    series.introduction = ""
    bare = build_series_report(cases, series)
    assert {i.key: i for i in care_sheet.series_items(cases, bare)}["introduction"].status == (
        "missing"
    )
