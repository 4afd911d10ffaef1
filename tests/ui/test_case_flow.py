"""A user's path through one case: create it, fill the patient, build the timeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from caselog.core.dates import PartialDate
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.case_view import CaseView
from caselog.ui.main_window import MainWindow
from caselog.ui.resources import example_case_file
from tests.ui.helpers import choose, focus, make_window, set_cell, type_into

EXAMPLE_PNG = example_case_file().parent / "ct-initial.png"


def stored(window: MainWindow, store: Store) -> Any:
    case = window.current_case()
    assert case is not None and case.id is not None
    return services.get_case(case.id, store=store)


def test_new_case_from_the_welcome_view_and_fill_the_patient(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, _ = make_window(qtbot, store, settings)
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.splitter
    assert services.count_cases(store=store) == 1
    view = window.case_view
    assert view.title.hasFocus()  # ready for the title
    type_into(qtbot, view.title, "Epidural calcification after romosozumab")
    assert stored(window, store).title == "Epidural calcification after romosozumab"
    assert window.list_model.index(0, 0).data() == "Epidural calcification after romosozumab"

    p = view.patient
    choose(p.main.widget("sex"), "female")
    # sex alone is not a valid patient: the message sits beside Age, nothing is saved
    assert "age" in p.main.error_text("age")
    assert stored(window, store).patient.sex == "unknown"
    type_into(qtbot, p.main.widget("age"), "75")
    type_into(qtbot, p.main.widget("weight_kg"), "46")
    choose(p.kidney.widget("kidney.ckd_stage"), "5D")
    choose(p.kidney.widget("kidney.dialysis"), "hemodialysis")
    type_into(qtbot, p.kidney.widget("kidney.dialysis_since"), "2016-05")
    type_into(qtbot, p.kidney.widget("kidney.cause"), "diabetic nephropathy")
    type_into(qtbot, p.private.widget("name"), "Test Person")
    type_into(qtbot, p.private.widget("mrn"), "MRN-1")
    p.history.add_row()
    set_cell(p.history.table, 0, 0, "osteoporosis")
    set_cell(p.history.table, 0, 1, "2019")

    patient = stored(window, store).patient
    assert (patient.sex, patient.age, patient.weight_kg) == ("female", 75, 46)
    assert patient.kidney.ckd_stage == "5D" and patient.kidney.dialysis == "hemodialysis"
    assert patient.kidney.dialysis_since == PartialDate(2016, 5)
    assert patient.kidney.cause == "diabetic nephropathy"
    assert patient.private.name == "Test Person" and patient.private.mrn == "MRN-1"
    assert [(h.condition, str(h.since)) for h in patient.history] == [("osteoporosis", "2019")]
    # the private group says so, visibly
    assert "never printed" in p.private_box.title()
    # each change was its own undo step; undo takes back the last one only
    window.undo_action.trigger()
    assert stored(window, store).patient.history[0].since is None
    assert stored(window, store).patient.private.mrn == "MRN-1"


EVENT_INPUT: dict[str, dict[str, str]] = {
    "medication": {
        "date": "2024-03-04",
        "drug": "romosozumab",
        "action": "start",
        "role": "suspect",
        "dose": "210",
        "dose_unit": "mg",
    },
    "symptom": {"date": "2024-06-03", "name": "severe low back pain", "severity": "severe"},
    "finding": {"date": "2024-06-03", "name": "tender lumbar spine"},
    "lab": {
        "date": "2024-06-04",
        "test": "Alkaline phosphatase",
        "value": "402",
        "unit": "U/L",
        "ref_low": "35",
        "ref_high": "104",
    },
    "imaging": {
        "date": "2024-06-05",
        "modality": "CT",
        "region": "lumbar spine",
        "findings": "epidural calcification L1-L4",
    },
    "procedure": {"date": "2024-06-10", "name": "CT-guided drainage"},
    "diagnosis": {"date": "2024-06-14", "name": "spondylodiscitis", "status": "ruled_out"},
    "follow_up": {"date": "2025-06-02", "summary": "asymptomatic"},
    "note": {"date": "2025-06-02", "text": "patient thanked the team"},
}


def fill(qtbot: Any, view: CaseView, kind: str, values: dict[str, str]) -> None:
    form = view.timeline.editor.form(kind).fields
    for key, value in values.items():
        widget = form.widget(key)
        if key in ("action", "role", "severity", "modality", "status"):
            choose(widget, value)
        else:
            type_into(qtbot, widget, value)


def test_add_one_event_of_each_kind_with_an_image(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, dialogs = make_window(qtbot, store, settings)
    window.new_case()
    view = window.case_view
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentIndex() == CaseView.TIMELINE
    for kind, values in EVENT_INPUT.items():
        window.add_event(kind)
        assert view.timeline.editor.is_new
        fill(qtbot, view, kind, values)
        if kind == "lab":
            flag = view.timeline.editor.form("lab").range_flag
            assert flag is not None and flag.text().startswith("HIGH")
        if kind == "imaging":
            dialogs.files_to_open.append([EXAMPLE_PNG])
            images = view.timeline.editor.form("imaging").images
            assert images is not None
            qtbot.mouseClick(images.add_button, Qt.MouseButton.LeftButton)
            assert images.list.count() == 1
            type_into(qtbot, images.caption, "Sagittal CT")
            type_into(qtbot, images.panel, "a")
        qtbot.mouseClick(view.timeline.editor.add_button, Qt.MouseButton.LeftButton)
        assert not view.timeline.editor.is_new, view.timeline.editor.status.text()

    case = stored(window, store)
    assert sorted(e.kind for e in case.events) == sorted(EVENT_INPUT)
    by_kind = {e.kind: e for e in case.events}
    med = by_kind["medication"]
    assert (med.drug, med.action, med.role, med.dose, med.dose_unit) == (
        "romosozumab",
        "start",
        "suspect",
        210,
        "mg",
    )
    assert by_kind["lab"].value == 402 and by_kind["lab"].ref_high == 104
    assert by_kind["diagnosis"].status == "ruled_out"
    assert by_kind["note"].text == "patient thanked the team"
    [image] = by_kind["imaging"].images
    assert image.caption == "Sagittal CT" and image.panel == "A"
    assert image.data[:8] == b"\x89PNG\r\n\x1a\n" and image.width
    # the table shows all nine in date order, day 0 being the suspect drug's start
    model = view.timeline.model
    assert model.rowCount() == 9
    assert model.index(0, model.RELATIVE).data() == "Day 0 · 0.0 mo"
    assert view.timeline.strip.hit_points()


def open_example(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.importFinished, timeout=20000):
        window.open_example()


def test_edit_an_event_then_delete_one_and_undo(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, _ = make_window(qtbot, store, settings)
    open_example(qtbot, window)
    view = window.case_view
    timeline = view.timeline
    before = stored(window, store)
    n = len(before.events)
    # the procedure, picked by clicking its mark on the strip
    procedure = next(e for e in before.events if e.kind == "procedure")
    view.tabs.setCurrentIndex(CaseView.TIMELINE)
    timeline.strip.grab()
    point = next(p for p, i in timeline.strip.hit_points() if i == procedure.id)
    qtbot.mouseClick(timeline.strip, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert timeline.selected_event_id() == procedure.id
    form = timeline.editor.form("procedure").fields
    type_into(qtbot, form.widget("name"), "CT-guided aspiration")
    after = {e.id: e for e in stored(window, store).events}
    assert after[procedure.id].name == "CT-guided aspiration"
    row = timeline.model.row_of(procedure.id)
    assert row is not None
    assert "aspiration" in timeline.model.index(row, 3).data()

    # delete the follow-up with the Delete key in the table, then undo it
    follow = next(e for e in before.events if e.kind == "follow_up")
    timeline.select_event(follow.id)
    focus(qtbot, timeline.table)
    qtbot.keyClick(timeline.table, Qt.Key.Key_Delete)
    assert len(stored(window, store).events) == n - 1
    assert follow.id not in {e.id for e in stored(window, store).events}
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = [e for e in stored(window, store).events if e.kind == "follow_up"]
    assert len(stored(window, store).events) == n
    assert [e.summary for e in restored] == [follow.summary]
    # redo deletes it again; undo twice more brings back the old procedure name too
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(stored(window, store).events) == n - 1
    window.undo_action.trigger()
    window.undo_action.trigger()
    names = [e.name for e in stored(window, store).events if e.kind == "procedure"]
    assert names == [procedure.name]


def test_an_invalid_date_shows_a_message_and_saves_nothing(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, _ = make_window(qtbot, store, settings)
    open_example(qtbot, window)
    timeline = window.case_view.timeline
    before = stored(window, store)
    steps = window.controller.undo_stack.count()
    symptom = next(e for e in before.events if e.kind == "symptom")
    timeline.select_event(symptom.id)
    form = timeline.editor.form("symptom").fields
    type_into(qtbot, form.widget("date"), "2024-02-30")
    assert "February 2024 has 29 days" in form.error_text("date")
    assert form.error_text("name") == ""
    assert stored(window, store) == before
    assert window.controller.undo_stack.count() == steps
    # a new event with a bad date is not added either
    window.add_event("finding")
    new = timeline.editor.form("finding").fields
    type_into(qtbot, new.widget("date"), "2024-13")
    qtbot.mouseClick(timeline.editor.add_button, Qt.MouseButton.LeftButton)
    assert "no month 13" in new.error_text("date")
    assert "required" in new.error_text("name")
    assert len(stored(window, store).events) == len(before.events)
    # back on the symptom: the form shows what is stored; a valid date saves
    timeline.editor.cancel()
    timeline.select_event(symptom.id)
    assert form.widget("date").text() == "2024-06-03"  # type: ignore[attr-defined]
    assert form.error_text("date") == ""
    type_into(qtbot, form.widget("date"), "2024-06-02")
    moved = [e for e in stored(window, store).events if e.kind == "symptom"]
    assert [str(e.date) for e in moved] == ["2024-06-02"]


def test_index_date_is_shown_and_settable(qtbot: Any, store: Store, settings: QSettings) -> None:
    window, _ = make_window(qtbot, store, settings)
    open_example(qtbot, window)
    window.show_tab(CaseView.TIMELINE)
    timeline = window.case_view.timeline
    assert "first start of romosozumab" in timeline.index_rule.text()
    type_into(qtbot, timeline.index_edit, "2024-06-03")
    assert stored(window, store).index_date == PartialDate(2024, 6, 3)
    row = next(
        r for r in range(timeline.model.rowCount()) if timeline.model.event_at(r).kind == "symptom"
    )
    assert timeline.model.index(row, 1).data() == "Day 0 · 0.0 mo"
    type_into(qtbot, timeline.index_edit, "2024-99")
    assert timeline.index_error.isVisibleTo(window)
    assert "no month 99" in timeline.index_error.text()
    assert stored(window, store).index_date == PartialDate(2024, 6, 3)


def test_duplicate_event(qtbot: Any, store: Store, settings: QSettings, tmp_path: Path) -> None:
    window, _ = make_window(qtbot, store, settings)
    open_example(qtbot, window)
    timeline = window.case_view.timeline
    n = timeline.model.rowCount()
    first_dose = next(
        e for e in stored(window, store).events if e.kind == "medication" and e.action == "dose"
    )
    timeline.select_event(first_dose.id)
    qtbot.mouseClick(timeline.duplicate_button, Qt.MouseButton.LeftButton)
    assert timeline.model.rowCount() == n + 1
    copy = timeline.selected_event()
    assert copy is not None and copy.id != first_dose.id
    assert (copy.drug, copy.action, copy.date) == (first_dose.drug, "dose", first_dose.date)


def test_a_known_lab_test_fills_its_unit_and_loinc_and_hints_the_range(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, _ = make_window(qtbot, store, settings)
    window.new_case()
    window.show_tab(CaseView.TIMELINE)
    window.add_event("lab")
    form = window.case_view.timeline.editor.form("lab").fields
    drug_completer = window.case_view.timeline.editor.form("medication").fields.widget("drug")
    assert "romosozumab" in drug_completer.completer().model().stringList()  # type: ignore[attr-defined]
    type_into(qtbot, form.widget("test"), "Calcium")
    assert form.widget("unit").text() == "mg/dL"  # type: ignore[attr-defined]
    assert form.widget("loinc").text() == "17861-6"  # type: ignore[attr-defined]
    assert form.widget("ref_low").text() == ""  # type: ignore[attr-defined]
    assert "typical 8.5" in form.widget("ref_low").placeholderText()  # type: ignore[attr-defined]
    # a unit the user gave is kept
    type_into(qtbot, form.widget("unit"), "mmol/L")
    type_into(qtbot, form.widget("test"), "Calcium, total")
    assert form.widget("unit").text() == "mmol/L"  # type: ignore[attr-defined]


def test_adding_an_image_to_a_stored_imaging_event_saves_it(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, dialogs = make_window(qtbot, store, settings)
    open_example(qtbot, window)
    window.show_tab(CaseView.TIMELINE)
    timeline = window.case_view.timeline
    first_ct = next(e for e in stored(window, store).timeline() if e.kind == "imaging")
    timeline.select_event(first_ct.id)
    images = timeline.editor.form("imaging").images
    assert images is not None and images.list.count() == 1
    dialogs.files_to_open.append([EXAMPLE_PNG.parent / "ct-regression.png"])
    qtbot.mouseClick(images.add_button, Qt.MouseButton.LeftButton)
    saved = next(e for e in stored(window, store).events if e.id == first_ct.id)
    # panel letters count across the case's figure: the later CT already holds B
    assert [i.panel for i in saved.images] == ["A", "C"]
    window.undo_action.trigger()
    saved = next(e for e in stored(window, store).events if e.kind == "imaging")
    assert len(saved.images) == 1
