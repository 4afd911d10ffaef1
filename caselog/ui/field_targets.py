"""Where each field path of a finding lives in the case view: one table, so a finding that
says "fill ``report.introduction``" takes the user to that very box.

Paths (``caselog.clinical.findings.Finding.field``): ``title``, ``keywords``, ``authors``,
``patient``, ``patient.<key>``, ``patient.history``, ``timeline``, ``assessment.<key>``,
``assessment.who_umc``, ``assessment.naranjo.<question>``, ``report.<text key>``,
``report.consent``, ``outcome``, ``outcome.<key>`` (the case's outcome, on the Assessment tab).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QScrollArea, QWidget

from caselog.ui.forms.fields import FieldForm

CaseView = Any  # caselog.ui.case_view.CaseView (which imports this module)

Target = tuple[int | None, Callable[[CaseView], QWidget]]
"""(tab index or None for the title row, the widget in the case view)."""

PATIENT, TIMELINE, ASSESSMENT, REPORT = range(4)  # CaseView's tab order

FIELD_TARGETS: dict[str, Target] = {
    "title": (None, lambda v: v.title),
    "keywords": (REPORT, lambda v: v.report.keywords),
    "authors": (REPORT, lambda v: v.report.authors.table),
    "patient": (PATIENT, lambda v: v.patient.main.widget("sex")),
    "patient.history": (PATIENT, lambda v: v.patient.history.table),
    "timeline": (TIMELINE, lambda v: v.timeline.table),
    "assessment": (ASSESSMENT, lambda v: v.assessment.fields.widget("reaction")),
    "assessment.who_umc": (ASSESSMENT, lambda v: next(iter(v.assessment.who_buttons.values()))),
    "report": (REPORT, lambda v: v.report.text.widget("introduction")),
    "report.consent": (REPORT, lambda v: v.report.consent.widget("consent.obtained")),
    "outcome": (ASSESSMENT, lambda v: v.assessment.outcome.fields.widget("follow_up")),
}


def _by_prefix(path: str) -> Target | None:
    """Fields reached through their form: ``patient.age``, ``assessment.outcome``,
    ``report.discussion``, ``assessment.naranjo.<question>``."""
    head, _, key = path.partition(".")
    if not key:
        return None
    if head == "patient":
        return PATIENT, lambda v: _form_widget(v, key, v.patient.main, v.patient.kidney)
    if head == "assessment" and key.startswith("naranjo."):
        question = key.removeprefix("naranjo.")
        return ASSESSMENT, lambda v: v.assessment.naranjo.button(question, "yes")
    if head == "assessment":
        return ASSESSMENT, lambda v: _form_widget(v, key, v.assessment.fields)
    if head == "report":
        return REPORT, lambda v: _form_widget(v, key, v.report.text, v.report.consent)
    if head == "outcome":
        return ASSESSMENT, lambda v: _form_widget(v, key, v.assessment.outcome.fields)
    return None


def _form_widget(view: CaseView, key: str, *forms: FieldForm) -> QWidget:
    for form in forms:
        for name in (key, f"kidney.{key}"):
            if form.has_key(name):
                return form.widget(name)
    raise KeyError(key)


def target(path: str) -> Target | None:
    """The target of ``path``; a path not known maps to its nearest known parent."""
    while path:
        found = FIELD_TARGETS.get(path) or _by_prefix(path)
        if found is not None:
            return found
        path = path.rpartition(".")[0]
    return None


def focus_field(view: CaseView, path: str) -> QWidget | None:
    """Show the tab holding ``path``, scroll its widget into view and give it the focus;
    the widget, or None when the path names no place in the window."""
    found = target(path)
    if found is None:
        return None
    tab, get = found
    try:
        widget = get(view)
    except KeyError:
        parent = path.rpartition(".")[0]
        return focus_field(view, parent) if parent else None
    if tab is not None:
        view.tabs.setCurrentIndex(tab)
        page = view.tabs.widget(tab)
        if isinstance(page, QScrollArea):
            page.ensureWidgetVisible(widget)
    widget.setFocus()
    return widget


_PLACES = {
    "title": "the title",
    "keywords": "Report tab ▸ Keywords",
    "authors": "Report tab ▸ Authors",
    "timeline": "Timeline tab (add or edit events)",
    "patient": "Patient tab",
    "assessment": "Assessment tab",
    "report": "Report tab",
}


def place_name(path: str) -> str:
    """Where a field path is filled, as the user reads it: "Report tab ▸ Patient
    perspective", "Assessment tab ▸ Naranjo ▸ Previous reports"."""
    if path in _PLACES:
        return _PLACES[path]
    head, _, rest = path.partition(".")
    words = [w.replace("_", " ").capitalize() for w in rest.split(".") if w]
    return " ▸ ".join([_PLACES.get(head, head), *words])
