"""What de-identification replaced in a report, as a table for the report dialog, and the
author's review before a report or an anonymised export (``ReviewModel``).

The originals are private: these models exist only to show them, on this machine, before
the output leaves it; nothing here is written anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from caselog.core.model import Case
from caselog.core.vocab import KIND_LABELS
from caselog.privacy.deidentify import Redaction
from caselog.ui.table_model import ROW_ROLE, Column, RowsTableModel

if TYPE_CHECKING:
    from caselog.store.services import PrivacyReview

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


@dataclass(frozen=True)
class ReviewItem:
    """One row of the author's review: a redaction made, or a possible identifier kept."""

    case_id: int
    field: str
    state: str  # REDACTED or KEPT
    kind: str
    text: str
    printed: str  # what the output prints instead ("" when kept)
    context: str


REDACTED, KEPT = "Redacted", "Kept — not reviewed"


def review_items(case_id: int, review: PrivacyReview) -> list[ReviewItem]:
    """The rows of one case's review: what is kept and not reviewed first, then redactions."""
    kept = [
        ReviewItem(case_id, s.field, KEPT, s.kind, s.text, "", s.context) for s in review.suspicions
    ]
    done = [
        ReviewItem(case_id, r.field, REDACTED, r.kind, r.original, r.replacement, r.context)
        for r in review.redactions
    ]
    return kept + done


class ReviewModel(RowsTableModel[ReviewItem]):
    """The review before a report or an anonymised export leaves the machine."""

    ItemRole = ROW_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column("Where", lambda r: where_label(r.field, self._cases.get(r.case_id))),
                Column("Decision", lambda r: r.state),
                Column("What", lambda r: r.kind),
                Column("Typed", lambda r: r.text),
                Column("Printed as", lambda r: r.printed or "(kept as typed)"),
                Column("In context", lambda r: r.context, tooltip=lambda r: r.context),
            ),
            parent,
        )
        self._cases: dict[int, Case] = {}

    def set_items(self, items: list[ReviewItem], cases: dict[int, Case]) -> None:
        with self.resetting():
            self._rows = list(items)
            self._cases = dict(cases)

    def item(self, row: int) -> ReviewItem:
        return self.row_at(row)

    def unreviewed(self) -> int:
        return sum(r.state == KEPT for r in self._rows)
