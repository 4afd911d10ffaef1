"""The review overview: across the cases with a suspect drug, time to onset, outcome,
Naranjo band and WHO-UMC category side by side, sortable, exportable as CSV.

Pure: cases in, rows out (the window shows them in a table; ``to_csv`` exports them).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass, fields
from typing import Any

from caselog.clinical import naranjo as _naranjo
from caselog.clinical.exposure import time_to_onset
from caselog.core.model import Case

HEADERS = {
    "case_id": "Case",
    "title": "Title",
    "patient": "Patient",
    "suspect_drug": "Suspect drug",
    "reaction": "Reaction",
    "time_to_onset_days": "Time to onset (days)",
    "outcome": "Outcome",
    "naranjo_score": "Naranjo score",
    "naranjo_band": "Naranjo band",
    "who_umc": "WHO-UMC",
}
# a spreadsheet runs a cell that starts with one of these as a formula, also behind
# leading white space or invisible characters, and in their fullwidth or small forms
# (NFKC folds those to these)
_FORMULA = frozenset("=+-@")
_CONTROL_START = ("\t", "\r", "\n")
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u180e\u00ad"


@dataclass(frozen=True)
class OverviewRow:
    case_id: int | None
    title: str
    patient: str
    suspect_drug: str  # the suspect drugs, joined with " + "
    reaction: str | None
    # from the first dose of the suspect drug to the onset (clinical.exposure.time_to_onset),
    # as the Assessment tab and the report give it; empty unless both are known to the day
    time_to_onset_days: int | None
    outcome: str | None
    naranjo_score: int | None
    naranjo_band: str | None
    who_umc: str | None


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(OverviewRow))


def overview(cases: Iterable[Case]) -> list[OverviewRow]:
    """One row per case with a suspect drug, in the order given."""
    rows = []
    for c in cases:
        drugs = c.suspect_drugs()
        if not drugs:
            continue
        a = c.assessment
        score = _naranjo.score(a.naranjo) if a is not None and a.naranjo else None
        rows.append(
            OverviewRow(
                case_id=c.id,
                title=c.title,
                patient=c.patient.display_label,
                suspect_drug=" + ".join(drugs),
                reaction=a.reaction if a else None,
                time_to_onset_days=_days_to_onset(c),
                outcome=a.outcome if a else None,
                naranjo_score=score,
                naranjo_band=_naranjo.band(score) if score is not None else None,
                who_umc=a.who_umc if a else None,
            )
        )
    return rows


def _days_to_onset(case: Case) -> int | None:
    span = time_to_onset(case) if case.assessment is not None else None
    return span.days if span is not None else None


def sort_rows(
    rows: Sequence[OverviewRow], column: str, *, descending: bool = False
) -> list[OverviewRow]:
    """Rows ordered by ``column`` (text ignoring case); empty cells last either way."""
    if column not in COLUMNS:
        raise ValueError(f"cannot sort the overview by {column!r}; use one of {', '.join(COLUMNS)}")

    def key(row: OverviewRow) -> Any:
        value = getattr(row, column)
        return value.casefold() if isinstance(value, str) else value

    present = [r for r in rows if getattr(r, column) is not None]
    empty = [r for r in rows if getattr(r, column) is None]
    return sorted(present, key=key, reverse=descending) + empty


VOCABULARY = ("outcome", "who_umc")  # shown as read: not_recovered -> not recovered


def _cell(column: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        text = value.replace("_", " ") if column in VOCABULARY else value
        return "'" + text if _runs_as_formula(text) else text
    return str(value)


def _runs_as_formula(text: str) -> bool:
    """True when a spreadsheet could take the cell for a formula (or its first line break
    for a cell of its own): a formula sign first, after any white space, BOM or
    zero-width character, in any width."""
    if text.startswith(_CONTROL_START):
        return True
    rest = text.lstrip()
    while rest and (rest[0] in _INVISIBLE or rest[0].isspace()):
        rest = rest[1:]
    return bool(rest) and unicodedata.normalize("NFKC", rest[0])[:1] in _FORMULA


def to_csv(rows: Sequence[OverviewRow]) -> str:
    """The rows as CSV with a header line; text that a spreadsheet would run as a formula
    is prefixed with ``'``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([HEADERS[c] for c in COLUMNS])
    for row in rows:
        writer.writerow([_cell(c, v) for c, v in zip(COLUMNS, astuple(row), strict=True)])
    return out.getvalue()
