"""The findings panel under the case, warnings on the timeline rows, the exposure panel."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caselog.clinical import check_case
from caselog.clinical.findings import Finding
from caselog.report.reference_checks import reference_findings
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.case_view import CaseView
from caselog.ui.exposure_panel import ExposureModel
from caselog.ui.field_targets import FIELD_TARGETS, focus_field, place_name
from caselog.ui.findings_model import FindingsModel
from caselog.ui.timeline_model import TimelineModel
from tests.clinical_cases import case as make_case
from tests.clinical_cases import monthly
from tests.examples import load_example
from tests.ui.case_views import case_view
from tests.ui.helpers import make_window, type_into


def listed(model: FindingsModel) -> list[Finding]:
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out += [model.finding(model.index(r, 0, group)) for r in range(model.rowCount(group))]
    return [f for f in out if f is not None]


def click_finding(qtbot: Any, view: CaseView, rule: str) -> Finding:
    model = view.findings.model
    (f,) = [f for f in listed(model) if f.rule == rule]
    index = model.index_of(f)
    tree = view.findings.tree
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return f


def test_panel_lists_the_example_findings_grouped(qtbot: Any, store: Store) -> None:
    view, stored = case_view(qtbot, store, load_example(numbered=False))
    model = view.findings.model
    expected = [*reference_findings(stored), *check_case(stored)]  # warnings first
    assert [f.rule for f in listed(model)] == [f.rule for f in expected]
    # the example's one warning: its reference, cited nowhere (no [@key] in its text)
    assert [f.rule for f in expected if f.level == "warning"] == ["references.unmarked"]
    assert model.count("warning") == 1  # and no false clinical warning
    # the follow-on reminder and two WHO-UMC queries (issue 16)
    assert model.count("info") == 3 and model.count("missing") == 3
    groups = [model.index(g, 0).data() for g in range(3)]
    assert groups == ["Warnings (1)", "Information (3)", "CARE gaps (3)"]
    assert "3 information" in view.findings.heading.text()
    info = model.index(0, 0, model.group_index("info"))
    tip = info.data(Qt.ItemDataRole.ToolTipRole)
    assert "Rule: romosozumab.no-followon-antiresorptive" in tip and "Source: EVENITY" in tip
    assert model.index(0, FindingsModel.RULE, model.group_index("info")).data() == (
        "romosozumab.no-followon-antiresorptive"
    )


def test_clicking_a_finding_selects_its_event(qtbot: Any, store: Store) -> None:
    view, stored = case_view(qtbot, store, load_example(numbered=False))
    view.tabs.setCurrentIndex(view.PATIENT)
    f = click_finding(qtbot, view, "romosozumab.no-followon-antiresorptive")
    assert view.tabs.currentIndex() == view.TIMELINE
    assert view.timeline.selected_event_id() == f.event_ids[0]
    selected = view.timeline.selected_event()
    assert selected is not None and selected.action == "stop"
    assert "Rule: romosozumab.no-followon-antiresorptive" in view.findings.detail.toPlainText()


@pytest.mark.parametrize(
    ("rule", "tab", "widget"),
    [
        ("care.patient-perspective", CaseView.REPORT, "patient_perspective"),
        ("care.title", None, "title"),
        ("care.clinical-findings", CaseView.TIMELINE, "timeline"),
    ],
)
def test_clicking_a_care_gap_focuses_its_field(
    qtbot: Any, store: Store, rule: str, tab: int | None, widget: str
) -> None:
    view, _ = case_view(qtbot, store, load_example(numbered=False))
    view.tabs.setCurrentIndex(view.ASSESSMENT)
    view.window().activateWindow()
    qtbot.waitUntil(view.window().isActiveWindow)
    click_finding(qtbot, view, rule)
    expected: QWidget = {
        "patient_perspective": view.report.text.widget("patient_perspective"),
        "title": view.title,
        "timeline": view.timeline.table,
    }[widget]
    if tab is not None:
        assert view.tabs.currentIndex() == tab
    qtbot.waitUntil(expected.hasFocus)
    assert "Filled in: " in view.findings.detail.toPlainText()


def test_every_field_path_reaches_a_widget(qtbot: Any, store: Store) -> None:
    view, _ = case_view(qtbot, store, load_example(numbered=False))
    paths = [
        *FIELD_TARGETS,
        "patient.age",
        "patient.kidney.dialysis",
        "assessment.reaction",
        "assessment.outcome",
        "assessment.naranjo.previous_reports",
        "report.introduction",
        "report.discussion",
        "report.conclusion",
        "report.references",
        "report.patient_perspective",
    ]
    for path in paths:
        widget = focus_field(view, path)
        assert widget is not None, path
        page = view.tabs.currentWidget()
        assert widget is view.title or page.isAncestorOf(widget), path
    # an unknown leaf falls back to its parent; an unknown root to nothing
    assert focus_field(view, "report.no_such_box") is view.report.text.widget("introduction")
    assert focus_field(view, "nowhere") is None


def test_place_names() -> None:
    assert place_name("report.patient_perspective") == "Report tab ▸ Patient perspective"
    assert place_name("timeline") == "Timeline tab (add or edit events)"
    assert place_name("assessment.naranjo.previous_reports") == (
        "Assessment tab ▸ Naranjo ▸ Previous reports"
    )


def test_findings_refresh_after_an_edit(qtbot: Any, store: Store, settings: Any) -> None:
    stored = services.create_case(load_example(numbered=False), store=store).case
    window, _ = make_window(qtbot, store, settings)
    window.open_case(stored.id)
    view = window.case_view
    rules = {f.rule for f in listed(view.findings.model)}
    assert "care.patient-perspective" in rules
    view.tabs.setCurrentIndex(view.REPORT)
    box = view.report.text.widget("patient_perspective")
    type_into(qtbot, box, "She was relieved once the pain had gone.")
    qtbot.waitUntil(
        lambda: "care.patient-perspective" not in {f.rule for f in listed(view.findings.model)}
    )
    assert view.findings.model.count("missing") == 2


def test_timeline_rows_with_warnings_are_marked(
    qtbot: Any, store: Store, qtmodeltester: Any
) -> None:
    view, stored = case_view(qtbot, store, make_case(*monthly("2023-01-01", 13)))
    (f,) = [f for f in listed(view.findings.model) if f.rule == "romosozumab.max-doses"]
    assert f.level == "warning" and view.findings.model.count("warning") >= 1
    model = view.timeline.model
    (warned,) = f.event_ids
    row = model.row_of(warned)
    assert row == 12  # the 13th dose, in date order
    marked = [
        r for r in range(model.rowCount()) if model.index(r, 0).data(TimelineModel.WarningsRole)
    ]
    assert row in marked
    assert model.index(row, 0).data(TimelineModel.WarningsRole) == [
        g.message
        for g in listed(view.findings.model)
        if g.level == "warning" and warned in g.event_ids
    ]
    icon = model.index(row, TimelineModel.DATE).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    tip = model.index(row, TimelineModel.SUMMARY).data(Qt.ItemDataRole.ToolTipRole)
    assert f.message in tip
    assert model.index(row, TimelineModel.SUMMARY).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(TimelineModel.WarningsRole) is None  # the first dose is fine
    qtmodeltester.check(model)
    strip = view.timeline.strip
    view.tabs.setCurrentIndex(view.TIMELINE)
    strip.grab()  # painted: the rings go round the warned marks
    assert {event_id for _, event_id in strip.warned_points()} == {warned}


def test_marks_go_when_the_warning_goes(qtbot: Any, store: Store) -> None:
    view, stored = case_view(qtbot, store, make_case(*monthly("2023-01-01", 13)))
    last = max(stored.timeline(), key=lambda e: e.date.sort_key())
    assert stored.id is not None and last.id is not None
    view.controller.delete_event(stored.id, last.id)  # 12 doses: within the label
    found = listed(view.findings.model)
    assert "romosozumab.max-doses" not in {f.rule for f in found}
    model = view.timeline.model
    marks = {
        model.event_at(r).id: model.index(r, 0).data(TimelineModel.WarningsRole)
        for r in range(model.rowCount())
        if model.index(r, 0).data(TimelineModel.WarningsRole)
    }
    expected: dict[int, list[str]] = {}
    for f in found:
        if f.level == "warning":
            for i in f.event_ids:
                expected.setdefault(i, []).append(f.message)
    assert marks == expected
    assert all("13 doses" not in m for ms in marks.values() for m in ms)


def test_findings_model_passes_the_tester(qtmodeltester: Any) -> None:
    case = make_case(*monthly("2023-01-01", 13))
    model = FindingsModel()
    model.set_findings(check_case(case) + check_case(load_example()))
    qtmodeltester.check(model)
    model.set_findings([])
    qtmodeltester.check(model)


def test_exposure_panel_shows_the_example_course(qtbot: Any, store: Store) -> None:
    view, _ = case_view(qtbot, store, load_example(numbered=False))
    model = view.assessment.exposure.model
    assert model.rowCount() >= 1
    rows = [model.course(r) for r in range(model.rowCount())]
    (romo,) = [r for r in rows if r.drug == "romosozumab"]
    assert romo.suspect and romo.doses == "3"
    assert romo.cumulative == "630 mg"
    assert romo.on_drug.startswith("94 days")
    assert romo.onset != "—" and "day" in romo.onset
    assert romo.dechallenge != "—"
    assert model.index(rows.index(romo), ExposureModel.CUMULATIVE).data() == "630 mg"
    assert view.assessment.exposure.table.isVisibleTo(view.assessment)


def test_exposure_panel_without_drugs(qtbot: Any, store: Store) -> None:
    example = load_example(numbered=False)
    plain = replace(example, events=[e for e in example.events if e.kind != "medication"])
    view, _ = case_view(qtbot, store, plain)
    panel = view.assessment.exposure
    assert panel.model.rowCount() == 0
    assert panel.empty.isVisibleTo(panel) and not panel.table.isVisibleTo(panel)


def test_exposure_model_passes_the_tester(qtmodeltester: Any) -> None:
    model = ExposureModel()
    model.set_case(load_example())
    qtmodeltester.check(model)
