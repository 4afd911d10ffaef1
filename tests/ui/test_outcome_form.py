"""The Outcome and follow-up box of the Assessment tab (issue 16 item 6): any case records
its outcome there; a drug reaction's category is the reaction's, shown, never asked twice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from caselog.core.dates import PartialDate
from caselog.core.model import Case, CaseOutcome, Patient
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.case_view import CaseView
from caselog.ui.main_window import MainWindow
from tests.ui.helpers import choose, make_window, type_into


def _open(qtbot: Any, store: Store, settings: QSettings) -> tuple[MainWindow, int]:
    """A case that is no drug reaction, open on its Assessment tab."""
    case = services.create_case(
        Case(title="Spondylodiscitis ruled out", patient=Patient(sex="female", age=71)),
        store=store,
    ).case
    assert case.id is not None
    window, _ = make_window(qtbot, store, settings)
    window.open_case(case.id)
    window.show_tab(CaseView.ASSESSMENT)
    return window, case.id


def test_record_the_outcome_of_a_case_that_is_no_drug_reaction(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, case_id = _open(qtbot, store, settings)
    form = window.case_view.assessment.outcome
    assert form.category.isEnabled() and form.note.isHidden()
    choose(form.fields.widget("category"), "recovered")
    type_into(qtbot, form.fields.widget("date"), "2024-09")
    type_into(qtbot, form.fields.widget("follow_up"), "No recurrence at 3 months.")
    got = services.get_case(case_id, store=store)
    assert got.outcome == CaseOutcome(
        category="recovered", date=PartialDate(2024, 9), follow_up="No recurrence at 3 months."
    )
    assert got.assessment is None  # the reaction's assessment is not made by it
    # a bad date is refused beside its field, nothing saved
    type_into(qtbot, form.fields.widget("date"), "next spring")
    assert form.fields.error_text("date")
    assert services.get_case(case_id, store=store).outcome == got.outcome
    # undo takes the last saved edit back
    window.controller.undo_stack.undo()
    assert services.get_case(case_id, store=store).outcome == CaseOutcome(
        category="recovered", date=PartialDate(2024, 9)
    )


def test_a_drug_reaction_shows_the_reactions_outcome_and_asks_no_second_one(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    window, case_id = _open(qtbot, store, settings)
    tab = window.case_view.assessment
    form = tab.outcome
    choose(form.fields.widget("category"), "recovering")
    type_into(qtbot, tab.fields.widget("reaction"), "epidural calcification")
    got = services.get_case(case_id, store=store)
    assert got.assessment is not None and got.assessment.outcome == "recovering"  # moved
    assert got.outcome is None
    assert not form.category.isEnabled() and not form.note.isHidden()
    assert "Outcome (recovering)" in form.note.text()
    assert form.category.currentData() == "recovering"
    assert tab.fields.widget("outcome").currentData() == "recovering"  # type: ignore[attr-defined]
    type_into(qtbot, form.fields.widget("follow_up"), "Pain free at 6 months.")
    got = services.get_case(case_id, store=store)
    assert got.outcome == CaseOutcome(follow_up="Pain free at 6 months.")
    assert got.assessment is not None and got.assessment.outcome == "recovering"
