"""When the reaction began: the one rule the search filters and the series report share,
``caselog.clinical.exposure.onset`` (the assessment's onset date, else the first symptom on
or after the index date), for cases with an assessment. The review overview's time to onset
is ``clinical.exposure.time_to_onset`` (from the first dose), as the Assessment tab's.
"""

from __future__ import annotations

from caselog.clinical.exposure import onset
from caselog.core.dates import PartialDate
from caselog.core.model import Case


def onset_date(case: Case) -> PartialDate | None:
    """The onset of the reaction (``clinical.exposure.onset``); None for a case without an
    assessment (no reaction to date)."""
    if case.assessment is None:
        return None
    found = onset(case)
    return found[0] if found is not None else None


def onset_days(case: Case) -> int | None:
    """Days from the index date to the onset of the reaction, to sort and filter by (None
    when either is unknown); a partial date counts from its middle, so this is a position,
    not a day count to print for it."""
    index, date = case.effective_index_date(), onset_date(case)
    if index is None or date is None:
        return None
    return (date.midpoint() - index.midpoint()).days
