"""The field-by-field difference the audit trail records."""

from __future__ import annotations

import json
from dataclasses import replace

from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Case,
    Event,
    Image,
    Patient,
    PrivateIdentifiers,
)
from caselog.store.audit_diff import Change, case_content, diff_cases

D = PartialDate.parse


def _case() -> Case:
    return Case(
        id=7,
        title="Epidural calcification",
        patient=Patient(sex="female", age=67, private=PrivateIdentifiers(name="Ann Example")),
        events=[
            Event(
                id=1,
                kind="medication",
                date=D("2024-01-05"),
                drug="romosozumab",
                action="start",
                dose=210.0,
                dose_unit="mg",
            ),
            Event(
                id=2,
                kind="imaging",
                date=D("2024-04"),
                modality="CT",
                findings="mass",
                images=[Image(data=b"x", media_type="image/png", sha256="ab" * 32)],
            ),
        ],
        keywords=["calcification"],
    )


def test_identical_cases_have_no_changes() -> None:
    assert diff_cases(_case(), _case()) == []


def test_field_changes_name_entity_field_old_and_new() -> None:
    before = _case()
    after = _case()
    after.title = "Epidural calcification after romosozumab"
    after.patient.private.name = "Ann B. Example"
    after.events[0].dose = 105.0
    after.keywords = ["calcification", "romosozumab"]
    after.events[1].images[0] = replace(after.events[1].images[0], caption="axial CT")
    changes = diff_cases(before, after)
    assert Change("update", "case", 7, "title", before.title, after.title) in changes
    assert (
        Change("update", "patient", 7, "private.name", "Ann Example", "Ann B. Example") in changes
    )
    assert Change("update", "event", 1, "dose", "210.0", "105.0") in changes
    assert (
        Change(
            "update", "case", 7, "keywords", '["calcification"]', '["calcification", "romosozumab"]'
        )
        in changes
    )
    assert Change("update", "event", 2, "images[0].caption", None, "axial CT") in changes
    assert len(changes) == 5


def test_events_added_and_removed_by_id() -> None:
    before = _case()
    after = _case()
    del after.events[1]
    after.events.append(Event(id=3, kind="symptom", date=D("2024-03-01"), name="back pain"))
    changes = diff_cases(before, after)
    assert [(c.action, c.entity, c.entity_id) for c in changes] == [
        ("add", "event", 3),
        ("remove", "event", 2),
    ]
    added = json.loads(changes[0].new or "")
    assert added == {"kind": "symptom", "date": "2024-03-01", "name": "back pain"}
    assert json.loads(changes[1].old or "")["images[0].sha256"] == "ab" * 32


def test_assessment_added_and_removed() -> None:
    before = _case()
    after = _case()
    after.assessment = Assessment(reaction="calcification", naranjo={"after_drug": "yes"})
    [added] = diff_cases(before, after)
    assert added.action == "add" and added.entity == "assessment"
    assert json.loads(added.new or "") == {"naranjo.after_drug": "yes", "reaction": "calcification"}
    [removed] = diff_cases(after, before)
    assert removed.action == "remove" and removed.new is None


def test_case_content_keeps_everything_but_image_bytes() -> None:
    content = json.loads(case_content(_case()))
    assert content["title"] == "Epidural calcification"
    assert content["patient.private.name"] == "Ann Example"
    assert content["events[1].drug"] == "romosozumab"
    assert content["events[2].images[0].sha256"] == "ab" * 32
    assert "data" not in " ".join(content)
