"""When the reaction began: the one rule the search filters, the series report and the
review overview share (the assessment's onset date, else the first symptom from day 0).

``caselog.clinical.exposure.onset`` (built in parallel) states the same rule; when it is
on main these can delegate to it.
"""

from __future__ import annotations

from caselog.core.dates import PartialDate
from caselog.core.model import Case


def onset_date(case: Case) -> PartialDate | None:
    """The assessment's onset date, else the first symptom on or after day 0; None for a
    case without an assessment."""
    if case.assessment is None:
        return None
    if case.assessment.onset_date is not None:
        return case.assessment.onset_date
    index = case.effective_index_date()
    for e in case.timeline():
        if e.kind == "symptom" and (index is None or e.date.sort_key() >= index.sort_key()):
            return e.date
    return None


def onset_days(case: Case) -> int | None:
    """Days from the index date to the onset of the reaction (None when either is unknown);
    partial dates count from their middle."""
    index, onset = case.effective_index_date(), onset_date(case)
    if index is None or onset is None:
        return None
    return (onset.midpoint() - index.midpoint()).days
