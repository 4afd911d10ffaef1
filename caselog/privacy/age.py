"""The patient's age as an output may show it (HIPAA Safe Harbor: over 89 is aggregated).

The one age computation of caselog: reports, the anonymised export and the window use it.
"""

from __future__ import annotations

import datetime as dt

from caselog.core.dates import PartialDate

OLDEST_AGE_SHOWN = 90
"""Ages over 89 are shown as this ("90 or older"), never as themselves."""


def age_at(birth: PartialDate, on: dt.date) -> int:
    """Whole years from ``birth`` (its midpoint when only the month or year is known) to
    ``on``, at least 0."""
    born = birth.midpoint()
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return max(years, 0)


def shown_age(age: int) -> int:
    """The age as a number an anonymised output may carry: over 89 becomes 90."""
    return min(age, OLDEST_AGE_SHOWN)


def age_text(age: int) -> str:
    """An age as a report may print it: over 89 becomes "90 or older"."""
    return OVER_89 if age >= OLDEST_AGE_SHOWN else str(age)


OVER_89 = f"{OLDEST_AGE_SHOWN} or older"
"""What an age over 89 is printed as, and what a redacted one in free text becomes."""
