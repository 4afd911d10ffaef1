"""The Regulator tab asks the regulator's part from its one description, gives every value
back, refuses a bad country beside its field, and saves through the service; the patient
tab asks the initials in its private box."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from caselog.core import parts
from caselog.store import services
from caselog.store.engine import Store
from caselog.ui.patient_tab import PatientTab
from caselog.ui.regulatory_tab import RegulatoryTab
from tests.regulatory_cases import unseen_case
from tests.ui.case_views import case_view
from tests.ui.helpers import type_into


def test_the_tab_asks_every_described_field_and_gives_the_values_back(qtbot: Any) -> None:
    tab = RegulatoryTab()
    qtbot.addWidget(tab)
    keys = [s.key for f in tab.forms for s in f.specs]
    described = [str(f.key) for f in parts.REGULATORY.formed()]
    described += [f"reporter.{f.key}" for f in parts.REPORTER.formed()]
    assert sorted(keys) == sorted(described)
    private = {s.key for s in tab.private.specs}
    assert private == {f"reporter.{n}" for n in parts.REPORTER_PRIVATE}
    regulatory = unseen_case().regulatory
    tab.set_regulatory(regulatory)
    assert tab.validated() == (True, regulatory)
    tab.set_regulatory(None)
    assert tab.validated() == (True, None)


def test_the_patient_tab_asks_the_initials_among_the_private_identifiers(qtbot: Any) -> None:
    tab = PatientTab()
    qtbot.addWidget(tab)
    assert tab.private.has_key("initials") and not tab.main.has_key("initials")
    patient = unseen_case().patient
    tab.set_patient(patient)
    validated = tab.validated_patient()
    assert validated is not None and validated.private.initials == "K.M."


def test_an_edit_in_the_tab_is_saved_and_a_bad_country_is_refused(qtbot: Any, store: Store) -> None:
    view, stored = case_view(qtbot, store, unseen_case(regulatory=None))
    assert stored.id is not None
    tab = view.regulator
    view.tabs.setCurrentWidget(tab)
    type_into(qtbot, tab.report.widget("country"), "jp")
    assert "ISO 3166-1" in tab.report.error_text("country")
    assert services.get_case(stored.id, store=store).regulatory is None  # nothing saved
    type_into(qtbot, tab.report.widget("country"), "JP")
    combo = tab.reporter.widget("reporter.qualification")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("pharmacist"))
    combo.activated.emit(combo.currentIndex())
    type_into(qtbot, tab.private.widget("reporter.email"), "pv@example.org")
    saved = services.get_case(stored.id, store=store).regulatory
    assert saved is not None and saved.country == "JP"
    assert saved.reporter is not None
    assert (saved.reporter.qualification, saved.reporter.email) == ("pharmacist", "pv@example.org")
