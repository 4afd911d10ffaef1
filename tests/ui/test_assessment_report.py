"""The Assessment and Report tabs: answers and text saved as they are given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPlainTextEdit

from caselog.core.model import Case, CslItem, Patient, ReportText
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.case_view import CaseView
from tests.ui.helpers import choose, focus, make_window, set_cell, type_into

REFERENCES = Path(__file__).parents[1] / "fixtures" / "references"


def new_case(store: Store) -> int:
    case = services.create_case(
        Case(title="Hypocalcaemia after denosumab", patient=Patient(sex="male", age=80)),
        store=store,
    ).case
    assert case.id is not None
    return case.id


def test_answer_the_naranjo_questions_and_see_the_score(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    case_id = new_case(store)
    window, _ = make_window(qtbot, store, settings)
    window.open_case(case_id)
    window.show_tab(CaseView.ASSESSMENT)
    tab = window.case_view.assessment
    panel = tab.naranjo
    # an answer before the reaction is named is not saved, and the form says why
    qtbot.mouseClick(panel.button("after_drug", "yes"), Qt.MouseButton.LeftButton)
    assert "required" in tab.fields.error_text("reaction")
    assert services.get_case(case_id, store=store).assessment is None
    type_into(qtbot, tab.fields.widget("reaction"), "symptomatic hypocalcaemia")
    for key, answer in (
        ("improved_on_stop", "yes"),
        ("alternative_causes", "no"),
        ("objective_evidence", "yes"),
        ("previous_reports", "yes"),
        ("placebo_reaction", "unknown"),
    ):
        qtbot.mouseClick(panel.button(key, answer), Qt.MouseButton.LeftButton)
    assert panel.result.text().startswith("Naranjo score 7: probable")
    qtbot.mouseClick(tab.serious["hospitalization"], Qt.MouseButton.LeftButton)
    choose(tab.fields.widget("outcome"), "recovering")
    choose(tab.fields.widget("dechallenge"), "positive")
    qtbot.mouseClick(tab.who_buttons["probable"], Qt.MouseButton.LeftButton)

    a = services.get_case(case_id, store=store).assessment
    assert a is not None
    assert a.reaction == "symptomatic hypocalcaemia"
    assert a.naranjo == {
        "after_drug": "yes",
        "improved_on_stop": "yes",
        "alternative_causes": "no",
        "objective_evidence": "yes",
        "previous_reports": "yes",
        "placebo_reaction": "unknown",
    }
    assert a.seriousness == ["hospitalization"]
    assert (a.outcome, a.dechallenge, a.who_umc) == ("recovering", "positive", "probable")
    # the criteria of each WHO-UMC category sit beside it
    assert "rechallenge not required" in tab.who_buttons["probable"].accessibleDescription().lower()
    # undo takes back the WHO-UMC choice, and the window shows it
    window.undo_action.trigger()
    assert services.get_case(case_id, store=store).assessment.who_umc is None  # type: ignore[union-attr]
    assert tab.who_buttons[None].isChecked()


def test_report_text_authors_keywords_and_consent(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    case_id = new_case(store)
    window, _ = make_window(qtbot, store, settings)
    window.open_case(case_id)
    window.show_tab(CaseView.REPORT)
    tab = window.case_view.report
    type_into(qtbot, tab.text.widget("introduction"), "Denosumab lowers calcium.")
    type_into(qtbot, tab.text.widget("references"), "Ref one.\n\nRef two.")
    type_into(qtbot, tab.text.widget("competing_interests"), "None declared.")
    type_into(qtbot, tab.text.widget("funding"), "No funding was received.")
    type_into(qtbot, tab.keywords, "denosumab, hypocalcaemia, dialysis")
    focus(qtbot, tab.consent.widget("consent.obtained"))
    qtbot.mouseClick(tab.consent.widget("consent.obtained"), Qt.MouseButton.LeftButton)
    tab.authors.add_row()
    set_cell(tab.authors.table, 0, 0, "A. Author")
    set_cell(tab.authors.table, 0, 1, "MD")

    case = services.get_case(case_id, store=store)
    assert case.report is not None
    assert case.report.introduction == "Denosumab lowers calcium."
    assert case.report.references == ["Ref one.", "Ref two."]
    assert case.report.competing_interests == "None declared."
    assert case.report.funding == "No funding was received." and case.report.ethics is None
    assert case.report.consent is not None and case.report.consent.obtained is True
    assert case.keywords == ["denosumab", "hypocalcaemia", "dialysis"]
    assert [(a.name, a.degrees) for a in case.authors] == [("A. Author", "MD")]
    # an author without a name is refused with a message; nothing changes
    tab.authors.add_row()
    set_cell(tab.authors.table, 1, 1, "PhD")
    assert "author 2: a name is required" in tab.error.text()
    assert len(services.get_case(case_id, store=store).authors) == 1


def test_the_timeline_suggests_an_answer_and_one_click_takes_it(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    from caselog.core.dates import PartialDate
    from caselog.core.model import Assessment, Event

    case = services.create_case(
        Case(
            title="Pain after romosozumab",
            patient=Patient(sex="female", age=80),
            events=[
                Event("medication", PartialDate(2024, 3, 4), drug="romosozumab",
                      action="start", role="suspect"),
                Event("symptom", PartialDate(2024, 6, 3), name="back pain"),
            ],
            assessment=Assessment(reaction="back pain"),
        ),
        store=store,
    ).case  # fmt: skip
    assert case.id is not None
    window, _ = make_window(qtbot, store, settings)
    window.open_case(case.id)
    window.show_tab(CaseView.ASSESSMENT)
    panel = window.case_view.assessment.naranjo
    hint = panel.hint("after_drug")
    assert not hint.isHidden() and hint.text() == "Timeline suggests: yes"
    assert hint.toolTip()  # says why
    assert services.get_case(case.id, store=store).assessment.naranjo == {}  # type: ignore[union-attr]
    qtbot.mouseClick(hint, Qt.MouseButton.LeftButton)
    assert services.get_case(case.id, store=store).assessment.naranjo == {"after_drug": "yes"}  # type: ignore[union-attr]
    assert hint.isHidden()
    assert panel.result.text().startswith("Naranjo score 2: possible")


def test_not_serious_is_recorded_apart_from_not_recorded(
    qtbot: Any, store: Store, settings: QSettings
) -> None:
    case_id = new_case(store)
    window, _ = make_window(qtbot, store, settings)
    window.open_case(case_id)
    window.show_tab(CaseView.ASSESSMENT)
    tab = window.case_view.assessment
    type_into(qtbot, tab.fields.widget("reaction"), "rash")
    a = services.get_case(case_id, store=store).assessment
    assert a is not None and a.seriousness is None  # nothing ticked: not recorded
    tab.not_serious.click()
    a = services.get_case(case_id, store=store).assessment
    assert a is not None and a.seriousness == []
    tab.serious["death"].click()  # a criterion unticks "not serious"
    assert not tab.not_serious.isChecked()
    a = services.get_case(case_id, store=store).assessment
    assert a is not None and a.seriousness == ["death"]
    tab.not_serious.click()
    assert not tab.serious["death"].isChecked()
    a = services.get_case(case_id, store=store).assessment
    assert a is not None and a.seriousness == []
    tab.set_assessment(a)  # shown back as stored
    assert tab.not_serious.isChecked()


def test_references_are_added_from_a_file_in_the_report_tab_and_undone_as_one(
    qtbot: Any, store: Store, settings: QSettings, tmp_path: Path
) -> None:
    case_id = new_case(store)
    window, dialogs = make_window(qtbot, store, settings)
    window.open_case(case_id)
    window.show_tab(CaseView.REPORT)
    tab = window.case_view.report
    broken = tmp_path / "broken.ris"
    broken.write_text("TY  - JOUR\nTI  - no end record\n", encoding="utf-8")
    dialogs.files_to_open.append([REFERENCES / "example.bib", broken])
    qtbot.mouseClick(tab.references_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors[-1].endswith("(the file ends). Nothing was changed.")
    assert "broken.ris: line 1" in dialogs.errors[-1]
    assert services.get_case(case_id, store=store).report is None
    dialogs.files_to_open.append([REFERENCES / "example.bib"])
    qtbot.mouseClick(tab.references_button, Qt.MouseButton.LeftButton)
    report = services.get_case(case_id, store=store).report
    assert report is not None
    keys = [r.key for r in report.references if isinstance(r, CslItem)]
    assert keys == ["cosman2016", "kdigo2017", "vanderberg2023"]
    shown = tab.text.widget("references")
    assert isinstance(shown, QPlainTextEdit)
    lines = shown.toPlainText().splitlines()
    assert lines[0] == (
        "[@cosman2016] Cosman F, et al. Romosozumab Treatment in Postmenopausal Women with "
        "Osteoporosis. N Engl J Med. 2016."
    )
    # another field saved: the items stay items, every field kept
    type_into(qtbot, tab.text.widget("funding"), "None.")
    after = services.get_case(case_id, store=store).report
    assert after is not None and after.funding == "None." and after.references == report.references
    # the author rewrites one item's line: a typed reference under the same key
    type_into(qtbot, shown, "\n".join(["[@cosman2016] Cosman F. Typed by hand.", *lines[1:]]))
    typed = services.get_case(case_id, store=store).report
    assert typed is not None
    assert typed.references[0] == "[@cosman2016] Cosman F. Typed by hand."
    assert typed.references[1:] == report.references[1:]
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert services.get_case(case_id, store=store).report in (None, ReportText())
