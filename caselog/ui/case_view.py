"""One case, in tabs: Patient, Timeline, Assessment, Report. Each edit is handed to the
controller at once (its own transaction, its own undo step)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from caselog.core.dates import PartialDate
from caselog.core.model import Assessment, Author, Case, Event, Patient, ReportText
from caselog.ui.assessment_tab import AssessmentTab
from caselog.ui.controller import CaseController
from caselog.ui.dialogs import IMAGE_FILTER
from caselog.ui.forms.fields import ERROR_STYLE
from caselog.ui.patient_tab import PatientTab
from caselog.ui.report_tab import ReportTab
from caselog.ui.timeline_tab import TimelineTab


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

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Case sections")
        self.patient = PatientTab(self)
        self.timeline = TimelineTab(pick_images=self._pick_images, parent=self)
        self.assessment = AssessmentTab(self)
        self.report = ReportTab(self)
        self.tabs.addTab(self.patient, "&Patient")
        self.tabs.addTab(self.timeline, "&Timeline")
        self.tabs.addTab(self.assessment, "A&ssessment")
        self.tabs.addTab(self.report, "&Report")

        head = QHBoxLayout()
        head.addWidget(title_label)
        head.addWidget(self.title, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(head)
        lay.addWidget(self.title_error)
        lay.addWidget(self.tabs, 1)

        self.patient.patientEdited.connect(self._patient)
        self.timeline.addEvent.connect(self._add_event)
        self.timeline.duplicateEvent.connect(self._add_event)
        self.timeline.editEvent.connect(self._edit_event)
        self.timeline.deleteEvent.connect(self._delete_event)
        self.timeline.indexDateEdited.connect(self._index_date)
        self.assessment.assessmentEdited.connect(self._assessment)
        self.report.reportEdited.connect(self._report)

    def _pick_images(self) -> list:  # type: ignore[type-arg]
        return self.controller.dialogs.open_files("Add images", IMAGE_FILTER)

    @property
    def case_id(self) -> int | None:
        return self.case.id if self.case else None

    def set_case(self, case: Case) -> None:
        """Show ``case`` as stored (after opening it, or after any write to it)."""
        self.case = case
        if not self.title.isModified():  # never overwrite what the user is typing
            self.title.setText(case.title)
        self.title_error.hide()
        self.patient.set_patient(case.patient, case.effective_index_date())
        self.timeline.set_case(case)
        self.assessment.set_case(case)
        self.report.set_report(case.report, case.authors, case.keywords)

    # -- edits -----------------------------------------------------------------------------

    def _id(self) -> int:
        assert self.case is not None and self.case.id is not None
        return self.case.id

    def _title_done(self) -> None:
        if not self.title.isModified() or self.case is None:
            return
        self.title.setModified(False)
        text = self.title.text().strip()
        if not text:
            self.title_error.setText("A case needs a title.")
            self.title_error.show()
            return
        self.title_error.hide()
        if text != self.case.title:
            self.controller.set_title(self._id(), text)

    def _patient(self, patient: Patient) -> None:
        self.controller.set_patient(self._id(), patient)

    def _add_event(self, event: Event) -> None:
        stored = self.controller.add_event(self._id(), event)
        if stored is not None:
            self.timeline.editor.show_event(None)
            self.timeline.select_event(stored.id)
            self.timeline.table.setFocus()

    def _edit_event(self, event: Event) -> None:
        self.controller.update_event(self._id(), event)

    def _delete_event(self, event_id: int) -> None:
        self.controller.delete_event(self._id(), event_id)

    def _index_date(self, date: PartialDate | None) -> None:
        self.controller.set_index_date(self._id(), date)

    def _assessment(self, assessment: Assessment | None) -> None:
        self.controller.set_assessment(self._id(), assessment)

    def _report(
        self, report: ReportText | None, authors: list[Author], keywords: list[str]
    ) -> None:
        self.controller.set_report(self._id(), report, authors, keywords)
