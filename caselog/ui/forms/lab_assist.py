"""Help under the lab form's reference range: the value's flag (against the result's own
range, else the catalogue's typical range), a note when the value is not believable, and a
unit conversion for catalogued tests (calcium, phosphate, creatinine, vitamin D, ...)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caselog.clinical.catalogue import flag, implausible, lab_test_of, norm_unit, reference_range
from caselog.core.dates import PartialDate
from caselog.core.model import Event
from caselog.ui.text import number

FLAG_STYLE = "color: #b03a2e; font-weight: bold;"
CHECK_STYLE = "color: #8a5a00;"


def confirm_lab_value(event: Event, confirm: Callable[[str, str, str], bool]) -> bool:
    """Whether ``event`` may be saved: True when its value is plausible, else the user's
    answer to "save it as typed?" (``confirm`` is the dialog service's)."""
    problem = implausible(event)
    if problem is None:
        return True
    return confirm("Check the lab value", f"{problem}\n\nSave it as typed?", "Save as typed")


def _rounded(x: float) -> float:
    """A converted value with the precision a lab prints (4 significant digits)."""
    return float(f"{x:.4g}")


class LabAssist(QWidget):
    """Shown in the lab form right under the reference range. ``converted`` is called after
    a unit conversion has rewritten the fields (the form saves them like an edit)."""

    def __init__(
        self, fields: dict[str, QLineEdit], converted: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._fields = fields
        self._converted = converted
        self.flag = QLabel(self)
        self.flag.setAccessibleName("Reference range flag")
        self.flag.setStyleSheet(FLAG_STYLE)
        self.flag.setWordWrap(True)
        self.check = QLabel(self)
        self.check.setAccessibleName("Plausibility")
        self.check.setStyleSheet(CHECK_STYLE)
        self.check.setWordWrap(True)
        self.check.hide()
        self.convert = QToolButton(self)
        self.convert.setText("Convert to…")
        self.convert.setAccessibleName("Convert unit")
        self.convert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.convert_menu = QMenu(self.convert)
        self.convert.setMenu(self.convert_menu)
        self.convert.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.flag, 1)
        row.addWidget(self.convert)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(row)
        lay.addWidget(self.check)

    def _number(self, key: str) -> float | None:
        text = self._fields[key].text().strip().replace(",", ".")
        try:
            return float(text) if text else None
        except ValueError:
            return None

    def probe(self) -> Event:
        """The lab result as typed so far (for flags and checks; never saved)."""
        return Event(
            kind="lab",
            date=PartialDate(2000),
            test=self._fields["test"].text().strip() or None,
            value=self._number("value"),
            unit=self._fields["unit"].text().strip() or None,
            ref_low=self._number("ref_low"),
            ref_high=self._number("ref_high"),
        )

    def refresh(self) -> None:
        e = self.probe()
        found = flag(e)
        if found in ("low", "high"):
            rng = reference_range(e)
            assert rng is not None
            low = number(rng[0]) if rng[0] is not None else "…"
            high = number(rng[1]) if rng[1] is not None else "…"
            own = e.ref_low is not None or e.ref_high is not None
            what = "the reference range" if own else "the typical range (catalogue)"
            unit = f" {e.unit}" if e.unit and not own else ""
            self.flag.setText(f"{found.upper()}: outside {what} {low}–{high}{unit}")
        else:
            self.flag.clear()
        problem = implausible(e)
        self.check.setText(f"Check: {problem}" if problem else "")
        self.check.setVisible(bool(problem))
        self._offer_units(e)

    def _offer_units(self, e: Event) -> None:
        self.convert_menu.clear()
        lab = lab_test_of(e)
        if lab is None or e.unit is None or not lab.knows_unit(e.unit):
            self.convert.hide()
            return
        current = norm_unit(e.unit)
        for key, label in lab.unit_labels.items():
            if key == current:
                continue
            action = self.convert_menu.addAction(label)
            action.triggered.connect(lambda _c=False, to=label: self.convert_to(to))
        self.convert.setVisible(not self.convert_menu.isEmpty())

    def convert_to(self, unit: str) -> None:
        """Rewrite value and reference range in ``unit`` (the test must be catalogued)."""
        e = self.probe()
        lab = lab_test_of(e)
        if lab is None or e.unit is None:
            return
        for key in ("value", "ref_low", "ref_high"):
            x = self._number(key)
            if x is not None:
                self._fields[key].setText(number(_rounded(lab.convert(x, e.unit, unit))))
        self._fields["unit"].setText(unit)
        self.refresh()
        self._converted()
