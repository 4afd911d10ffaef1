"""The medication course form: drug, dose, route, schedule, first date and the number of
doses (or the last date), and a stop with its reason, in one form. Saved as the course's
events in one write (``services.save_course``); re-opened from those events to edit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caselog.clinical.course_plan import CourseError, CoursePlan, parse_schedule
from caselog.core.dates import DateError, PartialDate
from caselog.core.vocab import MED_ROLES
from caselog.ui.forms import focus_ring
from caselog.ui.forms.catalogue import attach_completer, drug_names
from caselog.ui.forms.fields import FieldForm, FieldSpec, error_label, submit_keys
from caselog.ui.text import number

SPECS = [
    FieldSpec("drug", "&Drug", required=True),
    FieldSpec("role", "&Role", "choice", MED_ROLES, blank="— (concomitant)"),
    FieldSpec("dose", "D&ose", "number", placeholder="e.g. 210"),
    FieldSpec("dose_unit", "&Unit", placeholder="mg"),
    FieldSpec("route", "Rou&te", placeholder="subcutaneous"),
    FieldSpec("frequency", "&Schedule", placeholder="monthly, weekly, every 6 months, q4w"),
    FieldSpec("date", "&First dose", "date", required=True),
    FieldSpec("n_doses", "&Number of doses", "integer", placeholder="e.g. 3"),
    FieldSpec("last", "or &last dose", "date"),
    FieldSpec("indication", "&Indication"),
    FieldSpec("stop", "Sto&pped on", "date"),
    FieldSpec("stop_reason", "Reason for stopping", placeholder="e.g. suspected adverse reaction"),
    FieldSpec("notes", "Notes", "text"),
]


class CourseForm(QWidget):
    """``saved`` carries the CoursePlan (with the ids of the events it replaces)."""

    saved = Signal(object)  # CoursePlan
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: tuple[int, ...] = ()
        self._kept: tuple[PartialDate, ...] = ()  # the recorded dose dates of an edited course
        self._kept_schedule: str | None = None
        self.title = QLabel("New medication course", self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.fields = FieldForm(SPECS, name="Course", parent=self)
        drug = self.fields.widget("drug")
        assert isinstance(drug, QLineEdit)
        attach_completer(drug, drug_names())
        self.fields.committed.connect(lambda _key: self.preview_doses())
        self.doses = QLabel(self)
        self.doses.setAccessibleName("Course doses")
        self.doses.setWordWrap(True)
        self.error = error_label(self)
        self.save_button = QPushButton("Save course (Ctrl+Enter)", self)
        self.save_button.setAccessibleName("Save course")
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.cancelled)
        submit_keys(self, self._submit_key)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addWidget(self.fields)
        inner.addWidget(self.doses)
        inner.addWidget(self.error)
        inner.addStretch(1)
        self.body_scroll = focus_ring.scrolled(body, self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.body_scroll, 1)
        lay.addLayout(buttons)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt naming)
        """Tab stays in the form: from its last field to its first."""
        return focus_ring.step(self, forward) or super().focusNextPrevChild(forward)

    def start_new(self) -> None:
        self.body_scroll.verticalScrollBar().setValue(0)
        self._ids, self._kept, self._kept_schedule = (), (), None
        self.save_button.setEnabled(True)
        self.title.setText("New medication course")
        self.fields.clear_errors()
        self.fields.set_values({})
        self.error.hide()
        self.doses.clear()
        self.fields.widget("drug").setFocus()

    def edit(self, plan: CoursePlan, problem: str | None = None) -> None:
        """Show a recorded course; ``problem``: why it cannot be rewritten (shown, save off)."""
        self._ids, self._kept, self._kept_schedule = plan.ids, plan.kept, plan.kept_schedule
        self.title.setText(f"Course of {plan.drug}")
        self.fields.clear_errors()
        raw: dict[str, object] = {
            "drug": plan.drug, "role": plan.role, "dose": plan.dose,
            "dose_unit": plan.dose_unit, "route": plan.route,
            "frequency": plan.schedule.text if plan.schedule else None,
            "date": plan.first.isoformat(), "n_doses": plan.n_doses,
            "indication": plan.indication,
            "stop": plan.stop.isoformat() if plan.stop else None,
            "stop_reason": plan.stop_reason, "notes": plan.notes,
        }  # fmt: skip
        self.fields.set_values(raw)
        self.save_button.setEnabled(problem is None)
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        self.preview_doses()

    def plan(self) -> CoursePlan | None:
        """The course as typed, or None with each message beside its field."""
        raw, problems = self.fields.values()
        dates: dict[str, PartialDate | None] = {}
        for key in ("date", "last", "stop"):
            text = raw.get(key)
            try:
                dates[key] = PartialDate.parse(str(text)) if text else None
            except DateError as exc:
                problems[key] = str(exc)
        schedule = None
        if raw.get("frequency"):
            try:
                schedule = parse_schedule(str(raw["frequency"]))
            except CourseError as exc:
                problems["frequency"] = str(exc)
        if raw.get("n_doses") is not None and raw.get("last"):
            problems["last"] = "give the number of doses or the last date, not both"
        if raw.get("dose") is not None and float(raw["dose"]) <= 0:
            problems["dose"] = "a dose is more than 0"
        if problems:
            self.fields.show_errors(problems)
            return None
        first = dates["date"]
        assert first is not None
        plan = CoursePlan(
            drug=str(raw["drug"]), first=first, schedule=schedule,
            n_doses=raw.get("n_doses"),
            last=dates["last"], dose=raw.get("dose"),
            dose_unit=raw.get("dose_unit"), route=raw.get("route"),
            role=raw.get("role"), indication=raw.get("indication"),
            stop=dates["stop"], stop_reason=raw.get("stop_reason"),
            notes=raw.get("notes"), ids=self._ids, kept=self._kept,
            kept_schedule=self._kept_schedule,
        )  # fmt: skip
        try:
            plan.events()
        except CourseError as exc:
            key = {"date": "date", "last": "last", "n_doses": "n_doses"}.get(exc.field, exc.field)
            self.fields.show_errors({key if self.fields.has_key(key) else "": str(exc)})
            return None
        self.fields.clear_errors()
        return plan

    def preview_doses(self) -> None:
        """The dates the course will write, as you type."""
        plan = self.plan()
        if plan is None:
            self.doses.clear()
            return
        events = plan.events()
        doses = [e for e in events if e.action in ("start", "dose")]
        amount = f" of {number(plan.dose)} {plan.dose_unit or ''}".rstrip() if plan.dose else ""
        text = f"{len(doses)} dose{'s' if len(doses) != 1 else ''}{amount}: " + ", ".join(
            str(e.date) for e in doses
        )
        if plan.stop is not None:
            text += f"; stopped {plan.stop}"
        self.doses.setText(text)

    def submit(self) -> CoursePlan | None:
        if not self.save_button.isEnabled():
            return None
        plan = self.plan()
        if plan is not None:
            self.saved.emit(plan)
        return plan

    def _submit_key(self) -> None:
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # the field being typed in commits first
        self.submit()

    def show_error(self, message: str, key: str = "") -> None:
        self.fields.show_errors({key if self.fields.has_key(key) else "": message})
