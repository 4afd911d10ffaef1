"""What de-identification replaced in a report, as a table for the report dialog.

The originals are private: this model exists only to show them, on this machine, before
the report leaves it; nothing here is written anywhere.
"""

from __future__ import annotations

import re
from typing import Any

from caselog.core.model import Case
from caselog.core.vocab import KIND_LABELS
from caselog.privacy.deidentify import Redaction
from caselog.ui.table_model import ROW_ROLE, Column, RowsTableModel

_EVENT = re.compile(r"^events\[(\d+)\]\.?(.*)$")


def where_label(field: str, case: Case | None = None) -> str:
    """A redaction's field path as a person reads it: ``events[3].notes`` -> "Timeline
    2024-06-05 imaging ▸ notes"; ``report.discussion`` -> "report ▸ discussion"."""
    m = _EVENT.match(field)
    if m and case is not None and int(m.group(1)) < len(case.events):
        e = case.events[int(m.group(1))]
        head = f"Timeline {e.date} {KIND_LABELS.get(e.kind, e.kind).lower()}"
        rest = m.group(2)
    else:
        head, _, rest = field.partition(".")
    parts = [head, *(p for p in rest.split(".") if p)]
    return " ▸ ".join(p.replace("_", " ") for p in parts)


class RedactionsModel(RowsTableModel[Redaction]):
    FIELD, KIND, ORIGINAL, REPLACEMENT = range(4)
    RedactionRole = ROW_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column(
                    "Where",
                    lambda r: where_label(r.field, self._case),
                    tooltip=lambda r: f"{where_label(r.field, self._case)}\n({r.field})",
                ),
                Column("What", lambda r: r.kind),
                Column("Typed", lambda r: r.original),
                Column("Printed as", lambda r: r.replacement),
            ),
            parent,
        )
        self._case: Case | None = None

    def set_redactions(self, redactions: list[Redaction], case: Case | None = None) -> None:
        """Show ``redactions`` (of ``case``, whose events name the timeline rows)."""
        with self.resetting():
            self._rows = list(redactions)
            self._case = case

    def redaction(self, row: int) -> Redaction:
        return self.row_at(row)
