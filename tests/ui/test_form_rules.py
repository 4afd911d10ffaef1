"""Same rules, as you type: every rule a case file is held to on import, those across the
case's events included, is checked in the event forms by the same validation code; the
message shows beside its field as soon as the field is finished and clears at the keystroke
that fixes it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Case, Event, Patient, PrivateIdentifiers
from caselog.interchange.errors import CaseFileError
from caselog.interchange.validation import case_from_dict
from caselog.store.engine import Store
from caselog.ui.forms.event_form import EventForm
from tests.ui.case_views import case_view
from tests.ui.helpers import choose, focus, type_into


def romosozumab_case() -> Case:
    start = Event(
        kind="medication",
        date=PartialDate(2024, 3, 4),
        drug="romosozumab",
        action="start",
        role="suspect",
        dose=210.0,
        dose_unit="mg",
    )
    stop = Event(kind="medication", date=PartialDate(2024, 6, 6), drug="romosozumab", action="stop")
    return Case(title="Rules", patient=Patient(sex="female", age=75), events=[start, stop])


def new_form(qtbot: Any, kind: str) -> EventForm:
    """An empty form of ``kind``, shown, as the event pane opens it."""
    form = EventForm(kind)
    qtbot.addWidget(form)
    form.set_event(Event(kind=kind, date=PartialDate(2000)))
    form.fields.set_values({})
    form.show()
    qtbot.waitExposed(form)
    return form


def typing(qtbot: Any, line: QLineEdit, text: str) -> None:
    """Keystrokes into a field that keeps the focus (not finished)."""
    focus(qtbot, line)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)


def test_a_stop_before_its_start_is_refused_beside_the_field_as_typed(
    qtbot: Any, store: Store
) -> None:
    view, stored = case_view(qtbot, store, romosozumab_case())
    editor = view.timeline.editor
    view.timeline.start_new("medication")
    form = editor.current_form
    assert form is not None
    type_into(qtbot, form.fields.widget("drug"), "romosozumab")
    choose(form.fields.widget("action"), "stop")
    date = form.fields.widget("date")
    assert isinstance(date, QLineEdit)
    type_into(qtbot, date, "2024-02-01")
    # no submit yet: the message is there, from the importer's rule
    message = form.fields.error_text("date") + form.fields.error_text("action")
    assert "no start of it on or before that date" in message
    # the importer refuses the same timeline with the same words
    raw = {
        "title": "Rules",
        "patient": {"sex": "female", "age": 75},
        "events": [
            {"kind": "medication", "date": "2024-03-04", "drug": "romosozumab", "action": "start"},
            {"kind": "medication", "date": "2024-02-01", "drug": "romosozumab", "action": "stop"},
        ],
    }
    with pytest.raises(CaseFileError) as refused:
        case_from_dict(raw)
    assert any(i.message in message for i in refused.value.issues)
    assert editor.submit() is None
    assert view.case is not None and len(view.case.events) == len(stored.events)
    # fixed as typed: the keystroke that makes the date valid clears the message
    typing(qtbot, date, "2024-06-0")
    assert form.fields.error_text("date") or form.fields.error_text("action")
    qtbot.keyClicks(date, "7")
    assert form.fields.error_text("date") == form.fields.error_text("action") == ""
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert editor.submit() is not None
    assert view.case is not None and len(view.case.events) == len(stored.events) + 1


def test_moving_a_start_after_its_stop_is_not_saved(qtbot: Any, store: Store) -> None:
    view, stored = case_view(qtbot, store, romosozumab_case())
    start = next(e for e in stored.events if e.action == "start")
    view.timeline.select_event(start.id)
    form = view.timeline.editor.current_form
    assert form is not None
    type_into(qtbot, form.fields.widget("date"), "2024-07-01")
    assert "would leave the stop of 'romosozumab'" in form.fields.error_text("date")
    assert view.case is not None
    assert next(e for e in view.case.events if e.id == start.id).date == PartialDate(2024, 3, 4)


def test_a_future_date_shows_when_the_field_is_finished_not_on_submit(qtbot: Any) -> None:
    form = new_form(qtbot, "symptom")
    date = form.fields.widget("date")
    assert isinstance(date, QLineEdit)
    type_into(qtbot, date, "2999-01-01")
    assert "is in the future" in form.fields.error_text("date")
    assert form.fields.error_text("name") == ""  # not yet touched: no "required" nagging
    typing(qtbot, date, "2024-01-01")
    assert form.fields.error_text("date") == ""  # cleared as typed


def test_a_fixed_value_loses_its_old_message(qtbot: Any) -> None:
    form = new_form(qtbot, "lab")
    type_into(qtbot, form.fields.widget("date"), "2024-06-04")
    type_into(qtbot, form.fields.widget("test"), "Calcium")
    low = form.fields.widget("ref_low")
    high = form.fields.widget("ref_high")
    assert isinstance(low, QLineEdit) and isinstance(high, QLineEdit)
    type_into(qtbot, low, "10.5")
    type_into(qtbot, high, "8.5")
    type_into(qtbot, form.fields.widget("value"), "abc")
    assert form.validated_event() is None
    assert "is above ref_high" in form.fields.error_text("ref_low")
    assert "not a number" in form.fields.error_text("value")
    typing(qtbot, form.fields.widget("value"), "8.3")  # type: ignore[arg-type]
    assert form.fields.error_text("value") == ""
    assert "is above ref_high" in form.fields.error_text("ref_low")  # still wrong: still said
    typing(qtbot, low, "8.5")
    typing(qtbot, high, "10.5")
    assert form.fields.error_text("ref_low") == ""


def test_the_assessment_onset_is_held_to_the_patients_birth_date(qtbot: Any, store: Store) -> None:
    case = romosozumab_case()
    case.patient = Patient(
        sex="female", age=75, private=PrivateIdentifiers(birth_date=PartialDate(1949, 2, 11))
    )
    case.assessment = Assessment(reaction="epidural calcification")
    view, _ = case_view(qtbot, store, case)
    view.tabs.setCurrentIndex(view.ASSESSMENT)
    fields = view.assessment.fields
    onset = fields.widget("onset_date")
    assert isinstance(onset, QLineEdit)
    type_into(qtbot, onset, "1940-05-01")
    assert "before the patient's birth date" in fields.error_text("onset_date")
    assert view.case is not None and view.case.assessment is not None
    assert view.case.assessment.onset_date is None  # refused, as an import refuses it
    typing(qtbot, onset, "2024-06-03")
    assert fields.error_text("onset_date") == ""  # cleared as typed


def test_a_patient_field_loses_its_message_as_it_is_fixed(qtbot: Any, store: Store) -> None:
    view, _ = case_view(qtbot, store, romosozumab_case())
    view.tabs.setCurrentIndex(view.PATIENT)
    weight = view.patient.main.widget("weight_kg")
    assert isinstance(weight, QLineEdit)
    type_into(qtbot, weight, "-4")
    assert view.patient.main.error_text("weight_kg")
    typing(qtbot, weight, "46")
    assert view.patient.main.error_text("weight_kg") == ""
