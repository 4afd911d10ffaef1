"""CSL-JSON items in the case file's ``report.references`` beside typed references
(docs/case-format.md: REFERENCE): read, checked, written back, stored and read again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from caselog.core.model import CslItem
from caselog.interchange.writer import write_case_file
from caselog.store.engine import open_store
from caselog.store.services import get_case, import_case_file
from tests.interchange_helpers import document, issues_of, minimal_case, read

COSMAN: dict[str, Any] = {
    "id": "cosman2016",
    "type": "article-journal",
    "author": [
        {"family": "Cosman", "given": "Felicia"},
        {"family": "Berg", "given": "Jörg", "non-dropping-particle": "van der"},
        {"literal": "KDIGO Work Group"},
    ],
    "title": "Romosozumab treatment in postmenopausal women with osteoporosis",
    "container-title-short": "N Engl J Med",
    "issued": {"date-parts": [[2016, 10, 20]]},
    "volume": 375,
    "page": "1532-1543",
    "DOI": "10.1056/NEJMoa1607948",
}
TYPED = "Nigwekar SU, Thadhani R, Brandenburg VM. Calciphylaxis. N Engl J Med. 2018;378:1704-14."


def _with(*refs: Any) -> dict[str, Any]:
    return document(minimal_case(report={"references": list(refs)}))


def test_typed_references_and_items_read_side_by_side(tmp_path: Path) -> None:
    [case] = read(tmp_path, _with(TYPED, COSMAN, "[@own] Own A. Labelled. 2001.")).cases
    assert case.report is not None
    typed, item, labelled = case.report.references
    assert typed == TYPED and labelled == "[@own] Own A. Labelled. 2001."
    assert isinstance(item, CslItem) and item.key == "cosman2016"
    assert item.data["volume"] == "375"  # a number is kept as its text
    assert item.data["author"][1]["non-dropping-particle"] == "van der"


def test_items_round_trip_through_the_file_and_the_store(tmp_path: Path) -> None:
    source = _with(TYPED, COSMAN, {"id": "who", "type": "report", "issued": {"raw": "2020-05"}})
    [case] = read(tmp_path, source).cases
    out = write_case_file([case], [], tmp_path / "out" / "case.json")
    written = json.loads(out.read_text(encoding="utf-8"))["cases"][0]["report"]["references"]
    assert written[0] == TYPED
    assert written[1] == {**COSMAN, "volume": "375"}
    assert written[2]["issued"] == {"date-parts": [[2020, 5]]}  # raw read as its date-parts
    [again] = read(tmp_path / "out", json.loads(out.read_text(encoding="utf-8"))).cases
    assert again.report == case.report

    store = open_store(str(tmp_path / "r.db"))
    try:
        [(case_id, _)] = import_case_file(out, store=store).created
        stored = get_case(case_id, store=store)
    finally:
        store.close()
    assert stored.report is not None and case.report is not None
    assert stored.report.references == case.report.references


BAD_ITEMS = [
    ({"type": "book", "title": "X"}, "references[0].id: is required"),
    ({"id": "x"}, "references[0].type: is required"),
    ({"id": "x y", "type": "book"}, "references[0].id: 'x y' cannot be a citation key"),
    ({"id": "12", "type": "book"}, "references[0].id: '12' cannot be a citation key"),
    ({"id": "x", "type": "bok"}, "references[0].type: 'bok' is not a CSL item type"),
    ({"id": "x", "type": "book", "titel": "X"}, "references[0].titel: is not a CSL-JSON var"),
    ({"id": "x", "type": "book", "title": ["X"]}, "references[0].title: must be text, not a list"),
    (
        {"id": "x", "type": "book", "author": [{"given": "Ann"}]},
        "references[0].author[0]: needs 'family'",
    ),
    (
        {"id": "x", "type": "book", "author": [{"family": "A", "initials": "B"}]},
        "references[0].author[0].initials: is not a part of a CSL name",
    ),
    (
        {"id": "x", "type": "book", "issued": {"date-parts": [[2016, 13]]}},
        "references[0].issued['date-parts'][0]: [2016, 13] is not a date",
    ),
    (
        {"id": "x", "type": "book", "issued": {"raw": "May 2016"}},
        "references[0].issued.raw: must be an ISO date",
    ),
    ({"id": "x", "type": "book", "issued": "2016"}, "references[0].issued: must be a date obj"),
]


@pytest.mark.parametrize(("item", "message"), BAD_ITEMS)
def test_a_wrong_item_is_an_error_with_its_path(
    tmp_path: Path, item: dict[str, Any], message: str
) -> None:
    [issue] = issues_of(tmp_path, _with(item))
    assert issue.startswith("cases[0].report." + message.split(":")[0] + ":")
    assert message.split(": ", 1)[1] in issue


def test_an_items_key_may_be_no_other_references_key(tmp_path: Path) -> None:
    issues = issues_of(
        tmp_path,
        _with("[@cosman2016] Cosman F. Typed. 2016.", {**COSMAN, "id": "Cosman2016"}),
    )
    assert issues == [
        "cases[0].report.references[1]: the key 'Cosman2016' is already the key of "
        "cases[0].report.references[0]"
    ]


def test_two_typed_references_with_one_label_still_read_as_before(tmp_path: Path) -> None:
    [case] = read(tmp_path, _with("[@a] One. 2001.", "[@a] Two. 2002.")).cases
    assert case.report is not None and len(case.report.references) == 2


def test_an_anonymised_export_takes_the_patients_name_out_of_an_item(tmp_path: Path) -> None:
    case_doc = minimal_case(
        patient={"sex": "female", "age": 70, "name": "Hanako Testcase"},
        report={"references": [{**COSMAN, "title": "A letter on Hanako Testcase"}]},
    )
    [case] = read(tmp_path, document(case_doc)).cases
    out = write_case_file([case], [], tmp_path / "anon" / "case.json", anonymise=True)
    text = out.read_text(encoding="utf-8")
    assert "Testcase" not in text and "Hanako" not in text
    [item] = json.loads(text)["cases"][0]["report"]["references"]
    assert item["id"] == "cosman2016" and item["DOI"] == COSMAN["DOI"]  # the rest as it was
    assert item["author"] == COSMAN["author"]
