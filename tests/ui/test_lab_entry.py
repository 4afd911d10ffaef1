"""Lab entry: flags against the result's range or the catalogue's, implausible values
confirmed before saving, unit conversion."""

from __future__ import annotations

from typing import Any

import pytest

from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.case_view import CaseView
from tests.clinical_cases import calcium
from tests.clinical_cases import case as make_case
from tests.ui.case_views import case_view
from tests.ui.helpers import ScriptedDialogs, type_into


def new_lab(qtbot: Any, view: CaseView, **values: str) -> None:
    view.tabs.setCurrentIndex(view.TIMELINE)
    view.timeline.start_new("lab")
    form = view.timeline.editor.form("lab")
    for key in ("date", "test", "value", "unit", "ref_low", "ref_high"):
        if key in values:
            type_into(qtbot, form.fields.widget(key), values[key])


def labs(store: Store, case_id: int) -> list[Any]:
    return [e for e in services.get_case(case_id, store=store).events if e.kind == "lab"]


def test_implausible_value_declined_saves_nothing(qtbot: Any, store: Store) -> None:
    dialogs = ScriptedDialogs()
    dialogs.confirm_answers.append(False)
    view, stored = case_view(qtbot, store, make_case(), dialogs)
    assert stored.id is not None
    new_lab(qtbot, view, date="2024-05-02", test="Calcium", value="80", unit="mg/dL")
    form = view.timeline.editor.form("lab")
    assert form.assist is not None and "plausible" in form.assist.check.text()
    assert view.timeline.editor.submit() is not None  # the form itself is valid
    assert (
        len(dialogs.confirmations) == 1
        and "physiologically plausible" in (dialogs.confirmations[0])
    )
    assert labs(store, stored.id) == []
    assert view.timeline.editor.is_new  # the form stays, to correct the value
    assert "Not added" in view.timeline.editor.status.text()


def test_implausible_value_confirmed_is_saved(qtbot: Any, store: Store) -> None:
    dialogs = ScriptedDialogs()
    dialogs.confirm_answers.append(True)
    view, stored = case_view(qtbot, store, make_case(), dialogs)
    assert stored.id is not None
    new_lab(qtbot, view, date="2024-05-02", test="Calcium", value="80", unit="mg/dL")
    view.timeline.editor.submit()
    (lab,) = labs(store, stored.id)
    assert lab.value == 80


def test_plausible_value_asks_nothing(qtbot: Any, store: Store) -> None:
    dialogs = ScriptedDialogs()
    view, stored = case_view(qtbot, store, make_case(), dialogs)
    assert stored.id is not None
    new_lab(qtbot, view, date="2024-05-02", test="Calcium", value="9.1", unit="mg/dL")
    view.timeline.editor.submit()
    assert dialogs.confirmations == []
    assert [e.value for e in labs(store, stored.id)] == [9.1]


def test_editing_to_a_negative_value_declined_keeps_the_stored_one(
    qtbot: Any, store: Store
) -> None:
    dialogs = ScriptedDialogs()
    dialogs.confirm_answers.append(False)
    view, stored = case_view(qtbot, store, make_case(calcium("2024-05-02", 9.1)), dialogs)
    assert stored.id is not None
    (lab,) = labs(store, stored.id)
    view.tabs.setCurrentIndex(view.TIMELINE)
    view.timeline.select_event(lab.id)
    form = view.timeline.editor.form("lab")
    type_into(qtbot, form.fields.widget("value"), "-3")
    assert dialogs.confirmations and "negative" in dialogs.confirmations[0]
    assert [e.value for e in labs(store, stored.id)] == [9.1]
    assert form.fields.widget("value").text() == "9.1"  # type: ignore[attr-defined]
    assert "Not saved" in view.timeline.editor.status.text()
    assert view.controller.undo_stack.count() == 0


def test_flag_uses_the_catalogue_range_when_the_result_has_none(qtbot: Any, store: Store) -> None:
    view, _ = case_view(qtbot, store, make_case())
    new_lab(qtbot, view, date="2024-05-02", test="Calcium", value="11.2", unit="mg/dL")
    form = view.timeline.editor.form("lab")
    assert form.range_flag is not None
    assert form.range_flag.text() == "HIGH: outside the typical range (catalogue) 8.5–10.5 mg/dL"
    type_into(qtbot, form.fields.widget("ref_high"), "11.5")
    type_into(qtbot, form.fields.widget("ref_low"), "8.8")
    assert form.range_flag.text() == ""  # its own range says normal


@pytest.mark.parametrize(("unit", "value"), [("mmol/L", 2.295), ("mEq/L", 4.59)])
def test_unit_conversion_rewrites_value_and_range_and_saves(
    qtbot: Any, store: Store, unit: str, value: float
) -> None:
    view, stored = case_view(qtbot, store, make_case(calcium("2024-05-02", 9.2)))
    assert stored.id is not None
    (lab,) = labs(store, stored.id)
    view.tabs.setCurrentIndex(view.TIMELINE)
    view.timeline.select_event(lab.id)
    form = view.timeline.editor.form("lab")
    assert form.assist is not None and form.assist.convert.isVisibleTo(form)
    offered = [a.text() for a in form.assist.convert_menu.actions()]
    assert offered == ["mmol/L", "mEq/L"]
    (action,) = [a for a in form.assist.convert_menu.actions() if a.text() == unit]
    action.trigger()
    (saved,) = labs(store, stored.id)
    assert saved.unit == unit
    assert saved.value == pytest.approx(value, rel=1e-3)
    assert saved.ref_low is not None and saved.ref_high is not None
    assert saved.ref_low < saved.value < saved.ref_high  # still normal, in the new unit


def test_no_conversion_for_an_unknown_test(qtbot: Any, store: Store) -> None:
    view, _ = case_view(qtbot, store, make_case())
    new_lab(qtbot, view, date="2024-05-02", test="Zonulin", value="3", unit="ng/mL")
    form = view.timeline.editor.form("lab")
    assert form.assist is not None and not form.assist.convert.isVisibleTo(form)


def test_a_confirmed_value_is_not_asked_again_for_other_edits(qtbot: Any, store: Store) -> None:
    dialogs = ScriptedDialogs()
    view, stored = case_view(qtbot, store, make_case(calcium("2024-05-02", 80.0)), dialogs)
    assert stored.id is not None
    (lab,) = labs(store, stored.id)
    view.tabs.setCurrentIndex(view.TIMELINE)
    view.timeline.select_event(lab.id)
    form = view.timeline.editor.form("lab")
    type_into(qtbot, form.fields.widget("notes"), "repeated: same result")
    assert dialogs.confirmations == []
    assert [e.notes for e in labs(store, stored.id)] == ["repeated: same result"]
