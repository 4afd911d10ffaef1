"""The three-way merge of case objects (caselog/interchange/merge.py): per field, lists by
their stable identity, conflicts with their three values, settled by a side."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from caselog.interchange.merge import (
    Conflict,
    field_label,
    merge_case,
    reference_key,
    shown,
    value_text,
)


def base_case() -> dict[str, Any]:
    return {
        "title": "Calcification after romosozumab",
        "patient": {"sex": "female", "age": 71, "kidney": {"ckd_stage": "5D"}},
        "events": [
            {
                "_key": "#1",
                "kind": "medication",
                "date": "2023-01-05",
                "drug": "romosozumab",
                "action": "start",
                "dose": 210,
            },
            {
                "_key": "#2",
                "kind": "lab",
                "date": "2023-02-01",
                "test": "Calcium",
                "value": 8.1,
                "unit": "mg/dL",
            },
            {
                "_key": "#3",
                "kind": "imaging",
                "date": "2023-03-01",
                "modality": "CT",
                "findings": "epidural calcification",
                "images": [{"path": "aa" * 32, "caption": "axial"}],
            },
        ],
        "report": {"discussion": "Old text.", "references": ["[@a1] First ref.", "Second ref."]},
    }


def edited(change: Any) -> dict[str, Any]:
    case = copy.deepcopy(base_case())
    change(case)
    return case


def event(case: dict[str, Any], key: str) -> dict[str, Any]:
    return next(e for e in case["events"] if e["_key"] == key)


def test_one_sided_edits_are_taken_from_either_side() -> None:
    local = edited(lambda c: c["patient"].update(age=72))
    server = edited(lambda c: c.update(title="Epidural calcification"))
    m = merge_case(base_case(), local, server)
    assert m.conflicts == []
    assert m.merged["patient"]["age"] == 72
    assert m.merged["title"] == "Epidural calcification"
    assert m.from_local == ["patient.age"]


def test_the_same_change_on_both_sides_is_taken_once() -> None:
    both = edited(lambda c: event(c, "#2").update(value=7.9))
    m = merge_case(base_case(), both, copy.deepcopy(both))
    assert m.conflicts == [] and m.from_local == []
    assert event(m.merged, "#2")["value"] == 7.9
    assert len(m.merged["events"]) == 3


def test_a_field_changed_differently_is_a_conflict_with_its_three_values() -> None:
    local = edited(lambda c: event(c, "#1").update(dose=105))
    server = edited(lambda c: event(c, "#1").update(dose=140))
    m = merge_case(base_case(), local, server)
    assert m.conflicts == [Conflict("events[#1].dose", 210, 105, 140)]
    assert event(m.merged, "#1")["dose"] == 140  # unsettled: the server's stays


@pytest.mark.parametrize(("side", "dose"), [("local", 105), ("server", 140), ("base", 210)])
def test_a_conflict_is_settled_by_the_side_chosen(side: Any, dose: int) -> None:
    local = edited(lambda c: event(c, "#1").update(dose=105, notes="halved"))
    server = edited(lambda c: event(c, "#1").update(dose=140))
    m = merge_case(base_case(), local, server, lambda _c: side)
    assert m.conflicts == []
    assert [(c.path, s) for c, s in m.settled] == [("events[#1].dose", side)]
    assert event(m.merged, "#1")["dose"] == dose
    assert event(m.merged, "#1")["notes"] == "halved"  # the one-sided edit beside it


def test_events_edited_on_both_sides_merge_field_by_field() -> None:
    local = edited(lambda c: event(c, "#2").update(unit="mmol/L", value=2.0))
    server = edited(lambda c: event(c, "#2").update(notes="repeat in a week"))
    m = merge_case(base_case(), local, server)
    assert m.conflicts == []
    assert event(m.merged, "#2") == {
        **event(base_case(), "#2"),
        "unit": "mmol/L",
        "value": 2.0,
        "notes": "repeat in a week",
    }


def test_events_added_and_removed_on_either_side() -> None:
    new_local = {"_key": "new-9", "kind": "note", "date": "2023-02-10", "text": "phoned"}
    new_server = {"_key": "#7", "kind": "note", "date": "2023-04-01", "text": "seen"}

    def local_change(c: dict[str, Any]) -> None:
        c["events"].insert(2, new_local)
        c["events"] = [e for e in c["events"] if e["_key"] != "#1"]

    def server_change(c: dict[str, Any]) -> None:
        c["events"].append(new_server)
        c["events"] = [e for e in c["events"] if e["_key"] != "#2"]

    m = merge_case(base_case(), edited(local_change), edited(server_change))
    assert m.conflicts == []
    assert [e["_key"] for e in m.merged["events"]] == ["#3", "#7", "new-9"] or [
        e["_key"] for e in m.merged["events"]
    ] == ["new-9", "#3", "#7"]
    assert {e["_key"] for e in m.merged["events"]} == {"#3", "#7", "new-9"}


def test_an_item_added_on_the_laptop_keeps_its_place_after_its_neighbour() -> None:
    new_local = {"_key": "new-9", "kind": "note", "date": "2023-02-10", "text": "phoned"}
    local = edited(lambda c: c["events"].insert(2, new_local))
    server = edited(lambda c: c.update(title="New"))
    m = merge_case(base_case(), local, server)
    assert [e["_key"] for e in m.merged["events"]] == ["#1", "#2", "new-9", "#3"]


def test_removed_on_one_side_and_edited_on_the_other_is_a_conflict_of_the_item() -> None:
    local = edited(lambda c: c.update(events=[e for e in c["events"] if e["_key"] != "#2"]))
    server = edited(lambda c: event(c, "#2").update(value=9.0))
    m = merge_case(base_case(), local, server)
    [conflict] = m.conflicts
    assert conflict.path == "events[#2]"
    assert conflict.local is None and conflict.server["value"] == 9.0
    settled = merge_case(base_case(), local, server, lambda _c: "local")
    assert "#2" not in {e["_key"] for e in settled.merged["events"]}


def test_images_merge_by_their_pixels() -> None:
    other = {"path": "bb" * 32, "caption": "sagittal"}
    local = edited(lambda c: event(c, "#3")["images"].append(other))
    server = edited(lambda c: event(c, "#3")["images"][0].update(caption="axial, bone window"))
    m = merge_case(base_case(), local, server)
    assert m.conflicts == []
    assert event(m.merged, "#3")["images"] == [
        {"path": "aa" * 32, "caption": "axial, bone window"},
        other,
    ]
    both = edited(lambda c: event(c, "#3")["images"][0].update(caption="mine"))
    theirs = edited(lambda c: event(c, "#3")["images"][0].update(caption="theirs"))
    [conflict] = merge_case(base_case(), both, theirs).conflicts
    assert conflict.path == f"events[#3].images[{'aa' * 32}].caption"


def test_all_images_removed_on_one_side_while_the_other_adds_one() -> None:
    other = {"path": "bb" * 32}
    local = edited(lambda c: event(c, "#3").pop("images"))
    server = edited(lambda c: event(c, "#3")["images"].append(other))
    m = merge_case(base_case(), local, server)
    assert m.conflicts == []
    assert event(m.merged, "#3")["images"] == [other]


def test_references_merge_by_their_key() -> None:
    local = edited(lambda c: c["report"]["references"].append("[@c3] Third ref."))
    server = edited(lambda c: c["report"].update(references=["[@a1] First ref, corrected."]))
    m = merge_case(base_case(), local, server)
    assert m.conflicts == []
    assert m.merged["report"]["references"] == ["[@a1] First ref, corrected.", "[@c3] Third ref."]
    assert reference_key({"id": "cosman2016", "type": "book"}) == "cosman2016"
    assert reference_key("[@k] x") == "k" and reference_key("plain") == "plain"


def test_a_part_added_on_both_sides_merges_field_by_field() -> None:
    local = edited(
        lambda c: c.update(assessment={"reaction": "calcification", "who_umc": "possible"})
    )
    server = edited(
        lambda c: c.update(assessment={"reaction": "calcification", "who_umc": "probable"})
    )
    m = merge_case(base_case(), local, server)
    assert m.conflicts == [Conflict("assessment.who_umc", None, "possible", "probable")]
    assert m.merged["assessment"]["reaction"] == "calcification"


def test_a_key_removed_on_one_side_is_removed() -> None:
    local = edited(lambda c: c["report"].pop("discussion"))
    m = merge_case(base_case(), local, base_case())
    assert "discussion" not in m.merged["report"]
    assert m.from_local == ["report.discussion"]


def test_a_list_that_is_one_value_conflicts_whole() -> None:
    local = edited(lambda c: c.update(keywords=["a", "b"]))
    server = edited(lambda c: c.update(keywords=["a", "c"]))
    [conflict] = merge_case(base_case(), local, server).conflicts
    assert conflict == Conflict("keywords", None, ["a", "b"], ["a", "c"])


def test_values_print_on_one_line() -> None:
    assert value_text(None) == "(absent)"
    assert value_text({"b": 1, "a": "é"}) == '{"a": "é", "b": 1}'
    long = Conflict("report.discussion", "a", "line one\nline two " * 40, None)
    assert (
        shown(long, "local").startswith('"line one\\nline two') and len(shown(long, "local")) == 200
    )
    assert shown(long, "server") == "(absent)"


def test_a_whole_case_conflict_shows_what_each_side_did() -> None:
    local = edited(lambda c: c.update(title="Mine"))
    conflict = Conflict("(case)", base_case(), local, None)
    assert [shown(conflict, s) for s in ("base", "local", "server")] == [
        "unchanged",
        "edited (title)",
        "deleted",
    ]


def test_a_field_is_named_in_words_for_the_review() -> None:
    base = base_case()
    assert field_label("events[#1].dose", base) == "medication romosozumab start 2023-01-05 › dose"
    assert field_label(f"events[#3].images[{'aa' * 32}].caption", None, base) == (
        "imaging CT 2023-03-01 › image aaaaaaaa… › caption"
    )
    assert field_label("events[new-4]", base) == "event new-4"
    assert field_label("patient.kidney.ckd_stage") == "patient › kidney › ckd_stage"
