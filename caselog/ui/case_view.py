"""One case, in tabs: Patient, Timeline, Assessment, Report. Each edit is handed to the
controller at once (its own transaction, its own undo step)."""

from __future__ import annotations

import logging
from collections.abc import Set

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caselog.clinical import Finding, check_case
from caselog.clinical.course_plan import CoursePlan
from caselog.clinical.findings import level_rank
from caselog.clinical.quick_add import Reading
from caselog.core.dates import PartialDate
from caselog.core.model import (
    Assessment,
    Author,
    Case,
    CaseOutcome,
    Event,
    Patient,
    Regulatory,
    ReportText,
)
from caselog.interchange import limits
from caselog.report.reference_checks import reference_findings
from caselog.store.changes import CASE_PARTS, Change, Part
from caselog.store.services import EntryError
from caselog.ui.assessment_tab import AssessmentTab
from caselog.ui.controller import CaseController
from caselog.ui.dialogs import IMAGE_FILTER, REFERENCE_FILTER
from caselog.ui.field_targets import focus_field
from caselog.ui.findings_panel import FindingsPanel
from caselog.ui.forms.fields import ERROR_STYLE
from caselog.ui.forms.lab_assist import confirm_lab_value
from caselog.ui.patient_tab import PatientTab
from caselog.ui.regulatory_tab import RegulatoryTab
from caselog.ui.report_tab import ReportTab
from caselog.ui.splitters import fit_splitters, keep_columns
from caselog.ui.stale_bar import StaleBar
from caselog.ui.timeline_model import TimelineModel
from caselog.ui.timeline_tab import TimelineTab

log = logging.getLogger(__name__)

ALL_PARTS = frozenset(Part)
# What each part of the view shows, by the parts of a change (caselog.store.changes).
TITLE_PARTS = {Part.TITLE}
PATIENT_PARTS = {Part.PATIENT, Part.INDEX_DATE}  # the age hint counts from day 0
TIMELINE_PARTS = {Part.TIMELINE, Part.INDEX_DATE}  # days relative to day 0
ASSESSMENT_PARTS = {Part.ASSESSMENT, Part.TIMELINE, Part.INDEX_DATE}  # exposure, suggestions
REPORT_PARTS = {Part.REPORT}
OUTCOME_PARTS = {Part.OUTCOME, Part.ASSESSMENT}  # a drug reaction's category is its reaction's
# check_case reads every part of the case but its list row: label rules and labs the
# timeline and patient, Naranjo and WHO-UMC the assessment, CARE the title and report too.
CHECK_PARTS = CASE_PARTS - {Part.ROW}


