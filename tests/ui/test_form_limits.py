"""Issue 15, finding 11 in the window: the forms hold what is typed to the rules a case file
is held to (docs/case-format.md, "Limits"), each message beside its field before anything
is saved: a lab's value and text, an age against the birth date at day 0, a control
character in a single-line field, a date in other digits; a new case with no event works."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from caselog.core.dates import PartialDate
from caselog.core.model import PrivateIdentifiers
from caselog.store import services
from caselog.store.engine import Store
from tests.ui.case_views import case_view
from tests.ui.helpers import focus, make_window, type_into
from tests.ui.test_form_rules import new_form, romosozumab_case, typing


def paste_into(qtbot: Any, line: QWidget, text: str) -> None:
    """Paste ``text`` over the field's content, as from the clipboard (keystrokes cannot
    type Arabic-Indic digits or an ESC), then finish the field with Enter."""
    assert isinstance(line, QLineEdit)
    focus(qtbot, line)
    line.selectAll()
    line.insert(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_a_lab_with_a_value_and_a_text_is_refused_beside_the_field(qtbot: Any) -> None:
    form = new_form(qtbot, "lab")
    type_into(qtbot, form.fields.widget("date"), "2024-06-04")
    type_into(qtbot, form.fields.widget("test"), "Calcium")
    type_into(qtbot, form.fields.widget("value"), "8.1")
    type_into(qtbot, form.fields.widget("text"), "low")
    assert form.validated_event() is None
    assert (
        form.fields.error_text("value") == "a lab result has `value` (a number) or `text`, not both"
    )
    typing(qtbot, form.fields.widget("text"), "")  # type: ignore[arg-type]
    event = form.validated_event()
    assert event is not None and event.value == 8.1 and event.text is None


def test_a_date_in_arabic_indic_digits_is_refused_beside_the_date(qtbot: Any) -> None:
    form = new_form(qtbot, "symptom")
    paste_into(
        qtbot, form.fields.widget("date"), "\u0662\u0660\u0662\u0664-\u0660\u0666-\u0660\u0663"
    )
    assert "digit U+0662" in form.fields.error_text("date")


def test_a_control_character_in_a_one_line_field_is_refused(qtbot: Any) -> None:
    form = new_form(qtbot, "medication")
    drug = form.fields.widget("drug")
    assert isinstance(drug, QLineEdit)
    paste_into(qtbot, drug, "romo\u202esozumab")
    assert "control character U+202E" in form.fields.error_text("drug")


def test_the_age_is_held_to_the_birth_date_at_day_0_in_the_patient_tab(
    qtbot: Any, store: Store
) -> None:
    case = romosozumab_case()  # day 0: the romosozumab start, 2024-03-04
    case.patient.private = PrivateIdentifiers(birth_date=PartialDate(1949, 2, 11))
    view, stored = case_view(qtbot, store, case)
    view.tabs.setCurrentIndex(view.PATIENT)
    age = view.patient.main.widget("age")
    assert isinstance(age, QLineEdit)
    type_into(qtbot, age, "70")
    assert view.patient.main.error_text("age") == (
        "70 does not agree with the birth date 1949-02-11: at the index date 2024-03-04 the "
        "patient was 75 (leave the age empty to take it from the birth date)"
    )
    assert view.patient.status.text() == "Not saved: see the messages beside the fields."
    assert services.get_case(stored.id or 0, store=store).patient.age == 75
    typing(qtbot, age, "75")
    assert view.patient.main.error_text("age") == ""


def test_a_title_with_a_control_character_is_refused_beside_the_title(
    qtbot: Any, store: Store
) -> None:
    view, stored = case_view(qtbot, store, romosozumab_case())
    paste_into(qtbot, view.title, "Rules\x1b[2J")
    assert view.title_error.isVisible()
    assert view.title_error.text() == (
        "The title contains the control character U+001B, which a single-line value may not hold."
    )
    assert services.get_case(stored.id or 0, store=store).title == "Rules"


def test_a_new_case_starts_without_events_in_the_window(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, dialogs = make_window(qtbot, store, settings)
    case = window.new_case()
    assert case is not None and case.events == [] and dialogs.errors == []
    assert [s.title for s in services.list_cases(store=store)] == ["New case"]
