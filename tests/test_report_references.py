"""References in the report object and in ``check``: items printed in each template's style,
numbered by first citation, and the warnings (cited but absent, never cited, details needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from caselog.core.model import CslItem, Reference, ReportText
from caselog.references.readers import read_reference_files
from caselog.report import build_report
from caselog.report.references import bare, reference_findings
from tests.examples import load_example

FIXTURES = Path(__file__).parent / "fixtures" / "references"
COSMAN_VANCOUVER = (
    "Cosman F, Crittenden DB, Adachi JD, Binkley N, Czerwinski E, Ferrari S, et al. "
    "Romosozumab Treatment in Postmenopausal Women with Osteoporosis. N Engl J Med. "
    "2016 Oct 20;375(16):1532–43."
)
COSMAN_CUREUS = (
    "Cosman F, Crittenden DB, Adachi JD, Binkley N, Czerwinski E, Ferrari S, Hofbauer LC: "
    "Romosozumab Treatment in Postmenopausal Women with Osteoporosis. N Engl J Med. 2016, "
    "375:1532–43. 10.1056/NEJMoa1607948"
)


def _example(refs: list[Reference], introduction: str, discussion: str = "") -> Any:
    case = load_example()
    assert case.report is not None
    case.report.references = refs
    case.report.introduction = introduction
    case.report.discussion = discussion or None
    return case


def _items() -> list[CslItem]:
    return read_reference_files([FIXTURES / "example.bib"])  # cosman2016, kdigo2017, vanderberg


def test_each_template_prints_an_item_in_its_journals_style() -> None:
    cosman = _items()[0]
    case = _example([cosman], "Romosozumab builds bone [@cosman2016].")
    assert build_report(case, "cureus").references == [COSMAN_CUREUS]
    assert build_report(case, "cmaj").references == [COSMAN_VANCOUVER]  # CMAJ: Vancouver


def test_items_and_typed_references_are_numbered_by_first_citation() -> None:
    cosman, kdigo, synthetic = _items()
    typed = "[@nigwekar] Nigwekar SU, et al. Calciphylaxis. N Engl J Med. 2018;378:1704-14."
    case = _example(
        [cosman, typed, kdigo, synthetic],
        "Guidelines first [@kdigo2017], then the trial [@cosman2016; @nigwekar].",
        "Again [@KDIGO2017] and a key that is no reference [@smith1999].",
    )
    r = build_report(case, "cureus")
    assert r.references[:3] == [
        build_report(_example([kdigo], "[@1]"), "cureus").references[0],
        COSMAN_CUREUS,
        "Nigwekar SU, et al. Calciphylaxis. N Engl J Med. 2018;378:1704-14.",
    ]
    assert r.references[3].startswith("van der Berg J, Müller-Lüdenscheidt A-S, de la Cruz J:")
    text = " ".join(b for s in r.sections for b in s.blocks if isinstance(b, str))
    assert "Guidelines first [1], then the trial [2,3]." in text
    assert "Again [1] and a key that is no reference [?]." in text
    assert any("[@smith1999]" in w and "no reference" in w for w in r.warnings)
    assert any("van der Berg J" in w and "never cited" in w for w in r.warnings)
    assert not any("[@" in ref for ref in r.references)  # the labels never print


def test_a_doi_or_pmid_alone_prints_as_itself_and_needs_details() -> None:
    bare_item = CslItem({"id": "later", "type": "article-journal", "PMID": "27641143"})
    case = _example(
        ["10.1056/NEJMoa1607948", "https://doi.org/10.1016/j.kisu.2017.04.001", bare_item],
        "First [@1], second [@2], third [@later].",
    )
    r = build_report(case, "cureus")
    assert r.references == [
        "doi:10.1056/NEJMoa1607948",
        "doi:10.1016/j.kisu.2017.04.001",
        "PMID: 27641143",
    ]
    details = [w for w in r.warnings if "details needed" in w]
    assert len(details) == 3 and "reference 3 is a PMID alone (PMID: 27641143)" in details[2]
    assert case.report.references[0] == "10.1056/NEJMoa1607948"  # kept as typed


@pytest.mark.parametrize(
    ("absent", "cureus_ends", "cmaj_ends"),
    [
        ("page", "J Bone Miner Res. 2023, 16.", "J Bone Miner Res. 2023;16(3)."),
        ("volume", "J Bone Miner Res. 2023, e1234.", "J Bone Miner Res. 2023:e1234."),
    ],
)
def test_an_article_without_volume_or_pages_prints_no_dangling_separator(
    absent: str, cureus_ends: str, cmaj_ends: str
) -> None:
    data = {
        "id": "t",
        "type": "article-journal",
        "title": "Epidural calcification after romosozumab",
        "author": [{"family": "Tanaka", "given": "K"}],
        "container-title": "J Bone Miner Res",
        "issued": {"date-parts": [[2023]]},
        "volume": "16",
        "issue": "3",
        "page": "e1234",
    }
    del data[absent]
    if absent == "volume":
        del data["issue"]
    item = CslItem(data)
    case = _example([item], "Seen before [@t].")
    assert build_report(case, "cureus").references[0].endswith(cureus_ends)
    r = build_report(case, "cmaj")
    assert r.references[0].endswith(cmaj_ends)
    named = "pages" if absent == "page" else "volume"
    assert any(f"has no {named}" in w and "no DOI" in w for w in r.warnings), r.warnings
    data["DOI"] = "10.1002/jbmr.0000"  # ahead of print: the DOI is enough
    ahead = build_report(_example([CslItem(data)], "[@t]"), "cmaj")
    assert not any("no DOI" in w for w in ahead.warnings)


def test_check_warns_of_the_references_as_the_report_does() -> None:
    cosman, kdigo, _ = _items()
    case = _example(
        [cosman, kdigo, "PMID: 30675420"],
        "The trial [@cosman2016] and a missing one [@nobody2020].",
        "The identifier alone [@3].",
    )
    found = [(f.level, f.rule, f.message) for f in reference_findings(case)]
    assert found == [
        (
            "warning",
            "references.details",
            "reference 3 is a PMID alone (PMID: 30675420): details needed (authors, title, "
            "journal, year); caselog looks nothing up",
        ),
        (
            "warning",
            "references.missing",
            "the text cites [@nobody2020], which no reference has as its key",
        ),
        (
            "warning",
            "references.uncited",
            "reference 2 ('Kidney Disease: Improving Global Outcomes (KDIGO) CKD-MBD Up') is "
            "never cited in the text",
        ),
    ]


def test_check_says_nothing_of_references_all_cited() -> None:
    cosman, kdigo, _ = _items()
    case = _example([cosman, kdigo], "Both [@cosman2016; @kdigo2017].")
    assert reference_findings(case) == []
    unmarked = _example([cosman], "No marker here.")
    assert [f.rule for f in reference_findings(unmarked)] == ["references.unmarked"]
    case.report = ReportText()
    assert reference_findings(case) == []


def test_the_patients_name_in_an_item_is_redacted_in_the_report() -> None:
    item = CslItem(
        {
            "id": "own",
            "type": "article-journal",
            "title": "A letter about Hanako Testcase",
            "author": [{"family": "Doe", "given": "Jane"}],
            "container-title": "J Synth",
            "issued": {"date-parts": [[2020]]},
        }
    )
    case = _example([item], "See [@own].")
    r = build_report(case, "cmaj")
    assert "Testcase" not in " ".join(r.references) and "Hanako" not in " ".join(r.references)
    assert r.references[0].startswith("Doe J.")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("10.1056/NEJMoa1607948", "doi:10.1056/NEJMoa1607948"),
        ("doi: 10.1056/NEJMoa1607948.", "doi:10.1056/NEJMoa1607948"),
        ("https://dx.doi.org/10.1056/NEJMoa1607948", "doi:10.1056/NEJMoa1607948"),
        ("[@trial] DOI:10.1056/NEJMoa1607948", "doi:10.1056/NEJMoa1607948"),
        ("PMID: 27641143", "PMID: 27641143"),
        ("pmid 27641143", "PMID: 27641143"),
        ("27641143", "PMID: 27641143"),
        ("2016", None),  # a year, not a PubMed id
        ("Cosman F. Romosozumab. 2016. doi:10.1056/NEJMoa1607948", None),  # has its details
    ],
)
def test_what_counts_as_an_identifier_alone(typed: str, shown: str | None) -> None:
    found = bare(typed)
    assert (found.text if found else None) == shown
