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
from caselog.privacy.normalize import fold_word
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
    """One row of the author's review: a word redacted, redacted by default, or kept, with
    every field it stands in (one decision covers them all)."""

    case_id: int
    field: str  # where it first stands
    state: str  # REDACTED, AUTOMATIC or KEPT
    kind: str
    text: str
    printed: str  # what the output prints instead ("" when kept)
    context: str  # around its first place
    count: int = 1  # how many fields it stands in
    contexts: tuple[str, ...] = ()  # around it in each field (the first few)


REDACTED, KEPT = "Redacted", "Kept — not reviewed"
AUTOMATIC = "Redacted by default — not reviewed"
UNREVIEWED = frozenset({KEPT, AUTOMATIC})
_SHOWN = 12  # fields listed in a row's tooltip


def review_items(case_id: int, review: PrivacyReview) -> list[ReviewItem]:
    """The rows of one case's review, one per word and decision (with how many fields it
    stands in): what is not reviewed first (redacted by default, then kept), then the
    redactions the rules made."""
    rows: list[tuple[str, str, str, str, str, str]] = [
        (s.field, AUTOMATIC if s.redacted else KEPT, s.kind, s.text, "", s.context)
        for s in review.suspicions
    ]
    printed = {r.original: r.replacement for r in review.redactions if r.automatic}
    rows = [
        (f, st, k, t, printed.get(t, "") if st == AUTOMATIC else "", c)
        for f, st, k, t, _, c in rows
    ]
    rows += [
        (r.field, REDACTED, r.kind, r.original, r.replacement, r.context)
        for r in review.redactions
        if not r.automatic
    ]
    groups: dict[tuple[str, str], list[tuple[str, str, str, str, str, str]]] = {}
    for row in rows:
        groups.setdefault((row[1], fold_word(row[3])), []).append(row)
    order = {AUTOMATIC: 0, KEPT: 1, REDACTED: 2}
    out = [
        ReviewItem(case_id, *same[0], count=len(same), contexts=tuple(r[5] for r in same[:_SHOWN]))
        for same in groups.values()
    ]
    return sorted(out, key=lambda i: order[i.state])


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
                Column("Fields", lambda r: str(r.count)),
                Column("Printed as", lambda r: r.printed or "(kept as typed)"),
                Column("In context", lambda r: r.context, tooltip=_places),
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
        """Rows (words) not reviewed: redacted by default or kept."""
        return sum(r.state in UNREVIEWED for r in self._rows)

    def unreviewed_of(self, state: str) -> int:
        return sum(r.state == state for r in self._rows)


def _places(r: ReviewItem) -> str:
    more = r.count - len(r.contexts)
    return "\n".join(r.contexts or (r.context,)) + (f"\n… and {more} more" if more > 0 else "")