class CaseView(QWidget):
    PATIENT, TIMELINE, ASSESSMENT, REPORT = range(4)

    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.case: Case | None = None

        self.title = QLineEdit(self)
        self.title.setAccessibleName("Case title")
        self.title.setPlaceholderText("Working title of the case report")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.editingFinished.connect(self._title_done)
        title_label = QLabel("T&itle", self)
        title_label.setBuddy(self.title)
        self.title_error = QLabel(self)
        self.title_error.setStyleSheet(ERROR_STYLE)
        self.title_error.hide()
        # someone else changed this case while it held unsaved edits (caselog.ui.stale)
        self.stale_bar = StaleBar(self)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Case sections")
        self.patient = PatientTab(self)
        self.timeline = TimelineTab(
            pick_images=self._pick_images, load_images=controller.load_images, parent=self
        )
        self.assessment = AssessmentTab(self)
        self.report = ReportTab(self)
        self.regulator = RegulatoryTab(self)
        self.tabs.addTab(self.patient, "Patient")
        self.tabs.addTab(self.timeline, "Timeline")
        self.tabs.addTab(self.assessment, "Assessment")
        self.tabs.addTab(self.report, "Report")
        self.tabs.addTab(self.regulator, "Regulator")
        self._assessment_stale = False  # a change reached the case while the tab was hidden
        self.tabs.currentChanged.connect(self._tab_shown)
        self.findings = FindingsPanel(self)
        self.findings.findingActivated.connect(self.go_to_finding)
        self.findings_split = QSplitter(Qt.Orientation.Vertical, self)
        self.findings_split.setObjectName("caseFindingsSplit")
        self.findings_split.addWidget(self.tabs)
        self.findings_split.addWidget(self.findings)
        self.findings_split.setStretchFactor(0, 1)
        self.findings_split.setCollapsible(0, False)
        self.findings_split.setSizes([640, 180])
        # on a short screen (768 px at 1.5x scaling: 512) the findings may shrink to their
        # heading and a line (the list scrolls), so the tabs above keep the room
        self.findings.setMinimumHeight(self.findings.fontMetrics().lineSpacing() * 3)

        head = QHBoxLayout()
        head.addWidget(title_label)
        head.addWidget(self.title, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(head)
        lay.addWidget(self.title_error)
        lay.addWidget(self.stale_bar)
        lay.addWidget(self.findings_split, 1)
        # every splitter of the case marked and wide enough to find; the timeline's table
        # keeps its date, day and kind in view however wide the event pane is made
        fit_splitters(self)
        self.timeline.lower_split.setChildrenCollapsible(False)
        # the index rule beside day 0 ("2024-03-04: first start of ...") is a hint: it may be
        # cut short on a narrow screen rather than widen the window past it (its tooltip
        # keeps the whole text)
        rule = self.timeline.index_rule
        rule.setMinimumWidth(rule.fontMetrics().averageCharWidth() * 12)
        # each event form is checked among the case's other events, as an import is
        self.timeline.editor.set_case_events(lambda: self.case.events if self.case else ())
        table = self.timeline.table
        dated = (TimelineModel.DATE, TimelineModel.RELATIVE, TimelineModel.KIND)
        keep_columns(table, dated, table.fontMetrics().averageCharWidth() * 2)

        self.patient.patientEdited.connect(self._patient)
        self.timeline.addEvent.connect(self._add_event)
        self.timeline.duplicateEvent.connect(self._add_event)
        self.timeline.editEvent.connect(self._edit_event)
        self.timeline.deleteEvent.connect(self._delete_event)
        self.timeline.indexDateEdited.connect(self._index_date)
        self.timeline.quickAdded.connect(self._quick_add)
        self.timeline.courseSaved.connect(self._save_course)
        self.timeline.panelAdded.connect(self._add_panel)
        self.assessment.assessmentEdited.connect(self._assessment)
        self.assessment.outcome.outcomeEdited.connect(self._outcome)
        self.report.reportEdited.connect(self._report)
        self.report.addReferencesFromFiles.connect(self._add_reference_files)
        self.regulator.regulatoryEdited.connect(self._regulatory)

    def _pick_images(self) -> list:  # type: ignore[type-arg]
        return self.controller.dialogs.open_files("Add images", IMAGE_FILTER)

    @property
    def case_id(self) -> int | None:
        return self.case.id if self.case else None

    def set_case(self, case: Case) -> None:
        """Show ``case`` as stored, every tab (after opening it)."""
        self.stale_bar.hide()
        self._show(case, ALL_PARTS)

    def show_change(self, change: Change) -> None:
        """Show the case after ``change`` (a write, undo or redo of the open case): only
        the tabs showing a part it changed are refreshed (the Assessment tab, whose
        suggestions are the dearest to compute, once it is next shown if hidden)."""
        if change.after is not None and change.case_id == self.case_id:
            self._show(change.after, change.parts, lazy=True)

    def _tab_shown(self, index: int) -> None:
        if index == self.ASSESSMENT and self._assessment_stale and self.case is not None:
            self._assessment_stale = False
            self.assessment.set_case(self.case)

    def _show(self, case: Case, parts: Set[Part], *, lazy: bool = False) -> None:
        self.case = case
        if TITLE_PARTS & parts:
            if not self.title.isModified():  # never overwrite what the user is typing
                self.title.setText(case.title)
            self.title_error.hide()
        if PATIENT_PARTS & parts:
            self.patient.set_patient(case.patient, case.effective_index_date())
        self.timeline.hold(case)
        if TIMELINE_PARTS & parts:
            self.timeline.set_case(case)
            self.timeline.index_rule.setToolTip(self.timeline.index_rule.text())
        if ASSESSMENT_PARTS & parts:
            if lazy and self.tabs.currentIndex() != self.ASSESSMENT:
                self._assessment_stale = True
            else:
                self._assessment_stale = False
                self.assessment.set_case(case)
        if OUTCOME_PARTS & parts:
            birth = case.patient.private.birth_date
            self.assessment.outcome.set_outcome(case.outcome, case.assessment, birth)
        if REPORT_PARTS & parts:
            self.report.set_report(case.report, case.authors, case.keywords)
        if Part.REGULATORY in parts:
            self.regulator.set_regulatory(case.regulatory)
        if CHECK_PARTS & parts:
            self._check(case)

    def _check(self, case: Case) -> None:
        """Run the clinical checks (after every write: ``set_case``) and show the findings in
        the panel and, for warnings, on the timeline rows of their events."""
        try:  # the references' warnings too, as ``caselog check`` gives them
            found = sorted(
                [*check_case(case), *reference_findings(case)], key=lambda f: level_rank(f.level)
            )
        except Exception:  # the case still shows; the log keeps the detail
            log.exception("check_case failed")
            self.findings.set_findings([])
            self.findings.heading.setText("Findings: the checks failed on this case (see log)")
            self.timeline.model.set_warnings({})
            self.timeline.strip.set_warnings({})
            return
        self.findings.set_findings(found)
        marks: dict[int, list[str]] = {}
        for f in found:
            if f.level == "warning":
                for event_id in f.event_ids:
                    marks.setdefault(event_id, []).append(f.message)
        self.timeline.model.set_warnings(marks)
        self.timeline.strip.set_warnings(marks)

    def go_to_finding(self, finding: Finding) -> None:
        """Select the first event a finding concerns, else focus the field it names."""
        if finding.event_ids and self.timeline.model.row_of(finding.event_ids[0]) is not None:
            self.tabs.setCurrentIndex(self.TIMELINE)
            self.timeline.select_event(finding.event_ids[0])
            self.timeline.table.setFocus()
        elif finding.field:
            focus_field(self, finding.field)

    # -- edits -----------------------------------------------------------------------------

    def _id(self) -> int:
        assert self.case is not None and self.case.id is not None
        return self.case.id

    def _title_done(self) -> None:
        if not self.title.isModified() or self.case is None:
            return
        self.title.setModified(False)
        text = self.title.text().strip()
        problem = "A case needs a title." if not text else limits.line_problem(text)
        if problem is not None:  # the rule a case file holds a title to (no control character)
            self.title_error.setText(problem if not text else f"The title {problem}.")
            self.title_error.show()
            return
        self.title_error.hide()
        if text != self.case.title:
            self.controller.set_title(self._id(), text, base=self.case)

    def _patient(self, patient: Patient) -> None:
        if (
            self.controller.set_patient(self._id(), patient, base=self.case) is None
        ):  # refused: said in a dialog
            self.patient.status.setText("Not saved.")

    def _regulatory(self, regulatory: Regulatory | None) -> None:
        self.controller.set_regulatory(self._id(), regulatory, base=self.case)

    def _lab_confirmed(self, event: Event, before: Event | None = None) -> bool:
        """An implausible lab value is saved only once the user confirms it (asked again only
        when the value, unit or test changes)."""
        if before is not None and before.kind == event.kind == "lab":
            if (before.test, before.value, before.unit) == (event.test, event.value, event.unit):
                return True
        return confirm_lab_value(event, self.controller.dialogs.confirm)

    def _add_event(self, event: Event) -> None:
        if not self._lab_confirmed(event):
            self.timeline.editor.status.setText("Not added: correct the value, or confirm it.")
            return
        change = self.controller.add_event(self._id(), event, base=self.case)
        if change is not None:
            self.timeline.editor.show_event(None)
            self.timeline.select_event(change.event_id)
            self.timeline.table.setFocus()

    def _edit_event(self, event: Event) -> None:
        editor = self.timeline.editor
        if not self._lab_confirmed(event, editor.current_event):
            editor.show_event(editor.current_event)  # back to the value as stored
            editor.status.setText("Not saved: the value was not confirmed.")
            return
        self.controller.update_event(self._id(), event, base=self.case)

    def _quick_add(self, reading: Reading) -> None:
        """A line of quick add: one event, or a course (its doses in one write)."""
        quick = self.timeline.quick
        try:
            if reading.course is not None:
                change = self.controller.save_course(self._id(), reading.course, base=self.case)
            else:
                [event] = reading.events
                if not self._lab_confirmed(event):
                    quick.refused("correct the value, or confirm it")
                    return
                change = self.controller.add_event(self._id(), event, base=self.case)
        except EntryError as exc:
            quick.refused(str(exc))
            return
        if change is not None:
            quick.done()
            self.timeline.select_event(change.event_id)
            quick.line.setFocus()

    def _save_course(self, plan: CoursePlan) -> None:
        try:
            change = self.controller.save_course(self._id(), plan, base=self.case)
        except EntryError as exc:
            self.timeline.course_form.show_error(str(exc), exc.field)
            return
        if change is not None:
            self.timeline.entry_done(change.event_id)

    def _add_panel(self, results: list[Event]) -> None:
        form = self.timeline.panel_form
        for event in results:
            if not self._lab_confirmed(event):
                form.show_error(f"{event.test}: correct the value, or confirm it.")
                return
        try:
            change = self.controller.add_lab_panel(self._id(), results, base=self.case)
        except EntryError as exc:
            row = f"Row {exc.row + 1}: " if exc.row is not None else ""
            form.show_error(row + str(exc))
            return
        if change is not None:
            self.timeline.entry_done(change.event_id)

    def _delete_event(self, event_id: int) -> None:
        self.controller.delete_event(self._id(), event_id, base=self.case)

    def _index_date(self, date: PartialDate | None) -> None:
        self.controller.set_index_date(self._id(), date, base=self.case)

    def _assessment(self, assessment: Assessment | None) -> None:
        self.controller.set_assessment(self._id(), assessment, base=self.case)

    def _outcome(self, outcome: CaseOutcome | None) -> None:
        self.controller.set_outcome(self._id(), outcome, base=self.case)

    def _report(
        self, report: ReportText | None, authors: list[Author], keywords: list[str]
    ) -> None:
        self.controller.set_report(self._id(), report, authors, keywords, base=self.case)

    def _add_reference_files(self) -> None:
        paths = self.controller.dialogs.open_files("Add references", REFERENCE_FILTER)
        if paths:
            self.controller.add_references(self._id(), paths)
