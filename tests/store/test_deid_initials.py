"""The patient's recorded initials (a private field, printed on a regulator's form only)
are the patient's own identifier: in free text of a journal report and of an anonymised
export they are redacted in their written forms, and nothing is taken from clinical text
when no initials are recorded."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from caselog.core.model import Case
from caselog.privacy import Deidentifier
from caselog.store import services
from caselog.store.engine import Store
from tests.report_helpers import pdf_text
from tests.store.factory import example_case

NOTE = (
    "K.M. presented with back pain; KM's sister drove her in and KM said so. Seen again "
    "as K. M. on the ward. The team discharged KM home. She had walked 2 km that morning; "
    "CT and HD as planned."
)
KEPT = "She had walked 2 km that morning; CT and HD as planned."
PLANTED = ("K.M.", "KM's", "KM said", "K. M.", "KM home")


def _case(initials: str | None) -> Case:
    case = example_case()
    case.patient.private = dataclasses.replace(case.patient.private, initials=initials)
    assert case.report is not None
    case.report = dataclasses.replace(case.report, case_presentation=NOTE)
    return case


def _stored(store: Store, initials: str | None) -> int:
    created = services.create_case(_case(initials), store=store)
    assert created.case_id is not None
    return created.case_id


@pytest.mark.parametrize("initials", ["K.M.", "KM", "k. m.", "K M"])
def test_recorded_initials_in_any_spelling_are_redacted_in_every_form(initials: str) -> None:
    clean = Deidentifier(_case(initials)).text(NOTE, "report.case_presentation")
    for planted in PLANTED:
        assert planted not in clean
    assert clean.count("[initials]") == 5
    # kilometres, and clinical abbreviations other than the initials, stay
    assert clean.endswith(KEPT)


def test_the_journal_report_prints_no_recorded_initials(store: Store, tmp_path: Path) -> None:
    case_id = _stored(store, "K.M.")
    out = tmp_path / "r.pdf"
    _, warnings = services.write_report([case_id], "cureus", out, store=store)
    text = pdf_text(out.read_bytes())
    assert KEPT in text  # the passage is printed, but for ...
    assert not any(p in text for p in PLANTED) and " KM " not in text
    # ... its sentences naming the patient, which the report leaves out and says so
    left_out = [w for w in warnings if "left out a sentence" in w and "case_presentation" in w]
    assert len(left_out) == 3 and all("[initials]" in w for w in left_out)


def test_the_anonymised_export_keeps_no_recorded_initials(store: Store, tmp_path: Path) -> None:
    case_id = _stored(store, "KM")
    out = tmp_path / "anon.json"
    services.export_cases([case_id], out, store=store, anonymise=True)
    text = out.read_text()
    assert "[initials] presented with back pain" in text and KEPT in text
    assert not any(p in text for p in PLANTED) and '"initials"' not in text


def test_with_no_initials_recorded_capital_abbreviations_stay() -> None:
    note = "KM 2 of the walk; HD three times a week, CT of the spine, then MR and IV fluids."
    assert Deidentifier(_case(None)).text(note, "events[0].notes") == note


def test_initials_that_spell_a_clinical_abbreviation_are_left_to_the_author() -> None:
    # a patient "H.D." on haemodialysis: "HD" in the notes is reported, not redacted
    engine = Deidentifier(_case("H.D."))
    clean, done, kept = engine.review("H.D. started HD in March.", "events[0].notes")
    assert clean.startswith("[initials] started HD")
    assert [r.original for r in done if r.replacement == "[initials]"] == ["H.D."]
    assert [(s.text, s.kind) for s in kept if s.text == "HD"] == [("HD", "the patient's initials?")]
