"""Typing help from the drug and lab catalogues: name completion (a name picked from the list
counts as typed, so it fills what typing does), and a lab's unit and LOINC code filled in
when the test is known (reference ranges stay the lab's own: the catalogue's typical range is
only shown as a hint; the lab panel fills it, marked as the catalogue's)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from caselog.clinical.catalogue import drugs, find_test, labs
from caselog.ui.text import number


@cache
def drug_names() -> tuple[str, ...]:
    return tuple(sorted({d.name for d in drugs().drugs}))


@cache
def lab_names() -> tuple[str, ...]:
    return tuple(t.name for t in labs().tests)


def attach_completer(edit: QLineEdit, names: tuple[str, ...]) -> None:
    completer = QCompleter(list(names), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    # a name picked from the list is a finished field, exactly as if typed and left
    completer.activated.connect(lambda _text: _picked(edit))


def _picked(edit: QLineEdit) -> None:
    edit.setModified(True)
    edit.editingFinished.emit()


def fill_from_lab_catalogue(fields: dict[str, QWidget]) -> bool:
    """With a known test named, fill an empty unit and LOINC code; hint the typical range.

    Returns True when a field was filled (the caller saves it like any edit)."""
    test_edit, unit, loinc, low, high = (
        fields["test"], fields["unit"], fields["loinc"], fields["ref_low"], fields["ref_high"]
    )  # fmt: skip
    assert isinstance(test_edit, QLineEdit) and isinstance(unit, QLineEdit)
    assert isinstance(loinc, QLineEdit) and isinstance(low, QLineEdit)
    assert isinstance(high, QLineEdit)
    test = find_test(name=test_edit.text().strip() or None)
    if test is None:
        low.setPlaceholderText("")
        high.setPlaceholderText("")
        return False
    filled = False
    if not unit.text().strip():
        unit.setText(test.unit)
        filled = True
    if not loinc.text().strip() and test.loinc:
        loinc.setText(test.loinc)
        filled = True
    if test.typical_low is not None:
        low.setPlaceholderText(f"typical {number(test.typical_low)} {test.unit}: use your lab's")
    if test.typical_high is not None:
        high.setPlaceholderText(f"typical {number(test.typical_high)} {test.unit}")
    return filled
