"""Reports to a regulator through the services and the command line: the four outputs of
the example and of a case the project has never seen, the audit entry with its absolute
target, bad requests, and the private fields staying out of journal reports and
anonymised exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from lxml import etree

from caselog import cli
from caselog.core.model import Regulatory, Reporter
from caselog.interchange.outputs import leftovers
from caselog.store import services as sv
from caselog.store.engine import Store
from tests.examples import EXAMPLE
from tests.meddra_fixture import write_meddra
from tests.regulatory_cases import PRIVATE_WORDS, case_file, unseen_case, unseen_raw
from tests.report_helpers import pdf_text
from tests.whodrug_fixture import write_whodrug

Capture = pytest.CaptureFixture[str]


def _import(tmp_path: Path, capsys: Capture) -> Path:
    db = tmp_path / "c.db"
    unseen = tmp_path / "unseen.json"
    unseen.write_text(json.dumps(case_file(unseen_raw())), encoding="utf-8")
    assert cli.main(["--db", str(db), "import", str(EXAMPLE), str(unseen)]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["1", "2"]
    return db


def test_the_example_and_an_unseen_case_give_all_four_outputs(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _import(tmp_path, capsys)
    monkeypatch.chdir(tmp_path)
    for case_id in ("1", "2"):
        run = ["--db", str(db)]
        assert (
            cli.main([*run, "report", case_id, "--template", "cioms", "-o", f"c{case_id}.pdf"]) == 0
        )
        assert (
            cli.main([*run, "report", case_id, "--template", "medwatch", "-o", f"m{case_id}.pdf"])
            == 0
        )
        assert cli.main([*run, "export", case_id, "--format", "e2b", "-o", f"e{case_id}.xml"]) == 0
        assert (
            cli.main([*run, "export", case_id, "--format", "fhir", "-o", f"f{case_id}.json"]) == 0
        )
        printed = capsys.readouterr().out.split()
        names = [f"c{case_id}.pdf", f"m{case_id}.pdf", f"e{case_id}.xml", f"f{case_id}.json"]
        assert printed == [str(tmp_path / n) for n in names]  # absolute paths
        for name in names:
            assert (tmp_path / name).stat().st_mode & 0o077 == 0  # the user's alone
        assert "CIOMS FORM" in pdf_text((tmp_path / names[0]).read_bytes())
        assert "FORM FDA 3500" in pdf_text((tmp_path / names[1]).read_bytes())
        etree.fromstring((tmp_path / names[2]).read_bytes())
        Bundle.model_validate(json.loads((tmp_path / names[3]).read_text(encoding="utf-8")))
        assert cli.main([*run, "history", case_id]) == 0
        trail = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
        made = [json.loads(what.split(": ", 1)[1]) for _, _, action, what in trail
                if action == "regulatory"]  # fmt: skip
        assert [(m["template"], m["to"]) for m in made] == [
            ("cioms", str(tmp_path / names[0])),
            ("medwatch", str(tmp_path / names[1])),
            ("e2b", str(tmp_path / names[2])),
            ("fhir", str(tmp_path / names[3])),
        ]


def test_the_forms_print_the_private_fields_they_ask(tmp_path: Path, capsys: Capture) -> None:
    db = _import(tmp_path, capsys)
    out = tmp_path / "c.pdf"
    assert cli.main(["--db", str(db), "report", "2", "--template", "cioms", "-o", str(out)]) == 0
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "K.M." in text and "Erika Beispiel" in text and "e.beispiel@example.org" in text


def test_no_journal_report_or_anonymised_export_gains_an_identifier_from_the_new_fields(
    tmp_path: Path, capsys: Capture
) -> None:
    db = _import(tmp_path, capsys)
    plain, anon = tmp_path / "plain.json", tmp_path / "anon.json"
    assert cli.main(["--db", str(db), "export", "2", "-o", str(plain)]) == 0
    assert cli.main(["--db", str(db), "export", "2", "--anonymise", "-o", str(anon)]) == 0
    kept = plain.read_text(encoding="utf-8")
    assert all(word in kept for word in PRIVATE_WORDS)  # stored and exported in full
    anonymised = anon.read_text(encoding="utf-8")
    assert [w for w in PRIVATE_WORDS if w in anonymised] == []
    reporter = json.loads(anonymised)["cases"][0]["regulatory"]["reporter"]
    assert reporter == {"qualification": "physician", "country": "DE"}
    texts = []
    for template in ("cureus", "cmaj"):
        out = tmp_path / f"{template}.pdf"
        assert (
            cli.main(["--db", str(db), "report", "2", "--template", template, "-o", str(out)]) == 0
        )
        texts.append(" ".join(pdf_text(out.read_bytes()).split()))
    assert [w for w in PRIVATE_WORDS for t in texts if w in t] == []
    fhir_out = tmp_path / "f.json"
    assert cli.main(["--db", str(db), "export", "2", "--format", "fhir", "-o", str(fhir_out)]) == 0
    assert "K.M." not in fhir_out.read_text(encoding="utf-8")


def test_bad_requests_exit_2_and_write_nothing(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _import(tmp_path, capsys)
    out = tmp_path / "out.xml"
    run = ["--db", str(db), "export"]
    assert cli.main([*run, "1", "2", "--format", "e2b", "-o", str(out)]) == 2
    assert "takes one case id" in capsys.readouterr().err
    assert cli.main([*run, "1", "--format", "fhir", "--anonymise", "-o", str(out)]) == 2
    assert "cannot be anonymised" in capsys.readouterr().err
    assert cli.main([*run, "9", "--format", "e2b", "-o", str(out)]) == 2
    assert "no case with id 9" in capsys.readouterr().err
    assert cli.main([*run, "1", "--format", "e2b", "-o", str(tmp_path / "no" / "x.xml")]) == 2
    assert "no such folder" in capsys.readouterr().err
    monkeypatch.setenv("CASELOG_MEDDRA", str(tmp_path / "no-meddra"))
    assert cli.main(["--db", str(db), "report", "1", "--template", "cioms", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no-meddra: no such folder" in err and "Traceback" not in err
    assert not out.exists()
    assert cli.main(["--db", str(db), "history", "1"]) == 0
    assert "\tregulatory\t" not in capsys.readouterr().out


def test_a_message_the_named_schema_refuses_is_not_written(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _import(tmp_path, capsys)
    schema = tmp_path / "MCCI_IN200100UV01.xsd"
    schema.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'targetNamespace="urn:hl7-org:v3"><xs:element name="Other"/></xs:schema>',
        encoding="utf-8",
    )
    monkeypatch.setenv("CASELOG_E2B_SCHEMA", str(schema))
    out = tmp_path / "e.xml"
    assert cli.main(["--db", str(db), "export", "1", "--format", "e2b", "-o", str(out)]) == 1
    assert "does not validate" in capsys.readouterr().err
    assert not out.exists() and leftovers(tmp_path) == []


def test_meddra_codes_the_outputs_when_named(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _import(tmp_path, capsys)
    monkeypatch.setenv("CASELOG_MEDDRA", str(write_meddra(tmp_path / "meddra")))
    out = tmp_path / "f.json"
    assert cli.main(["--db", str(db), "export", "2", "--format", "fhir", "-o", str(out)]) == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    [event] = [e["resource"] for e in bundle["entry"]
               if e["resource"]["resourceType"] == "AdverseEvent"]  # fmt: skip
    assert {c["code"] for c in event["event"]["coding"]} == {"91000001", "90000001"}
    assert {c["version"] for c in event["event"]["coding"]} == {"99.1"}


def test_whodrug_codes_the_outputs_when_named(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _import(tmp_path, capsys)
    monkeypatch.setenv("CASELOG_WHODRUG", str(write_whodrug(tmp_path / "whodrug")))
    out = tmp_path / "e.xml"
    assert cli.main(["--db", str(db), "export", "2", "--format", "e2b", "-o", str(out)]) == 0
    codes = etree.parse(str(out)).xpath(
        "//h:kindOfProduct/h:code/@code", namespaces={"h": "urn:hl7-org:v3"}
    )
    assert "90000101001" in codes  # allopurinol, the suspect


def test_a_whodrug_folder_that_cannot_be_read_is_bad_input_naming_file_and_line(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _import(tmp_path, capsys)
    folder = write_whodrug(tmp_path / "whodrug", dd=["90000101001 too short"])
    monkeypatch.setenv("CASELOG_WHODRUG", str(folder))
    out = tmp_path / "c.pdf"
    assert cli.main(["--db", str(db), "report", "2", "--template", "cioms", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'DD.txt'}: line 1" in err and "Traceback" not in err
    assert not out.exists()


def test_set_regulatory_stores_and_removes_the_regulators_part(store: Store) -> None:
    change = sv.create_case(unseen_case(regulatory=None), store=store)
    case_id = change.case.id
    assert case_id is not None
    assert sv.get_case(case_id, store=store).regulatory is None
    wanted = Regulatory(report_type="study", country="JP", reporter=Reporter(phone="123"))
    changed = sv.set_regulatory(case_id, wanted, store=store)
    assert changed.case is not None and changed.case.regulatory == wanted
    assert sv.get_case(case_id, store=store).regulatory == wanted
    trail = [e.what() for e in sv.case_history(case_id, store=store)]
    assert any("regulatory.report_type: (none) -> study" in w for w in trail)
    sv.set_regulatory(case_id, None, store=store)
    assert sv.get_case(case_id, store=store).regulatory is None


def test_the_new_event_and_patient_fields_round_trip_through_the_store(store: Store) -> None:
    case = unseen_case()
    case_id = sv.create_case(case, store=store).case.id
    assert case_id is not None
    stored = sv.get_case(case_id, store=store)
    assert stored.patient.private.initials == "K.M."
    allopurinol = next(e for e in stored.events if e.drug == "allopurinol")
    assert (allopurinol.batch, allopurinol.manufacturer) == ("AL-2291", "Example Generics GmbH")
    assert stored.regulatory == case.regulatory
