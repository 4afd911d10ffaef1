"""The lab panel form: one date, many results in a grid. A known test fills its unit, LOINC
code and (marked as the catalogue's, for the clinician to replace) its typical range; the
flag shows as you type; a block pasted from a lab system fills the rows, and the lines it
could not read are listed. Added as one write (``services.add_lab_panel``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caselog.clinical.catalogue import find_test, flag, norm_unit
from caselog.clinical.lab_paste import Pasted, Unread, read_block
from caselog.core.dates import DateError, PartialDate
from caselog.core.model import Event
from caselog.ui.forms import focus_ring
from caselog.ui.forms.fields import DATE_HINT, ERROR_STYLE, error_label, submit_keys
from caselog.ui.text import number

COLUMNS = ("Test", "Value", "Unit", "Low", "High", "LOINC", "Flag")
TEST, VALUE, UNIT, LOW, HIGH, LOINC, FLAG = range(len(COLUMNS))
ROWS = 6
CATALOGUE_ROLE = Qt.ItemDataRole.UserRole + 1  # a cell filled from the catalogue
TYPICAL_TIP = "Typical range from the catalogue: replace it with your lab's"
GREY = QBrush(QColor("#6b6b6b"))


def _float(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    return float(text)


class LabPanelForm(QWidget):
    """``added`` carries the panel's lab events (one date), validated by the grid."""

    added = Signal(object)  # list[Event]
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("New lab panel", self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.date = QLineEdit(self)
        self.date.setAccessibleName("Lab panel date")
        self.date.setPlaceholderText(DATE_HINT)
        date_label = QLabel("&Date *", self)
        date_label.setBuddy(self.date)
        self.date_error = QLabel(self)
        self.date_error.setStyleSheet(ERROR_STYLE)
        self.date_error.hide()

        self.table = QTableWidget(ROWS, len(COLUMNS), self)
        self.table.setAccessibleName("Lab panel results")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEST, QHeaderView.ResizeMode.Stretch)
        for col in (VALUE, UNIT, LOW, HIGH, LOINC, FLAG):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.itemChanged.connect(self._cell_changed)
        self.table.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._offer_units(r))
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.table)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_clipboard)

        self.paste_button = QPushButton("&Paste results", self)
        self.paste_button.setAccessibleName("Paste lab results")
        self.paste_button.setToolTip(
            "Fill the grid from results copied from the lab system (Ctrl+V in the grid)"
        )
        self.paste_button.clicked.connect(self.paste_clipboard)
        self.more_button = QPushButton("More rows", self)
        self.more_button.clicked.connect(lambda: self._grow(self.table.rowCount() + 3))
        self.convert = QToolButton(self)
        self.convert.setText("Convert row to…")
        self.convert.setAccessibleName("Convert the row's unit")
        self.convert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.convert_menu = QMenu(self.convert)
        self.convert.setMenu(self.convert_menu)
        self.convert.setEnabled(False)
        self.unread = QLabel(self)
        self.unread.setAccessibleName("Lines not read")
        self.unread.setWordWrap(True)
        self.unread.setTextFormat(Qt.TextFormat.PlainText)
        self.unread.setStyleSheet("color: #8a5a00;")
        self.unread.hide()
        self.error = error_label(self)
        self.add_button = QPushButton("Add panel (Ctrl+Enter)", self)
        self.add_button.setAccessibleName("Add lab panel")
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.cancelled)
        submit_keys(self, self._submit_key)

        top = QHBoxLayout()
        top.addWidget(date_label)
        top.addWidget(self.date, 1)
        tools = QHBoxLayout()
        tools.addWidget(self.paste_button)
        tools.addWidget(self.more_button)
        tools.addWidget(self.convert)
        tools.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addLayout(top)
        inner.addWidget(self.date_error)
        inner.addLayout(tools)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.unread)
        inner.addWidget(self.error)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(focus_ring.scrolled(body, self), 1)
        lay.addLayout(buttons)
        self.start_new()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt naming)
        """Tab stays in the form: from its last field to its first."""
        return focus_ring.step(self, forward) or super().focusNextPrevChild(forward)

    # -- cells -----------------------------------------------------------------------------

    def text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _set(self, row: int, col: int, text: str, *, catalogue: bool = False) -> None:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, col, item)
        item.setText(text)
        item.setData(CATALOGUE_ROLE, catalogue)
        item.setForeground(GREY if catalogue else QBrush())
        item.setToolTip(TYPICAL_TIP if catalogue and col in (LOW, HIGH) else "")

    def _grow(self, rows: int) -> None:
        if rows > self.table.rowCount():
            self.table.setRowCount(rows)

    def start_new(self) -> None:
        self.table.blockSignals(True)
        self.table.clearContents()
        self.table.setRowCount(ROWS)
        for row in range(ROWS):
            item = QTableWidgetItem()
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, FLAG, item)
        self.table.blockSignals(False)
        self.date.clear()
        self.date_error.hide()
        self.unread.hide()
        self.error.hide()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == FLAG:
            return
        self.table.blockSignals(True)
        try:
            if item.column() in (LOW, HIGH, UNIT, LOINC) and item.data(CATALOGUE_ROLE):
                item.setData(CATALOGUE_ROLE, False)  # the clinician's own now
                item.setForeground(QBrush())
                item.setToolTip("")
            if item.column() == TEST:
                self._fill_from_catalogue(item.row())
            self._update_flag(item.row())
        finally:
            self.table.blockSignals(False)
        self._offer_units(item.row())

    def _fill_from_catalogue(self, row: int) -> None:
        """A known test fills an empty unit and LOINC, and a typical range marked as such."""
        test = find_test(self.text(row, TEST) or None)
        if test is None:
            return
        unit = self.text(row, UNIT)
        if not unit:
            self._set(row, UNIT, test.unit, catalogue=True)
            unit = test.unit
        if not self.text(row, LOINC) and test.loinc:
            self._set(row, LOINC, test.loinc, catalogue=True)
        if not self.text(row, LOW) and not self.text(row, HIGH):
            typical = test.typical_in(unit)
            if typical is not None:
                low, high = typical
                if low is not None:
                    self._set(row, LOW, number(float(f"{low:.4g}")), catalogue=True)
                if high is not None:
                    self._set(row, HIGH, number(float(f"{high:.4g}")), catalogue=True)

    def _probe(self, row: int) -> Event | None:
        try:
            value = _float(self.text(row, VALUE))
            low, high = _float(self.text(row, LOW)), _float(self.text(row, HIGH))
        except ValueError:
            return None
        return Event(
            kind="lab", date=PartialDate(2000), test=self.text(row, TEST) or None, value=value,
            unit=self.text(row, UNIT) or None, ref_low=low, ref_high=high,
            loinc=self.text(row, LOINC) or None,
        )  # fmt: skip

    def _update_flag(self, row: int) -> None:
        e = self._probe(row)
        found = flag(e) if e is not None and e.value is not None else None
        text = {"low": "LOW", "high": "HIGH"}.get(found or "", "")
        if e is None:
            text = "not a number"
        item = self.table.item(row, FLAG)
        if item is None:
            item = QTableWidgetItem()
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, FLAG, item)
        item.setText(text)
        item.setForeground(QBrush(QColor("#b03a2e")) if text else QBrush())

    def flag_text(self, row: int) -> str:
        return self.text(row, FLAG)

    def _offer_units(self, row: int) -> None:
        self.convert_menu.clear()
        test = find_test(self.text(row, TEST) or None) if row >= 0 else None
        unit = self.text(row, UNIT) if row >= 0 else ""
        if test is None or not test.knows_unit(unit):
            self.convert.setEnabled(False)
            return
        for key, label in test.unit_labels.items():
            if key != norm_unit(unit):
                action = self.convert_menu.addAction(label)
                action.triggered.connect(lambda _c=False, r=row, to=label: self.convert_row(r, to))
        self.convert.setEnabled(not self.convert_menu.isEmpty())

    def convert_row(self, row: int, unit: str) -> None:
        """Rewrite the row's value and range in ``unit`` (a catalogued test)."""
        test = find_test(self.text(row, TEST) or None)
        old = self.text(row, UNIT)
        if test is None or not test.knows_unit(old):
            return
        for col in (VALUE, LOW, HIGH):
            try:
                x = _float(self.text(row, col))
            except ValueError:
                continue
            if x is not None:
                item = self.table.item(row, col)
                was = bool(item.data(CATALOGUE_ROLE)) if item is not None else False
                converted = float(f"{test.convert(x, old, unit):.4g}")
                self._set(row, col, number(converted), catalogue=was)
        self._set(row, UNIT, unit)

    # -- paste -----------------------------------------------------------------------------

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Fill the grid from a pasted block, from the first empty row; list unread lines."""
        lines = read_block(text)
        read = [p for p in lines if isinstance(p, Pasted)]
        unread = [u for u in lines if isinstance(u, Unread)]
        row = next(
            (r for r in range(self.table.rowCount()) if not self.text(r, TEST)),
            self.table.rowCount(),
        )
        self._grow(row + len(read))
        for p in read:
            self.table.blockSignals(True)
            self._set(row, TEST, p.test)
            value = number(p.value) if p.value is not None else (p.text or "")
            self._set(row, VALUE, value)
            self._set(row, UNIT, p.unit or "")
            self._set(row, LOW, number(p.ref_low) if p.ref_low is not None else "")
            self._set(row, HIGH, number(p.ref_high) if p.ref_high is not None else "")
            self._set(row, LOINC, "")
            self._fill_from_catalogue(row)
            self._update_flag(row)
            if p.text is not None and p.value is None:
                self._set(row, FLAG, "text result")
            self.table.blockSignals(False)
            row += 1
        if unread:
            shown = "\n".join(f"line {u.line}: {u.raw.strip()!r}: {u.why}" for u in unread)
            self.unread.setText(f"Not read, {len(unread)} line(s):\n{shown}")
        self.unread.setVisible(bool(unread))
        self.error.setText(
            f"{len(read)} result(s) pasted: check them, then Add panel." if read else ""
        )
        self.error.setStyleSheet("" if read else ERROR_STYLE)
        self.error.setVisible(bool(read))

    # -- results ---------------------------------------------------------------------------

    def results(self) -> list[Event] | None:
        """The panel's lab events, or None with the messages shown."""
        problems: list[str] = []
        date: PartialDate | None = None
        try:
            date = PartialDate.parse(self.date.text().strip())
            self.date_error.hide()
        except DateError as exc:
            message = "required" if not self.date.text().strip() else str(exc)
            self.date_error.setText(f"Date: {message}")
            self.date_error.show()
            problems.append(f"Date: {message}")
        out: list[Event] = []
        for row in range(self.table.rowCount()):
            cells = [self.text(row, c) for c in (TEST, VALUE, UNIT, LOW, HIGH, LOINC)]
            if not any(cells[:2]):
                continue
            test, value, unit, low, high, loinc = cells
            where = f"Row {row + 1}"
            if not test:
                problems.append(f"{where}: the test is missing")
                continue
            if not value:
                problems.append(f"{where} ({test}): the value is missing")
                continue
            try:
                num: float | None = _float(value)
                text = None
            except ValueError:
                num, text = None, value
            try:
                rlow, rhigh = _float(low), _float(high)
            except ValueError:
                problems.append(f"{where} ({test}): the range is not a number")
                continue
            if date is not None:
                out.append(
                    Event(
                        kind="lab",
                        date=date,
                        test=test,
                        value=num,
                        text=text,
                        unit=unit or None,
                        ref_low=rlow,
                        ref_high=rhigh,
                        loinc=loinc or None,
                    )  # fmt: skip
                )
        if not out and not problems:
            problems.append("The panel has no results: type them, or paste them")
        if problems:
            self.show_error("\n".join(problems))
            return None
        self.error.hide()
        return out

    def show_error(self, message: str) -> None:
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setText(message)
        self.error.show()

    def submit(self) -> list[Event] | None:
        results = self.results()
        if results is not None:
            self.added.emit(results)
        return results

    def _submit_key(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setFocus()  # the cell being typed in commits first
        focus = self.focusWidget()
        if focus is not None and focus is not self.table:
            focus.clearFocus()
        self.submit()
