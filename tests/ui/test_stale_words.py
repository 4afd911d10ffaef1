"""The stale-write refusal says what someone else changed in the window's words
(caselog/ui/stale_words.py), not the trail's field paths: ``dose of the romosozumab
medication on 4 March 2024: 210 mg → 105 mg``, not ``event 7 dose: 210.0 -> 105.0``. The
changes are real trail rows of real writes (SQLite; the trail is the same on PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, HistoryItem
from caselog.store import services as sv
from caselog.store.changes import Change
from caselog.store.engine import Store
from caselog.ui.stale_compare import CompareDialog
from caselog.ui.stale_dialog import Notice, change_lines
from caselog.ui.stale_merge import Edit, compare_edit
from caselog.ui.stale_words import date_words, entry_words, field_words
from tests.store.factory import example_case as identified_example
from tests.store.factory import minimal_case


def example_case() -> Case:
    """The example case without its images (the words need none; their bytes cost)."""
    case = identified_example()
    return replace(case, events=[replace(e, images=[]) for e in case.events])


def test_each_kind_of_change_is_said_in_the_windows_words(store: Store) -> None:
    case = sv.create_case(example_case(), store=store).case
    assert case.id is not None
    start = next(e for e in case.events if e.kind == "medication" and e.action == "start")
    assert start.dose == 210 and start.dose_unit == "mg" and start.date == PartialDate(2024, 3, 4)
    lab = next(e for e in case.events if e.kind == "lab")
    p = case.patient
    assert p.kidney is not None
    note = Event("note", PartialDate(2024, 6), text="phoned the patient")
    events = [replace(e, dose=105.5) if e is start else e for e in case.events if e is not lab]
    patient = replace(
        p,
        weight_kg=47.0,
        kidney=replace(p.kidney, ckd_stage="4"),
        history=[replace(p.history[0], condition="spondylodiscitis"), *p.history[1:]],
    )
    edited = replace(case, title="Calcification, revised", patient=patient, events=[*events, note])
    sv.update_case(edited, store=store)  # one write: a trail row for each change
    now = sv.get_case(case.id, store=store)
    said = [entry_words(e, now) for e in sv.changes_since(case.id, case.version or 0, store=store)]
    assert "dose of the romosozumab medication on 4 March 2024: 210 mg → 105.5 mg" in said
    assert "Weight (kg): 46 → 47" in said
    assert "CKD stage: 5D → 4" in said
    assert any(s.startswith("condition of history item 1: pyogenic") for s in said)
    assert "Title: " + case.title + " → Calcification, revised" in said
    assert f"removed the {lab.test} laboratory on {date_words(lab.date)}" in said
    assert "added the note on June 2024" in said
    assert not [s for s in said if "[" in s or "->" in s or "_" in s]  # no path is left raw
    lines = change_lines(sv.changes_since(case.id, case.version or 0, store=store), now)
    assert any(line.endswith("210 mg → 105.5 mg") for line in lines)


def test_what_is_not_named_in_words_is_the_trails_own_line(store: Store) -> None:
    case = sv.create_case(minimal_case(), store=store).case
    assert case.id is not None
    items = [HistoryItem(condition="gout", ongoing=True)]
    sv.set_patient(case.id, replace(case.patient, history=items), store=store)
    entries = sv.changes_since(case.id, case.version or 0, store=store)
    said = [entry_words(e, None) for e in entries]
    assert "condition of history item 1: not recorded → gout" in said
    assert "ongoing of history item 1: not recorded → yes" in said
    odd = replace(entries[0], entity="image", field="caption")
    assert entry_words(odd, None) == odd.what()  # nothing guessed


def test_the_compare_view_names_each_field_as_its_form_does(qtbot: Any) -> None:
    case = replace(example_case(), id=1, version=5)
    p = case.patient
    assert p.kidney is not None
    mine = replace(p, weight_kg=47.0, kidney=replace(p.kidney, ckd_stage="4"))
    theirs = replace(case, patient=replace(p, weight_kg=48.0), version=6)
    edit = Edit("Edit patient", "Patient", 1, case, mine, lambda c: c.patient, _no_write)
    rows = compare_edit(edit, theirs)
    dialog = CompareDialog(Notice("Edit patient", edit, [], theirs), rows)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, CompareDialog.FIELD).text() for r in range(len(rows))]  # type: ignore[union-attr]
    assert names == ["Weight (kg)  (both changed)", "CKD stage"]
    start = next(e for e in case.events if e.kind == "medication")
    assert field_words("Event", "dose", replace(start, dose=105.0)) == "Dose"
    assert field_words("Report", "report.introduction", None) == "Introduction"
    assert field_words("Patient", "history", mine) == "History"
    assert field_words("Patient", "shoe_size", mine) == "Patient › shoe size"  # none names it


def _no_write(_value: object, _version: int | None) -> Change:
    raise AssertionError("the compare view writes nothing")
