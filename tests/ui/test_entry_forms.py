"""The data-entry forms of issue 12: quick add, the course form, the lab panel, images, and
Tab / Ctrl+Enter staying in the form."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableWidgetItem

from caselog.core.dates import PartialDate
from caselog.core.model import Case, Event, Patient
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.case_view import CaseView
from caselog.ui.forms.event_form import specs_for
from caselog.ui.resources import example_case_file
from tests.ui.case_views import case_view
from tests.ui.helpers import focus, make_window, type_into

D = PartialDate.parse
PNG = example_case_file().parent / "ct-initial.png"


def timeline_view(qtbot: Any, store: Store, case: Case) -> tuple[CaseView, Case]:
    view, stored = case_view(qtbot, store, case)
    view.tabs.setCurrentIndex(view.TIMELINE)
    return view, stored


def empty_case() -> Case:
    return Case(title="t", patient=Patient(sex="female", age=70))


def meds(store: Store, case_id: int) -> list[tuple[str, str | None, float | None]]:
    case = services.get_case(case_id, store=store)
    return [(str(e.date), e.action, e.dose) for e in case.timeline() if e.kind == "medication"]


def quick(qtbot: Any, view: CaseView, text: str) -> str:
    line = view.timeline.quick.line
    focus(qtbot, line)
    line.clear()
    qtbot.keyClicks(line, text)
    preview = view.timeline.quick.preview.text()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    return preview


def test_quick_add_shows_what_it_read_then_adds_it_relative_to_day_0(
    qtbot: Any, store: Store
) -> None:
    view, case = timeline_view(qtbot, store, empty_case())
    assert case.id is not None
    shown = quick(qtbot, view, "suspect romosozumab 210 mg sc monthly x3 from 2024-03-04")
    assert "doses: 3" in shown and "2024-05-04" in shown
    assert meds(store, case.id) == [
        ("2024-03-04", "start", 210), ("2024-04-04", "dose", 210), ("2024-05-04", "dose", 210),
    ]  # fmt: skip
    shown = quick(qtbot, view, "day 12 CT-guided drainage")
    assert "procedure on 2024-03-16 (day 12 from the index date)" in shown
    # a refused line adds nothing and says why, beside the line, which keeps the text
    before = services.get_case(case.id, store=store).events
    shown = quick(qtbot, view, "2024-06-05 CT lumbar spine")
    assert "findings after a colon" in shown
    assert view.timeline.quick.line.text() == "2024-06-05 CT lumbar spine"
    assert services.get_case(case.id, store=store).events == before
    # a stop of the course's drug takes its role and its reason
    quick(qtbot, view, "2024-06-06 stop Evenity: suspected adverse reaction")
    stop = [e for e in services.get_case(case.id, store=store).events if e.action == "stop"]
    assert [(e.role, e.reason) for e in stop] == [("suspect", "suspected adverse reaction")]


def test_a_course_reopens_as_a_course_and_its_events_follow(qtbot: Any, store: Store) -> None:
    view, case = timeline_view(qtbot, store, empty_case())
    assert case.id is not None
    tl = view.timeline
    tl.start_course()
    form = tl.course_form
    type_into(qtbot, form.fields.widget("drug"), "romosozumab")
    type_into(qtbot, form.fields.widget("dose"), "210")
    type_into(qtbot, form.fields.widget("dose_unit"), "mg")
    type_into(qtbot, form.fields.widget("frequency"), "monthly")
    type_into(qtbot, form.fields.widget("date"), "2024-03-04")
    type_into(qtbot, form.fields.widget("n_doses"), "3")
    assert "3 doses of 210 mg: 2024-03-04, 2024-04-04, 2024-05-04" in form.doses.text()
    focus(qtbot, form.fields.widget("n_doses"))
    qtbot.keyClick(
        form.fields.widget("n_doses"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert len(meds(store, case.id)) == 3
    # select a dose, open its course, make it 4 doses and a stop with its reason
    dose = next(e for e in services.get_case(case.id, store=store).events if e.action == "dose")
    tl.select_event(dose.id)
    assert tl.course_button.isEnabled()
    qtbot.mouseClick(tl.course_button, Qt.MouseButton.LeftButton)
    assert tl.shown_side() is form
    assert form.fields.widget("n_doses").text() == "3"  # type: ignore[attr-defined]
    type_into(qtbot, form.fields.widget("n_doses"), "4")
    type_into(qtbot, form.fields.widget("stop"), "2024-07-01")
    type_into(qtbot, form.fields.widget("stop_reason"), "suspected adverse reaction")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert meds(store, case.id) == [
        ("2024-03-04", "start", 210), ("2024-04-04", "dose", 210), ("2024-05-04", "dose", 210),
        ("2024-06-04", "dose", 210), ("2024-07-01", "stop", None),
    ]  # fmt: skip
    # one undo step takes the whole edit back
    view.controller.undo_stack.undo()
    assert len(meds(store, case.id)) == 3
    # a stop before the last dose: the message beside the field, nothing written
    tl.select_event(dose.id)
    tl.select_event(
        next(e for e in services.get_case(case.id, store=store).events if e.action == "dose").id
    )
    qtbot.mouseClick(tl.course_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, form.fields.widget("stop"), "2024-04-10")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "before the last dose" in form.fields.error_text("stop")
    assert len(meds(store, case.id)) == 3


def test_a_course_with_uneven_doses_is_shown_but_not_rewritten(qtbot: Any, store: Store) -> None:
    case = empty_case()
    case.events = [
        Event(kind="medication", date=D("2024-01-01"), drug="denosumab", action="start", dose=60),
        Event(kind="medication", date=D("2024-07-01"), drug="denosumab", action="dose", dose=120),
    ]
    view, stored = timeline_view(qtbot, store, case)
    tl = view.timeline
    tl.select_event(stored.events[1].id)
    qtbot.mouseClick(tl.course_button, Qt.MouseButton.LeftButton)
    assert "differ" in tl.course_form.error.text()
    assert not tl.course_form.save_button.isEnabled()


PASTE = (
    "Test\tResult\tUnit\tRange\n"
    "Calcium 8.3 mg/dL 8.5-10.5\n"
    "ALP\t412\tU/L\t40-130\n"
    "Phosphate 1.9 mmol/L (0.8-1.5) H\n"
    "see the attached report\n"
)


def test_a_pasted_panel_fills_the_grid_shows_unread_lines_and_adds_in_one_write(
    qtbot: Any, store: Store
) -> None:
    view, case = timeline_view(qtbot, store, empty_case())
    assert case.id is not None
    tl = view.timeline
    qtbot.mouseClick(tl.panel_button, Qt.MouseButton.LeftButton)
    panel = tl.panel_form
    type_into(qtbot, panel.date, "2024-06-04")
    QGuiApplication.clipboard().setText(PASTE)
    focus(qtbot, panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = [[panel.text(r, c) for c in range(6)] for r in range(3)]
    assert rows == [
        ["Calcium", "8.3", "mg/dL", "8.5", "10.5", "17861-6"],
        ["ALP", "412", "U/L", "40", "130", "6768-6"],
        ["Phosphate", "1.9", "mmol/L", "0.8", "1.5", "2777-1"],
    ]
    assert [panel.flag_text(r) for r in range(3)] == ["LOW", "HIGH", "HIGH"]
    assert "line 1" in panel.unread.text() and "line 5" in panel.unread.text()
    assert "see the attached report" in panel.unread.text()
    undo_before = view.controller.undo_stack.count()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    labs = [e for e in services.get_case(case.id, store=store).events if e.kind == "lab"]
    assert [(e.test, e.value, e.loinc) for e in labs] == [
        ("Calcium", 8.3, "17861-6"), ("ALP", 412, "6768-6"), ("Phosphate", 1.9, "2777-1"),
    ]  # fmt: skip
    assert view.controller.undo_stack.count() == undo_before + 1  # one write, one undo step


def test_a_typed_panel_row_fills_from_the_catalogue_flags_and_converts(
    qtbot: Any, store: Store
) -> None:
    view, _ = timeline_view(qtbot, store, empty_case())
    panel = view.timeline.panel_form
    view.timeline.start_panel()
    panel.table.setItem(0, 0, QTableWidgetItem("Calcium"))
    assert (panel.text(0, 2), panel.text(0, 5)) == ("mg/dL", "17861-6")
    assert (panel.text(0, 3), panel.text(0, 4)) == ("8.5", "10.5")  # typical, shown as such
    low = panel.table.item(0, 3)
    assert low is not None and "catalogue" in low.toolTip()
    panel.table.setItem(0, 1, QTableWidgetItem("11.2"))
    assert panel.flag_text(0) == "HIGH"
    value = panel.table.item(0, 1)
    assert value is not None
    value.setText("9.1")
    assert panel.flag_text(0) == ""  # fixed: the flag goes
    panel.convert_row(0, "mmol/L")
    assert (panel.text(0, 1), panel.text(0, 2), panel.text(0, 3)) == ("2.27", "mmol/L", "2.121")
    # a row without a value is refused with its row number, nothing added
    panel.table.setItem(1, 0, QTableWidgetItem("ALP"))
    panel.date.setText("2024-06-04")
    assert panel.submit() is None
    assert "Row 2 (ALP): the value is missing" in panel.error.text()


def test_images_sit_at_the_top_of_the_imaging_form(qtbot: Any, store: Store) -> None:
    view, _ = timeline_view(qtbot, store, empty_case())
    view.timeline.start_new("imaging")
    form = view.timeline.editor.current_form
    assert form is not None and form.images is not None
    lay = form.fields.layout_
    heading = lay.itemAt(0, lay.ItemRole.SpanningRole)
    images = lay.itemAt(1, lay.ItemRole.SpanningRole)  # across the form: never widens it
    assert heading is not None and images is not None and images.widget() is form.images
    label = heading.widget()
    assert isinstance(label, QLabel) and label.buddy() is form.images


def test_images_take_the_next_letter_of_the_case_and_paste_from_the_clipboard(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    case = empty_case()
    case.events = [Event(kind="imaging", date=D("2024-06-05"), modality="CT", findings="x")]
    view, stored = timeline_view(qtbot, store, case)
    tl = view.timeline
    tl.select_event(stored.events[0].id)
    images = tl.editor.current_form.images  # type: ignore[union-attr]
    assert images is not None
    images.add_files([PNG])
    shot = QImage(40, 30, QImage.Format.Format_RGB32)
    shot.fill(QColor("gray"))
    QGuiApplication.clipboard().setImage(shot)
    qtbot.mouseClick(images.paste_button, Qt.MouseButton.LeftButton)
    saved = services.get_case(stored.id, store=store).events[0]  # type: ignore[arg-type]
    assert [(im.panel, im.filename) for im in saved.images] == [
        ("A", "ct-initial.png"), ("B", "pasted-1.png"),
    ]  # fmt: skip
    # a second CT continues the figure: C
    quick(qtbot, view, "2024-12-09 CT lumbar spine: regression")
    second = [e for e in services.get_case(stored.id, store=store).events if e.kind == "imaging"][1]  # type: ignore[arg-type]
    tl.select_event(second.id)
    images = tl.editor.current_form.images  # type: ignore[union-attr]
    assert images is not None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(PNG))])
    images.add_mime(mime, "dropped")
    both = [e for e in services.get_case(stored.id, store=store).events if e.kind == "imaging"]  # type: ignore[arg-type]
    assert [im.panel for im in both[1].images] == ["C"]
    # an empty clipboard says so
    QGuiApplication.clipboard().setText("not an image")
    images.paste_clipboard()
    assert "no image" in images.error.text()


@pytest.mark.parametrize("kind", ["symptom", "medication", "lab", "imaging", "note"])
def test_tab_stays_in_the_form_and_ctrl_enter_adds_from_its_last_field(
    qtbot: Any, store: Store, settings: QSettings, kind: str
) -> None:
    window, _ = make_window(qtbot, store, settings)
    created = services.create_case(empty_case(), store=store).case
    window.open_case(created.id)
    window.show_tab(CaseView.TIMELINE)
    tl = window.case_view.timeline
    tl.start_new(kind)
    form = tl.editor.current_form
    assert form is not None
    # Tab from every field lands inside the editor, never in the search box
    date = form.fields.widget("date")
    focus(qtbot, date)
    seen = []
    for _ in range(len(specs_for(kind)) + 6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        assert w is not None and tl.editor.isAncestorOf(w), w.accessibleName() if w else None
        seen.append(w)
    assert date in seen  # it came round to the first field
    # fill the required fields, then Ctrl+Enter in the last field adds
    if kind == "lab":
        type_into(qtbot, form.fields.widget("value"), "9.1")
    values = {"date": "2024-01-05", "name": "pain", "drug": "romosozumab", "action": None,
              "test": "Calcium", "value": "9.1", "modality": None, "findings": "calcification",
              "text": "seen"}  # fmt: skip
    for spec in specs_for(kind):
        if spec.required and values.get(spec.key):
            type_into(qtbot, form.fields.widget(spec.key), values[spec.key])  # type: ignore[arg-type]
        elif spec.required:
            from tests.ui.helpers import choose

            choose(form.fields.widget(spec.key), spec.choices[0])
    last = form.fields.widget("notes")
    focus(qtbot, last)
    qtbot.keyClick(last, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    case = services.get_case(created.id, store=store)  # type: ignore[arg-type]
    assert [e.kind for e in case.events] == [kind]
    assert isinstance(window.case_view.timeline.quick.line, QLineEdit)


def test_a_lab_test_picked_from_the_completion_list_fills_unit_and_loinc(
    qtbot: Any, store: Store
) -> None:
    view, _ = timeline_view(qtbot, store, empty_case())
    view.timeline.start_new("lab")
    form = view.timeline.editor.current_form
    assert form is not None
    test = form.fields.widget("test")
    assert isinstance(test, QLineEdit)
    focus(qtbot, test)
    qtbot.keyClicks(test, "Alkaline")
    popup = test.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert test.text() == "Alkaline phosphatase"
    assert form.fields.widget("unit").text() == "U/L"  # type: ignore[attr-defined]
    assert form.fields.widget("loinc").text() == "6768-6"  # type: ignore[attr-defined]
