"""The case file's regulatory keys (docs/case-format.md, REGULATORY): read, written back in
the spec's order, checked with their JSON paths, and dropped where private."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from caselog.clinical import coding
from caselog.core import parts
from caselog.interchange import fhir
from caselog.interchange.encode import Encoder, case_to_dict
from caselog.interchange.errors import ValidationError
from caselog.interchange.validation import case_from_dict
from caselog.interchange.writer import write_case_file
from tests.regulatory_cases import PRIVATE_WORDS, TODAY, unseen_case, unseen_raw

ROOT = Path(__file__).resolve().parents[1]


def _plain(raw: dict[str, Any]) -> dict[str, Any]:
    return case_to_dict(case_from_dict(raw, today=TODAY), raw["id"], Encoder(lambda i: ""))


def test_the_regulatory_keys_read_and_write_back_unchanged() -> None:
    raw = unseen_raw()
    assert _plain(raw) == raw
    assert list(_plain(raw)["regulatory"]["reporter"]) == list(parts.REPORTER.keys)


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("regulatory", "country"), "de", "ISO 3166-1 alpha-2"),
        (("regulatory", "country"), "D1", "ISO 3166-1 alpha-2"),
        (("regulatory", "reporter", "country"), "Germany", "ISO 3166-1 alpha-2"),
        (("regulatory", "report_type"), "voluntary", "must be one of"),
        (("regulatory", "reporter", "qualification"), "nurse", "must be one of"),
        (("regulatory", "received_date"), "2025-13-01", ""),
        (("regulatory", "reporter", "fax"), "123", "unknown key"),
        (("patient", "initials"), 7, ""),
    ],
)
def test_a_bad_regulatory_value_is_reported_at_its_path(
    where: tuple[str, ...], value: Any, message: str
) -> None:
    raw = unseen_raw()
    target = raw
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    with pytest.raises(ValidationError) as info:
        case_from_dict(raw, where="cases[0]", today=TODAY)
    path = "cases[0]." + ".".join(where)
    found = [i for i in info.value.issues if i.where.startswith(path)]
    assert found, info.value.issues
    assert message in found[0].message


def test_the_anonymised_export_drops_the_initials_and_the_reporters_contact(
    tmp_path: Path,
) -> None:
    out = write_case_file([unseen_case()], [], tmp_path / "a.json", anonymise=True)
    text = out.read_text(encoding="utf-8")
    assert [w for w in PRIVATE_WORDS if w in text] == []
    assert '"qualification": "physician"' in text and '"report_type": "spontaneous"' in text
    plain = write_case_file([unseen_case()], [], tmp_path / "p.json").read_text("utf-8")
    assert all(w in plain for w in PRIVATE_WORDS)


def test_the_case_format_page_names_every_new_key() -> None:
    page = (ROOT / "docs" / "case-format.md").read_text(encoding="utf-8")
    keys = {*parts.REGULATORY.keys, *parts.REPORTER.keys, "initials", "batch", "manufacturer",
            "regulatory", "CASELOG_MEDDRA", coding.WHODRUG_ENV, "DD.txt", "version.txt",
            fhir.WHODRUG}  # fmt: skip
    assert {k for k in keys if not re.search(rf"`{k}`", page)} == set()
    for word in (*parts.REGULATORY.by_name["report_type"].vocabulary,
                 *parts.REPORTER.by_name["qualification"].vocabulary):  # fmt: skip
        assert f"`{word}`" in page


def test_the_command_line_page_names_the_regulators_commands() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for form in ("report ID --template cioms|medwatch -o OUT.pdf",
                 "export ID --format e2b -o OUT.xml", "export ID --format fhir -o OUT.json",
                 "CASELOG_E2B_SCHEMA", "CASELOG_MEDDRA", coding.WHODRUG_ENV):  # fmt: skip
        assert form in page
