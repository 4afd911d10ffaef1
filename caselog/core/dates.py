"""Calendar dates known to the day, the month or only the year (case-format: YYYY[-MM[-DD]])."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

# ASCII digits only: \d alone would take Arabic-Indic and other digits too
_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z", re.ASCII)  # \Z: no trailing newline


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DateError(ValueError):
    """A date string that is not a valid ISO 8601 calendar date of the case-file forms."""


@dataclass(frozen=True, order=False)
class PartialDate:
    """A date with its precision kept: ``2024-06-05``, ``2024-06`` or ``2024``."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise DateError saying what is wrong."""
        if not isinstance(text, str):
            raise DateError(f"expected a date string, got {type(text).__name__}")
        m = _PATTERN.match(text)
        if not m:
            raise DateError(f"{text!r} is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if year < 1:
            raise DateError(f"{text!r}: year 0000 does not exist")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"{text!r}: there is no month {month}")
        if day is not None:
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise DateError(
                    f"{text!r}: {calendar.month_name[month]} {year} has {last} days, not {day}"
                )
        return cls(year, month, day)

    @classmethod
    def of(cls, d: dt.date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def first_day(self) -> dt.date:
        """The earliest calendar day the date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest calendar day the date can mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def midpoint(self) -> dt.date:
        """The middle of the span the date covers: the best single guess for arithmetic."""
        first, last = self.first_day(), self.last_day()
        return first + (last - first) // 2

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def isoformat(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def shifted(self, days: int) -> PartialDate:
        """The date moved by ``days``, keeping its precision (month/year dates move by span)."""
        moved = self.first_day() + dt.timedelta(days=days)
        if self.precision is Precision.DAY:
            return PartialDate.of(moved)
        if self.precision is Precision.MONTH:
            return PartialDate(moved.year, moved.month)
        return PartialDate(moved.year)

    def __str__(self) -> str:
        return self.isoformat()


def parse_date(text: str | None) -> PartialDate | None:
    return None if text is None else PartialDate.parse(text)
