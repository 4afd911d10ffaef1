"""BibTeX, RIS, PubMed/MEDLINE and CSL-JSON files read into CSL-JSON items and formatted by
the shipped CSL styles (docs/cli.md: References; docs/case-format.md: REFERENCE).

The three fixture files hold the example's reference (shared/examples/epidural-calcification:
Cosman 2016), a group author (KDIGO 2017) and a synthetic record with particles ("van der",
"de la"), accents, a hyphenated given name and no issue, pages or DOI. The expected strings
are written by hand from each style's rules:

- Vancouver: "Family Initials" (no periods, a hyphenated given name keeps its hyphen: "A-S"),
  the first six then "et al." from seven authors, the title, the short journal title
  without periods, "year month day" with the locale's short month ("Oct", "July"), then
  ";volume(issue):pages", the page range minimal ("1532–43") joined by the en-US locale's
  en dash; no DOI.
- AMA 11th: the first three then "et al." from seven authors, initials without hyphens
  ("AS"), year only, the page range in full joined by a hyphen ("1532-1543"), then
  "doi:DOI" without a final period.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from caselog.references.common import ReadError, page_range
from caselog.references.readers import read_reference_files
from caselog.references.ris_out import to_ris
from caselog.report.references import formatted

FIXTURES = Path(__file__).parent / "fixtures" / "references"
KDIGO_TITLE = (
    "KDIGO 2017 Clinical Practice Guideline Update for the Diagnosis, Evaluation, Prevention, "
    "and Treatment of Chronic Kidney Disease-Mineral and Bone Disorder (CKD-MBD)."
)
KDIGO_GROUP = "Kidney Disease: Improving Global Outcomes (KDIGO) CKD-MBD Update Work Group."
SYNTHETIC = (
    "Epidural calcification after romosozumab in a patient on haemodialysis: a synthetic record."
)
VANCOUVER = [
    "Cosman F, Crittenden DB, Adachi JD, Binkley N, Czerwinski E, Ferrari S, et al. "
    "Romosozumab Treatment in Postmenopausal Women with Osteoporosis. N Engl J Med. "
    "2016 Oct 20;375(16):1532–43.",
    f"{KDIGO_GROUP} {KDIGO_TITLE} Kidney Int Suppl (2011). 2017 July;7(1):1–59.",
    f"van der Berg J, Müller-Lüdenscheidt A-S, de la Cruz J. {SYNTHETIC} Clin Kidney J. 2023;16.",
]
AMA = [
    "Cosman F, Crittenden DB, Adachi JD, et al. Romosozumab Treatment in Postmenopausal Women "
    "with Osteoporosis. N Engl J Med. 2016;375(16):1532-1543. doi:10.1056/NEJMoa1607948",
    f"{KDIGO_GROUP} {KDIGO_TITLE} Kidney Int Suppl (2011). 2017;7(1):1-59. "
    "doi:10.1016/j.kisu.2017.04.001",
    f"van der Berg J, Müller-Lüdenscheidt AS, de la Cruz J. {SYNTHETIC} Clin Kidney J. 2023;16.",
]
KEYS = {
    "example.bib": ["cosman2016", "kdigo2017", "vanderberg2023"],  # the entries' own keys
    "example.ris": ["cosman2016", "kidney2017", "berg2023"],  # surname (a group's first word)
    "example.nbib": ["cosman2016", "kidney2017", "berg2023"],  # and year
}


@pytest.mark.parametrize("name", sorted(KEYS))
def test_each_file_of_the_examples_references_formats_as_vancouver_and_ama(name: str) -> None:
    items = read_reference_files([FIXTURES / name])
    assert [i.key for i in items] == KEYS[name]
    assert [formatted(i, "vancouver") for i in items] == VANCOUVER
    assert [formatted(i, "ama") for i in items] == AMA


@pytest.mark.parametrize("name", sorted(KEYS))
def test_the_items_hold_the_records_fields(name: str) -> None:
    cosman, kdigo, synthetic = (i.data for i in read_reference_files([FIXTURES / name]))
    assert cosman["DOI"] == "10.1056/NEJMoa1607948"
    assert cosman["page"] == "1532-1543"  # PubMed's "1532-43" and BibTeX's "--" made full
    assert cosman["issued"] == {"date-parts": [[2016, 10, 20]]}
    assert cosman["author"][1] == {"family": "Crittenden", "given": cosman["author"][1]["given"]}
    assert kdigo["author"] == [
        {"literal": "Kidney Disease: Improving Global Outcomes (KDIGO) CKD-MBD Update Work Group"}
    ]
    assert kdigo["DOI"] == "10.1016/j.kisu.2017.04.001"
    assert synthetic["author"] == [
        {"family": "Berg", "given": "Jörg", "non-dropping-particle": "van der"},
        {"family": "Müller-Lüdenscheidt", "given": "Anaïs-Sophie"},
        {"family": "Cruz", "given": "José", "non-dropping-particle": "de la"},
    ]
    assert not {"issue", "page", "DOI"} & synthetic.keys()  # absent, never made up


def test_the_pubmed_ids_come_from_the_files_that_hold_them() -> None:
    nbib = [i.data.get("PMID") for i in read_reference_files([FIXTURES / "example.nbib"])]
    assert nbib == ["27641143", "30675420", "99999001"]
    ris = [i.data.get("PMID") for i in read_reference_files([FIXTURES / "example.ris"])]
    assert ris == ["27641143", None, None]  # AN is a PMID only where DB says PubMed
    bib = [i.data.get("PMID") for i in read_reference_files([FIXTURES / "example.bib"])]
    assert bib == ["27641143", None, None]


def test_cmaj_prints_as_its_parent_vancouver_and_cureus_in_its_own_style() -> None:
    [cosman, *_] = read_reference_files([FIXTURES / "example.bib"])
    assert formatted(cosman, "cmaj") == VANCOUVER[0]
    assert formatted(cosman, "cureus") == (
        "Cosman F, Crittenden DB, Adachi JD, Binkley N, Czerwinski E, Ferrari S, Hofbauer LC: "
        "Romosozumab Treatment in Postmenopausal Women with Osteoporosis. N Engl J Med. 2016, "
        "375:1532–43. 10.1056/NEJMoa1607948"
    )  # Cureus: all of seven authors (et al. from eight), a colon, "year, volume:pages", DOI


def test_a_csl_json_file_is_read_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "refs.json"
    path.write_text(
        '[{"id": "who2020", "type": "report", "author": [{"literal": "World Health '
        'Organization"}], "title": "Global report", "publisher": "WHO", '
        '"publisher-place": "Geneva", "issued": {"raw": "2020-05"}}]',
        encoding="utf-8",
    )
    [item] = read_reference_files([path])
    assert item.key == "who2020"
    assert item.data["issued"] == {"date-parts": [[2020, 5]]}
    assert formatted(item, "vancouver") == (
        "World Health Organization. Global report. Geneva: WHO; 2020 May."
    )


def test_keys_made_from_names_are_unique_among_the_files_read(tmp_path: Path) -> None:
    items = read_reference_files([FIXTURES / "example.nbib", FIXTURES / "example.ris"])
    assert [i.key for i in items] == [
        "cosman2016",
        "kidney2017",
        "berg2023",
        "cosman2016a",
        "kidney2017a",
        "berg2023a",
    ]


def test_the_kind_of_file_is_read_from_its_first_line_when_its_suffix_says_none(
    tmp_path: Path,
) -> None:
    path = tmp_path / "pubmed-export.txt"
    path.write_bytes((FIXTURES / "example.nbib").read_bytes())
    assert [i.key for i in read_reference_files([path])] == KEYS["example.nbib"]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("1532-43", None, "1532-1543"),
        ("1532--1543", None, "1532-1543"),
        ("1532–1543", None, "1532-1543"),
        ("1532", "1543", "1532-1543"),
        ("e101", None, "e101"),
        ("S1-S59", None, "S1-S59"),
        ("99-101", None, "99-101"),
        ("1532-32", None, "1532-32"),  # not a later page: left as given
    ],
)
def test_page_ranges(first: str, last: str | None, expected: str) -> None:
    assert page_range(first, last) == expected


BAD = [
    (
        "bad.bib",
        "@article{ok2020, title = {Fine}, year = 2020}\n\n@article{broken,\n  title = {unclosed\n",
        3,
        "this entry is not BibTeX",
    ),
    ("bad.bib", "@article{a, year = {20x6}}\n", 1, "year '20x6' is not a year of four digits"),
    ("bad.bib", "@article{a, doi = {not a doi}}\n", 1, "is not a DOI"),
    ("bad.ris", "TY  - JOUR\nTI  - one\nER  - \nTI  - orphan\n", 4, "starts with 'TY  - '"),
    ("bad.ris", "TY  - JOUR\nTI  - one\n\nTY  - JOUR\nER  - \n", 1, "no 'ER  - ' line"),
    ("bad.ris", "TY  - JOUR\nTI  - one\nPY  - May 2020\nER  - \n", 1, "is not YYYY/MM/DD"),
    ("bad.nbib", "PMID- 1\nTI  - A\nthis is no field\n", 3, "not a MEDLINE field"),
    ("bad.nbib", "PMID- 1\nTI  - A\nDP  - 2016 Foo\n", 3, "'Foo' is not a month"),
    ("bad.nbib", "PMID- 12a\nTI  - A\n", 1, "is not a PubMed id"),
    ("bad.json", '[{"id": "a",\n "type": "book",\n "titel": "X"}', 3, "not JSON"),
    (
        "bad.json",
        '[{"id": "a", "type": "book", "titel": "X"}]',
        None,
        "record 1.titel: is not a CSL-JSON variable (did you mean 'title'?)",
    ),
    (
        "bad.json",
        '[{"id": "a", "type": "book", "issued": {"date-parts": [[2016, 13]]}}]',
        None,
        "record 1.issued['date-parts'][0]: [2016, 13] is not a date",
    ),
]


@pytest.mark.parametrize(("name", "text", "line", "message"), BAD)
def test_bad_input_names_the_file_and_the_line(
    tmp_path: Path, name: str, text: str, line: int | None, message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read_reference_files([path])
    assert caught.value.file == str(path)
    assert caught.value.line == line
    assert message in caught.value.message
    where = f"{path}: line {line}: " if line else f"{path}: "
    assert str(caught.value).startswith(where)


def test_an_item_with_several_faults_names_each(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "a b", "type": "journal", "author": [{"given": "X"}]}', "utf-8")
    with pytest.raises(ReadError) as caught:
        read_reference_files([path])
    assert "'journal' is not a CSL item type (did you mean 'article-journal'" in str(caught.value)
    assert "record 1.author[0]: needs 'family'" in str(caught.value)


def test_a_csl_json_id_that_cannot_be_a_key_is_replaced_by_one(tmp_path: Path) -> None:
    path = tmp_path / "zotero.json"
    path.write_text(
        '[{"id": 17, "type": "book", "author": [{"family": "Müller"}], "title": "A",'
        ' "issued": {"date-parts": [[2001]]}},'
        ' {"id": "http://zotero.org/items/X 2", "citation-key": "own2002", "type": "book"},'
        ' {"id": "with space", "type": "book", "title": "B"}]',
        encoding="utf-8",
    )
    assert [i.key for i in read_reference_files([path])] == ["muller2001", "own2002", "refnd"]


def test_a_key_given_twice_across_files_is_bad_input(tmp_path: Path) -> None:
    other = tmp_path / "other.bib"
    other.write_text("@book{Cosman2016, title = {Another}, year = 2001}\n", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read_reference_files([FIXTURES / "example.bib", other])
    assert caught.value.file == str(other) and caught.value.line == 1
    assert "the key 'Cosman2016' is given twice" in caught.value.message


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.txt", b"just some notes\n", "is not a reference file caselog reads"),
        ("latin1.bib", "@article{a, title = {M\xfcller}}".encode("latin-1"), "is not UTF-8"),
        ("missing.ris", None, "cannot be read"),
        ("empty.nbib", b"\n\n", "holds no PubMed record"),
    ],
)
def test_files_that_are_not_references(
    tmp_path: Path, name: str, data: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(ReadError, match=message):
        read_reference_files([path])


@pytest.mark.parametrize("name", sorted(KEYS))
def test_items_written_as_ris_read_back_to_the_same_references(tmp_path: Path, name: str) -> None:
    items = read_reference_files([FIXTURES / name])
    typed = "[@own] Nigwekar SU, et al. Calciphylaxis. N Engl J Med. 2018;378:1704-14."
    text = to_ris([*items, typed])
    assert text.count("ER  - \r\n") == 4 and "\nTY  - GEN\r\nID  - own\r\n" in text
    path = tmp_path / "out.ris"
    path.write_bytes(text.encode("utf-8"))
    again = read_reference_files([path])
    assert [i.key for i in again] == [*KEYS[name], "own"]
    assert [formatted(i, "vancouver") for i in again[:3]] == VANCOUVER
    assert [formatted(i, "ama") for i in again[:3]] == AMA
    assert again[3].data["title"] == typed.removeprefix("[@own] ")
    for before, after in zip(items, again, strict=False):
        shared = {"author", "title", "issued", "page", "DOI", "PMID", "volume", "issue"}
        assert {k: before.data.get(k) for k in shared} == {k: after.data.get(k) for k in shared}
