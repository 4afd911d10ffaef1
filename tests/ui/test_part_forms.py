"""The patient, assessment and report tabs ask the fields their parts' one description
(caselog.core.parts) gives, labelled and offering its words, and give back every value they
were shown."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit

from caselog.core import parts
from caselog.ui.assessment_tab import AssessmentTab
from caselog.ui.forms.fields import FieldForm
from caselog.ui.patient_tab import PatientTab
from caselog.ui.report_tab import ReportTab
from tests.test_core_parts import full


def check_form(form: FieldForm, part: parts.Part, prefix: str = "") -> None:
    asked = list(part.formed())
    assert [spec.key for spec in form.specs] == [prefix + str(f.key) for f in asked]
    assert asked, f"{part.cls.__name__} asks nothing"
    captions = {label.text() for label in form.findChildren(QLabel)}
    for f in asked:
        assert f.form is not None
        widget = form.widget(prefix + str(f.key))
        if f.holds == parts.FLAG:
            assert isinstance(widget, QCheckBox) and widget.text() == f.form.label
            continue
        assert f.form.label + (" *" if f.required else "") in captions, f.name
        if f.holds == parts.CHOICE:
            assert isinstance(widget, QComboBox)
            assert [widget.itemData(i) for i in range(1, widget.count())] == list(f.vocabulary)
        assert isinstance(widget, QPlainTextEdit) == f.form.long, f.name


def test_patient_tab_asks_the_described_fields_and_gives_every_value_back(qtbot: Any) -> None:
    tab = PatientTab()
    qtbot.addWidget(tab)
    check_form(tab.main, parts.PATIENT)
    check_form(tab.kidney, parts.KIDNEY, "kidney.")
    check_form(tab.private, parts.PRIVATE)
    patient = full(parts.PATIENT)
    tab.set_patient(patient)
    assert tab.validated_patient() == patient


def test_assessment_tab_asks_the_described_fields_and_gives_every_value_back(
    qtbot: Any,
) -> None:
    tab = AssessmentTab()
    qtbot.addWidget(tab)
    check_form(tab.fields, parts.ASSESSMENT)
    assessment = full(parts.ASSESSMENT)
    tab.set_assessment(assessment)
    assert tab.validated_assessment() == (True, assessment)


@pytest.mark.parametrize("consent", [True, False])
def test_report_tab_asks_the_described_fields_and_gives_every_value_back(
    qtbot: Any, consent: bool
) -> None:
    tab = ReportTab()
    qtbot.addWidget(tab)
    check_form(tab.text, parts.REPORT)
    check_form(tab.consent, parts.CONSENT, "consent.")
    report = full(parts.REPORT)
    if not consent:
        report.consent = None
    authors = [full(parts.AUTHOR)]
    tab.set_report(report, authors, ["kw"])
    assert tab.validated() == (report, authors, ["kw"])
